//// zero
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const zero = 0;

// end of persist archive
//// negativeZero
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const negativeZero = -0;

// end of persist archive
//// nan
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const nan = NaN;

// end of persist archive
//// infinities
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const infinities = [Infinity, -Infinity];

// end of persist archive
//// tinyAndHuge
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const tinyAndHuge = [
  5e-324, 1.7976931348623157e+308, -5e-324, 0.30000000000000004,
];

// end of persist archive
//// safeIntegers
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const safeIntegers = [
  9007199254740991, -9007199254740991, 9007199254740992,
];

// end of persist archive
//// bigints
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const bigints = [
  0n, -1n, 1267650600228229401496703205376n, -18446744073709551616n,
];

// end of persist archive
//// booleansNullUndefined
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const booleansNullUndefined = [true, false, null, undefined];

// end of persist archive
//// emptyString
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const emptyString = "";

// end of persist archive
//// scriptEnd
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const scriptEnd = "\u003c/script><script>alert(1)\u003c/script>\u003c!-- -->";

// end of persist archive
//// templateLike
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const templateLike = "${x} `backticks` \\${y}";

// end of persist archive
//// lineSeparators
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const lineSeparators = "a\u2028b\u2029c\r\nd\n\t\u0000";

// end of persist archive
//// loneSurrogates
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const loneSurrogates = ["\ud800", "\udfff", "a\ud83d", "\ude00b"];

// end of persist archive
//// astral
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const astral = "😀 𝄞 􏿿";

// end of persist archive
//// quotesAndBackslashes
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const quotesAndBackslashes = "\"'\\\"\\\\";

// end of persist archive
//// longString
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const longString = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

// end of persist archive
//// emptyContainers
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const emptyContainers = [[], {}, new Map(), new Set()];

// end of persist archive
//// holes
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const holes = [1, , 3];

// end of persist archive
//// trailingHole
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const trailingHole = [1, 2, ,];

// end of persist archive
//// onlyHoles
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const onlyHoles = [, , ,];

// end of persist archive
//// sparse
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const sparse = [, , , , , "five", , , , undefined];

// end of persist archive
//// nullPrototype
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const nullPrototype = { __proto__: null, x: 1, y: [2] };

// end of persist archive
//// emptyNullPrototype
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const emptyNullPrototype = { __proto__: null };

// end of persist archive
//// ownProtoKey
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const ownProtoKey = { ["__proto__"]: { x: 1 }, y: 2 };

// end of persist archive
//// oddKeys
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const oddKeys = {
  "1": 3,
  "my key": 1,
  "": 2,
  "-1": 4,
  constructor: 5,
  class: 6,
  π: 7,
  "a\u2028b": 8,
  __proto__x: 9,
};

// end of persist archive
//// mapAnyKeys
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const mapAnyKeys = new Map([
  [1, "one"],
  ["1", "string one"],
  [1n, "bigint one"],
  [NaN, "nan"],
  [undefined, "undefined"],
  [null, "null"],
  [{ shared: true }, "object key"],
  [[1, 2], "array key"],
]);

// end of persist archive
//// setMixed
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const setMixed = new Set([
  1,
  "1",
  1n,
  NaN,
  null,
  undefined,
  { shared: true },
]);

// end of persist archive
//// dates
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const dates = [
  new Date("1970-01-01T00:00:00.000Z"),
  new Date("1969-12-31T23:59:59.999Z"),
  new Date("+275760-09-13T00:00:00.000Z"),
  new Date("-271821-04-20T00:00:00.000Z"),
  new Date("2023-11-14T22:13:20.123Z"),
];

// end of persist archive
//// invalidDate
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const invalidDate = new Date(NaN);

// end of persist archive
//// regexps
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const regexps = [
  new RegExp("a+b"),
  new RegExp("^\\/path\\/(?<name>[^/]+)$", "gimsuy"),
  new RegExp("[\\p{L}--\\p{Ll}]", "v"),
  new RegExp("<"),
  new RegExp("\\n\\u2028"),
  new RegExp("(?:)", "d"),
];

