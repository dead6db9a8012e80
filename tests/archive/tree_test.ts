// Copyright 2026 the persist authors. MIT license.
// The one-pass writer for trees of plain data (emitTree) must write exactly
// the bytes that the graph writer (emit(walk())) writes, and must give up on
// everything it does not handle, so that the graph writer decides.

import assert from "node:assert/strict";
import { emit, type Emitted, emitTree } from "../../lib/archive/_emit.ts";
import { MAX_DEPTH, type Root, walk } from "../../lib/archive/_graph.ts";
import { Archive, load, NDArray, save } from "../../mod.ts";
import { random } from "./_corpus.ts";
import { withTempDir } from "../_util.ts";

const decoder = new TextDecoder();

function text(emitted: Emitted): string {
  const out = emitted.chunks.map((c) => decoder.decode(c)).join("");
  emitted.release();
  return out;
}

function options(single: boolean) {
  return {
    arrayThreshold: 100,
    ref: (): never => {
      throw new Error("no array files in a tree");
    },
    single,
  };
}

/** Both writers' text, or undefined for the first when it gave up. */
function both(roots: Root[], single = false): [string | undefined, string] {
  const tree = emitTree(roots, options(single));
  const one = tree === undefined ? undefined : text(tree);
  return [one, text(emit(walk(roots), options(single)))];
}

const KEYS = [
  "a",
  "bb",
  "a_rather_long_property_name",
  "my key",
  "__proto__",
  "0",
  "12",
  "class",
  "é",
  "",
];

function primitive(next: () => number): unknown {
  const r = next();
  if (r < 0.2) return Math.floor(next() * 1e6) - 1000;
  if (r < 0.3) return next() * 100;
  if (r < 0.45) return "s".repeat(Math.floor(next() * 50));
  if (r < 0.5) return 'quote " </script> ${x} \n \u2028 é 😀 \ud800';
  if (r < 0.6) return next() < 0.5;
  if (r < 0.65) return null;
  if (r < 0.7) return undefined;
  if (r < 0.75) return -0;
  if (r < 0.8) return 2n ** 70n;
  if (r < 0.85) return [NaN, Infinity, -Infinity][Math.floor(next() * 3)];
  if (r < 0.88) return 1e21 + next();
  if (r < 0.9) return 5e-324;
  if (r < 0.95) {
    return [new Date(0), new Date(NaN), new Date(Date.UTC(2026, 10, 26, 4))][
      Math.floor(next() * 3)
    ];
  }
  return [/a+b/gi, /<\/script>|\u2028/, new RegExp("x".repeat(60))][
    Math.floor(next() * 3)
  ];
}

