// Copyright 2026 the persist authors. MIT license.
// Values for round-trip tests: a table of tricky values, classes that use the
// protocol or the registry, and a seeded generator of random value graphs.

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { NDArray, register, save } from "../../mod.ts";
import { corpus } from "../npy/_corpus.ts";

/**
 * The source of a class module written beside the archives, so that both
 * load() (through register) and import() (reading the file) find it. mod.js
 * files one folder below import it as "../classes.js".
 */
export const CLASSES_SOURCE = `
const REP = Symbol.for("persist.rep");
export class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.hypot(this.x, this.y); }
  [REP]() { return { module: "../classes.js", export: "Point", args: [this.x, this.y] }; }
}
export class Tagged {
  #secret = 1;
  constructor(tag, items) { this.tag = tag; this.items = items; }
  [REP]() { return { module: "../classes.js", export: "Tagged", args: [this.tag, this.items] }; }
}
export class Counter extends Map {
  increment(key) { this.set(key, (this.get(key) ?? 0) + 1); return this; }
}
export class Vec extends Array {}
export class Bag extends Set {}
export class Plain {
  constructor(a) { this.a = a; this.b = [a, a]; }
}
export class Throws {
  [REP]() { throw new Error("no representation today"); }
}
`;

/** A Map subclass with a method. */
export interface Counter extends Map<unknown, number> {
  increment(key: unknown): Counter;
}

/** The classes of {@linkcode CLASSES_SOURCE}. */
export interface Classes {
  // deno-lint-ignore no-explicit-any
  Point: new (x: number, y: number) => any;
  // deno-lint-ignore no-explicit-any
  Tagged: new (tag: string, items: unknown[]) => any;
  Counter: new () => Counter;
  Vec: new (...items: unknown[]) => unknown[];
  Bag: new (items?: unknown[]) => Set<unknown>;
  // deno-lint-ignore no-explicit-any
  Plain: new (a: unknown) => any;
  Throws: new () => object;
}

/**
 * Writes `classes.js` into `root`, imports it and registers its classes
 * under "../classes.js".
 */
export async function setupClasses(root: string): Promise<Classes> {
  const file = join(root, "classes.js");
  await Deno.writeTextFile(file, CLASSES_SOURCE);
  const classes = await import(pathToFileURL(file).href) as Classes;
  for (
    const name of ["Point", "Tagged", "Counter", "Vec", "Bag", "Plain"] as const
  ) {
    register(classes[name], { module: "../classes.js", export: name });
  }
  return classes;
}

/**
 * Reads `_persist.js` as a person editing an archive by hand gets it, from an
 * archive whose mod.js imports the helpers (one with an array file), saved
 * under `root`: archives of plain data have no `_persist.js`.
 */
export async function helperModule(root: string): Promise<string> {
  const archive = join(root, "with-array-file");
  await save(archive, { y: new Float64Array(200) }, { overwrite: true });
  return await Deno.readTextFile(join(archive, "_persist.js"));
}

/** A character class with set difference (RegExp flag "v"). */
const SET_DIFFERENCE = "[\\p{L}--\\p{Ll}]";

