// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { decodeValue, encodeValue, EXT } from "../../lib/chest/mod.ts";
import { FormatError, NDArray } from "../../mod.ts";
import { random, randomGraph } from "../archive/_corpus.ts";

const hex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(" ");

Deno.test("encodeValue() writes the documented MessagePack bytes", () => {
  // {"a": [1, -0, undefined, 2n]}: fixmap 1, fixstr "a", fixarray 4,
  // fixint 1, ext8 len 0 type 1 (-0), ext8 len 0 type 0 (undefined),
  // fixext1 type 2 "2" (bigint).
  assert.equal(
    hex(encodeValue({ a: [1, -0, undefined, 2n] })),
    "81 a1 61 94 01 c7 00 01 c7 00 00 d4 02 32",
  );
  // A Float32Array [1]: ext8 len 5 type 5, kind 7 (Float32Array), LE bytes.
  assert.equal(
    hex(encodeValue(new Float32Array([1]))),
    "c7 05 05 07 00 00 80 3f",
  );
  // A valid Date uses the standard timestamp extension (-1).
  assert.equal(hex(encodeValue(new Date(1000))), "d6 ff 00 00 00 01");
  assert.equal(EXT.map, 3);
  // [1, <hole>]: fixext4 type 12, the array [length 2, index 0, 1].
  const holey = new Array(2);
  holey[0] = 1;
  assert.equal(hex(encodeValue(holey)), "d6 0c 93 02 00 01");
  // { a: 1 } without prototype: fixext4 type 11, the map {"a": 1}.
  const bare = Object.assign(Object.create(null), { a: 1 });
  assert.equal(hex(encodeValue(bare)), "d6 0b 81 a1 61 01");
});

const TRICKY: [string, unknown][] = [
  ["-0", -0],
  ["NaN", NaN],
  ["Infinity", [Infinity, -Infinity]],
  ["undefined", undefined],
  ["undefined in object", { a: undefined }],
  ["null", null],
  ["max safe integer", [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]],
  ["large float", 2 ** 60],
  ["bigints", [0n, -1n, 2n ** 64n, -(2n ** 200n)]],
  ["strings", ["", "é", "😀", "a\u0000b"]],
  ["lone surrogate", "x\udc00y"],
  ["dates", [new Date(0), new Date(-1e12), new Date(NaN), new Date(8.64e15)]],
  [
    "map with non-string keys",
    new Map<unknown, unknown>([[1, "a"], ["1", "b"], [[2], new Map()]]),
  ],
  ["set", new Set([1, "1", undefined])],
  ["regexp", /a+b/giu],
  ["array buffer", new Uint8Array([1, 2, 3]).buffer],
  ["undefined elements", [1, undefined, 3]],
  ["holes", Object.assign(new Array(6), { 0: 1, 2: undefined, 3: [4] })],
  ["only holes", new Array(4)],
  ["empty array", []],
  [
    "null prototype",
    Object.assign(Object.create(null), { x: 1, y: [Object.create(null)] }),
  ],
  ["nested", { a: { b: { c: [{ d: [] }] } } }],
  [
    "NDArray",
    new NDArray(new Int8Array([1, 2, 3, 4, 5, 6]), [3, 2], { order: "F" }),
  ],
  [
    "complex NDArray",
    new NDArray(new Float64Array([1, 2]), [1], { dtype: "<c16" }),
  ],
];

for (
  const Kind of [
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float16Array,
    Float32Array,
    Float64Array,
  ]
) {
  TRICKY.push([Kind.name, new Kind([1, 2, 3])]);
}
TRICKY.push(["BigInt64Array", new BigInt64Array([-1n, 2n ** 62n])]);
TRICKY.push(["BigUint64Array", new BigUint64Array([2n ** 64n - 1n])]);
TRICKY.push([
  "typed array view",
  new Float64Array(new ArrayBuffer(64), 8, 2).fill(7),
]);