/** A random tree of plain objects, arrays, primitives, Dates and RegExps. */
function tree(next: () => number, depth: number): unknown {
  const r = next();
  if (depth > 5 || r < 0.35) return primitive(next);
  if (r < 0.65) {
    const n = next() < 0.1 ? Math.floor(next() * 40) : Math.floor(next() * 6);
    return Array.from({ length: n }, () => tree(next, depth + 1));
  }
  const object: Record<string, unknown> = next() < 0.1
    ? Object.create(null)
    : {};
  const n = Math.floor(next() * 7);
  for (let i = 0; i < n; i++) {
    Object.defineProperty(object, KEYS[Math.floor(next() * KEYS.length)], {
      value: tree(next, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

Deno.test("emitTree() writes the same bytes as emit(walk()) for 2 000 random trees", () => {
  const next = random(20261126);
  let lines = 0;
  for (let c = 0; c < 2000; c++) {
    const single = next() < 0.2;
    const count = single ? 1 : 1 + Math.floor(next() * 3);
    const roots = Array.from({ length: count }, (_, i) => ({
      name: single ? "value" : `v${i}`,
      value: tree(next, 0),
    }));
    const [one, graph] = both(roots, single);
    assert.notEqual(one, undefined, `case ${c} gave up`);
    assert.equal(one, graph, `case ${c}`);
    lines += graph.split("\n").length;
  }
  // The trees are big enough to need the multi-line layouts.
  assert.ok(lines > 2000 * 12, `only ${lines} lines`);
});

Deno.test("emitTree() writes records, nested layouts and objects written twice (one line, then several) as emit(walk()) does", () => {
  const records = Array.from({ length: 300 }, (_, i) => ({
    id: i,
    name: `record ${i}`,
    value: i * 0.25,
    ok: i % 3 === 0,
    tags: ["a", "b"],
  }));
  const nested = {
    // Fits on one line, but not on its own line after a long key.
    a_rather_long_property_name_for_a_value: {
      inner: [1, 2, 3],
      more: { deep: "x".repeat(20) },
    },
    wide: Array.from({ length: 60 }, (_, i) => i * 1.5),
    mixed: [[1, [2, [3, { four: "4".repeat(70) }]]], {}, [], {
      __proto__: null,
    }],
  };
  // Deep enough that the indentation leaves less than the minimum width,
  // with values of about that width at the bottom.
  const deep = Array.from({ length: 24 }, (_, size) => {
    let value: unknown = size % 2 === 0
      ? { s: "y".repeat(8 + size / 2) }
      : ["y".repeat(12 + (size - 1) / 2)];
    for (let i = 0; i < 40; i++) {
      value = i % 2 === 0 ? { level: i, a_key: value } : [i, value];
    }
    return value;
  });
  const cases = [
    [{ name: "records", value: records }],
    [{ name: "nested", value: nested }, { name: "n", value: 3 }],
    [{ name: "deep", value: deep }],
  ];
  for (const roots of cases) {
    const [one, graph] = both(roots);
    assert.equal(one, graph);
  }
});

Deno.test("emitTree() gives up on whatever needs the graph, and save() then still writes it or refuses it", async () => {
  const shared = { s: 1 };
  const date = new Date(0);
  const cycle: Record<string, unknown> = { a: 1 };
  cycle.self = cycle;
  const holes = [1, , 3];
  const extra = Object.assign([1, 2], { note: "extra" });
  class Point {
    x = 1;
  }
  let deep: unknown = 0;
  for (let i = 0; i < MAX_DEPTH; i++) deep = [deep];
  const cases: [string, Root[]][] = [
    ["a shared object", [{ name: "v", value: [shared, shared] }]],
    [
      "an object met again after a long line that holds it",
      [{
        name: "v",
        value: { long: [shared, "x".repeat(100)], again: shared },
      }],
    ],
    ["one object under two names", [{ name: "a", value: shared }, {
      name: "b",
      value: shared,
    }]],
    ["a cycle", [{ name: "v", value: cycle }]],
    ["a Map", [{ name: "v", value: { m: new Map() } }]],
    ["a Date with a property", [{
      name: "v",
      value: [Object.assign(new Date(0), { note: 1 })],
    }]],
    ["a Date subclass", [{
      name: "v",
      value: [new (class D extends Date {})()],
    }]],
    ["a Date met twice", [{ name: "v", value: [date, { again: date }] }]],
    ["a typed array", [{ name: "v", value: { t: new Float64Array(3) } }]],
    ["an NDArray", [{
      name: "v",
      value: new NDArray(new Float64Array([1, 2]), [2]),
    }]],
    ["a class instance", [{ name: "v", value: { p: new Point() } }]],
    ["a function", [{ name: "v", value: { f: () => 1 } }]],
    ["a symbol", [{ name: "v", value: [Symbol("s")] }]],
    ["a top-level function", [{ name: "v", value: () => 1 }]],
    ["an array with holes", [{ name: "v", value: holes }]],
    ["an array with an extra property", [{ name: "v", value: extra }]],
    ["nesting too deep", [{ name: "v", value: deep }]],
    ["a name that is not plain", [{ name: "my-key", value: { a: 1 } }]],
    ["a protocol object", [{
      name: "v",
      value: { [Symbol.for("persist.rep")]: () => ({}) },
    }]],
  ];
  for (const [what, roots] of cases) {
    assert.equal(emitTree(roots, options(false)), undefined, what);
  }
  await withTempDir(async (dir) => {
    // The graph writer then does the work: shared objects are named...
    await save(`${dir}/a`, { v: { long: [shared, "x".repeat(100)], shared } });
    const { v } = await load(`${dir}/a`) as {
      v: { long: unknown[]; shared: unknown };
    };
    assert.equal(v.long[0], v.shared);
    // ...and refusals name the path.
    assert.throws(
      () => new Archive().insert({ v: [1, { f: () => 1 }] }).toString(),
      /Cannot archive values\.v\[1\]\.f: it is a function/,
    );
    assert.throws(
      () => new Archive().insert({ extra }).toString(),
      /Cannot archive values\.extra: .*extra property "note"/,
    );
  });
});

Deno.test("emitTree() gives up when something made Object.prototype enumerable-polluted", () => {
  const proto = Object.prototype as Record<string, unknown>;
  proto.polluted = 1;
  try {
    assert.equal(
      emitTree([{ name: "v", value: { a: 1 } }], options(false)),
      undefined,
    );
    // The graph writer still writes the own keys only.
    assert.equal(
      new Archive().insert({ v: { a: 1 } }).toString().includes("polluted"),
      false,
    );
  } finally {
    delete proto.polluted;
  }
});

Deno.test("emitTree() gives up when getters answer differently while it writes (a Map, then a cycle), without looping", () => {
  let reads = 0;
  const changing = {
    get x(): unknown {
      return reads++ === 0 ? { a: 1 } : new Map();
    },
  };
  assert.equal(
    emitTree([{ name: "v", value: changing }], options(false)),
    undefined,
  );
  let turns = 0;
  const looping: Record<string, unknown> = {
    get self(): unknown {
      return turns++ === 0 ? 1 : looping;
    },
  };
  assert.equal(
    emitTree([{ name: "v", value: looping }], options(false)),
    undefined,
  );
  assert.ok(turns > 2, "the cycle was written until the depth guard");
});

/** The packed layout rule of FORMAT.md, written out on literal strings. */
function packedReference(values: number[], inner: string): string {
  let out = inner;
  let column = inner.length;
  for (const v of values) {
    const piece = Object.is(v, -0) ? "-0" : String(v);
    if (column > inner.length && column + 2 + piece.length > 80) {
      out += "\n" + inner;
      column = inner.length;
    }
    if (column > inner.length) {
      out += " ";
      column++;
    }
    out += piece + ",";
    column += piece.length + 1;
  }
  return out;
}

Deno.test("arrays of numbers are packed as many per line as fit, by both writers, numbers of every form", () => {
  const next = random(7);
  const forms = [
    () => Math.floor(next() * 1000),
    () => -Math.floor(next() * 1e9),
    () => Math.floor(next() * 1e6) / 64,
    () => next(),
    () => 0.1 + 0.2,
    () => -0,
    () => NaN,
    () => -Infinity,
    () => 1e21 * next(),
    () => 5e-324,
    () => 2 ** 53 + 2,
    () => -1e-7,
  ];
  for (let c = 0; c < 60; c++) {
    const values = Array.from(
      { length: 30 + Math.floor(next() * 200) },
      () => forms[Math.floor(next() * forms.length)](),
    );
    const tree = new Archive().insert({
      a: values,
      o: { b: { list: values.slice() } },
    }).toString();
    // A Map sends the whole archive through the graph writer.
    const graph = new Archive().insert({
      a: values,
      o: { b: { list: values.slice() } },
      m: new Map(),
    }).toString();
    for (const text of [tree, graph]) {
      const top = text.match(/^export const a = \[\n([\s\S]*?)\n\];$/m);
      assert.equal(top?.[1], packedReference(values, "  "), `case ${c}`);
      const deep = text.match(/ {4}list: \[\n([\s\S]*?)\n {4}\],$/m);
      assert.equal(deep?.[1], packedReference(values, "      "), `case ${c}`);
    }
  }
});