/** A table of tricky values, by name. */
export function trickyValues(c: Classes): [string, unknown][] {
  const shared = { shared: true };
  const selfArray: unknown[] = [1];
  selfArray.push(selfArray);
  const selfObject: Record<string, unknown> = { name: "me" };
  selfObject.me = selfObject;
  selfObject.after = 2;
  const mapCycle = new Map<unknown, unknown>([["first", 1]]);
  mapCycle.set(mapCycle, "key is the map");
  mapCycle.set("value", mapCycle);
  mapCycle.set("last", 3);
  const setCycle = new Set<unknown>(["a"]);
  setCycle.add(setCycle);
  setCycle.add("z");
  const a: Record<string, unknown> = {};
  const b: Record<string, unknown> = { a };
  a.b = b;
  const nullProto = Object.assign(Object.create(null), { x: 1, y: [2] });
  const nullCycle = Object.create(null);
  nullCycle.self = nullCycle;
  const ownProto = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
  const bigBuffer = new ArrayBuffer(40);
  new Uint8Array(bigBuffer).forEach((_, i, u) => u[i] = i);
  const view = new DataView(bigBuffer, 4, 20);
  const sharedData = new Float64Array([1, 2, 3, 4]);
  const points = [new c.Point(1, 2), new c.Point(-0, NaN)];
  const tagItems = [shared, shared];
  const counter = new c.Counter().increment("a").increment("a").increment(
    "b",
  );
  (counter as unknown as Record<string, unknown>).label = "counts";
  const vec = new c.Vec(1, 2, 3);
  const bag = new c.Bag([1, shared]);
  const plainCycle = new c.Plain(1);
  plainCycle.self = plainCycle;
  const sparse: unknown[] = [];
  sparse[5] = "five";
  sparse[9] = undefined;
  const typed = (n: number) => Array.from({ length: n }, (_, i) => i * 3 - 7);
  return [
    ["zero", 0],
    ["negativeZero", -0],
    ["nan", NaN],
    ["infinities", [Infinity, -Infinity]],
    ["tinyAndHuge", [5e-324, Number.MAX_VALUE, -Number.MIN_VALUE, 0.1 + 0.2]],
    ["safeIntegers", [
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      2 ** 53,
    ]],
    ["bigints", [0n, -1n, 2n ** 100n, -(2n ** 64n)]],
    ["booleansNullUndefined", [true, false, null, undefined]],
    ["emptyString", ""],
    ["scriptEnd", "</script><script>alert(1)</script><!-- -->"],
    ["templateLike", "${x} `backticks` \\${y}"],
    ["lineSeparators", "a\u2028b\u2029c\r\nd\n\t\0\x7f"],
    ["loneSurrogates", ["\ud800", "\udfff", "a\ud83d", "\ude00b"]],
    ["astral", "😀 𝄞 \u{10ffff}"],
    ["quotesAndBackslashes", `"'\\"\\\\`],
    ["longString", "x".repeat(10_000)],
    ["emptyContainers", [[], {}, new Map(), new Set()]],
    ["holes", [1, , 3]],
    ["trailingHole", [1, 2, ,]],
    ["onlyHoles", new Array(3)],
    ["sparse", sparse],
    ["nullPrototype", nullProto],
    ["emptyNullPrototype", Object.create(null)],
    ["ownProtoKey", ownProto],
    ["oddKeys", {
      "my key": 1,
      "": 2,
      "1": 3,
      "-1": 4,
      "constructor": 5,
      "class": 6,
      "π": 7,
      "a\u2028b": 8,
      "__proto__x": 9,
    }],
    [
      "mapAnyKeys",
      new Map<unknown, unknown>([
        [1, "one"],
        ["1", "string one"],
        [1n, "bigint one"],
        [NaN, "nan"],
        [undefined, "undefined"],
        [null, "null"],
        [shared, "object key"],
        [[1, 2], "array key"],
      ]),
    ],
    ["setMixed", new Set<unknown>([1, "1", 1n, NaN, null, undefined, shared])],
    ["dates", [
      new Date(0),
      new Date(-1),
      new Date(8.64e15),
      new Date(-8.64e15),
      new Date(1_700_000_000_123),
    ]],
    ["invalidDate", new Date(NaN)],
    ["regexps", [
      /a+b/,
      /^\/path\/(?<name>[^/]+)$/gimsuy,
      // (a variable, because the linter does not know the "v" flag)
      new RegExp(SET_DIFFERENCE, "v"),
      /</,
      new RegExp("\n\u2028"),
      /(?:)/d,
    ]],
    ["typedSmall", [
      new Int8Array([-128, 127]),
      new Uint8Array([0, 255]),
      new Uint8ClampedArray([0, 255]),
      new Int16Array([-32768, 32767]),
      new Uint16Array([65535]),
      new Int32Array([-(2 ** 31), 2 ** 31 - 1]),
      new Uint32Array([2 ** 32 - 1]),
      new Float16Array([0.1, -0, 65504, NaN]),
      new Float32Array([0.1, 1e-45, -0, Infinity, NaN]),
      new Float64Array([0.1, -0, NaN, -Infinity]),
      new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n]),
      new BigUint64Array([2n ** 64n - 1n]),
      new Float64Array(0),
    ]],
    ["typedLarge", [
      new Int8Array(typed(20)),
      new Uint8Array(typed(20).map((x) => x & 255)),
      new Uint8ClampedArray(typed(20).map((x) => x & 255)),
      new Int16Array(typed(20)),
      new Uint16Array(typed(20).map((x) => x & 0xffff)),
      new Int32Array(typed(20)),
      new Uint32Array(typed(20).map((x) => x >>> 0)),
      new Float16Array(typed(20).map((x) => x / 3)),
      new Float32Array(typed(20).map((x) => x / 3)),
      new Float64Array(typed(20).map((x) => x / 3)),
      new BigInt64Array(typed(20).map(BigInt)),
      new BigUint64Array(typed(20).map((x) => BigInt(x & 0xffff))),
    ]],
    ["subarray", new Float64Array([9, 8, 7, 6, 5, 4]).subarray(2, 4)],
    ["buffers", [
      new Uint8Array([1, 2, 3]).buffer,
      new ArrayBuffer(0),
      bigBuffer,
    ]],
    ["dataViews", [new DataView(new Uint8Array([5, 6]).buffer), view]],
    ["ndarrays", [
      new NDArray(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]),
      new NDArray(new Int32Array([1, 2, 3, 4]), [2, 2], { order: "F" }),
      new NDArray(new Float64Array([1, 2, 3, -4]), [2], { dtype: "<c16" }),
      new NDArray(new Uint8Array([1, 0, 1]), [3], { dtype: "|b1" }),
      new NDArray(["ab", "c", ""], [3], { dtype: "<U4" }),
      new NDArray(new BigInt64Array([1n, 2n]), [2], { dtype: "<M8[D]" }),
      new NDArray(new Float64Array([7]), []),
      new NDArray(new Float64Array(0), [0, 3]),
    ]],
    ["ndarraysLarge", [
      new NDArray(new Float64Array(typed(24)), [2, 3, 4]),
      new NDArray(new Float32Array(typed(24)), [4, 6], { order: "F" }),
      new NDArray(new Float64Array(typed(24)), [12], { dtype: "<c16" }),
      new NDArray(Array.from({ length: 12 }, (_, i) => "s" + i), [3, 4]),
    ]],
    ["sharedTypedArray", { a: sharedData, b: sharedData, c: [sharedData] }],
    ["ndarraySharingData", [new NDArray(sharedData, [2, 2]), sharedData]],
    ["sharedObjects", [shared, { again: shared }, new Map([[shared, shared]])]],
    ["selfArray", selfArray],
    ["selfObject", selfObject],
    ["mutualCycle", a],
    ["mapCycle", mapCycle],
    ["setCycle", setCycle],
    ["nullProtoCycle", nullCycle],
    ["protocol", points],
    ["protocolSharedArgs", { t: new c.Tagged("t", tagItems), tagItems }],
    ["registeredMap", counter],
    ["registeredArray", vec],
    ["registeredSet", bag],
    ["registeredCycle", plainCycle],
    ["deep", nest(200)],
  ];
}