Deno.test("decodeValue() inverts encodeValue() for tricky values", () => {
  for (const [name, value] of TRICKY) {
    const back = decodeValue(encodeValue(value));
    assert.deepEqual(back, value, name);
    if (value !== null && typeof value === "object") {
      assert.equal(
        Object.getPrototypeOf(back)?.constructor,
        Object.getPrototypeOf(value)?.constructor,
        name,
      );
    }
  }
  assert.ok(Object.is(decodeValue(encodeValue(-0)), -0));
  const bare = Object.assign(Object.create(null), { x: 1 });
  const back = decodeValue(encodeValue({ bare })) as { bare: object };
  assert.equal(Object.getPrototypeOf(back.bare), null);
  const holes = decodeValue(encodeValue(new Array(3))) as unknown[];
  assert.equal(holes.length, 3);
  assert.ok(!(1 in holes));
  const view = decodeValue(
    encodeValue(new Float64Array(new ArrayBuffer(64), 8, 2)),
  );
  assert.equal((view as Float64Array).buffer.byteLength, 16); // a copy, not the file
});

Deno.test("encodeValue() refuses what it cannot store faithfully, with the path inside the value", () => {
  class Point {
    x = 1;
  }
  const cycle: Record<string, unknown> = {};
  cycle.me = { again: cycle };
  const cases: [unknown, RegExp][] = [
    [{ f: () => 1 }, /value\.f: it is a function/],
    [[Symbol("s")], /value\[0\]: it is a symbol/],
    [{ p: new Point() }, /value\.p: instances of Point/],
    [new Map([["k", new WeakMap()]]), /value value #0: instances of WeakMap/],
    [cycle, /value\.me\.again: it contains itself/],
    [{ [Symbol("k")]: 1 }, /symbol keys/],
    [JSON.parse('{"__proto__": 1}'), /__proto__/],
    [
      { m: "abc".match(/b/) },
      /value\.m: the array has properties other than its elements \(index, input, groups\)/,
    ],
    [Object.assign([1], { unit: "m" }), /^Cannot encode value: .*\(unit\)/],
  ];
  for (const [value, message] of cases) {
    assert.throws(
      () => encodeValue(value),
      (e) => e instanceof TypeError && message.test(e.message),
    );
  }
});

/**
 * For each object met walking `value` the codec's way, the index of its first
 * meeting: two values with equal shapes and equal lists share the same way.
 */
function sharing(value: unknown, seen = new Map<object, number>()): number[] {
  const out: number[] = [];
  const visit = (v: unknown) => {
    if (v === null || typeof v !== "object") return;
    const first = seen.get(v);
    if (first !== undefined) return void out.push(first);
    seen.set(v, seen.size);
    out.push(seen.size - 1);
    if (Array.isArray(v) || v instanceof Set) { for (const x of v) visit(x); }
    else if (v instanceof Map) {
      for (const [k, x] of v) visit(k), visit(x);
    } else if (!ArrayBuffer.isView(v) && !(v instanceof Date)) {
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === null) {
        for (const x of Object.values(v)) visit(x);
      }
    }
  };
  visit(value);
  return out;
}

function assertRoundTripShared(value: unknown, message?: string): unknown {
  const back = decodeValue(encodeValue(value));
  assert.deepEqual(back, value, message);
  assert.deepEqual(sharing(back), sharing(value), message);
  return back;
}

/** A copy of `value` without sharing: every object reached is a new one. */
function unshare(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      if (i in value) out[i] = unshare(value[i]);
    }
    return out;
  }
  if (value instanceof Map) {
    return new Map([...value].map(([k, v]) => [unshare(k), unshare(v)]));
  }
  if (value instanceof Set) return new Set([...value].map(unshare));
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value);
  if (ArrayBuffer.isView(value)) {
    const Kind = value.constructor as new (v: ArrayBufferView) => unknown;
    return new Kind(value);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(proto);
  for (const key of Object.keys(value)) {
    out[key] = unshare((value as Record<string, unknown>)[key]);
  }
  return out;
}

/** Random value graphs (seeds 1–300) the codec accepts: those without cycles. */
function acyclicGraphs(): unknown[] {
  const graphs = [];
  for (let seed = 1; seed <= 300; seed++) {
    const graph = randomGraph(random(seed));
    try {
      encodeValue(graph);
      graphs.push(graph);
    } catch (error) {
      if (!(error instanceof TypeError && /a cycle/.test(error.message))) {
        throw error;
      }
    }
  }
  return graphs;
}

Deno.test("decodeValue() keeps an object reached twice in one value one object", () => {
  const row = { n: 1 };
  const list = [row, 2];
  const back = assertRoundTripShared({
    a: row,
    b: row,
    nested: [list, [list, [row]]],
  }) as { a: object; b: object; nested: [unknown[], [unknown[], object[]]] };
  assert.equal(back.a, back.b);
  assert.equal(back.nested[0], back.nested[1][0]);
  assert.equal(back.nested[0][0], back.a);
  assert.equal(back.nested[1][1][0], back.a);
});