// end of persist archive
//// typedSmall
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const typedSmall = [
  new Int8Array([-128, 127]),
  new Uint8Array([0, 255]),
  new Uint8ClampedArray([0, 255]),
  new Int16Array([-32768, 32767]),
  new Uint16Array([65535]),
  new Int32Array([-2147483648, 2147483647]),
  new Uint32Array([4294967295]),
  new Float16Array([0.1, -0, 65500, NaN]),
  new Float32Array([0.1, 1e-45, -0, Infinity, NaN]),
  new Float64Array([0.1, -0, NaN, -Infinity]),
  new BigInt64Array([-9223372036854775808n, 9223372036854775807n]),
  new BigUint64Array([18446744073709551615n]),
  new Float64Array([]),
];

// end of persist archive
//// typedLarge
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array, buffer } from "./_persist.js";

export const typedLarge = [
  await array("typedLarge.0.npy"),
  await array("typedLarge.1.npy"),
  new Uint8ClampedArray(buffer(await array("typedLarge.2.npy"))),
  await array("typedLarge.3.npy"),
  await array("typedLarge.4.npy"),
  await array("typedLarge.5.npy"),
  await array("typedLarge.6.npy"),
  await array("typedLarge.7.npy"),
  await array("typedLarge.8.npy"),
  await array("typedLarge.9.npy"),
  await array("typedLarge.10.npy"),
  await array("typedLarge.11.npy"),
];

// end of persist archive
//// subarray
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const subarray = new Float64Array([7, 6]);

// end of persist archive
//// buffers
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array, buffer } from "./_persist.js";

export const buffers = [
  buffer(new Uint8Array([1, 2, 3])),
  buffer(new Uint8Array([])),
  buffer(await array("buffers.2.npy")),
];

// end of persist archive
//// dataViews
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array, buffer } from "./_persist.js";

export const dataViews = [
  new DataView(buffer(new Uint8Array([5, 6]))),
  new DataView(buffer(await array("dataViews.1.npy"))),
];

// end of persist archive
//// ndarrays
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { NDArray } from "./_persist.js";

export const ndarrays = [
  new NDArray(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]),
  new NDArray(new Int32Array([1, 2, 3, 4]), [2, 2], { order: "F" }),
  new NDArray(new Float64Array([1, 2, 3, -4]), [2], { dtype: "<c16" }),
  new NDArray(new Uint8Array([1, 0, 1]), [3], { dtype: "|b1" }),
  new NDArray(["ab", "c", ""], [3], { dtype: "<U4" }),
  new NDArray(new BigInt64Array([1n, 2n]), [2], { dtype: "<M8[D]" }),
  new NDArray(new Float64Array([7]), []),
  new NDArray(new Float64Array([]), [0, 3]),
];

// end of persist archive
//// ndarraysLarge
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { ndarray } from "./_persist.js";

export const ndarraysLarge = [
  await ndarray("ndarraysLarge.0.npy"),
  await ndarray("ndarraysLarge.1.npy"),
  await ndarray("ndarraysLarge.2.npy"),
  await ndarray("ndarraysLarge.3.npy"),
];

// end of persist archive
//// sharedTypedArray
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = new Float64Array([1, 2, 3, 4]);
export const sharedTypedArray = { a: _v1, b: _v1, c: [_v1] };

// end of persist archive
//// ndarraySharingData
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { NDArray } from "./_persist.js";

const _v1 = new Float64Array([1, 2, 3, 4]);
export const ndarraySharingData = [new NDArray(_v1, [2, 2]), _v1];

// end of persist archive
//// sharedObjects
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = { shared: true };
export const sharedObjects = [_v1, { again: _v1 }, new Map([[_v1, _v1]])];

// end of persist archive
//// selfArray
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const selfArray = [1, null];

// Cycles: these statements point back to objects defined above.
selfArray[1] = selfArray;

