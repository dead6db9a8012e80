// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { NDArray } from "../../mod.ts";
import {
  fromJsonValue,
  type Json,
  placeholderArgs,
  placeholderClass,
  placeholderOf,
  toJsonValue,
} from "../../lib/cli/mod.ts";
import {
  type Classes,
  CLASSES_SOURCE,
  trickyValues,
} from "../archive/_corpus.ts";
import { withTempDir } from "../_util.ts";

function roundTrip(value: unknown): unknown {
  const text = JSON.stringify(toJsonValue(value, { full: true }));
  return fromJsonValue(JSON.parse(text) as Json);
}

Deno.test("toJsonValue() and fromJsonValue() round-trip every tricky value through JSON text", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "classes.js");
    await Deno.writeTextFile(file, CLASSES_SOURCE);
    const classes = await import(pathToFileURL(file).href) as Classes;
    for (const [name, value] of trickyValues(classes)) {
      if (/^(protocol|registered)/.test(name)) continue;
      assert.deepStrictEqual(roundTrip(value), value, name);
    }
  });
});

Deno.test("fromJsonValue() keeps shared objects shared and cycles closed", () => {
  const shared = { s: 1 };
  const cycle: unknown[] = [];
  cycle.push(cycle, shared);
  const map = new Map<unknown, unknown>();
  map.set(map, shared);
  const back = roundTrip({ a: shared, b: [shared], cycle, map }) as {
    a: object;
    b: object[];
    cycle: unknown[];
    map: Map<unknown, unknown>;
  };
  assert.equal(back.b[0], back.a);
  assert.equal(back.cycle[0], back.cycle);
  assert.equal(back.cycle[1], back.a);
  assert.equal(back.map.get(back.map), back.a);
});

Deno.test("toJsonValue() wraps objects whose own key is $type, so they decode unchanged", () => {
  const value = { $type: "bigint", value: "1" };
  assert.deepEqual(toJsonValue(value), { $type: "Object", value });
  assert.deepStrictEqual(roundTrip(value), value);
});

Deno.test("toJsonValue() summarizes arrays above the threshold with head and tail, unless full", () => {
  const y = new Float64Array(1001).map((_, i) => i);
  assert.deepEqual(toJsonValue(y), {
    $type: "Float64Array",
    length: 1001,
    truncated: true,
    head: [0, 1, 2],
    tail: [998, 999, 1000],
  });
  const z = new NDArray(new Float32Array(2004), [1002], { dtype: "<c8" });
  assert.deepEqual(toJsonValue(z, { threshold: 1000, edgeItems: 1 }), {
    $type: "NDArray",
    dtype: "<c8",
    shape: [1002],
    order: "C",
    length: 2004,
    truncated: true,
    head: [0, 0],
    tail: [0, 0],
  });
  assert.equal(
    (toJsonValue(y, { full: true }) as { data: Json[] }).data.length,
    1001,
  );
});

Deno.test("fromJsonValue() refuses summarized arrays, unknown types and dangling references", () => {
  assert.throws(
    () => fromJsonValue(toJsonValue(new Uint8Array(2000))),
    /Cannot decode a summarized Uint8Array: .*persist get --full --json/,
  );
  assert.throws(
    () => fromJsonValue({ $type: "Complex" }),
    /"Complex"}: it is not a type/,
  );
  assert.throws(
    () => fromJsonValue({ $type: "ref", id: 3 }),
    /no value with that id precedes it/,
  );
});

Deno.test("toJsonValue() writes class stand-ins as instances, and fromJsonValue() rebuilds stand-ins", () => {
  const Point = placeholderClass("./p.js", "Point");
  const Counter = placeholderClass("./c.js", "Counter");
  const counter = Object.setPrototypeOf(new Map([["a", 1]]), Counter.prototype);
  const json = toJsonValue([new Point(1, 2), counter]);
  assert.deepEqual(json, [
    { $type: "instance", class: "Point", module: "./p.js", args: [1, 2] },
    {
      $type: "instance",
      class: "Counter",
      module: "./c.js",
      value: { $type: "Map", entries: [["a", 1]] },
    },
  ]);
  const [p, c] = fromJsonValue(json) as object[];
  assert.deepEqual(placeholderOf(p), { module: "./p.js", export: "Point" });
  assert.deepEqual(placeholderArgs(p), [1, 2]);
  assert.equal(placeholderOf(c)?.export, "Counter");
  assert.equal(Map.prototype.get.call(c, "a"), 1);
});

Deno.test("toJsonValue() refuses functions and symbols, which archives never hold", () => {
  assert.throws(() => toJsonValue({ f: () => 1 }), TypeError);
  assert.throws(() => toJsonValue(Symbol("s")), TypeError);
});

Deno.test("toJsonValue() writes a sparse array by its elements, even 2^32 - 1 slots long, and fromJsonValue() rebuilds it", () => {
  const huge: unknown[] = [];
  huge[0] = "first";
  huge[2 ** 32 - 2] = { last: true };
  const cycle: unknown[] = [];
  cycle[500] = cycle;
  const json = toJsonValue({ huge, cycle, holey: [1, , 3] });
  assert.deepEqual((json as Record<string, Json>).huge, {
    $type: "Array",
    length: 2 ** 32 - 1,
    elements: { "0": "first", "4294967294": { last: true } },
  });
  // A few holes stay holes, as in mod.js.
  assert.deepEqual((json as Record<string, Json>).holey, [
    1,
    { $type: "hole" },
    3,
  ]);
  const back = fromJsonValue(JSON.parse(JSON.stringify(json))) as {
    huge: unknown[];
    cycle: unknown[];
  };
  assert.equal(back.huge.length, 2 ** 32 - 1);
  assert.deepEqual(Object.keys(back.huge), ["0", "4294967294"]);
  assert.deepEqual(back.huge[2 ** 32 - 2], { last: true });
  assert.equal(back.cycle.length, 501);
  assert.equal(back.cycle[500], back.cycle);
});

Deno.test("fromJsonValue() refuses a sparse array form with a bad length or element key", () => {
  for (
    const [length, elements, message] of [
      [-1, {}, /a sparse array needs a "length" from 0 to 2\^32 - 1/],
      [2 ** 32, {}, /a sparse array needs a "length"/],
      [1.5, {}, /a sparse array needs a "length"/],
      [10, [], /an object of "elements" by index/],
      [10, { "10": 1 }, /element key "10" is not an index below the length/],
      [10, { "01": 1 }, /element key "01" is not an index/],
      [10, { x: 1 }, /element key "x" is not an index/],
      [10, { "-1": 1 }, /element key "-1" is not an index/],
    ] as const
  ) {
    assert.throws(
      () => fromJsonValue({ $type: "Array", length, elements } as Json),
      message,
      `${length} ${JSON.stringify(elements)}`,
    );
  }
});