Deno.test("decodeValue() keeps shared typed arrays, buffers, NDArrays, Maps, Sets, Dates, RegExps and null-prototype objects shared", () => {
  const values: [string, object][] = [
    ["Float64Array", new Float64Array([1, 2])],
    ["BigInt64Array", new BigInt64Array([-1n])],
    ["ArrayBuffer", new Uint8Array([7]).buffer],
    ["NDArray", new NDArray(new Int16Array([1, 2, 3, 4]), [2, 2])],
    ["Map", new Map([[1, { x: 1 }]])],
    ["Set", new Set([1, "a"])],
    ["Date", new Date(1000)],
    ["invalid Date", new Date(NaN)],
    ["RegExp", /a+/g],
    ["null prototype", Object.assign(Object.create(null), { q: 1 })],
    ["holes", Object.assign(new Array(3), { 1: "x" })],
  ];
  for (const [name, shared] of values) {
    const back = assertRoundTripShared(
      { a: shared, in: [new Set([shared])], b: shared },
      name,
    ) as { a: object; in: [Set<object>]; b: object };
    assert.equal(back.a, back.b, name);
    assert.equal([...back.in[0]][0], back.a, name);
  }
});

Deno.test("decodeValue() keeps a value shared between Map keys and values", () => {
  const key = { id: 1 };
  const data = new Int32Array([5]);
  const value = {
    index: new Map<object, unknown>([[key, data], [data, key]]),
    key,
    data,
  };
  const back = assertRoundTripShared(value) as typeof value;
  assert.equal(back.index.get(back.key), back.data);
  assert.equal(back.index.get(back.data), back.key);
});

Deno.test("decodeValue() keeps the sharing of 300 random acyclic value graphs (seeds 1–300)", () => {
  let shared = 0;
  for (const [i, graph] of acyclicGraphs().entries()) {
    const order = sharing(graph);
    if (new Set(order).size < order.length) shared++;
    assertRoundTripShared(graph, `graph #${i}`);
  }
  assert.ok(shared > 20, `${shared} graphs with sharing`);
});

Deno.test("encodeValue() writes shared objects as types 13 and 14, ids in order of first occurrence", () => {
  // [s, s] with s = {}: fixarray 2, ext8 len 3 type 13 [0, {}], fixext1
  // type 14 id 0.
  const s = {};
  assert.equal(
    hex(encodeValue([s, s])),
    "92 c7 03 0d 92 00 80 d4 0e 00",
  );
  // x (id 0) is defined first and holds y (id 1).
  const y: unknown[] = [];
  const x = { y };
  assert.equal(
    hex(encodeValue([x, y, x])),
    "93 c7 0b 0d 92 00 81 a1 79 c7 03 0d 92 01 90 d4 0e 01 d4 0e 00",
  );
});

// The SHA-256 of the encodings of the values below by the codec before
// types 13 and 14 existed (commit 94b409e).
const BEFORE_SHARING =
  "ee d9 07 fe c4 0d 25 23 2a bc b5 20 51 4d 7b 20 49 67 91 e2 68 f1 f6 dc b5 8b 76 86 e4 14 30 33";