// end of persist archive
//// selfObject
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const selfObject = { name: "me", me: null, after: 2 };

// Cycles: these statements point back to objects defined above.
selfObject.me = selfObject;

// end of persist archive
//// mutualCycle
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = { a: null };
export const mutualCycle = { b: _v1 };

// Cycles: these statements point back to objects defined above.
_v1.a = mutualCycle;

// end of persist archive
//// mapCycle
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const mapCycle = new Map([["first", 1]]);

// Cycles: these statements point back to objects defined above.
mapCycle.set(mapCycle, "key is the map");
mapCycle.set("value", mapCycle);
mapCycle.set("last", 3);

// end of persist archive
//// setCycle
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const setCycle = new Set(["a"]);

// Cycles: these statements point back to objects defined above.
setCycle.add(setCycle);
setCycle.add("z");

// end of persist archive
//// nullProtoCycle
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const nullProtoCycle = { __proto__: null, self: null };

// Cycles: these statements point back to objects defined above.
nullProtoCycle.self = nullProtoCycle;

// end of persist archive
//// protocol
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { Point } from "../classes.js";

export const protocol = [new Point(1, 2), new Point(-0, NaN)];

// end of persist archive
//// protocolSharedArgs
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { Tagged } from "../classes.js";

const _v1 = { shared: true };
const _v2 = [_v1, _v1];
export const protocolSharedArgs = { t: new Tagged("t", _v2), tagItems: _v2 };

// end of persist archive
//// registeredMap
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { restore } from "./_persist.js";
import { Counter } from "../classes.js";

export const registeredMap = restore(Counter, new Map([
  ["a", 2],
  ["b", 1],
]), {
  label: "counts",
});

// end of persist archive
//// registeredArray
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { restore } from "./_persist.js";
import { Vec } from "../classes.js";

export const registeredArray = restore(Vec, [1, 2, 3]);

// end of persist archive
//// registeredSet
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { restore } from "./_persist.js";
import { Bag } from "../classes.js";

export const registeredSet = restore(Bag, new Set([1, { shared: true }]));

// end of persist archive
//// registeredCycle
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { restore } from "./_persist.js";
import { Plain } from "../classes.js";

export const registeredCycle = restore(Plain, {
  a: 1,
  b: [1, 1],
  self: null,
});

// Cycles: these statements point back to objects defined above.
registeredCycle.self = registeredCycle;

