// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { decodeValue, encodeValue, EXT } from "../../lib/chest/mod.ts";
import { FormatError, NDArray } from "../../mod.ts";
import { random } from "../archive/_corpus.ts";

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

Deno.test("encodeValue() stores a value reached twice as two copies", () => {
  const shared = { n: 1 };
  const back = decodeValue(encodeValue([shared, shared])) as unknown[];
  assert.deepEqual(back, [shared, shared]);
  assert.notEqual(back[0], back[1]);
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
