//// all inline
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { NDArray, buffer, restore } from "./_persist.js";
import { Bag, Counter, Plain, Point, Tagged, Vec } from "../classes.js";

export const zero = 0;
export const negativeZero = -0;
export const nan = NaN;
export const infinities = [Infinity, -Infinity];
export const tinyAndHuge = [
  5e-324, 1.7976931348623157e+308, -5e-324, 0.30000000000000004,
];
export const safeIntegers = [
  9007199254740991, -9007199254740991, 9007199254740992,
];
export const bigints = [
  0n, -1n, 1267650600228229401496703205376n, -18446744073709551616n,
];
export const booleansNullUndefined = [true, false, null, undefined];
export const emptyString = "";
export const scriptEnd = "\u003c/script><script>alert(1)\u003c/script>\u003c!-- -->";
export const templateLike = "${x} `backticks` \\${y}";
export const lineSeparators = "a\u2028b\u2029c\r\nd\n\t\u0000";
export const loneSurrogates = ["\ud800", "\udfff", "a\ud83d", "\ude00b"];
export const astral = "😀 𝄞 􏿿";
export const quotesAndBackslashes = "\"'\\\"\\\\";
export const longString = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
export const emptyContainers = [[], {}, new Map(), new Set()];
export const holes = [1, , 3];
export const trailingHole = [1, 2, ,];
export const onlyHoles = [, , ,];
export const sparse = [, , , , , "five", , , , undefined];
export const nullPrototype = { __proto__: null, x: 1, y: [2] };
export const emptyNullPrototype = { __proto__: null };
export const ownProtoKey = { ["__proto__"]: { x: 1 }, y: 2 };
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
const _v1 = { shared: true };
export const mapAnyKeys = new Map([
  [1, "one"],
  ["1", "string one"],
  [1n, "bigint one"],
  [NaN, "nan"],
  [undefined, "undefined"],
  [null, "null"],
  [_v1, "object key"],
  [[1, 2], "array key"],
]);
export const setMixed = new Set([1, "1", 1n, NaN, null, undefined, _v1]);
export const dates = [
  new Date("1970-01-01T00:00:00.000Z"),
  new Date("1969-12-31T23:59:59.999Z"),
  new Date("+275760-09-13T00:00:00.000Z"),
  new Date("-271821-04-20T00:00:00.000Z"),
  new Date("2023-11-14T22:13:20.123Z"),
];
export const invalidDate = new Date(NaN);
export const regexps = [
  new RegExp("a+b"),
  new RegExp("^\\/path\\/(?<name>[^/]+)$", "gimsuy"),
  new RegExp("[\\p{L}--\\p{Ll}]", "v"),
  new RegExp("<"),
  new RegExp("\\n\\u2028"),
  new RegExp("(?:)", "d"),
];
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
export const typedLarge = [
  new Int8Array([
    -7, -4, -1, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50,
  ]),
  new Uint8Array([
    249, 252, 255, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47,
    50,
  ]),
  new Uint8ClampedArray([
    249, 252, 255, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47,
    50,
  ]),
  new Int16Array([
    -7, -4, -1, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50,
  ]),
  new Uint16Array([
    65529, 65532, 65535, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41,
    44, 47, 50,
  ]),
  new Int32Array([
    -7, -4, -1, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50,
  ]),
  new Uint32Array([
    4294967289, 4294967292, 4294967295, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32,
    35, 38, 41, 44, 47, 50,
  ]),
  new Float16Array([
    -2.334, -1.333, -0.3333, 0.6665, 1.667, 2.666, 3.666, 4.668, 5.668, 6.668,
    7.668, 8.664, 9.664, 10.6640625, 11.6640625, 12.6640625, 13.6640625,
    14.6640625, 15.6640625, 16.67,
  ]),
  new Float32Array([
    -2.3333333, -1.3333334, -0.33333334, 0.6666667, 1.6666666, 2.6666667,
    3.6666667, 4.6666665, 5.6666665, 6.6666665, 7.6666665, 8.666667, 9.666667,
    10.666667, 11.666667, 12.666667, 13.666667, 14.666667, 15.666667, 16.666666,
  ]),
  new Float64Array([
    -2.3333333333333335, -1.3333333333333333, -0.3333333333333333,
    0.6666666666666666, 1.6666666666666667, 2.6666666666666665,
    3.6666666666666665, 4.666666666666667, 5.666666666666667, 6.666666666666667,
    7.666666666666667, 8.666666666666666, 9.666666666666666, 10.666666666666666,
    11.666666666666666, 12.666666666666666, 13.666666666666666,
    14.666666666666666, 15.666666666666666, 16.666666666666668,
  ]),
  new BigInt64Array([
    -7n, -4n, -1n, 2n, 5n, 8n, 11n, 14n, 17n, 20n, 23n, 26n, 29n, 32n, 35n, 38n,
    41n, 44n, 47n, 50n,
  ]),
  new BigUint64Array([
    65529n, 65532n, 65535n, 2n, 5n, 8n, 11n, 14n, 17n, 20n, 23n, 26n, 29n, 32n,
    35n, 38n, 41n, 44n, 47n, 50n,
  ]),
];
export const subarray = new Float64Array([7, 6]);
export const buffers = [
  buffer(new Uint8Array([1, 2, 3])),
  buffer(new Uint8Array([])),
  buffer(new Uint8Array([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
  ])),
];
export const dataViews = [
  new DataView(buffer(new Uint8Array([5, 6]))),
  new DataView(buffer(new Uint8Array([
    4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  ]))),
];
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
export const ndarraysLarge = [
  new NDArray(new Float64Array([
    -7, -4, -1, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50,
    53, 56, 59, 62,
  ]), [2, 3, 4]),
  new NDArray(new Float32Array([
    -7, -4, -1, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50,
    53, 56, 59, 62,
  ]), [4, 6], { order: "F" }),
  new NDArray(new Float64Array([
    -7, -4, -1, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50,
    53, 56, 59, 62,
  ]), [12], { dtype: "<c16" }),
  new NDArray([
    "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",
  ], [3, 4]),
];
const _v2 = new Float64Array([1, 2, 3, 4]);
export const sharedTypedArray = { a: _v2, b: _v2, c: [_v2] };
export const ndarraySharingData = [new NDArray(_v2, [2, 2]), _v2];
export const sharedObjects = [_v1, { again: _v1 }, new Map([[_v1, _v1]])];
export const selfArray = [1, null];
export const selfObject = { name: "me", me: null, after: 2 };
const _v3 = { a: null };
export const mutualCycle = { b: _v3 };
export const mapCycle = new Map([["first", 1]]);
export const setCycle = new Set(["a"]);
export const nullProtoCycle = { __proto__: null, self: null };
export const protocol = [new Point(1, 2), new Point(-0, NaN)];
const _v4 = [_v1, _v1];
export const protocolSharedArgs = { t: new Tagged("t", _v4), tagItems: _v4 };
export const registeredMap = restore(Counter, new Map([
  ["a", 2],
  ["b", 1],
]), {
  label: "counts",
});
export const registeredArray = restore(Vec, [1, 2, 3]);
export const registeredSet = restore(Bag, new Set([1, _v1]));
export const registeredCycle = restore(Plain, {
  a: 1,
  b: [1, 1],
  self: null,
});
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

