// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { FormatError } from "../../mod.ts";
import { decodeInfo, encodeInfo } from "../../lib/dataset/mod.ts";

const roundTrip = (value: unknown) =>
  decodeInfo(JSON.parse(JSON.stringify(encodeInfo(value, "test"))));

Deno.test("encodeInfo() writes JSON values as themselves and the rest as $-tags, and decodeInfo() restores them", () => {
  const cases: unknown[] = [
    null,
    true,
    0,
    -1.5e-300,
    "s",
    [],
    {},
    [10, 1.2],
    NaN,
    -0,
    Infinity,
    -Infinity,
    123n,
    -(2n ** 70n),
    undefined,
    new Date(0),
    new Date(NaN),
    { $x: 1, y: { $number: "NaN" } },
    [[[{ a: [undefined, null] }]]],
  ];
  for (const value of cases) assert.deepEqual(roundTrip(value), value);
  assert.deepEqual(encodeInfo([1, "a", null], "t"), [1, "a", null]);
  assert.deepEqual(encodeInfo({ $a: 1 }, "t"), { $object: { $a: 1 } });
  assert.deepEqual(encodeInfo(-0, "t"), { $number: "-0" });
});

Deno.test("encodeInfo() gives objects without prototype back as plain objects and shared values as copies", () => {
  const bare = Object.assign(Object.create(null), { a: 1 });
  assert.deepEqual(roundTrip(bare), { a: 1 });
  const shared = [1];
  const back = roundTrip([shared, shared]) as number[][];
  assert.deepEqual(back, [[1], [1]]);
  assert.notEqual(back[0], back[1]);
});

Deno.test("encodeInfo() refuses what info cannot hold, naming the path and the action", () => {
  const cycle: unknown[] = [];
  cycle.push(cycle);
  class Point {
    x = 1;
  }
  const cases: [unknown, RegExp][] = [
    [new Map(), /^Cannot act: info is a Map; info may hold/],
    [{ a: { b: [1, new Set()] } }, /info\.a\.b\[1\] is a Set/],
    [{ "my key": new Float64Array(1) }, /info\["my key"\] is a Float64Array/],
    [[new Point()], /info\[0\] is an instance of the class Point/],
    [{ f() {} }, /info\.f is a function \(f\)/],
    [Symbol("s"), /info is a symbol/],
    [cycle, /info\[0\] is the object that contains it \(a cycle\)/],
    [[1, , 3], /an array with a hole at index 1/],
    [Object.assign([1], { extra: 2 }), /an array with named properties/],
    [/re/, /a RegExp|class RegExp/],
  ];
  for (const [value, message] of cases) {
    assert.throws(
      () => encodeInfo(value, "act"),
      (error: Error) =>
        error instanceof TypeError && message.test(error.message),
      String(message),
    );
  }
  let deep: unknown = 1;
  for (let i = 0; i < 101; i++) deep = [deep];
  assert.throws(() => encodeInfo(deep, "act"), RangeError);
});

Deno.test("decodeInfo() refuses unknown or malformed $-tags with FormatError", () => {
  for (
    const json of [
      { $what: 1 },
      { $number: "1" },
      { $bigint: "1.5" },
      { $date: "not a date" },
      { $object: [1] },
      { $a: 1, b: 2 },
    ]
  ) {
    assert.throws(
      () => decodeInfo(json, "index line 3"),
      (error: Error) =>
        error instanceof FormatError && error.message.includes("index line 3"),
      JSON.stringify(json),
    );
  }
});