Deno.test("encodeValue() output for values without sharing is the same bytes as before shared objects were kept", async () => {
  const values = [
    ...TRICKY.map(([, value]) => value),
    ...acyclicGraphs().map(unshare),
  ];
  const parts = values.map(encodeValue);
  const all = new Uint8Array(parts.reduce((n, p) => n + 4 + p.length, 0));
  let at = 0;
  for (const part of parts) {
    new DataView(all.buffer).setUint32(at, part.length);
    all.set(part, at + 4);
    at += 4 + part.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  assert.equal(hex(digest), BEFORE_SHARING);
});

Deno.test("decodeValue() reads bytes written before shared objects were kept", () => {
  // [s, s] with s = {n: 1} as the codec wrote it before: two copies.
  const bytes = new Uint8Array([
    0x92,
    0x81,
    0xa1,
    0x6e,
    1,
    0x81,
    0xa1,
    0x6e,
    1,
  ]);
  const back = decodeValue(bytes) as object[];
  assert.deepEqual(back, [{ n: 1 }, { n: 1 }]);
  assert.notEqual(back[0], back[1]);
});

Deno.test("decodeValue() of a reference to an unknown or later id is a FormatError naming the id", () => {
  const cases: [string, RegExp][] = [
    ["d4 0e 05", /shared value 5 /], // no definition at all
    ["92 d4 0e 00 c7 03 0d 92 00 80", /shared value 0 /], // before it
    ["c7 05 0d 92 00 d4 0e 00", /shared value 0 /], // inside itself
    [
      "92 c7 03 0d 92 00 80 c7 03 0d 92 00 80",
      /shared value 0 is defined twice/,
    ],
    ["c7 02 0d 91 00", /payload is damaged/],
    ["d4 0e ff", /not an id/], // -1
  ];
  for (const [text, message] of cases) {
    const bytes = new Uint8Array(text.split(" ").map((b) => parseInt(b, 16)));
    assert.throws(
      () => decodeValue(bytes, "c/x.msgpack"),
      (e) =>
        e instanceof FormatError && e.path === "c/x.msgpack" &&
        message.test(e.message),
      text,
    );
  }
});

Deno.test("encodeValue() refuses a cycle through a shared object, with the path", () => {
  const s: Record<string, unknown> = {};
  s.self = [s];
  assert.throws(
    () => encodeValue({ a: { ok: 1 }, b: s, c: s }),
    (e) =>
      e instanceof TypeError &&
      /^Cannot encode value\.b\.self\[0\]: it contains itself/.test(e.message),
  );
  const t = { n: 1 };
  const loop: unknown[] = [t];
  loop.push({ t, loop });
  assert.throws(
    () => encodeValue({ first: t, loop }),
    (e) =>
      e instanceof TypeError &&
      /^Cannot encode value\.loop\[1\]\.loop: it contains itself/.test(
        e.message,
      ),
  );
});

Deno.test("decodeValue() of damaged bytes is a FormatError naming the file", () => {
  const good = encodeValue({ a: "text" });
  for (
    const bad of [
      good.subarray(0, 4),
      new Uint8Array([0xc1]),
      new Uint8Array([0xc7, 1, 5, 99]),
    ]
  ) {
    assert.throws(
      () => decodeValue(bad, "c/x.msgpack"),
      (e) =>
        e instanceof FormatError && e.path === "c/x.msgpack" &&
        /"c\/x.msgpack"/.test(e.message),
    );
  }
});

Deno.test("decodeValue() of 6 000 randomly damaged values (seed 9) gives a value or a FormatError naming the file, and nothing else", () => {
  const next = random(9);
  const values: unknown[] = [
    {
      a: 1,
      b: [1, 2, "x"],
      c: new Float64Array([1, 2, 3]),
      d: new Date(0),
      m: new Map<unknown, unknown>([[1, 2], ["k", [3]]]),
      s: new Set(["q"]),
      big: 12345678901234567890n,
    },
    [new Int16Array(10), new Uint8Array(7), "héllo", null, true, -0, NaN],
    new NDArray(new Float32Array(12), [3, 4], { order: "F" }),
    { nested: { deep: [[[1]]] }, u: undefined, lone: "\ud800" },
    {
      holes: Object.assign(new Array(5), { 1: "x", 3: [new Array(2)] }),
      bare: Object.assign(Object.create(null), { q: 1, r: { s: 2 } }),
    },
  ];
  const encoded = values.map(encodeValue);
  const counts = { decoded: 0, refused: 0 };
  for (let round = 0; round < 6000; round++) {
    let bytes = encoded[round % encoded.length].slice();
    for (let e = 1 + Math.floor(next() * 3); e > 0; e--) {
      const at = Math.floor(next() * bytes.length);
      switch (Math.floor(next() * 3)) {
        case 0:
          bytes[at] = Math.floor(next() * 256);
          break;
        case 1:
          bytes = bytes.subarray(0, at);
          break;
        default: {
          const longer = new Uint8Array(bytes.length + 1);
          longer.set(bytes.subarray(0, at));
          longer[at] = Math.floor(next() * 256);
          longer.set(bytes.subarray(at), at + 1);
          bytes = longer;
        }
      }
    }
    try {
      decodeValue(bytes, "v.msgpack");
      counts.decoded++;
    } catch (error) {
      assert.ok(error instanceof FormatError, String(error));
      assert.match(error.message, /^Cannot decode "v\.msgpack": /);
      counts.refused++;
    }
  }
  assert.ok(
    counts.decoded > 300 && counts.refused > 3000,
    JSON.stringify(counts),
  );
});
