// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { join } from "node:path";
import { encode, ExtData } from "@msgpack/msgpack";
import { decodeValue, encodeValue, EXT } from "../../lib/chest/mod.ts";
import { MAX_NESTING } from "../../lib/chest/codec.ts";
import { FormatError, NDArray } from "../../mod.ts";
import { random, randomGraph } from "../archive/_corpus.ts";
import { describe } from "../archive/_describe.js";
import { ROOT } from "../_util.ts";
import { CONTAINER_KINDS, depthOf, nest } from "./_deep.ts";

const hex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(" ");

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

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
  const shared = { f: () => 1 };
  const cases: [unknown, RegExp][] = [
    [{ f: () => 1 }, /value\.f: it is a function/],
    [[Symbol("s")], /value\[0\]: it is a symbol/],
    [{ p: new Point() }, /value\.p: instances of Point/],
    [new Map([["k", new WeakMap()]]), /value value #0: instances of WeakMap/],
    [{ a: [shared], b: shared }, /value\.a\[0\]\.f: it is a function/],
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

Deno.test("encodeValue() writes a value without shared objects with the same bytes as before graphs existed", () => {
  // Every container kind, and two equal but distinct objects; the bytes the
  // codec wrote before extension types 13 and 14.
  const value = {
    m: new Map<unknown, unknown>([[{ k: 1 }, new Set([[1], [1]])]]),
    bare: Object.assign(Object.create(null), { a: {} }),
    holes: Object.assign(new Array(3), { 1: { b: 2 } }),
    same: [{}, {}],
    t: new Uint8Array([1, 2]),
    d: new Date(0),
    r: /x/g,
  };
  assert.equal(
    hex(encodeValue(value)),
    "87 a1 6d c7 0d 03 92 81 a1 6b 01 c7 05 04 92 91 01 91 01 a4 62 61 72 65 " +
      "d6 0b 81 a1 61 80 a5 68 6f 6c 65 73 c7 07 0c 93 03 01 81 a1 62 02 a4 73 " +
      "61 6d 65 92 80 80 a1 74 c7 03 05 01 01 02 a1 64 d6 ff 00 00 00 00 a1 72 " +
      "c7 05 0a 92 a1 78 a1 67",
  );
});

Deno.test("encodeValue() writes [s, s] as the graph of docs/CHEST.md", async () => {
  const s = {};
  // fixext 16 type 13: heads [0], body {}, root [ref 0, ref 0].
  const bytes = "d8 0d 91 00 80 92 d6 0e 00 00 00 00 d6 0e 00 00 00 00";
  assert.equal(hex(encodeValue([s, s])), bytes);
  const page = await Deno.readTextFile(join(ROOT, "docs", "CHEST.md"));
  assert.ok(page.includes(`\`${bytes}\``), "docs/CHEST.md shows other bytes");
});

/** True when the bytes are one extension of type 13. */
function isGraph(bytes: Uint8Array): boolean {
  // The type byte follows the header: fixext 1 to 16, or ext 8, 16, 32.
  const head = bytes[0];
  const at = head >= 0xd4 && head <= 0xd8
    ? 1
    : head >= 0xc7 && head <= 0xc9
    ? [2, 3, 5][head - 0xc7]
    : 0;
  return at > 0 && bytes[at] === EXT.graph;
}

/** Round-trips a value through the codec. */
const roundTrip = <T>(value: T) => decodeValue(encodeValue(value)) as T;

Deno.test("decodeValue() gives one object for an object reached twice", () => {
  const s = { n: 1 };
  const back = roundTrip([s, s]);
  assert.deepEqual(back, [{ n: 1 }, { n: 1 }]);
  assert.equal(back[0], back[1]);
  assert.notEqual(back[0], s);
});

Deno.test("decodeValue() keeps an object shared between a property, a Map value and a Set member", () => {
  const s = { n: 1 };
  const back = roundTrip({
    p: s,
    m: new Map([["k", s]]),
    t: new Set([s]),
  });
  assert.equal(back.m.get("k"), back.p);
  assert.equal([...back.t][0], back.p);
  assert.deepEqual(back.p, { n: 1 });
});

Deno.test("decodeValue() keeps Map keys that are shared objects the same objects", () => {
  const a = { id: "a" };
  const b = [1];
  const back = roundTrip({
    m: new Map<object, string>([[a, "A"], [b, "B"]]),
    a,
    b,
  });
  assert.equal(back.m.get(back.a), "A");
  assert.equal(back.m.get(back.b), "B");
  assert.deepEqual([...back.m.keys()], [{ id: "a" }, [1]]);
});

Deno.test("decodeValue() closes a cycle of an object with itself", () => {
  const me: Record<string, unknown> = { name: "me" };
  me.self = me;
  const back = roundTrip(me);
  assert.equal(back.self, back);
  assert.equal(back.name, "me");
  assert.deepEqual(Object.keys(back), ["name", "self"]);
});

Deno.test("decodeValue() closes cycles through a Map and through a Set", () => {
  const map = new Map<string, unknown>([["x", 1]]);
  map.set("me", map);
  const set = new Set<unknown>(["y"]);
  set.add(set);
  const back = roundTrip({ map, set });
  assert.equal(back.map.get("me"), back.map);
  assert.deepEqual([...back.map.keys()], ["x", "me"]);
  assert.ok(back.set.has(back.set));
  assert.deepEqual([...back.set][0], "y");
});

Deno.test("decodeValue() keeps a shared object without prototype and a shared array with holes", () => {
  const bare = Object.assign(Object.create(null), { q: 1 });
  const holes = Object.assign(new Array(5), { 1: "x", 3: bare });
  const back = roundTrip({ bare, holes, again: [bare, holes] });
  assert.equal(back.again[0], back.bare);
  assert.equal(back.again[1], back.holes);
  assert.equal(Object.getPrototypeOf(back.bare), null);
  assert.equal(back.holes.length, 5);
  assert.deepEqual(Object.keys(back.holes), ["1", "3"]);
  assert.equal(back.holes[3], back.bare);
});

Deno.test("decodeValue() keeps shared Dates, RegExps, typed arrays, ArrayBuffers and NDArrays one object each", () => {
  const leaves = {
    date: new Date(5),
    invalid: new Date(NaN),
    regExp: /a/y,
    typed: new Float32Array([1.5]),
    buffer: new Uint8Array([9]).buffer,
    nd: new NDArray(new Int16Array([1, 2, 3, 4]), [2, 2]),
  };
  const back = roundTrip({ leaves, again: { ...leaves } });
  for (const name of Object.keys(leaves) as (keyof typeof leaves)[]) {
    assert.equal(back.again[name], back.leaves[name], name);
    assert.deepEqual(back.leaves[name], leaves[name], name);
  }
  assert.ok(back.leaves.nd instanceof NDArray);
});

Deno.test("decodeValue() keeps shared objects inside shared objects inside containers that are not shared", () => {
  type Outer = { inner: object; list: object[] };
  const inner = { n: 1 };
  const outer: Outer = { inner, list: [inner] };
  const back = roundTrip(
    new Map<string, Set<object>>([
      ["a", new Set([outer])],
      ["b", new Set([outer, inner])],
    ]),
  );
  const [a] = back.get("a")! as Set<Outer>;
  const [b, i] = back.get("b")!;
  assert.equal(a, b);
  assert.equal(a.inner, i);
  assert.equal(a.list[0], i);
});

Deno.test("decodeValue() inverts encodeValue() with identity on 300 random value graphs with sharing and cycles (seed 77)", () => {
  const next = random(77);
  let graphs = 0;
  for (let i = 0; i < 300; i++) {
    const value = randomGraph(next);
    const bytes = encodeValue(value);
    if (isGraph(bytes)) graphs++;
    assert.deepEqual(describe(decodeValue(bytes)), describe(value), `#${i}`);
  }
  assert.ok(graphs > 30, `only ${graphs} graphs`);
});

Deno.test("decodeValue() reads a chain of 100 000 shared objects, each referring to the next", () => {
  type Node = { i: number; next: Node | null };
  const nodes: Node[] = Array.from({ length: 100_000 }, (_, i) => ({
    i,
    next: null,
  }));
  nodes.forEach((node, i) => (node.next = nodes[i + 1] ?? null));
  const back = roundTrip(nodes);
  assert.equal(back.length, 100_000);
  let count = 0;
  for (let node: Node | null = back[0]; node !== null; node = node.next) {
    assert.equal(node, back[node.i]);
    count++;
  }
  assert.equal(count, 100_000);
});

Deno.test("encodeValue() writes containers of every kind nested MAX_NESTING levels deep, which decode", () => {
  for (const kind of CONTAINER_KINDS) {
    const plain = nest(kind, MAX_NESTING, "bottom");
    assert.equal(depthOf(decodeValue(encodeValue(plain))), MAX_NESTING, kind);
    const s = { shared: true };
    const shared = decodeValue(
      encodeValue(nest(kind, MAX_NESTING - 1, [s, s])),
    );
    // s is one level more, but shared: its body is written at level 1.
    assert.equal(depthOf(shared), MAX_NESTING + 1, kind);
  }
  let deep: unknown = "bottom";
  for (let i = 0; i < MAX_NESTING; i++) deep = [deep];
  assert.equal(encodeValue(deep)[0], 0x91); // a plain array, not a graph
});

Deno.test("encodeValue() refuses containers of every kind nested one level more than MAX_NESTING, naming the path", () => {
  const steps = {
    array: "[0]",
    object: ".x",
    nullObject: ".x",
    sparseArray: "[2]",
    map: " value #0",
    set: " #0",
  };
  for (const kind of CONTAINER_KINDS) {
    const s = { shared: true };
    for (
      const value of [
        nest(kind, MAX_NESTING + 1, 1),
        nest(kind, MAX_NESTING, [s, s]),
      ]
    ) {
      assert.throws(
        () => encodeValue(value),
        (e) =>
          e instanceof RangeError &&
          e.message.startsWith(
            `Cannot encode value${steps[kind]}${steps[kind]}`,
          ) &&
          e.message.includes(` … `) &&
          e.message.endsWith(
            `: it is nested more than ${MAX_NESTING} levels deep, more than a reader can decode; ` +
              "flatten it (a list of rows, or a Map from ids to objects), or pass dump/load to Chest.open()",
          ),
        kind,
      );
    }
  }
});

Deno.test("encodeValue() refuses a chain of 100 000 objects that are not shared with the nesting error", () => {
  let chain: unknown = "bottom";
  for (let i = 0; i < 100_000; i++) chain = { next: chain };
  assert.throws(() => encodeValue(chain), /nested more than 500 levels deep/);
});

Deno.test("encodeValue() counts the nesting of a shared object's body from its own level", () => {
  // Each body is MAX_NESTING - 1 deep; the chain of shared objects is longer.
  const body = () => nest("map", MAX_NESTING - 1, 1);
  const chain = Array.from({ length: 3 }, () => ({ body: body(), next: {} }));
  const value = [chain[0], chain[0], chain[1], chain[1], chain[2], chain[2]];
  const back = decodeValue(encodeValue(value)) as typeof value;
  assert.equal(back[0], back[1]);
  assert.equal(depthOf(back[0].body), MAX_NESTING - 1);
});

Deno.test("decodeValue() of values nested deeper than the stack allows says so, not that the file is damaged", () => {
  let bytes = encode(1);
  for (let i = 0; i < 20_000; i++) {
    bytes = encode(
      new ExtData(EXT.set, concat([new Uint8Array([0x91]), bytes])),
    );
  }
  assert.throws(
    () => decodeValue(bytes, "c/x.msgpack"),
    (e) =>
      e instanceof FormatError &&
      e.message.startsWith(
        'Cannot decode "c/x.msgpack": it is nested too deeply to decode here (the stack ran out)',
      ) && !e.message.includes("damaged"),
  );
});

Deno.test("decodeValue() refuses array and map headers that declare more elements than the bytes hold, at once", () => {
  const header = [0xdd, 0x01, 0xff, 0xff, 0xff]; // an array of 33 554 431
  const headers = (n: number) =>
    new Uint8Array(Array.from({ length: n }, () => header).flat());
  const cases: [Uint8Array, RegExp][] = [
    // 23 bytes that cost 2.9 GB before.
    [
      encode(new ExtData(EXT.graph, headers(4))),
      /the array or map at byte 0 declares 33554431 elements: 33554431 due in all, more than the 15 bytes after it hold/,
    ],
    // 100 bytes that ran V8 out of memory before.
    [headers(20), /the array or map at byte 0 declares 33554431 elements/],
    // Within the bytes one by one, but not together.
    [
      new Uint8Array([0x93, 0x93, 0x93, 0x01, 0x01]),
      /the array or map at byte 1 declares 3 elements: 5 due in all, more than the 3 bytes after it hold/,
    ],
    [
      new Uint8Array([0xdf, 0, 0, 0, 3, 1, 2]),
      /the array or map at byte 0 declares 6 elements/,
    ],
    [
      encode(new ExtData(EXT.map, new Uint8Array([0xdd, 0, 0x10, 0, 0]))),
      /the array or map at byte 0 declares 1048576 elements/,
    ],
    [
      new Uint8Array([0xdb, 0xff, 0xff, 0xff, 0xff, 0x61]),
      /the data ends inside the object at byte 0 \(of 6\)/,
    ],
    // 1 MiB of nested headers, each within the bytes after it: 64 GB before.
    [
      new Uint8Array(
        Array.from({ length: 2 ** 20 / 5 }, () => [0xdd, 0, 0x01, 0, 0]).flat(),
      ),
      /the array or map at byte \d+ declares 65536 elements: \d+ due in all/,
    ],
  ];
  for (const [bytes, message] of cases) {
    const start = performance.now();
    assert.throws(
      () => decodeValue(bytes, "c/x.msgpack"),
      (e) => e instanceof FormatError && message.test(e.message),
      `${hex(bytes.subarray(0, 12))} should fail with ${message}`,
    );
    assert.ok(performance.now() - start < 500, `${hex(bytes.subarray(0, 12))}`);
  }
});

Deno.test("encodeValue() refuses a value whose getter answers differently the second time", () => {
  // Pass 1 meets the cached object once (through "view"), pass 2 twice.
  const cached = {
    _v: undefined as object | undefined,
    get view() {
      return this._v ??= { n: 1 };
    },
  };
  delete (cached as { _v?: object })._v;
  assert.throws(
    () => encodeValue(cached),
    (e) =>
      e instanceof TypeError &&
      e.message ===
        "Cannot encode value._v: the value changed while being encoded (a getter or proxy answered differently); store plain data",
  );
  // A cycle that appears in pass 2 only.
  let calls = 0;
  const cycle = {
    get x() {
      if (++calls === 1) return {};
      const a: Record<string, unknown> = {};
      a.self = a;
      return a;
    },
  };
  assert.throws(
    () => encodeValue(cycle),
    (e) =>
      e instanceof TypeError &&
      e.message.startsWith("Cannot encode value.x.self: the value changed"),
  );
  // An object that is one object less in pass 2.
  let reads = 0;
  const shrinking = {
    get x() {
      return ++reads === 1 ? { y: {} } : { y: 1 };
    },
  };
  assert.throws(
    () => encodeValue(shrinking),
    /^TypeError: Cannot encode value: the value changed/,
  );
});

Deno.test("encodeValue() writes a getter that answers the same objects twice with its sharing kept", () => {
  const row = { n: 1 };
  const value = {
    get a() {
      return row;
    },
    b: row,
  };
  const back = decodeValue(encodeValue(value)) as { a: object; b: object };
  assert.equal(back.a, back.b);
});

/** A hand-made graph: the parts' MessagePack one after another in extension 13. */
function graphFile(...parts: unknown[]): Uint8Array {
  return encode(new ExtData(EXT.graph, concat(parts.map((p) => encode(p)))));
}

/** Extension 14: shared object `j` (below 256). */
const ref = (j: number) => new ExtData(EXT.ref, new Uint8Array([0, 0, 0, j]));

Deno.test("encodeValue() numbers shared objects in the order a depth-first walk first meets them", () => {
  const x = { name: "x" };
  const y = { name: "y" };
  const z = [x];
  const k = { key: true };
  const value = {
    a: [y, z],
    b: new Map<unknown, unknown>([[k, x]]),
    c: y,
    d: k,
    e: z,
  };
  // Met first: y (in a), z (in a), x (in z), k (a Map key, before its value).
  assert.equal(
    hex(encodeValue(value)),
    hex(graphFile(
      [0, 2, 0, 0],
      { name: "y" },
      [ref(2)],
      { name: "x" },
      { key: true },
      {
        a: [ref(0), ref(1)],
        b: new ExtData(EXT.map, encode([ref(3), ref(2)])),
        c: ref(0),
        d: ref(3),
        e: ref(1),
      },
    )),
  );
});

Deno.test("decodeValue() of a damaged graph is a FormatError saying what is wrong", () => {
  const pair = {};
  const cases: [Uint8Array, RegExp][] = [
    [
      graphFile([0], {}, ref(5)),
      /a reference to shared object #5, but its graph has 1/,
    ],
    [encode([1, ref(0)]), /a reference \(extension type 14\) outside a graph/],
    [
      encode(new ExtData(EXT.map, encode(["k", ref(0)]))),
      /a reference \(extension type 14\) outside a graph/,
    ],
    [graphFile(0, {}, ref(0)), /a graph's heads are not an array/],
    [graphFile([9], ref(0)), /head #0 of a graph is neither a kind code/],
    [graphFile([0, "x"], {}, 1), /head #1 of a graph is neither a kind code/],
    [graphFile([ref(0)], 1), /a reference inside the heads of a graph/],
    [
      graphFile([4], { a: 1 }, ref(0)),
      /the body of shared object #0 \(kind 4\) is not an array of keys and values/,
    ],
    [
      graphFile([0], [1], ref(0)),
      /the body of shared object #0 \(kind 0\) is not a map/,
    ],
    [
      graphFile([5], "x", ref(0)),
      /the body of shared object #0 \(kind 5\) is not an array/,
    ],
    [
      graphFile([3], [2, 5, "x"], ref(0)),
      /the body of shared object #0's indices are damaged/,
    ],
    [graphFile([0, 2], {}), /a graph ends before the body of shared object #1/],
    [graphFile([0], {}), /a graph ends before its root/],
    [graphFile([0], {}, ref(0), 7), /a graph has more objects after its root/],
    [
      graphFile([0], {}, new ExtData(EXT.ref, new Uint8Array(2))),
      /a reference's payload is 2 bytes, not 4/,
    ],
    [encode(new ExtData(EXT.graph, new Uint8Array(0))), /a graph is empty/],
    [
      encodeValue([pair, pair]).subarray(0, 12),
      /the data ends inside the object at byte 0 \(of 12\)/,
    ],
  ];
  for (const [bytes, message] of cases) {
    assert.throws(
      () => decodeValue(bytes, "c/x.msgpack"),
      (e) =>
        e instanceof FormatError && e.path === "c/x.msgpack" &&
        e.message.startsWith('Cannot decode "c/x.msgpack": ') &&
        message.test(e.message),
      `${hex(bytes)} should fail with ${message}`,
    );
  }
});

Deno.test("decodeValue() resolves the references of a graph inside a graph in the inner one", () => {
  // Only hand-made files hold one: the inner graph is an array holding
  // itself; the outer object refers to itself after the inner graph ended.
  const inner = new ExtData(
    EXT.graph,
    concat([encode([2]), encode([ref(0)]), encode(ref(0))]),
  );
  const back = decodeValue(
    graphFile([0], { inner, me: ref(0) }, ref(0)),
  ) as { inner: unknown[]; me: unknown };
  assert.equal(back.me, back);
  assert.equal(back.inner[0], back.inner);
});

Deno.test("decodeValue() after a damaged graph starts with no graph", () => {
  assert.throws(() => decodeValue(graphFile([0, 0], {})), FormatError);
  assert.throws(
    () => decodeValue(encode(ref(0))),
    (e) => e instanceof FormatError && /outside a graph/.test(e.message),
  );
  const back = roundTrip({ a: [1], b: [] as unknown[] });
  assert.deepEqual(back, { a: [1], b: [] });
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

/** A value with shared objects of every kind and cycles. */
function sharing(): unknown {
  const row: Record<string, unknown> = { n: 1 };
  const bare = Object.assign(Object.create(null), { row });
  const holes = Object.assign(new Array(4), { 2: row });
  const map = new Map<unknown, unknown>([[row, bare]]);
  const set = new Set<unknown>([holes, map]);
  const leaf = new Int32Array([1, 2]);
  row.self = row;
  map.set("set", set);
  return { row, bare, holes, map, set, leaf, again: [leaf, new Date(0)] };
}

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
    sharing(),
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