// end of persist archive
//// deep
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const deep = {
  level: 199,
  next: {
    level: 198,
    next: {
      level: 197,
      next: {
        level: 196,
        next: {
          level: 195,
          next: {
            level: 194,
            next: {
              level: 193,
              next: {
                level: 192,
                next: {
                  level: 191,
                  next: {
                    level: 190,
                    next: {
                      level: 189,
                      next: {
                        level: 188,
                        next: {
                          level: 187,
                          next: {
                            level: 186,
                            next: {
                              level: 185,
                              next: {
                                level: 184,
                                next: {
                                  level: 183,
                                  next: {
                                    level: 182,
                                    next: {
                                      level: 181,
                                      next: {
                                        level: 180,
                                        next: {
                                          level: 179,
                                          next: {
                                            level: 178,
                                            next: {
                                              level: 177,
                                              next: {
                                                level: 176,
                                                next: {
                                                  level: 175,
                                                  next: {
                                                    level: 174,
                                                    next: {
                                                      level: 173,
                                                      next: {
                                                        level: 172,
                                                        next: {
                                                          level: 171,
                                                          next: {
                                                            level: 170,
                                                            next: {
                                                              level: 169,
                                                              next: {
                                                                level: 168,
                                                                next: {
                                                                  level: 167,
                                                                  next: {
                                                                    level: 166,
                                                                    next: {
                                                                      level: 165,
                                                                      next: {
                                                                        level: 164,
                                                                        next: {
                                                                          level: 163,
                                                                          next: {
                                                                            level: 162,
                                                                            next: {
                                                                              level: 161,
                                                                              next: {
                                                                                level: 160,
                                                                                next: {
                                                                                  level: 159,
                                                                                  next: {
                                                                                    level: 158,
                                                                                    next: {
                                                                                      level: 157,
                                                                                      next: {
                                                                                        level: 156,
                                                                                        next: {
                                                                                          level: 155,
                                                                                          next: {
                                                                                            level: 154,
                                                                                            next: {
                                                                                              level: 153,
                                                                                              next: {
                                                                                                level: 152,
                                                                                                next: {
                                                                                                  level: 151,
                                                                                                  next: {
                                                                                                    level: 150,
                                                                                                    next: {
                                                                                                      level: 149,
                                                                                                      next: {
                                                                                                        level: 148,
                                                                                                        next: {
                                                                                                          level: 147,
                                                                                                          next: {
                                                                                                            level: 146,
                                                                                                            next: {
                                                                                                              level: 145,
                                                                                                              next: {
                                                                                                                level: 144,
                                                                                                                next: {
                                                                                                                  level: 143,
                                                                                                                  next: {
                                                                                                                    level: 142,
                                                                                                                    next: {
                                                                                                                      level: 141,
                                                                                                                      next: {
                                                                                                                        level: 140,
                                                                                                                        next: {
                                                                                                                          level: 139,
                                                                                                                          next: {
                                                                                                                            level: 138,
                                                                                                                            next: {
                                                                                                                              level: 137,
                                                                                                                              next: {
                                                                                                                                level: 136,
                                                                                                                                next: {
                                                                                                                                  level: 135,
                                                                                                                                  next: {
                                                                                                                                    level: 134,
                                                                                                                                    next: {
                                                                                                                                      level: 133,
                                                                                                                                      next: {
                                                                                                                                        level: 132,
                                                                                                                                        next: {
                                                                                                                                          level: 131,
                                                                                                                                          next: {
                                                                                                                                            level: 130,
                                                                                                                                            next: {
                                                                                                                                              level: 129,
                                                                                                                                              next: {
                                                                                                                                                level: 128,
                                                                                                                                                next: {
                                                                                                                                                  level: 127,
                                                                                                                                                  next: {
                                                                                                                                                    level: 126,
                                                                                                                                                    next: {
                                                                                                                                                      level: 125,
                                                                                                                                                      next: {
                                                                                                                                                        level: 124,
                                                                                                                                                        next: {
                                                                                                                                                          level: 123,
                                                                                                                                                          next: {
                                                                                                                                                            level: 122,
                                                                                                                                                            next: {
                                                                                                                                                              level: 121,
                                                                                                                                                              next: {
                                                                                                                                                                level: 120,
                                                                                                                                                                next: {
                                                                                                                                                                  level: 119,
                                                                                                                                                                  next: {
                                                                                                                                                                    level: 118,
                                                                                                                                                                    next: {
                                                                                                                                                                      level: 117,
                                                                                                                                                                      next: {
                                                                                                                                                                        level: 116,
                                                                                                                                                                        next: {
                                                                                                                                                                          level: 115,
                                                                                                                                                                          next: {
                                                                                                                                                                            level: 114,
                                                                                                                                                                            next: {
                                                                                                                                                                              level: 113,
                                                                                                                                                                              next: {
                                                                                                                                                                                level: 112,
                                                                                                                                                                                next: {
                                                                                                                                                                                  level: 111,
                                                                                                                                                                                  next: {
                                                                                                                                                                                    level: 110,
                                                                                                                                                                                    next: {
                                                                                                                                                                                      level: 109,
                                                                                                                                                                                      next: {
                                                                                                                                                                                        level: 108,
                                                                                                                                                                                        next: {
                                                                                                                                                                                          level: 107,
                                                                                                                                                                                          next: {
                                                                                                                                                                                            level: 106,
                                                                                                                                                                                            next: {
                                                                                                                                                                                              level: 105,
                                                                                                                                                                                              next: {
                                                                                                                                                                                                level: 104,
                                                                                                                                                                                                next: {
                                                                                                                                                                                                  level: 103,
                                                                                                                                                                                                  next: {
                                                                                                                                                                                                    level: 102,
                                                                                                                                                                                                    next: {
                                                                                                                                                                                                      level: 101,
                                                                                                                                                                                                      next: {
                                                                                                                                                                                                        level: 100,
                                                                                                                                                                                                        next: {
                                                                                                                                                                                                          level: 99,
                                                                                                                                                                                                          next: {
                                                                                                                                                                                                            level: 98,
                                                                                                                                                                                                            next: {
                                                                                                                                                                                                              level: 97,
                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                level: 96,
                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                  level: 95,
                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                    level: 94,
                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                      level: 93,
                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                        level: 92,
                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                          level: 91,
                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                            level: 90,
                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                              level: 89,
                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                level: 88,
                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                  level: 87,
                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                    level: 86,
                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                      level: 85,
                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                        level: 84,
                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                          level: 83,
                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                            level: 82,
                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                              level: 81,
                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                level: 80,
                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                  level: 79,
                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                    level: 78,
                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                      level: 77,
                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                        level: 76,
                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                          level: 75,
                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                            level: 74,
                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                              level: 73,
                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                level: 72,
                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                  level: 71,
                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                    level: 70,
                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                      level: 69,
                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                        level: 68,
                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                          level: 67,
                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                            level: 66,
                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                              level: 65,
                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                level: 64,
                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                  level: 63,
                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                    level: 62,
                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                      level: 61,
                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                        level: 60,
                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                          level: 59,
                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                            level: 58,
                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                              level: 57,
                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                level: 56,
                                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                                  level: 55,
                                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                                    level: 54,
                                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                                      level: 53,
                                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                                        level: 52,
                                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                                          level: 51,
                                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                                            level: 50,
                                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                                              level: 49,
                                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                                level: 48,
                                                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                                                  level: 47,
                                                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                                                    level: 46,
                                                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                                                      level: 45,
                                                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                                                        level: 44,
                                                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                                                          level: 43,
                                                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                                                            level: 42,
                                                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                                                              level: 41,
                                                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                                                level: 40,
                                                                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                                                                  level: 39,
                                                                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                                                                    level: 38,
                                                                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                                                                      level: 37,
                                                                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                                                                        level: 36,
                                                                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                                                                          level: 35,
                                                                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                                                                            level: 34,
                                                                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                                                                              level: 33,
                                                                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                                                                level: 32,
                                                                                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                                                                                  level: 31,
                                                                                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                                                                                    level: 30,
                                                                                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                                                                                      level: 29,
                                                                                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                                                                                        level: 28,
                                                                                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                                                                                          level: 27,
                                                                                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                                                                                            level: 26,
                                                                                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                                                                                              level: 25,
                                                                                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                                                                                level: 24,
                                                                                                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                                                                                                  level: 23,
                                                                                                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                                                                                                    level: 22,
                                                                                                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                                                                                                      level: 21,
                                                                                                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                                                                                                        level: 20,
                                                                                                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                                                                                                          level: 19,
                                                                                                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                                                                                                            level: 18,
                                                                                                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                                                                                                              level: 17,
                                                                                                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                                                                                                level: 16,
                                                                                                                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                                                                                                                  level: 15,
                                                                                                                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                                                                                                                    level: 14,
                                                                                                                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                                                                                                                      level: 13,
                                                                                                                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                                                                                                                        level: 12,
                                                                                                                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                                                                                                                          level: 11,
                                                                                                                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                                                                                                                            level: 10,
                                                                                                                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                                                                                                                              level: 9,
                                                                                                                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                                                                                                                level: 8,
                                                                                                                                                                                                                                                                                                                                                                                                next: {
                                                                                                                                                                                                                                                                                                                                                                                                  level: 7,
                                                                                                                                                                                                                                                                                                                                                                                                  next: {
                                                                                                                                                                                                                                                                                                                                                                                                    level: 6,
                                                                                                                                                                                                                                                                                                                                                                                                    next: {
                                                                                                                                                                                                                                                                                                                                                                                                      level: 5,
                                                                                                                                                                                                                                                                                                                                                                                                      next: {
                                                                                                                                                                                                                                                                                                                                                                                                        level: 4,
                                                                                                                                                                                                                                                                                                                                                                                                        next: {
                                                                                                                                                                                                                                                                                                                                                                                                          level: 3,
                                                                                                                                                                                                                                                                                                                                                                                                          next: {
                                                                                                                                                                                                                                                                                                                                                                                                            level: 2,
                                                                                                                                                                                                                                                                                                                                                                                                            next: {
                                                                                                                                                                                                                                                                                                                                                                                                              level: 1,
                                                                                                                                                                                                                                                                                                                                                                                                              next: {
                                                                                                                                                                                                                                                                                                                                                                                                                level: 0,
                                                                                                                                                                                                                                                                                                                                                                                                                next: "bottom",
                                                                                                                                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                                },
                                                                                                                                                                                                                                              },
                                                                                                                                                                                                                                            },
                                                                                                                                                                                                                                          },
                                                                                                                                                                                                                                        },
                                                                                                                                                                                                                                      },
                                                                                                                                                                                                                                    },
                                                                                                                                                                                                                                  },
                                                                                                                                                                                                                                },
                                                                                                                                                                                                                              },
                                                                                                                                                                                                                            },
                                                                                                                                                                                                                          },
                                                                                                                                                                                                                        },
                                                                                                                                                                                                                      },
                                                                                                                                                                                                                    },
                                                                                                                                                                                                                  },
                                                                                                                                                                                                                },
                                                                                                                                                                                                              },
                                                                                                                                                                                                            },
                                                                                                                                                                                                          },
                                                                                                                                                                                                        },
                                                                                                                                                                                                      },
                                                                                                                                                                                                    },
                                                                                                                                                                                                  },
                                                                                                                                                                                                },
                                                                                                                                                                                              },
                                                                                                                                                                                            },
                                                                                                                                                                                          },
                                                                                                                                                                                        },
                                                                                                                                                                                      },
                                                                                                                                                                                    },
                                                                                                                                                                                  },
                                                                                                                                                                                },
                                                                                                                                                                              },
                                                                                                                                                                            },
                                                                                                                                                                          },
                                                                                                                                                                        },
                                                                                                                                                                      },
                                                                                                                                                                    },
                                                                                                                                                                  },
                                                                                                                                                                },
                                                                                                                                                              },
                                                                                                                                                            },
                                                                                                                                                          },
                                                                                                                                                        },
                                                                                                                                                      },
                                                                                                                                                    },
                                                                                                                                                  },
                                                                                                                                                },
                                                                                                                                              },
                                                                                                                                            },
                                                                                                                                          },
                                                                                                                                        },
                                                                                                                                      },
                                                                                                                                    },
                                                                                                                                  },
                                                                                                                                },
                                                                                                                              },
                                                                                                                            },
                                                                                                                          },
                                                                                                                        },
                                                                                                                      },
                                                                                                                    },
                                                                                                                  },
                                                                                                                },
                                                                                                              },
                                                                                                            },
                                                                                                          },
                                                                                                        },
                                                                                                      },
                                                                                                    },
                                                                                                  },
                                                                                                },
                                                                                              },
                                                                                            },
                                                                                          },
                                                                                        },
                                                                                      },
                                                                                    },
                                                                                  },
                                                                                },
                                                                              },
                                                                            },
                                                                          },
                                                                        },
                                                                      },
                                                                    },
                                                                  },
                                                                },
                                                              },
                                                            },
                                                          },
                                                        },
                                                      },
                                                    },
                                                  },
                                                },
                                              },
                                            },
                                          },
                                        },
                                      },
                                    },
                                  },
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

// end of persist archive