// Cycles: these statements point back to objects defined above.
selfArray[1] = selfArray;
selfObject.me = selfObject;
_v3.a = mutualCycle;
mapCycle.set(mapCycle, "key is the map");
mapCycle.set("value", mapCycle);
mapCycle.set("last", 3);
setCycle.add(setCycle);
setCycle.add("z");
nullProtoCycle.self = nullProtoCycle;
registeredCycle.self = registeredCycle;

// end of persist archive
//// single zero
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const zero = 0;

export default zero;

// end of persist archive
//// single negativeZero
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const negativeZero = -0;

export default negativeZero;

// end of persist archive
//// single nan
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const nan = NaN;

export default nan;

// end of persist archive
//// single infinities
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const infinities = [Infinity, -Infinity];

export default infinities;

// end of persist archive
//// single tinyAndHuge
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const tinyAndHuge = [
  5e-324, 1.7976931348623157e+308, -5e-324, 0.30000000000000004,
];

export default tinyAndHuge;

// end of persist archive
//// single safeIntegers
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const safeIntegers = [
  9007199254740991, -9007199254740991, 9007199254740992,
];

export default safeIntegers;

// end of persist archive
//// single bigints
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const bigints = [
  0n, -1n, 1267650600228229401496703205376n, -18446744073709551616n,
];

export default bigints;

// end of persist archive
//// single booleansNullUndefined
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const booleansNullUndefined = [true, false, null, undefined];

export default booleansNullUndefined;

// end of persist archive
//// single emptyString
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const emptyString = "";

export default emptyString;

// end of persist archive
//// single scriptEnd
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const scriptEnd = "\u003c/script><script>alert(1)\u003c/script>\u003c!-- -->";

export default scriptEnd;

// end of persist archive
//// single templateLike
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const templateLike = "${x} `backticks` \\${y}";

export default templateLike;

// end of persist archive
//// single lineSeparators
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const lineSeparators = "a\u2028b\u2029c\r\nd\n\t\u0000";

export default lineSeparators;

// end of persist archive