function nest(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { level: i, next: value };
  return value;
}

/** A small seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRIMITIVES: unknown[] = [
  0,
  -0,
  1,
  -1.5,
  NaN,
  Infinity,
  -Infinity,
  1e300,
  5e-324,
  7n,
  -(2n ** 70n),
  "",
  "text",
  "</script>",
  "${x}",
  "\u2028",
  "\ud800",
  "é😀",
  true,
  false,
  null,
  undefined,
];

const KEYS = ["a", "b", "key", "my key", "1", "class", "_v1", "é"];

/**
 * A random value graph: nested arrays, objects (some without prototype),
 * Maps, Sets, Dates, RegExps and typed arrays, where some references point
 * to objects made before (shared) or to containers still being filled
 * (cycles).
 */
export function randomGraph(next: () => number): Record<string, unknown> {
  const made: object[] = [];
  const open: object[] = [];
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)];

  function value(depth: number): unknown {
    const r = next();
    if (r < 0.4 || depth > 5) return pick(PRIMITIVES);
    if (r < 0.5 && made.length > 0) return pick(made);
    if (r < 0.56 && open.length > 0) return pick(open);
    return container(depth);
  }

  function container(depth: number): object {
    const kind = Math.floor(next() * 9);
    const n = Math.floor(next() * 4);
    let result: object;
    switch (kind) {
      case 0:
      case 1: {
        const array: unknown[] = [];
        open.push(array);
        for (let i = 0; i < n; i++) {
          if (next() < 0.1) array.length++;
          else array.push(value(depth + 1));
        }
        result = array;
        break;
      }
      case 2:
      case 3: {
        const object: Record<string, unknown> = next() < 0.2
          ? Object.create(null)
          : {};
        open.push(object);
        for (let i = 0; i < n; i++) {
          Object.defineProperty(object, pick(KEYS), {
            value: value(depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        result = object;
        break;
      }
      case 4: {
        const map = new Map<unknown, unknown>();
        open.push(map);
        for (let i = 0; i < n; i++) map.set(value(depth + 1), value(depth + 1));
        result = map;
        break;
      }
      case 5: {
        const set = new Set<unknown>();
        open.push(set);
        for (let i = 0; i < n; i++) set.add(value(depth + 1));
        result = set;
        break;
      }
      case 6:
        result = new Date(Math.floor(next() * 4e12) - 1e12);
        break;
      case 7:
        result = next() < 0.5 ? /x+y/g : new RegExp("^a\\.b$", "i");
        break;
      default: {
        const n2 = Math.floor(next() * 12);
        const data = Array.from(
          { length: n2 },
          () => Math.round(next() * 1000) / 8,
        );
        result = next() < 0.5 ? new Float64Array(data) : new Int32Array(data);
      }
    }
    const i = open.indexOf(result);
    if (i >= 0) open.splice(i, 1);
    made.push(result);
    return result;
  }

  const names = ["x", "y", "my-key", "default", "_private"];
  const out: Record<string, unknown> = {};
  const count = 1 + Math.floor(next() * 3);
  for (let i = 0; i < count; i++) out[names[i]] = value(0);
  return out;
}

/**
 * The arrays of every dtype and both orders of the `.npy` corpus as named
 * values, plus `shared`: the array `f8_2x3_C` again (stored once). The same
 * values in every process.
 */
export function arrayValues(): Record<string, NDArray> {
  const arrays = corpus();
  return { ...Object.fromEntries(arrays), shared: arrays.get("f8_2x3_C")! };
}
