//// layout
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const packedNumbers = [
  -20, -18.5, -17, -15.5, -14, -12.5, -11, -9.5, -8, -6.5, -5, -3.5, -2, -0.5,
  1, 2.5, 4, 5.5, 7, 8.5, 10, 11.5, 13, 14.5, 16, 17.5, 19, 20.5, 22, 23.5, 25,
  26.5, 28, 29.5, 31, 32.5, 34, 35.5, 37, 38.5, 40, 41.5, 43, 44.5, 46, 47.5,
  49, 50.5, 52, 53.5, 55, 56.5, 58, 59.5, 61, 62.5, 64, 65.5, 67, 68.5, 70,
  71.5, 73, 74.5, 76, 77.5, 79, 80.5, 82, 83.5, 85, 86.5, 88, 89.5, 91, 92.5,
  94, 95.5, 97, 98.5, 100, 101.5, 103, 104.5, 106, 107.5, 109, 110.5, 112,
  113.5,
];
export const packedStrings = [
  "word0", "word37", "word74", "word111", "word148", "word185", "word222",
  "word259", "word296", "word333", "word370", "word407", "word444", "word481",
  "word518", "word555", "word592", "word629", "word666", "word703", "word740",
  "word777", "word814", "word851", "word888", "word925", "word962", "word999",
  "word1036", "word1073", "word1110", "word1147", "word1184", "word1221",
  "word1258", "word1295", "word1332", "word1369", "word1406", "word1443",
  "word1480", "word1517", "word1554", "word1591", "word1628", "word1665",
  "word1702", "word1739", "word1776", "word1813", "word1850", "word1887",
  "word1924", "word1961", "word1998", "word2035", "word2072", "word2109",
  "word2146", "word2183",
];
export const packedMixed = [
  1, "two", 3n, null, undefined, true, -0, NaN, , "é", 1e+21,
];
export const wideObject = {
  word0: 0,
  word37: 1,
  word74: 2,
  word111: 3,
  word148: 4,
  word185: 5,
  word222: 6,
  word259: 7,
  word296: 8,
  word333: 9,
  word370: 10,
  word407: 11,
  word444: 12,
  word481: 13,
  word518: 14,
  word555: 15,
  word592: 16,
  word629: 17,
  word666: 18,
  word703: 19,
};
export const nested = {
  a: { b: { c: { d: [packedStrings, { e: ["word0", "word37", "word74"] }] } } },
  m: new Map([
    ["short", 1],
    [
      "word0 word37 word74 word111 word148 word185 word222 word259 word296 word333 word370 word407 word444 word481 word518 word555 word592 word629 word666 word703 word740 word777 word814 word851 word888 word925 word962 word999 word1036 word1073 word1110 word1147 word1184 word1221 word1258 word1295 word1332 word1369 word1406 word1443 word1480 word1517 word1554 word1591 word1628 word1665 word1702 word1739 word1776 word1813 word1850 word1887 word1924 word1961 word1998 word2035 word2072 word2109 word2146 word2183",
      { long: packedStrings },
    ],
    [
      [1, 2],
      new Set([
        "word0",
        "word37",
        "word74",
        "word111",
        "word148",
        "word185",
        "word222",
        "word259",
        "word296",
        "word333",
        "word370",
        "word407",
        "word444",
        "word481",
        "word518",
        "word555",
        "word592",
        "word629",
        "word666",
        "word703",
        "word740",
        "word777",
        "word814",
        "word851",
        "word888",
        "word925",
        "word962",
        "word999",
        "word1036",
        "word1073",
      ]),
    ],
  ]),
};
export const keys = {
  "0": 3,
  plain: 1,
  "with space": 2,
  "01": 4,
  "1e3": 5,
  é: 6,
  𝓐: 7,
  class: 8,
};
export const unicode = [
  "é", "😀", "\u2028", "\ud800", "a\u0000b", "\u003c/script>", "${x}",
];
const _v2 = "a string export";
const _v1 = [1];

export { _v2 as "my-key" };
export { _v1 as class };

// end of persist archive
//// records
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const records = [
  { id: 0, name: "record 0", value: 0, ok: true, tags: ["a", "b"] },
  { id: 1, name: "record 1", value: 0.25, ok: false, tags: ["a", "b"] },
  { id: 2, name: "record 2", value: 0.5, ok: false, tags: ["a", "b"] },
  { id: 3, name: "record 3", value: 0.75, ok: true, tags: ["a", "b"] },
  { id: 4, name: "record 4", value: 1, ok: false, tags: ["a", "b"] },
  { id: 5, name: "record 5", value: 1.25, ok: false, tags: ["a", "b"] },
  { id: 6, name: "record 6", value: 1.5, ok: true, tags: ["a", "b"] },
  { id: 7, name: "record 7", value: 1.75, ok: false, tags: ["a", "b"] },
  { id: 8, name: "record 8", value: 2, ok: false, tags: ["a", "b"] },
  { id: 9, name: "record 9", value: 2.25, ok: true, tags: ["a", "b"] },
  { id: 10, name: "record 10", value: 2.5, ok: false, tags: ["a", "b"] },
  { id: 11, name: "record 11", value: 2.75, ok: false, tags: ["a", "b"] },
  { id: 12, name: "record 12", value: 3, ok: true, tags: ["a", "b"] },
  { id: 13, name: "record 13", value: 3.25, ok: false, tags: ["a", "b"] },
  { id: 14, name: "record 14", value: 3.5, ok: false, tags: ["a", "b"] },
  { id: 15, name: "record 15", value: 3.75, ok: true, tags: ["a", "b"] },
  { id: 16, name: "record 16", value: 4, ok: false, tags: ["a", "b"] },
  { id: 17, name: "record 17", value: 4.25, ok: false, tags: ["a", "b"] },
  { id: 18, name: "record 18", value: 4.5, ok: true, tags: ["a", "b"] },
  { id: 19, name: "record 19", value: 4.75, ok: false, tags: ["a", "b"] },
  { id: 20, name: "record 20", value: 5, ok: false, tags: ["a", "b"] },
  { id: 21, name: "record 21", value: 5.25, ok: true, tags: ["a", "b"] },
  { id: 22, name: "record 22", value: 5.5, ok: false, tags: ["a", "b"] },
  { id: 23, name: "record 23", value: 5.75, ok: false, tags: ["a", "b"] },
  { id: 24, name: "record 24", value: 6, ok: true, tags: ["a", "b"] },
  { id: 25, name: "record 25", value: 6.25, ok: false, tags: ["a", "b"] },
  { id: 26, name: "record 26", value: 6.5, ok: false, tags: ["a", "b"] },
  { id: 27, name: "record 27", value: 6.75, ok: true, tags: ["a", "b"] },
  { id: 28, name: "record 28", value: 7, ok: false, tags: ["a", "b"] },
  { id: 29, name: "record 29", value: 7.25, ok: false, tags: ["a", "b"] },
  { id: 30, name: "record 30", value: 7.5, ok: true, tags: ["a", "b"] },
  { id: 31, name: "record 31", value: 7.75, ok: false, tags: ["a", "b"] },
  { id: 32, name: "record 32", value: 8, ok: false, tags: ["a", "b"] },
  { id: 33, name: "record 33", value: 8.25, ok: true, tags: ["a", "b"] },
  { id: 34, name: "record 34", value: 8.5, ok: false, tags: ["a", "b"] },
  { id: 35, name: "record 35", value: 8.75, ok: false, tags: ["a", "b"] },
  { id: 36, name: "record 36", value: 9, ok: true, tags: ["a", "b"] },
  { id: 37, name: "record 37", value: 9.25, ok: false, tags: ["a", "b"] },
  { id: 38, name: "record 38", value: 9.5, ok: false, tags: ["a", "b"] },
  { id: 39, name: "record 39", value: 9.75, ok: true, tags: ["a", "b"] },
];

// end of persist archive
//// shared graph
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = { i: 0, label: "item 0" };
const _v2 = { i: 1, label: "item 1" };
const _v3 = { i: 2, label: "item 2" };
const _v4 = { i: 3, label: "item 3" };
const _v5 = { i: 4, label: "item 4" };
const _v6 = { i: 5, label: "item 5" };
const _v7 = { i: 6, label: "item 6" };
const _v8 = { i: 7, label: "item 7" };
const _v9 = { i: 8, label: "item 8" };
const _v10 = { i: 9, label: "item 9" };
const _v11 = { i: 10, label: "item 10" };
const _v12 = { i: 11, label: "item 11" };
const _v13 = { i: 12, label: "item 12" };
const _v14 = { i: 13, label: "item 13" };
const _v15 = { i: 14, label: "item 14" };
const _v16 = { i: 15, label: "item 15" };
const _v17 = { i: 16, label: "item 16" };
const _v18 = { i: 17, label: "item 17" };
const _v19 = { i: 18, label: "item 18" };
const _v20 = { i: 19, label: "item 19" };
const _v21 = { i: 20, label: "item 20" };
const _v22 = { i: 21, label: "item 21" };
const _v23 = { i: 22, label: "item 22" };
const _v24 = { i: 23, label: "item 23" };
const _v25 = { i: 24, label: "item 24" };
const _v26 = { i: 25, label: "item 25" };
const _v27 = { i: 26, label: "item 26" };
const _v28 = { i: 27, label: "item 27" };
const _v29 = { i: 28, label: "item 28" };
const _v30 = { i: 29, label: "item 29" };
const _v31 = { i: 30, label: "item 30" };
const _v32 = { i: 31, label: "item 31" };
const _v33 = { i: 32, label: "item 32" };
const _v34 = { i: 33, label: "item 33" };
const _v35 = { i: 34, label: "item 34" };
const _v36 = { i: 35, label: "item 35" };
const _v37 = { i: 36, label: "item 36" };
const _v38 = { i: 37, label: "item 37" };
const _v39 = { i: 38, label: "item 38" };
const _v40 = { i: 39, label: "item 39" };
export const items = [
  _v1,
  _v2,
  _v3,
  _v4,
  _v5,
  _v6,
  _v7,
  _v8,
  _v9,
  _v10,
  _v11,
  _v12,
  _v13,
  _v14,
  _v15,
  _v16,
  _v17,
  _v18,
  _v19,
  _v20,
  _v21,
  _v22,
  _v23,
  _v24,
  _v25,
  _v26,
  _v27,
  _v28,
  _v29,
  _v30,
  _v31,
  _v32,
  _v33,
  _v34,
  _v35,
  _v36,
  _v37,
  _v38,
  _v39,
  _v40,
];
export const links = [
  { from: _v1, to: _v1 },
  { from: _v2, to: _v8 },
  { from: _v3, to: _v15 },
  { from: _v4, to: _v22 },
  { from: _v5, to: _v29 },
  { from: _v6, to: _v36 },
  { from: _v7, to: _v3 },
  { from: _v8, to: _v10 },
  { from: _v9, to: _v17 },
  { from: _v10, to: _v24 },
  { from: _v11, to: _v31 },
  { from: _v12, to: _v38 },
  { from: _v13, to: _v5 },
  { from: _v14, to: _v12 },
  { from: _v15, to: _v19 },
  { from: _v16, to: _v26 },
  { from: _v17, to: _v33 },
  { from: _v18, to: _v40 },
  { from: _v19, to: _v7 },
  { from: _v20, to: _v14 },
  { from: _v21, to: _v21 },
  { from: _v22, to: _v28 },
  { from: _v23, to: _v35 },
  { from: _v24, to: _v2 },
  { from: _v25, to: _v9 },
  { from: _v26, to: _v16 },
  { from: _v27, to: _v23 },
  { from: _v28, to: _v30 },
  { from: _v29, to: _v37 },
  { from: _v30, to: _v4 },
  { from: _v31, to: _v11 },
  { from: _v32, to: _v18 },
  { from: _v33, to: _v25 },
  { from: _v34, to: _v32 },
  { from: _v35, to: _v39 },
  { from: _v36, to: _v6 },
  { from: _v37, to: _v13 },
  { from: _v38, to: _v20 },
  { from: _v39, to: _v27 },
  { from: _v40, to: _v34 },
];

// end of persist archive
//// boundaries, seed 7
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = {
  long_key_name: true,
  "my key": {
    a: "ssssssssssssssssssssssssssssssssssss",
    key: "sssssssssssssssssssssssss",
  },
  self: null,
};
export const shared = { shared: [1, 2] };
const _v2 = { self: null };
const _v3 = {
  bb: "ssssssssssssssssss",
  "my key": "ssssssssssssssssssssssssssssssssssssss",
  a: null,
  long_key_name: "ssssssssssssssssssssssssssssssss",
  __proto__4: null,
  self: null,
};
const _v4 = { a: 142979.75, "my key": null, self: null };
const _v5 = { __proto__: null, self: null };
const _v6 = { x1: null, key: 164106.5, self: null };
const _v7 = {
  __proto__: null,
  key: true,
  x1: { a: 179114.25 },
  long_key_name: "ssssssssssss",
  key4: shared,
  long_key_name5: {
    ["__proto__"]: "sssssssssssss",
    long_key_name: "sssssssssssssssssssssss",
  },
  self: null,
};
const _v8 = {
  __proto__: null,
  ["__proto__"]: {
    a: "sssssssssssssssssssssssssssssssssssssss",
    long_key_name: null,
    bb: "ssssssssssssssss",
    ["__proto__"]: null,
    a4: "ssssssssssssssssssssssssss",
    long_key_name5: "sssssssssssssssssssssssssssssssss",
  },
  a: "sssssss",
  long_key_name: null,
  self: null,
};
const _v9 = {
  a: true,
  x1: [0, 11],
  bb: "sssssssssssssssssssssssss",
  self: null,
};
const _v10 = { x1: true, a: null, self: null };
const _v11 = {
  __proto__: null,
  key: { __proto__: null },
  ["__proto__"]: {
    __proto__: null,
    "my key": "sssssssssssssssssssssssssssssssssssssss",
    bb: 107124,
  },
  "my key": {
    bb: "sssssssssssss",
    a: null,
    x14: { a: [0, 11, 22] },
    key5: true,
  },
  bb: "sssssssssssssssssssssss",
  bb4: "sssssssssssss",
  x15: [0, 11, 22, 33, 44, 55],
  self: null,
};
const _v12 = {
  bb: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
  ["__proto__"]: null,
  key: "sssssssssssssssssssssssssssss",
  x1: "sssssssssssssssssssssss",
  a4: "sssssssssssssssssssss",
  self: null,
};
const _v13 = {
  x1: "ssssssssssssssssssssssssssssssssss",
  ["__proto__"]: null,
  self: null,
};
const _v14 = { key: 220189, self: null };
const _v15 = {
  key: "sssssssssssss",
  long_key_name: {
    long_key_name: true,
    "my key": "s",
    ["__proto__"]: "sssssssssssssssssssssssssss",
    a: "s",
    __proto__4: [0, 11, 22, 33, 44],
    "my key5": shared,
  },
  bb: "ssssssssssssssssss",
  ["__proto__"]: "ssssssssssssssssssssssssss",
  x14: 81182.75,
  self: null,
};
const _v16 = {
  __proto__: null,
  ["__proto__"]: "ssssssss",
  a: null,
  x1: 37072,
  "my key": [0, 11],
  self: null,
};
const _v17 = { x1: "ssssssssss", ["__proto__"]: {}, self: null };
const _v18 = { self: null };
const _v19 = { self: null };
const _v20 = {
  "my key": "sssssssssssssssssss",
  long_key_name: "",
  bb: {},
  self: null,
};
const _v21 = { __proto__: null, self: null };
const _v22 = {
  "my key": {
    key: [0, 11, 22, 33, 44, 55, 66, 77],
    long_key_name: "sssssssssssssssssssss",
    "my key": "sssssssssssssssssss",
    a: {
      __proto__: null,
      a: {},
      x1: { "my key": null },
      "my key": {
        long_key_name: "ssssssssssssssssssssssssssssssssss",
        "my key": "ssssssssssss",
        x1: "ssssssssssssssssssssssssssssssssss",
        bb: null,
        "my key4": null,
        key5: null,
      },
      x14: {
        __proto__: null,
        "my key": null,
        key: null,
        bb: "sssssssssssssssssssssssssss",
        x14: "ssssssssssssssssssssssssssssss",
      },
    },
    key4: "ss",
    "my key5": "sssssssssss",
  },
  x1: true,
  a: { long_key_name: 12102.25, ["__proto__"]: null },
  self: null,
};
const _v23 = {
  x1: {
    x1: shared,
    ["__proto__"]: { bb: null, x1: [0, 11], a: true, ["__proto__"]: null },
    "my key": true,
    a: "s",
    x14: {
      a: "ssssssssssssssssssssssssssssssssssssss",
      "my key": 202997,
      ["__proto__"]: [0, 11, 22, 33, 44, 55],
      x14: 217631.5,
    },
    bb5: null,
  },
  long_key_name: [0],
  self: null,
};
const _v24 = {
  __proto__: null,
  bb: _v23,
  long_key_name: "sssssssss",
  key: "sssssssssssssssssssssss",
  key4: true,
  self: null,
};
const _v25 = {
  __proto__: null,
  long_key_name: 164512.25,
  bb: true,
  __proto__4: "sssssssssssssssssssssssssssssssss",
  a5: true,
  self: null,
};
const _v26 = { ["__proto__"]: null, self: null };
const _v27 = { __proto__: null, a: "ssssssssss", self: null };
const _v28 = { self: null };
const _v29 = {
  a: "sssssssssssssssssssssssssssssss",
  long_key_name: { "my key": 854 },
  self: null,
};
const _v30 = { x1: [0], self: null };
const _v31 = {
  key: "sssssssssssssssssssssssssssss",
  long_key_name: "ssssssssssssssssssssssssssssssss",
  a: {},
  self: null,
};
const _v32 = {
  ["__proto__"]: {
    a: "sssssss",
    ["__proto__"]: true,
    "my key": 95824.75,
    key: shared,
  },
  bb: true,
  "my key": [0],
  x1: "ssssssssssssssssssssssss",
  bb4: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
  "my key5": {
    __proto__: null,
    bb: "ssssssssssssssssss",
    x1: true,
    ["__proto__"]: {},
    "my key4": 2191.75,
    long_key_name5: null,
  },
  self: null,
};
const _v33 = { __proto__: null, self: null };
const _v34 = { __proto__: null, self: null };
const _v35 = {
  ["__proto__"]: "ssssssssssssssssssssssssssss",
  self: null,
};
const _v36 = {
  "my key": { __proto__: null, "my key": null },
  key: "sssssssss",
  bb: "ssssssssssssssssssssssssss",
  a: "s",
  bb4: [0, 11, 22, 33, 44, 55, 66],
  key5: 78188,
  self: null,
};
const _v37 = {
  bb: {
    __proto__: null,
    bb: "sssssssssssssssssssssssssssssssssssssss",
    key: {
      a: null,
      x1: {
        __proto__: null,
        bb: [0, 11, 22, 33, 44, 55, 66, 77],
        a: "sssssssssssssssssssssssssssss",
      },
      ["__proto__"]: { a: true },
    },
    long_key_name: "ssssssssssssssssssss",
    x1: shared,
    long_key_name4: null,
  },
  ["__proto__"]: true,
  x1: [0, 11, 22, 33, 44, 55],
  a4: 199587.75,
  bb5: {
    long_key_name: {
      __proto__: null,
      key: {
        bb: null,
        "my key": [0, 11, 22, 33, 44],
        key: shared,
        long_key_name4: "ssssssssssssssssssss",
      },
      x1: 6693.25,
      a: "sssssssssssssssssssssssssssssssssss",
      "my key": shared,
    },
    ["__proto__"]: shared,
    x1: "ss",
  },
  self: null,
};
const _v38 = { long_key_name: true, key: null, self: null };
const _v39 = { __proto__: null, self: null };
const _v40 = {
  ["__proto__"]: "sssss",
  "my key": [0, 11, 22, 33, 44, 55, 66, 77],
  x1: shared,
  bb: 45355.75,
  x14: { bb: true },
  a5: "sssssssssssssssssssssssssssssssssssssss",
  self: null,
};
const _v41 = {
  "my key": {},
  bb: {
    "my key": {},
    long_key_name: "ssssssssssssssssss",
    x1: {
      a: [0],
      "my key": "sssssssssssssssssssssssssssssss",
      key: null,
      __proto__4: [0, 11, 22, 33, 44, 55],
    },
    "my key4": { __proto__: null, "my key": "", a: _v39 },
    long_key_name5: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
  },
  long_key_name: "ssssssss",
  ["__proto__"]: _v40,
  "my key4": { key: null, x1: { key: true }, a: null, long_key_name: shared },
  self: null,
};
const _v42 = {
  __proto__: null,
  bb: "ssssssssssssssssssssssss",
  ["__proto__"]: "ssssssssssssssssssssss",
  self: null,
};
const _v43 = {
  __proto__: null,
  x1: "ssssssssssssssssss",
  "my key": { a: "sssssssssssssssssssssssssssssssssssssss" },
  ["__proto__"]: { ["__proto__"]: "s", key: true, "my key": 45238, x1: null },
  self: null,
};
const _v44 = {
  __proto__: null,
  ["__proto__"]: shared,
  long_key_name: {},
  key: shared,
  x14: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
  __proto__5: shared,
  self: null,
};
export const list = [
  [{ in: { __proto__: null } }],
  { in: [{ in: { bb: "ssssss" } }] },
  [
    {
      in: {
        __proto__: null,
        long_key_name: {
          "my key": true,
          x1: "ssssss",
          key: [],
          a: _v1,
          "my key4": true,
          long_key_name5: null,
        },
        ["__proto__"]: null,
        "my key": null,
        "my key4": true,
        __proto__5: shared,
      },
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              long_key_name: {
                                                                x1: {
                                                                  a: "sssssssssssssssssssssssssssssssssssss",
                                                                },
                                                                "my key": "ssssssssssssssssssssssss",
                                                              },
                                                              x1: true,
                                                              bb: true,
                                                              "my key": null,
                                                              "my key4": null,
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              key: "ssssssssssssssssssssssssssssssss",
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    x1: null,
    long_key_name: "sssssssssssssssssssssss",
    bb: { bb: "ssss", long_key_name: "" },
  },
  { in: { x1: { ["__proto__"]: "ssssssssssssss", long_key_name: null } } },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              key: null,
                                                              "my key": true,
                                                              x1: [0, 11, 22, 33, 44],
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: { "my key": 152428 } },
  { in: [{ in: { __proto__: null, x1: null, key: "ss" } }] },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                key: {
                                                                  x1: { x1: [0] },
                                                                  long_key_name: {
                                                                    ["__proto__"]: shared,
                                                                    key: true,
                                                                    __proto__4: "sssssssssssssssssss",
                                                                    __proto__5: {
                                                                      ["__proto__"]: true,
                                                                      x1: "ssssss",
                                                                    },
                                                                  },
                                                                  a: true,
                                                                  bb: {
                                                                    x1: "sssssssssssssssss",
                                                                    ["__proto__"]: "sss",
                                                                    key: {
                                                                      long_key_name: "sssssssssssssssssss",
                                                                    },
                                                                    long_key_name: "ssssssssssssssssssssssssssssss",
                                                                    key4: {},
                                                                  },
                                                                },
                                                                bb: null,
                                                                "my key": 23693.25,
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: {
      a: true,
      key: {
        __proto__: null,
        bb: "ssssssss",
        ["__proto__"]: true,
        long_key_name: { long_key_name: "sssssssssssssssssssssss" },
        x14: "ssssssssssssssssssssss",
      },
    },
  },
  {
    in: [
      {
        in: {
          x1: "",
          long_key_name: {
            ["__proto__"]: "ssssssssssssssssssssss",
            "my key": "sssssssssssssssssssss",
          },
          "my key4": null,
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              "my key": 75750.5,
                                                              x1: 190510.5,
                                                              a: {
                                                                long_key_name: {
                                                                  a: _v2,
                                                                  key: "sssssssssssssssssssssssssss",
                                                                },
                                                              },
                                                              x14: {
                                                                ["__proto__"]: true,
                                                                key: true,
                                                                x1: [0, 11, 22, 33],
                                                                bb4: [
                                                                  0, 11, 22, 33,
                                                                  44, 55, 66,
                                                                  77, 88, 99,
                                                                  110,
                                                                ],
                                                                x15: 190261.25,
                                                              },
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [{ in: [{ in: [{ in: {} }] }] }],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    x1: shared,
    key: true,
    ["__proto__"]: "ssssssssssssssssssssssssss",
    bb: {
      key: { a: null, key: _v3, bb: { long_key_name: null }, "my key4": _v4 },
      a: [0, 11, 22, 33, 44, 55, 66, 77],
      ["__proto__"]: "ssssssssssssssssssssssssssssss",
    },
    long_key_name4: null,
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                bb: 197897.5,
                                                                "my key": [0, 11, 22, 33, 44, 55],
                                                                x1: "ss",
                                                                bb4: null,
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [{ in: { key: "ssssssssssssssssss", bb: "sssssssssssss" } }],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                a: "sssssssssssssssss",
                                                                x1: { x1: 33692, key: "" },
                                                                bb: true,
                                                                "my key4": 245383,
                                                                key5: "sssssssssssssssssssssss",
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: {
      __proto__: null,
      ["__proto__"]: 1079.5,
      long_key_name: null,
      a: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
      __proto__4: [0, 11, 22, 33, 44, 55],
      "my key5": {},
    },
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  { in: [{ in: [{ in: {} }] }] },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: {
      "my key": [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
      long_key_name: {},
      bb: null,
      a4: shared,
      key5: _v5,
    },
  },
  {
    bb: true,
    key: {
      ["__proto__"]: null,
      key: { ["__proto__"]: true, "my key": shared, bb: 103510 },
      x1: 140657.25,
      a: "sssssssssssssssssssssssssss",
    },
    long_key_name: {
      __proto__: null,
      a: true,
      long_key_name: "ssssssssssssss",
      x1: 167787,
      long_key_name4: "sssssss",
    },
  },
  {
    bb: [0, 11, 22, 33, 44, 55, 66, 77],
    long_key_name: {
      ["__proto__"]: "ssssssssssssssssssssss",
      a: 133793,
      long_key_name: true,
    },
    x1: {
      ["__proto__"]: [0],
      bb: null,
      long_key_name: shared,
      a4: "ssssssssssssssssssssssss",
    },
    a4: 67144,
    "my key5": null,
  },
  [
    {
      in: {
        key: true,
        "my key": "ssssssssssssssssssssss",
        ["__proto__"]: { __proto__: null, x1: {}, bb: "ssssssssssssssssssss" },
        x14: 147533.75,
      },
    },
  ],
  { in: [{ in: _v6 }] },
  [
    {
      in: {
        bb: { bb: 171788.75 },
        long_key_name: "sssssssssssssssssssssssssssss",
        x1: [0, 11],
        key: shared,
      },
    },
  ],
  { in: { "my key": null, x1: "" } },
  { ["__proto__"]: true },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  long_key_name: {
                                                                    "my key": {
                                                                      a: true,
                                                                      ["__proto__"]: "sssssssssssssssssssssssssssss",
                                                                    },
                                                                  },
                                                                  ["__proto__"]: {
                                                                    x1: 71581.5,
                                                                    bb: [
                                                                      0, 11, 22,
                                                                      33, 44,
                                                                      55, 66,
                                                                      77, 88,
                                                                      99,
                                                                    ],
                                                                    ["__proto__"]: "ssssssssssssssssssssss",
                                                                    "my key": [0, 11, 22, 33],
                                                                  },
                                                                  x1: {
                                                                    long_key_name: {
                                                                      bb: "sssssssssssssssss",
                                                                      a: {
                                                                        bb: "sssssssss",
                                                                        long_key_name: "ssssssssssssssssssssssssssssssss",
                                                                        "my key": "ss",
                                                                        a: "ssss",
                                                                      },
                                                                      x1: true,
                                                                      a4: {
                                                                        x1: "sssssssssssssss",
                                                                        long_key_name: "ssssssssssssssssssssssssssssss",
                                                                        key: null,
                                                                      },
                                                                    },
                                                                    bb: {
                                                                      a: [0, 11, 22, 33, 44],
                                                                      ["__proto__"]: null,
                                                                    },
                                                                    a4: "ssssssssssssssssssssssssssss",
                                                                  },
                                                                  bb4: shared,
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: {
          __proto__: null,
          key: "sssssssssssssssssssssssssssss",
          a: "sssssssssssssssssssss",
        },
      },
    ],
  },
  [{ in: { ["__proto__"]: "ssssssssssssss" } }],
  [
    {
      in: {
        ["__proto__"]: "sssssssssssssssssssssss",
        long_key_name: "sssssssssssssssssssssssss",
        key: shared,
        __proto__4: "ssssssssssssssssssssss",
        key5: "ssssssssssssssssssssss",
      },
    },
  ],
  {
    a: {
      ["__proto__"]: "sssssssssssssssssssssssssssssssssss",
      long_key_name: {
        __proto__: null,
        x1: [],
        bb: "ssssssss",
        long_key_name4: [0, 11, 22, 33, 44, 55],
        "my key5": 129757.25,
      },
      a: "sssssssssssssssssssssssssssss",
      __proto__4: "sssssssssssssssssssssssssssss",
    },
    bb: _v7,
    ["__proto__"]: "sssssssss",
  },
  { in: {} },
  { in: { ["__proto__"]: "s", x1: "ssss", "my key": shared } },
  [
    {
      in: {
        "my key": true,
        key: { __proto__: null },
        x1: {},
        a: "ssssssssssssssssssssssssssss",
      },
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              "my key": {
                                                                key: {
                                                                  a: shared,
                                                                  bb: 140135,
                                                                },
                                                                x1: "sssssssssssssssssssssssssss",
                                                              },
                                                              bb: [
                                                                0, 11, 22, 33,
                                                                44, 55, 66, 77,
                                                                88, 99,
                                                              ],
                                                              a: {
                                                                bb: null,
                                                                ["__proto__"]: "sssssssssssssssssssssssss",
                                                                "my key": "sssssssssssssssssssssssssssssssssssss",
                                                                key4: {
                                                                  long_key_name: 151272.5,
                                                                  ["__proto__"]: [0, 11],
                                                                },
                                                              },
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        long_key_name: "sssssssssssssssssss",
                                                        x1: {
                                                          x1: [
                                                            0, 11, 22, 33, 44,
                                                            55, 66, 77, 88, 99,
                                                          ],
                                                        },
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: {
        ["__proto__"]: 27958.75,
        a: true,
        long_key_name: "ssssssssssssss",
        key: 31672.75,
        long_key_name4: {
          __proto__: null,
          long_key_name: [],
          bb: { bb: true, a: null },
        },
        long_key_name5: [0, 11, 22, 33, 44, 55, 66, 77, 88],
      },
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: {
                                                            ["__proto__"]: {
                                                              ["__proto__"]: "ssssssssssssss",
                                                              key: _v8,
                                                              x1: [
                                                                0, 11, 22, 33,
                                                                44, 55, 66,
                                                              ],
                                                              x14: 10014,
                                                              x15: null,
                                                            },
                                                            a: {
                                                              ["__proto__"]: "sssssssssssssssssssssssssss",
                                                              long_key_name: "ssssssssssssssssssssssssssssssssss",
                                                              a: {
                                                                __proto__: null,
                                                                "my key": "sssssss",
                                                                a: { "my key": null },
                                                                a4: "sssssssssssssssssss",
                                                                a5: "ssssssssssssssssssssssss",
                                                              },
                                                            },
                                                            bb: {
                                                              __proto__: null,
                                                              long_key_name: {
                                                                __proto__: null,
                                                                key: "ss",
                                                                a: "ssssss",
                                                                long_key_name: "ssssssssssssss",
                                                              },
                                                              x1: {
                                                                bb: [0, 11, 22, 33, 44],
                                                                key: { a: true },
                                                                a: null,
                                                              },
                                                            },
                                                            key: true,
                                                            bb4: true,
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: {
      __proto__: null,
      long_key_name: true,
      a: null,
      __proto__4: "sssssssssssssssssssssssssssssssssss",
      long_key_name5: {
        long_key_name: { key: _v9, "my key": true },
        a: null,
        bb: _v10,
      },
    },
  },
  [{ in: { __proto__: null } }],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        __proto__: null,
                                                        long_key_name: "sssssssssssssssssssssssssssssssssssssss",
                                                        ["__proto__"]: {
                                                          key: {},
                                                          x1: [
                                                            0, 11, 22, 33, 44,
                                                            55, 66, 77, 88,
                                                          ],
                                                          a: [
                                                            0, 11, 22, 33, 44,
                                                            55, 66, 77,
                                                          ],
                                                          bb: null,
                                                          x14: "ssssssssss",
                                                          long_key_name5: null,
                                                        },
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { in: { key: "ssssssssssssssssssss" } },
  { in: _v11 },
  [
    {
      in: {
        bb: null,
        long_key_name: {
          long_key_name: "ssssssssssssssssssssssssssssssssss",
          a: {
            x1: "ssssssssssssssssssssssssssssssssssss",
            ["__proto__"]: shared,
            "my key": {
              __proto__: null,
              ["__proto__"]: null,
              bb: shared,
              long_key_name: "ssssssssssssssssssssssssssssss",
            },
            a: "ssssssssssssssssssssssss",
          },
          ["__proto__"]: "sssss",
        },
        "my key": [0, 11, 22],
        bb4: 48739.25,
        "my key5": {
          long_key_name: null,
          x1: 49587.5,
          "my key": "ssssssssssssssss",
          "my key4": [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
          __proto__5: null,
        },
      },
    },
  ],
  { in: [{ in: _v12 }] },
  [
    {
      in: {
        __proto__: null,
        "my key": "sssssssssssssssssssssssssss",
        key: { key: null },
        a: "ssssssssssssssssss",
      },
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  ["__proto__"]: {
                                                                    ["__proto__"]: 108832.75,
                                                                    x1: _v13,
                                                                    long_key_name: [0, 11, 22, 33],
                                                                    key: "sssssssssssssssssss",
                                                                    "my key4": { __proto__: null },
                                                                  },
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                ["__proto__"]: 60580,
                                                                "my key": null,
                                                                x1: "ssssssssssssssssssssssss",
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { "my key": "sssssssssss" },
  { in: { x1: "sssssssssssssssssssss" } },
  {
    in: [{ in: { __proto__: null, long_key_name: "sssssssssssssssssssssss" } }],
  },
  { in: [{ in: _v14 }] },
  [{ in: {} }],
  { in: [{ in: {} }] },
  { in: [{ in: { ["__proto__"]: true, long_key_name: "ssssssssss" } }] },
  {
    in: [
      {
        in: {
          ["__proto__"]: "",
          x1: "sssss",
          long_key_name: "ssssssssssssssssssssssssssssssss",
          a: "ssssssssssssssssssssssssssssssssss",
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [{ in: [{ in: _v15 }] }],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { key: "ss" },
  { __proto__: null, a: 188458.5, key4: "ssssssssssssss" },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          bb: true,
                                                          ["__proto__"]: shared,
                                                          key: "ssssssssssssss",
                                                          x1: true,
                                                          key4: 54121.25,
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: {
          key: { long_key_name: { __proto__: null }, x1: {} },
          a: "sssssssssssssssssssssssss",
          long_key_name: [0, 11, 22, 33],
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              { in: [{ in: [{ in: _v16 }] }] },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: { "my key": _v17 } },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              a: {
                                                                x1: {
                                                                  "my key": null,
                                                                  ["__proto__"]: "sssssssssssssssssss",
                                                                  bb: "ssssssssssssssssssssssssssssssssss",
                                                                  x14: _v18,
                                                                },
                                                                a: _v19,
                                                                bb: true,
                                                                long_key_name: {
                                                                  bb: {
                                                                    ["__proto__"]: [],
                                                                    key: "sssssssssssssssssssssssssssssssssssssss",
                                                                    x1: "ssssss",
                                                                  },
                                                                },
                                                                long_key_name4: [0, 11, 22, 33],
                                                              },
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    a: "ssssssssss",
    key: shared,
    "my key": "sssssssssssssssssss",
    long_key_name: {
      key: {
        x1: {
          __proto__: null,
          ["__proto__"]: [0, 11, 22],
          bb: null,
          x1: "sssss",
          key4: shared,
          "my key5": null,
        },
      },
    },
    a4: { __proto__: null, long_key_name: [0] },
    a5: shared,
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          bb: null,
                                                          "my key": [0],
                                                          x1: "ssssssssssssssssssssssss",
                                                          key: shared,
                                                          long_key_name4: [0, 11, 22],
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: _v20 },
  { bb: "sssssssssssssssssssssssssssssssssssssss", x1: shared },
  {
    in: [
      {
        in: {
          ["__proto__"]: {
            key: {
              long_key_name: { a: null, bb: null, ["__proto__"]: null },
              key: "sssssssssssssssssssssssssss",
              x1: { a: null, long_key_name: "ssssssss" },
              key4: {},
              __proto__5: "sssssssssssssssssssssssssssssssssssss",
            },
            bb: 141841,
          },
          long_key_name: null,
          "my key": "ssssss",
          a4: shared,
          x15: null,
        },
      },
    ],
  },
  [
    {
      in: {
        __proto__: null,
        ["__proto__"]: {
          bb: [0, 11, 22, 33, 44, 55, 66, 77],
          x1: {
            x1: null,
            key: {},
            long_key_name: "",
            bb: "sssssssssssssssssssssssssssssssss",
          },
          ["__proto__"]: "",
          bb4: true,
        },
        "my key": 216758,
        x1: null,
        key: "sssssssssssssssssssss",
      },
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                long_key_name: {
                                                                  bb: {
                                                                    "my key": [0],
                                                                    ["__proto__"]: "ssssssssssss",
                                                                    a: {
                                                                      "my key": null,
                                                                      bb: null,
                                                                    },
                                                                  },
                                                                  a: {
                                                                    key: "ssssssssssssssssssssss",
                                                                    x1: [
                                                                      0, 11, 22,
                                                                      33, 44,
                                                                      55, 66,
                                                                      77, 88,
                                                                    ],
                                                                  },
                                                                  "my key": {
                                                                    ["__proto__"]: null,
                                                                    key: shared,
                                                                  },
                                                                },
                                                                ["__proto__"]: {},
                                                                key: [0, 11, 22, 33, 44, 55],
                                                                key4: 182800.5,
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: {
      x1: null,
      key: true,
      "my key": "sssssssssssss",
      long_key_name: [0, 11, 22, 33, 44, 55, 66],
    },
  },
  { long_key_name: "sssssss", bb: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99] },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: {
                                                            __proto__: null,
                                                            ["__proto__"]: null,
                                                            long_key_name: [],
                                                            bb: [0, 11, 22, 33, 44],
                                                            key: "ssssssssssss",
                                                            __proto__4: true,
                                                            a5: 117543.5,
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          a: {
                                                            key: {
                                                              key: {
                                                                long_key_name: true,
                                                                bb: "sssssssssssssssssssssss",
                                                                ["__proto__"]: true,
                                                                "my key4": null,
                                                              },
                                                              a: "sssss",
                                                              bb: {
                                                                __proto__: null,
                                                                "my key": 78845.25,
                                                              },
                                                              x1: 111849.75,
                                                            },
                                                            ["__proto__"]: { __proto__: null },
                                                          },
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: {
          __proto__: null,
          long_key_name: {
            "my key": "sssssssssssssss",
            x1: [0, 11, 22, 33],
            ["__proto__"]: "ssssssssssssss",
          },
          bb: "sssssssssssssssssssssss",
          ["__proto__"]: 85186.25,
        },
      },
    ],
  },
  { in: _v21 },
  { in: [{ in: _v22 }] },
  { in: _v24 },
  [
    {
      in: {
        __proto__: null,
        long_key_name: "sssssssssssssssssssssssssssssssssssssss",
        bb: "ssssssssssssssssssssss",
      },
    },
  ],
  { in: { a: "ssss" } },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [{ in: [{ in: _v25 }] }],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        bb: true,
                                                        key: "ssssssssssss",
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                a: "ssssssssssssssssss",
                                                                long_key_name: "sssssss",
                                                                x1: [
                                                                  0, 11, 22, 33,
                                                                  44, 55, 66,
                                                                ],
                                                                "my key": {
                                                                  long_key_name: [0, 11, 22, 33],
                                                                  "my key": _v26,
                                                                  bb: "ssssssssssssssssssssssssss",
                                                                  x14: "sssssssssssssss",
                                                                  x15: "sssss",
                                                                },
                                                                a4: true,
                                                                __proto__5: {
                                                                  x1: "ssssssssssssssssssssssssss",
                                                                  long_key_name: true,
                                                                },
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [{ in: _v27 }],
  [{ in: { "my key": "ssssssssssssssssssssssssssssss", bb: null, key: _v28 } }],
  [
    {
      in: {
        a: "ssssssssssssssssssssssssssssss",
        x1: "sssssssssssssssssssssssssssssssss",
        key: 65621.5,
        "my key": _v29,
        x14: "sssssssssssssssss",
      },
    },
  ],
  {
    in: [
      {
        in: {
          __proto__: null,
          x1: true,
          "my key": null,
          ["__proto__"]: "sssssssssssss",
          key: true,
        },
      },
    ],
  },
  { long_key_name: null, bb: null, a: null, ["__proto__"]: _v30 },
  [
    {
      in: {
        __proto__: null,
        key: "ssssssssssssssssssssssssssssssssssssss",
        a: [0, 11, 22, 33, 44, 55, 66, 77, 88],
        "my key": "ssssssssssssssssssssss",
      },
    },
  ],
  {
    in: [
      {
        in: {
          key: "ssssssssss",
          "my key": null,
          ["__proto__"]: "ssssssssssssssssssssssssssssss",
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              __proto__: null,
                                                              x1: "ssssssssssssssssss",
                                                              bb: {
                                                                key: "sss",
                                                                x1: "ss",
                                                                bb: [0, 11, 22, 33],
                                                                "my key": true,
                                                                bb4: 181289,
                                                                key5: true,
                                                              },
                                                              long_key_name: true,
                                                              a: {
                                                                "my key": {
                                                                  "my key": "ssssssssssssssssssssssssssssss",
                                                                  key: "sssssssssssssssssssss",
                                                                  x1: "ssssssssssssssssssssssssssss",
                                                                },
                                                                a: true,
                                                                ["__proto__"]: shared,
                                                                bb: {
                                                                  a: {
                                                                    a: null,
                                                                    long_key_name: "ssssssssssssssssssssssssssssssssssss",
                                                                    long_key_name4: [0, 11],
                                                                    x15: "ssss",
                                                                  },
                                                                  long_key_name: "sssssssssssssssssss",
                                                                },
                                                                x14: {
                                                                  long_key_name: 38877,
                                                                  x1: true,
                                                                },
                                                              },
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: {} },
  { in: { x1: "ssssssssssssssssssssssssssss", key: true } },
  [{ in: { long_key_name: null } }],
  {
    in: {
      __proto__: null,
      "my key": null,
      long_key_name: {
        bb: {
          key: "ssssss",
          long_key_name: {
            __proto__: null,
            "my key": shared,
            x1: "ssssssssssssssssss",
            bb: null,
            a: "sss",
          },
          x1: { key: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110], a: null },
          bb4: {
            x1: "ssssssssssssssssssssssssssssssssss",
            bb: shared,
            long_key_name: [0, 11, 22, 33],
            ["__proto__"]: null,
          },
          __proto__5: "ssssssssssssssssssssssssssssss",
        },
        key: "sssssssssssssssssss",
      },
      "my key4": "ssssssssss",
    },
  },
  _v31,
  {
    in: {
      key: {
        a: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
        long_key_name: null,
      },
    },
  },
  [
    {
      in: {
        __proto__: null,
        key: 84276.5,
        ["__proto__"]: [0, 11, 22, 33, 44],
        a: "sss",
        x1: null,
        __proto__4: { ["__proto__"]: "ssssssss", a: [0, 11, 22, 33, 44] },
        x15: true,
      },
    },
  ],
  { in: { a: true, "my key": shared } },
  [{ in: { __proto__: null } }],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              a: null,
                                                              long_key_name: _v32,
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: [{ in: {} }] },
  { in: [{ in: { a: 116035.5 } }] },
  { in: {} },
  { __proto__: null, bb: { a: 204536.75, x1: 197378, bb: null }, a: 226770.25 },
  [
    {
      in: {
        bb: "ssssssssssssss",
        long_key_name: {
          bb: 7097.25,
          key: [0, 11, 22, 33, 44],
          a: 19798.5,
          x1: "sssssssssssssssssssssssssssssssss",
          bb4: true,
          x15: 166969.75,
        },
      },
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [{ in: [{ in: {} }] }],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: {
          a: "ssssssssss",
          key: { key: null, a: "ssssssssssss" },
          ["__proto__"]: "ssssss",
        },
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        { in: [{ in: [{ in: [{ in: {} }] }] }] },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: {
      ["__proto__"]: { "my key": null, long_key_name: "ssss" },
      key: [0, 11, 22, 33, 44, 55, 66],
      long_key_name: null,
    },
  },
  [
    {
      in: {
        bb: {
          key: {
            bb: null,
            x1: {
              bb: null,
              key: [0, 11, 22, 33, 44, 55],
              ["__proto__"]: null,
              long_key_name: shared,
              bb4: "sssssssssssssssssssssssssssss",
              long_key_name5: null,
            },
            ["__proto__"]: shared,
          },
          long_key_name: { "my key": _v33, long_key_name: { __proto__: null } },
          a: 76086.25,
          "my key": [0, 11, 22, 33, 44, 55, 66],
          __proto__4: { __proto__: null, x1: "ssssss" },
          bb5: true,
        },
        x1: [],
        "my key": { a: null, long_key_name: "ssssssssssssss", a4: [0] },
        ["__proto__"]: "ss",
        long_key_name4: 10585.25,
        long_key_name5: _v34,
      },
    },
  ],
  { in: [{ in: { x1: null, a: "ssssssssssssssssssssss", bb: _v35 } }] },
  {
    in: [
      { in: { key: "sssssssssssss", x1: [0, 11, 22, 33, 44], "my key": null } },
    ],
  },
  {
    __proto__: null,
    ["__proto__"]: true,
    bb: { long_key_name: {}, x1: null, "my key": [0], bb4: _v36 },
    x1: true,
    x14: [0, 11, 22],
    long_key_name5: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
  },
  {
    x1: { bb: true, x1: 113076, "my key": "ssssssssssssssssss", a: shared },
    a: "s",
    long_key_name: "sssssss",
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          key: "sss",
                                                          bb: {
                                                            ["__proto__"]: {},
                                                            "my key": [0, 11, 22],
                                                          },
                                                          a: shared,
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  _v37,
  {
    in: {
      __proto__: null,
      x1: "ssssssssss",
      long_key_name: [0, 11, 22, 33, 44],
      ["__proto__"]: shared,
      key: "ssssssssssssssssssssssssssssssssssss",
      key4: {
        long_key_name: { "my key": "sssssssssss" },
        x1: {},
        "my key": [0, 11, 22, 33, 44, 55],
        a: true,
        key4: "sssssssssssssss",
      },
      long_key_name5: { __proto__: null },
    },
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [{ in: [{ in: {} }] }],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              "my key": _v38,
                                                              key: {
                                                                __proto__: null,
                                                                ["__proto__"]: null,
                                                                key: { bb: 194991 },
                                                                a: "ssss",
                                                                x1: null,
                                                              },
                                                              bb: shared,
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: { bb: 83370, key: shared, "my key": true, key4: true } },
  {
    in: [
      {
        in: {
          "my key": "ssss",
          ["__proto__"]: {
            __proto__: null,
            "my key": 197689.5,
            x1: "ssssssssssssssssssssssssssssssssssssss",
            long_key_name: shared,
            bb: { bb: shared, x1: "sssssssssssssssssssssssssssssssss" },
            x14: null,
            __proto__5: {
              __proto__: null,
              a: 91501.75,
              ["__proto__"]: "ssssssssssssssssssss",
              long_key_name: 187477.5,
            },
          },
        },
      },
    ],
  },
  { in: { bb: 223201.25 } },
  { long_key_name: 26448.75 },
  {
    in: {
      ["__proto__"]: {
        __proto__: null,
        a: "sssssssssssssssssss",
        long_key_name: 218447.25,
      },
      a: { ["__proto__"]: 96320.25, key: shared },
    },
  },
  {
    in: [
      {
        in: {
          long_key_name: "",
          "my key": {
            bb: { "my key": shared },
            x1: {
              key: "sssssssssss",
              a: "ssssssssssssssss",
              x1: [0, 11],
              bb: "sssssssssssssssssssss",
              x14: true,
            },
            long_key_name: 1602,
            long_key_name4: "ssssssssssssssssssss",
          },
          a: {
            long_key_name: {
              __proto__: null,
              x1: [],
              "my key": [0, 11],
              key: [0, 11, 22, 33],
              key4: null,
              a5: "s",
            },
            a: [0, 11, 22, 33, 44],
          },
          ["__proto__"]: "ssssssssss",
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: { __proto__: null },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          __proto__: null,
                                                          bb: true,
                                                          key: "ssssssssssssssss",
                                                          a: {
                                                            ["__proto__"]: 216115.5,
                                                            a: "sssssssssssssssssssssssssss",
                                                          },
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          ["__proto__"]: 191090,
                                                          x1: true,
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [{ in: { a: "s", x1: "ssssssssssssss" } }],
  {
    in: [
      {
        in: {
          ["__proto__"]: "sssssssssssssssssssssssssssssssssssss",
          long_key_name: "sssssssssssssssssssssssssssssssssssssss",
          key: {},
        },
      },
    ],
  },
  { key: "ssssssssssssssssss", a: 154277.75, "my key": [] },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    { in: { __proto__: null } },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                __proto__: null,
                                                                x1: null,
                                                                key: {
                                                                  bb: [
                                                                    0, 11, 22,
                                                                    33, 44, 55,
                                                                    66, 77,
                                                                  ],
                                                                  a: "",
                                                                  x1: 153109.75,
                                                                },
                                                                bb: "ssssssssssssssssssssssssssssssss",
                                                                long_key_name: "sssssss",
                                                                long_key_name4: 181286.25,
                                                                __proto__5: {
                                                                  a: shared,
                                                                  "my key": "ssssssssssssssssssss",
                                                                  __proto__4: {
                                                                    "my key": "sssssssssssssssssssssssssssssssssss",
                                                                    a: true,
                                                                    x1: shared,
                                                                    long_key_name: {
                                                                      __proto__: null,
                                                                      bb: shared,
                                                                    },
                                                                  },
                                                                  a5: {
                                                                    key: {
                                                                      __proto__: null,
                                                                      ["__proto__"]: 34545.75,
                                                                    },
                                                                    "my key": {},
                                                                    bb: {
                                                                      __proto__: null,
                                                                      bb: null,
                                                                    },
                                                                  },
                                                                },
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  _v41,
  {
    in: [
      {
        in: {
          a: {
            "my key": [0, 11, 22, 33, 44, 55, 66],
            x1: 113733.75,
            ["__proto__"]: null,
            bb: "ssssssss",
            "my key4": {
              x1: shared,
              a: {
                bb: "ssssssssssssss",
                "my key": "s",
                ["__proto__"]: 118375,
                bb4: "sssssssssssssssssss",
              },
              key: true,
            },
          },
          bb: null,
        },
      },
    ],
  },
  { in: { a: "sssssssssssssssssssss" } },
  {
    in: [
      {
        in: {
          __proto__: null,
          bb: [0, 11, 22, 33, 44, 55, 66, 77],
          ["__proto__"]: [],
        },
      },
    ],
  },
  {
    in: [
      {
        in: {
          __proto__: null,
          "my key": "sssssssssssssssssssss",
          bb: "sssssssssssssssssssssssssssss",
        },
      },
    ],
  },
  { in: [{ in: { __proto__: null, a: "sssssssssssssssssssssssssssssssss" } }] },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  ["__proto__"]: "ssssssssssssssssss",
                                                                  bb: "sssssssssssssssssssssssss",
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [{ in: _v42 }],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                __proto__: null,
                                                                x1: "sssssssssssssssssssssssssssssssss",
                                                                key: true,
                                                                long_key_name: null,
                                                                long_key_name4: [
                                                                  0, 11, 22, 33,
                                                                  44, 55, 66,
                                                                  77, 88,
                                                                ],
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        "my key": _v43,
                                                        a: shared,
                                                        key: [0, 11, 22, 33, 44, 55],
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: {
        __proto__: null,
        x1: 156305.75,
        "my key": {
          __proto__: null,
          "my key": "sssssssssssssssssssssss",
          key: {
            bb: {
              x1: null,
              key: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
              a: null,
            },
            ["__proto__"]: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
            "my key": "ssssssssssssss",
            long_key_name: "ssssssssssssss",
            __proto__4: { bb: 83572.5, long_key_name: "ssssssssssssssss" },
          },
        },
        long_key_name: shared,
        key: [0, 11, 22, 33, 44],
      },
    },
  ],
  {
    in: [
      {
        in: {
          long_key_name: [0, 11, 22, 33, 44, 55, 66],
          ["__proto__"]: { "my key": true },
          bb: {
            key: true,
            "my key": [],
            x1: [0, 11, 22, 33, 44, 55, 66, 77, 88],
            "my key4": 155686.75,
          },
        },
      },
    ],
  },
  { in: { __proto__: null, long_key_name: 80724.25 } },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  long_key_name: true,
                                                                  "my key": 143242.75,
                                                                  x1: {
                                                                    "my key": shared,
                                                                    bb: [0, 11],
                                                                    key: 88364.75,
                                                                    a: {},
                                                                  },
                                                                  "my key4": {
                                                                    a: {
                                                                      x1: "ssssssssssssssssssssssss",
                                                                      key: "ssssssssssssssssssssssssssssssssss",
                                                                    },
                                                                    "my key": "ssssssssss",
                                                                    long_key_name: _v44,
                                                                  },
                                                                  x15: [
                                                                    0, 11, 22,
                                                                    33, 44, 55,
                                                                    66, 77,
                                                                  ],
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              a: "ssssssssssssssssssss",
                                                              x1: "sssssssssssssssssssssss",
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: {} },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          __proto__: null,
                                                          "my key": {},
                                                          long_key_name: {
                                                            __proto__: null,
                                                            long_key_name: null,
                                                          },
                                                          ["__proto__"]: "sssssssssssss",
                                                          a: "sssssssssssssssssssssssssssssssssssssss",
                                                          "my key4": 194597,
                                                          long_key_name5: [],
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: {
          a: [0, 11, 22, 33, 44, 55, 66],
          bb: 195872.75,
          long_key_name: null,
          "my key4": null,
        },
      },
    ],
  },
  {
    in: {
      __proto__: null,
      long_key_name: true,
      a: [0, 11, 22, 33, 44, 55, 66],
      x1: null,
      bb: {
        x1: {
          a: {
            a: shared,
            ["__proto__"]: [0, 11, 22, 33],
            x1: 138883.75,
            bb: [0, 11, 22, 33, 44],
            "my key4": null,
          },
        },
        a: null,
        long_key_name4: {
          x1: 235545,
          key: {
            ["__proto__"]: 137223.5,
            a: "ssssssssss",
            "my key4": [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
          },
          bb: null,
          long_key_name: true,
          long_key_name4: {
            x1: "sssssssssssssssssssssssssssssssssssssss",
            ["__proto__"]: null,
            key: [0, 11, 22, 33, 44, 55, 66, 77, 88],
            bb: "ssssssssssssssssssssssssssssssss",
            __proto__4: "sssssssssssssssssssssssssssss",
            "my key5": 58931.75,
          },
          "my key5": null,
        },
        bb5: true,
      },
    },
  },
  [
    {
      in: {
        a: 41990.75,
        ["__proto__"]: "sssssssssssss",
        bb: { long_key_name: "s" },
      },
    },
  ],
  {
    in: {
      long_key_name: null,
      key: { bb: [0, 11, 22, 33, 44, 55], key: "ssssssss" },
      __proto__4: true,
    },
  },
  {
    bb: "sssssssssssssssssssssssssssssssss",
    ["__proto__"]: [],
    long_key_name: "ssssssssssssss",
    "my key4": "s",
    long_key_name5: {
      bb: true,
      x1: true,
      key: null,
      key4: "ssssssssssssssssssssss",
      key5: "ssssssssssssssssss",
    },
  },
];

// Cycles: these statements point back to objects defined above.
_v1.self = _v1;
_v2.self = _v2;
_v3.self = _v3;
_v4.self = _v4;
_v5.self = _v5;
_v6.self = _v6;
_v7.self = _v7;
_v8.self = _v8;
_v9.self = _v9;
_v10.self = _v10;
_v11.self = _v11;
_v12.self = _v12;
_v13.self = _v13;
_v14.self = _v14;
_v15.self = _v15;
_v16.self = _v16;
_v17.self = _v17;
_v18.self = _v18;
_v19.self = _v19;
_v20.self = _v20;
_v21.self = _v21;
_v22.self = _v22;
_v23.self = _v23;
_v24.self = _v24;
_v25.self = _v25;
_v26.self = _v26;
_v27.self = _v27;
_v28.self = _v28;
_v29.self = _v29;
_v30.self = _v30;
_v31.self = _v31;
_v32.self = _v32;
_v33.self = _v33;
_v34.self = _v34;
_v35.self = _v35;
_v36.self = _v36;
_v37.self = _v37;
_v38.self = _v38;
_v39.self = _v39;
_v40.self = _v40;
_v41.self = _v41;
_v42.self = _v42;
_v43.self = _v43;
_v44.self = _v44;

// end of persist archive
//// boundaries, seed 8
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = { __proto__: null, self: null };
export const shared = { shared: [1, 2] };
const _v2 = {
  __proto__: null,
  long_key_name: 204992.75,
  x1: 146145.25,
  ["__proto__"]: "sssssss",
  self: null,
};
const _v3 = { a: [0, 11, 22, 33, 44], self: null };
const _v4 = {
  __proto__: null,
  ["__proto__"]: {
    long_key_name: 233111.75,
    ["__proto__"]: null,
    key: null,
    x1: "ssssssssssssssssssssssssssssssssss",
    __proto__4: true,
    long_key_name5: shared,
  },
  x1: "sssssssssssssss",
  long_key_name: { a: null },
  long_key_name4: {
    ["__proto__"]: [0],
    bb: null,
    "my key": [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
    key: null,
    a4: null,
  },
  self: null,
};
const _v5 = {
  "my key": {
    ["__proto__"]: {
      ["__proto__"]: {
        a: null,
        bb: 216631.75,
        "my key": "sssssssssss",
        long_key_name4: true,
      },
      long_key_name: _v3,
    },
    a: "sssssssssss",
    x1: _v4,
    bb4: { long_key_name: null, x1: "sssssssssssssssssssssssssssss" },
  },
  self: null,
};
const _v6 = {
  long_key_name: shared,
  ["__proto__"]: "sssssssssssssssss",
  self: null,
};
const _v7 = {
  x1: "ssssssssssssssssssssssss",
  bb: { __proto__: null },
  self: null,
};
const _v8 = {
  key: true,
  bb: _v7,
  ["__proto__"]: shared,
  x14: true,
  self: null,
};
const _v9 = {
  bb: "sssssssssssssssssssssssssss",
  x1: 218649.25,
  self: null,
};
const _v10 = { self: null };
const _v11 = {
  bb: null,
  "my key": {
    key: {
      long_key_name: "sssssssssssssssssssssssssssssssssss",
      x1: "sssssssssssssss",
      ["__proto__"]: "ssssssssssssssss",
      "my key4": 16577.25,
      "my key5": "sssssssssssssssssssssssssssssss",
    },
    bb: {},
  },
  self: null,
};
const _v12 = { self: null };
const _v13 = {
  a: shared,
  "my key": "ssssssssssssssssssssssssssssssssssssss",
  long_key_name: "ssssssssssssssssssssss",
  bb: 247927.75,
  __proto__4: 106036.5,
  self: null,
};
const _v14 = { __proto__: null, ["__proto__"]: true, self: null };
const _v15 = {
  a: 79886.75,
  long_key_name: null,
  x1: [0, 11, 22, 33, 44, 55, 66, 77, 88],
  self: null,
};
const _v16 = {
  __proto__: null,
  key: [0, 11, 22, 33, 44],
  "my key": [0, 11, 22, 33, 44, 55],
  ["__proto__"]: null,
  self: null,
};
const _v17 = {
  "my key": "ss",
  a: "ssssssssssssss",
  key: null,
  bb: null,
  key4: true,
  "my key5": [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
  self: null,
};
const _v18 = {
  bb: null,
  "my key": [0, 11, 22, 33, 44],
  a: "ssssssssssssssssssssssss",
  long_key_name4: null,
  self: null,
};
const _v19 = { __proto__: null, bb: null, self: null };
const _v20 = {
  "my key": "sssssssssssssssssssssssssssssssss",
  self: null,
};
const _v21 = {
  key: 180119.25,
  x1: "ssssssssssssssssssssssssss",
  long_key_name: null,
  self: null,
};
const _v22 = {
  key: {
    bb: {
      bb: "sssssssssssssssssssssssssssssssssssssss",
      key: "sssssssssssssssssssssssssssss",
      long_key_name: shared,
    },
  },
  x1: null,
  ["__proto__"]: {
    bb: "sssssssssssssssssssssssssssssssssssss",
    a: {
      a: "sssssssssssssssssssssssss",
      long_key_name: null,
      key: [0, 11, 22, 33, 44, 55],
      "my key": [0, 11, 22, 33, 44, 55, 66, 77, 88],
    },
    __proto__4: shared,
  },
  self: null,
};
const _v23 = {
  __proto__: null,
  long_key_name: [0, 11, 22, 33, 44, 55, 66, 77, 88],
  bb: { "my key": { ["__proto__"]: true, long_key_name: shared } },
  self: null,
};
const _v24 = {
  key: true,
  x1: {
    ["__proto__"]: true,
    key: "sssssssssss",
    long_key_name: null,
    bb4: true,
  },
  self: null,
};
const _v25 = {
  long_key_name: "ssssssssssssssssss",
  key: [0, 11, 22],
  a: [0, 11, 22, 33, 44, 55, 66, 77],
  long_key_name4: "sssssssssssssssss",
  self: null,
};
const _v26 = { x1: null, self: null };
const _v27 = {
  x1: [0, 11, 22, 33, 44, 55, 66, 77],
  long_key_name: "sssssssssssssssssss",
  a: { a: null },
  key4: 29826,
  self: null,
};
const _v28 = { a: { x1: null }, bb: true, self: null };
const _v29 = { self: null };
const _v30 = { long_key_name: null, "my key": "sssssss", self: null };
const _v31 = {
  key: {
    key: 210574.5,
    ["__proto__"]: _v30,
    a: "s",
    long_key_name: [0, 11, 22],
    __proto__4: { ["__proto__"]: true },
  },
  self: null,
};
const _v32 = {
  key: "sssssssssssssssssssssssss",
  x1: {
    key: [0, 11, 22, 33, 44, 55],
    long_key_name: [0, 11, 22, 33, 44],
    x1: true,
    bb: "ssssssssssssssssssssssssssssss",
    bb4: "ssss",
    key5: shared,
  },
  self: null,
};
const _v33 = {
  long_key_name: {
    __proto__: null,
    x1: { a: shared, "my key": true, bb: shared, x14: null },
    ["__proto__"]: [0, 11, 22, 33, 44, 55, 66, 77, 88],
  },
  "my key": "ssssss",
  a4: "ssssssssssssssssssss",
  a5: null,
  self: null,
};
const _v34 = {
  ["__proto__"]: "ssssssssssssssssssssssssssssssssssssss",
  x1: "sssssssssssssssssss",
  key: "",
  self: null,
};
const _v35 = { ["__proto__"]: null, self: null };
const _v36 = {
  bb: null,
  long_key_name: [0, 11, 22, 33],
  a: true,
  ["__proto__"]: [0, 11, 22],
  self: null,
};
const _v37 = {
  bb: {
    bb: { long_key_name: "ssssssssssssssssssssssssssss" },
    "my key": 132047.25,
    long_key_name: "sssssssssssssssssssssssssssssssss",
    long_key_name4: "ssssss",
  },
  "my key": "ssssssssssssssssssssssssssssssssssssss",
  self: null,
};
const _v38 = { self: null };
const _v39 = {
  __proto__: null,
  ["__proto__"]: {
    ["__proto__"]: "sssssssssssssss",
    long_key_name: {
      __proto__: null,
      bb: "sssssssssssssssssssssssssssss",
      a: "ssssssssssssssssssssssssssssssssssssss",
    },
  },
  long_key_name: null,
  long_key_name4: shared,
  a5: "ssssssssssss",
  self: null,
};
const _v40 = {
  ["__proto__"]: "ssssssssssssss",
  a: true,
  x1: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
  self: null,
};
const _v41 = { __proto__: null, self: null };
const _v42 = {
  "my key": true,
  bb: "sssssssssssssssssss",
  self: null,
};
const _v43 = {
  ["__proto__"]: true,
  x1: "",
  a: [0, 11, 22, 33, 44, 55],
  "my key4": null,
  self: null,
};
const _v44 = {
  ["__proto__"]: { key: 8959.5, bb: 205166 },
  a: null,
  x1: "sssssssssssssssssssssssssssss",
  long_key_name: 75391.5,
  self: null,
};
const _v45 = { self: null };
export const list = [
  {
    __proto__: null,
    key: { x1: "ssssssssssssssssssss", a: { ["__proto__"]: _v1 } },
    x1: null,
    long_key_name: {
      key: true,
      long_key_name: { ["__proto__"]: "sssssssssssssssssssss" },
    },
  },
  {
    in: {
      bb: "ssssssssssssssssssssssssssssssssssssss",
      "my key": {
        a: [0, 11, 22],
        "my key": "ssssssssssssssssssssssssssssss",
        key: "sssssssssssssssssssssssssssssssssssssss",
      },
      x1: {
        key: shared,
        bb: { x1: null },
        bb4: true,
        a5: "sssssssssssssssssssssssssss",
      },
      ["__proto__"]: "sssssssssssssssssssssss",
      key4: { __proto__: null, bb: {} },
    },
  },
  { a: [0, 11] },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  { in: [{ in: [{ in: {} }] }] },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        bb: 211058.5,
                                                        long_key_name: true,
                                                        ["__proto__"]: {
                                                          bb: {
                                                            bb: "ss",
                                                            long_key_name: "sssssssssss",
                                                            x14: "",
                                                          },
                                                        },
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [{ in: { key: { key: true }, a: 86356.75 } }],
  {
    in: {
      a: "sssssssssssssssssssssssssssssssssssss",
      ["__proto__"]: "sssssssssss",
      "my key": null,
    },
  },
  {
    in: [
      {
        in: {
          x1: {
            bb: 216644.5,
            "my key": null,
            x1: _v2,
            key4: "sssssss",
            bb5: [0, 11, 22, 33, 44, 55, 66, 77],
          },
        },
      },
    ],
  },
  { in: {} },
  [{ in: { __proto__: null } }],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [{ in: [{ in: _v5 }] }],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: _v6 },
  { __proto__: null, long_key_name: true },
  {
    in: {
      "my key": "sssssssssssssssssssssssssss",
      a: _v8,
      ["__proto__"]: "ssssssssssssssssssssssssss",
    },
  },
  { in: [{ in: {} }] },
  {
    "my key": {
      __proto__: null,
      bb: _v9,
      a: {
        key: "ssssssssssssssssss",
        bb: [0, 11, 22, 33, 44],
        x1: "ssssssssssssssssssssssssssssssssssssss",
      },
      key: true,
      long_key_name4: "ssssssssssssssssssssssssssssssssssssss",
      key5: {
        __proto__: null,
        bb: "ssss",
        key: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
      },
    },
    key: shared,
  },
  {
    in: {
      bb: "ssssssssssssssssssssssssssss",
      x1: "ssssssssssssssssssssssssssssssss",
      ["__proto__"]: [0, 11, 22, 33, 44, 55, 66],
      a: { __proto__: null, bb: null },
      long_key_name4: { __proto__: null },
      a5: true,
    },
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [{ in: [{ in: _v10 }] }],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { in: [{ in: { ["__proto__"]: [0, 11, 22, 33, 44, 55, 66, 77] } }] },
  {
    in: {
      x1: "ssssss",
      a: {
        ["__proto__"]: "sssssssssssssssssssssssssssssssssssss",
        bb: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
        key: [0, 11, 22, 33],
      },
      bb: "ssssssssssssssssssssssssssssssssss",
    },
  },
  {
    in: {
      __proto__: null,
      "my key": {
        key: {
          ["__proto__"]: {
            ["__proto__"]: null,
            bb: 188724,
            a: "sssssssssssssssss",
          },
          x1: null,
          long_key_name: {
            __proto__: null,
            long_key_name: null,
            x1: "sssssssssssss",
            ["__proto__"]: shared,
            long_key_name4: null,
            key5: "ssssssssssssssssssssssssss",
          },
          long_key_name4: true,
          __proto__5: "ssssssssssssssssssssssssssssssssssssss",
        },
        x1: "sssssssssssssssssssss",
        bb: { ["__proto__"]: "ssssssssssssssss" },
      },
      ["__proto__"]: true,
      x1: [],
      "my key4": {},
      a5: null,
    },
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              __proto__: null,
                                                              bb: {
                                                                x1: 231866.25,
                                                                "my key": true,
                                                                a: "ssssssssssssssssssssssssssssss",
                                                                long_key_name: "s",
                                                                bb4: true,
                                                              },
                                                              "my key": "ssssssssssssssssss",
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        long_key_name: "ssssssssssssssssss",
                                                        x1: null,
                                                        a: null,
                                                        "my key4": [],
                                                        x15: {
                                                          a: "s",
                                                          "my key": "ssssssssss",
                                                          "my key4": true,
                                                        },
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { in: { a: "ssssssssssssssssssssssssssssssss" } },
  [{ in: _v11 }],
  { in: [{ in: { bb: {}, ["__proto__"]: "sssss", long_key_name: true } }] },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [{ in: [{ in: [{ in: _v12 }] }] }],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { bb: "" },
  {
    in: [
      {
        in: {
          __proto__: null,
          bb: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
          key: 130561.75,
          a: null,
        },
      },
    ],
  },
  {
    in: [
      {
        in: {
          __proto__: null,
          x1: shared,
          long_key_name: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
          ["__proto__"]: "",
          key: "ssssssssssssssssssssssss",
        },
      },
    ],
  },
  { long_key_name: null, "my key": true, bb: null, __proto__4: null },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: {
                                                            a: "ssssssssssssssssssssssssssssssss",
                                                            ["__proto__"]: null,
                                                            long_key_name: _v13,
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          a: 238538.75,
                                                          key: 169721,
                                                          x1: "ssssssssssssssssssss",
                                                          ["__proto__"]: "sssss",
                                                          long_key_name4: true,
                                                          "my key5": { __proto__: null },
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: {
      key: true,
      long_key_name: "",
      "my key": { ["__proto__"]: 69195.25, bb: [0, 11, 22, 33, 44, 55] },
      bb4: 74062.5,
    },
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              x1: "ssssssssssssss",
                                                              bb: 31122.5,
                                                              long_key_name: {
                                                                long_key_name: 122181.25,
                                                                "my key": {
                                                                  __proto__: null,
                                                                  a: {
                                                                    key: 174497,
                                                                    bb: "ssssssssssssssssssssssssssssssss",
                                                                    long_key_name: null,
                                                                    ["__proto__"]: [0, 11, 22, 33, 44, 55],
                                                                  },
                                                                  x1: "ssssssssssssssssssssssssss",
                                                                },
                                                                ["__proto__"]: "ss",
                                                                "my key4": null,
                                                                bb5: [
                                                                  0, 11, 22, 33,
                                                                  44, 55, 66,
                                                                  77, 88, 99,
                                                                  110,
                                                                ],
                                                              },
                                                              key4: [0, 11],
                                                              long_key_name5: 225912,
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [{ in: { key: {}, bb: "ssssssssssssssssss", x1: shared } }],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                long_key_name: {
                                                                  __proto__: null,
                                                                  bb: null,
                                                                  x1: true,
                                                                },
                                                                key: "sssssssssss",
                                                                ["__proto__"]: "ssssssssssssssssssssss",
                                                                x14: 64771.75,
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: {
          __proto__: null,
          long_key_name: 215452.25,
          key: {
            "my key": "ssssssssss",
            a: "sssssssss",
            key: "ssssssssssssssssssssssssssssssss",
            long_key_name4: 203849.25,
            __proto__5: 101813.25,
          },
          __proto__4: {
            bb: null,
            key: { ["__proto__"]: "ssssssssss" },
            ["__proto__"]: "sssssssssssssssssssssssssssssssssssss",
            long_key_name4: 39524,
            x15: 93080.5,
          },
          key5: {
            __proto__: null,
            a: 52770.25,
            ["__proto__"]: _v14,
            x1: true,
            "my key": { "my key": "ss" },
            "my key4": _v15,
          },
        },
      },
    ],
  },
  {
    in: {
      __proto__: null,
      bb: "sssssssssssssss",
      long_key_name: {
        long_key_name: "sssss",
        bb: 36966.25,
        x1: 248157.75,
        key: "",
        "my key4": {
          key: "ssssssssssssssssssssssssssssssssssss",
          ["__proto__"]: true,
          bb: true,
          "my key": _v16,
          a4: 182378,
          "my key5": true,
        },
      },
      ["__proto__"]: {
        bb: true,
        x1: { __proto__: null, "my key": {}, long_key_name: null },
        long_key_name: {
          key: _v17,
          "my key": { bb: "sssssssssssssss" },
          long_key_name: true,
          long_key_name4: _v18,
          x15: "sssssss",
        },
        __proto__4: null,
      },
    },
  },
  { __proto__: null, bb: null, "my key": true, key: "sssssssssssssssssss" },
  { key: 98517.5, "my key": 237722.5 },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          __proto__: null,
                                                          ["__proto__"]: 5056,
                                                          "my key": [
                                                            0, 11, 22, 33, 44,
                                                            55, 66,
                                                          ],
                                                          long_key_name: 71122.75,
                                                          long_key_name4: 224552,
                                                          __proto__5: "sss",
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              a: "sssssssssssssssssssssss",
                                                              key: "sss",
                                                              "my key": 219099.25,
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: {
                                                            a: 23648,
                                                            key: true,
                                                            "my key": shared,
                                                            x1: "sssssssssssssssssssssssss",
                                                            x14: null,
                                                            a5: "ssss",
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: {
          ["__proto__"]: null,
          long_key_name: {
            bb: null,
            a: { __proto__: null, x1: "sssssssssss" },
            __proto__4: 174240.25,
            key5: _v19,
          },
          x1: {
            key: null,
            x1: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
            bb: {
              key: "ssssssssssssssssssssssssssssssss",
              bb: null,
              x1: true,
              ["__proto__"]: "ssssssssssssssssssss",
              __proto__4: {},
            },
          },
          bb4: shared,
          __proto__5: "ssssssssssssssssssssssss",
        },
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [{ in: [{ in: {} }] }],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [{ in: [{ in: _v20 }] }],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    long_key_name: "ssssssssssssssssssssssssss",
    x1: "ssssssssssssssssssss",
    ["__proto__"]: "sssssssssssssss",
    key4: "sssssssssssss",
    bb5: shared,
  },
  {
    in: {
      key: true,
      "my key": { a: { __proto__: null, a: [0, 11, 22, 33, 44, 55, 66] } },
      bb: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
      bb4: 93146.75,
    },
  },
  [
    {
      in: {
        "my key": { a: true, key: true, x1: 30603.75, "my key4": null },
        key: { key: "ssssssssssssssssssssssssssssssssssss" },
        a: "sssssssss",
        x1: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
        __proto__4: shared,
        "my key5": "sssssssssssssssssssssssssssssssss",
      },
    },
  ],
  { in: [{ in: { a: shared } }] },
  [
    {
      in: {
        long_key_name: [0, 11, 22, 33, 44, 55],
        "my key": "ssssssssss",
        a: { __proto__: null },
      },
    },
  ],
  [{ in: {} }],
  { in: { a: true, "my key": 236745.25 } },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [{ in: [{ in: {} }] }],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: {
          key: shared,
          "my key": "ssssssssssssssssssssssssssssssss",
          a: true,
          ["__proto__"]: shared,
          a4: "sssssssssssssssssssssssssss",
        },
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        __proto__: null,
                                                        key: shared,
                                                        a: null,
                                                        long_key_name: [0, 11, 22],
                                                        __proto__4: {
                                                          x1: [],
                                                          bb: {
                                                            "my key": {
                                                              key: "sssssssssssssssssssss",
                                                              ["__proto__"]: [
                                                                0, 11, 22, 33,
                                                                44, 55, 66, 77,
                                                              ],
                                                              a: null,
                                                            },
                                                          },
                                                          long_key_name: 151614.5,
                                                          key: null,
                                                          key4: true,
                                                          x15: "ssssssssssssssssssssssssssssss",
                                                        },
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { in: { __proto__: null, "my key": "sssssssssss" } },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  { in: [{ in: [{ in: {} }] }] },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              { in: [{ in: [{ in: _v21 }] }] },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: [{ in: _v22 }] },
  { bb: [0, 11, 22, 33, 44, 55, 66, 77], "my key": shared, ["__proto__"]: null },
  [
    {
      in: {
        ["__proto__"]: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
        "my key": {
          long_key_name: 146163.75,
          ["__proto__"]: { x1: 238671.25, long_key_name: true },
        },
        a: "ss",
        key: "s",
      },
    },
  ],
  { in: { a: [0, 11, 22, 33], x1: shared } },
  {
    in: [
      {
        in: {
          x1: shared,
          key: {},
          a: "ssss",
          long_key_name: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
          key4: "sssssssssssssssssssssssss",
          "my key5": "ssssssssssssssssssssssssssssss",
        },
      },
    ],
  },
  [
    {
      in: {
        key: shared,
        a: "ssssssssssssssssssssssssssssssssssssss",
        long_key_name: [0, 11],
        x14: true,
        key5: { key: [], long_key_name: "ssssssssssssssssssssssssssssss" },
      },
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  __proto__: null,
                                                                  bb: "sssssssssssssssssssssssssssssssssssssss",
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    __proto__: null,
    key: { bb: null, long_key_name: null, key: 170421.5 },
    bb: 123873,
  },
  {},
  [{ in: { key: "ssssssssssssssssss" } }],
  {
    a: {
      ["__proto__"]: "ssssssssssss",
      a: [0, 11, 22, 33, 44, 55, 66, 77],
      long_key_name: "sss",
    },
    key: true,
    bb: shared,
    x14: "sssssssssssssssssssssss",
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                __proto__: null,
                                                                long_key_name: "",
                                                                "my key": { "my key": null },
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    long_key_name: "ssssssssssssssssssssssssssssssssssssss",
    key: "ssssssssssssss",
    long_key_name4: shared,
    long_key_name5: "sssssssssssss",
  },
  _v23,
  { __proto__: null, "my key": "sssssssssssssssssssssssssssssssssssssss" },
  { in: _v24 },
  {
    __proto__: null,
    ["__proto__"]: null,
    bb: "ssssssssss",
    long_key_name: "ssssssssssssssss",
    a: "sssssssssssssssss",
  },
  {
    in: [
      {
        in: {
          __proto__: null,
          x1: "sssssssssssssssssssssssssssssss",
          ["__proto__"]: "sssssssss",
          a: {},
          bb4: null,
        },
      },
    ],
  },
  {
    in: [
      {
        in: {
          x1: true,
          bb: _v25,
          long_key_name: 149938.25,
          "my key4": {
            ["__proto__"]: { key: "ssssssssssssssssssssssssssssssssssss" },
            key: "ssssssssssssssssssssssssss",
          },
        },
      },
    ],
  },
  [{ in: { ["__proto__"]: 120592.25, x1: null } }],
  { in: {} },
  {
    in: [
      {
        in: {
          "my key": {
            x1: "ssssssssssssssssssssssssssssss",
            key: 211362.5,
            ["__proto__"]: "ssssssssssssssssssssssssss",
            long_key_name4: { key: "ssssssssssssssssssssssssssssssssss" },
            key5: 220412,
          },
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  { in: [{ in: [{ in: {} }] }] },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    long_key_name: 38821,
    bb: "ssssssssssssssssssssssssssssssssssssss",
    "my key": true,
  },
  { in: [{ in: { key: "ssssss", bb: true } }] },
  { in: {} },
  { in: { "my key": "ssssssssssss", a: "sss" } },
  { a: {}, key: 229924.75, ["__proto__"]: "sssss", x14: { __proto__: null } },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    { in: { "my key": null } },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: {
          "my key": { "my key": true },
          bb: null,
          long_key_name: [0, 11, 22],
          key: 108430,
          x14: "sssssssssssssssssssss",
          __proto__5: 63681.5,
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: {
                                                              key: "sssssssssssssssssssssssssssssssss",
                                                              "my key": "",
                                                              ["__proto__"]: null,
                                                              x14: "sssssssssssssssssssssssss",
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: {
          __proto__: null,
          long_key_name: [0, 11, 22, 33],
          bb: [0, 11, 22, 33, 44, 55],
          x1: {
            ["__proto__"]: {},
            "my key": { ["__proto__"]: true, "my key": true },
            long_key_name: 161354.75,
            bb: 85451,
          },
          __proto__4: "ssssssssssssssssssssssssssss",
          bb5: [0, 11, 22, 33],
        },
      },
    ],
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  key: "sssssssssssssssssssssssssssssssssssss",
                                                                  x1: "ssssssssssssss",
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { x1: 96504, ["__proto__"]: { __proto__: null, "my key": true } },
  [{ in: { long_key_name: true, x1: "sssssssssss", ["__proto__"]: 2647.25 } }],
  { in: {} },
  {
    long_key_name: "ssssssssssss",
    a: {},
    x1: {},
    bb: "sssssssssssssssssssssssssss",
    x14: {
      __proto__: null,
      ["__proto__"]: shared,
      key: {
        a: _v26,
        key: shared,
        ["__proto__"]: [0, 11, 22, 33, 44, 55],
        key4: "ssssssssssssssssssssssssssssssssss",
        x15: [0, 11, 22, 33, 44, 55, 66, 77],
      },
    },
    "my key5": 242534.5,
  },
  { key: {}, a: 208057.25, bb: { __proto__: null, x1: "", a: 181145.75 } },
  {
    in: {
      __proto__: null,
      key: "ssssssssssssssssssssssssssssssssssssss",
      ["__proto__"]: true,
    },
  },
  _v27,
  {
    in: {
      bb: {
        long_key_name: { __proto__: null, key: "" },
        a: {
          "my key": {
            ["__proto__"]: 48962.5,
            x1: "sssssssssssssssssssss",
            bb: null,
          },
          long_key_name: "ssssssssssssssssssssssssssssssssss",
          a4: "sssssssssssssssssssssssssssss",
        },
      },
      ["__proto__"]: "ssssssssss",
      long_key_name: 156140.75,
    },
  },
  {
    in: [
      {
        in: {
          long_key_name: {
            bb: null,
            x1: [0, 11, 22, 33, 44, 55],
            ["__proto__"]: 150280.5,
            key: "sssssss",
          },
          a: shared,
          "my key": "sss",
          x14: {},
        },
      },
    ],
  },
  [
    {
      in: {
        __proto__: null,
        x1: {
          ["__proto__"]: "ssssssssssssssssssssssssssssssssssss",
          bb: shared,
          x1: true,
          key4: "ssssssssssssssssssssssss",
          x15: "ssssssssssss",
        },
        "my key": {
          ["__proto__"]: shared,
          bb: {
            a: {
              bb: 217821,
              x1: "sssssssssssssssssssssssssssssssssssssss",
              long_key_name: "ssss",
              "my key": 33470.25,
              bb4: null,
            },
            key: [0, 11, 22, 33, 44],
          },
        },
        a: [0, 11, 22, 33, 44],
      },
    },
  ],
  {
    __proto__: null,
    "my key": [0, 11, 22, 33, 44, 55],
    bb: "ssssss",
    ["__proto__"]: {
      __proto__: null,
      long_key_name: [0, 11, 22, 33, 44],
      key: { x1: shared },
      "my key": true,
      bb: {
        "my key": [0, 11],
        key: { ["__proto__"]: [0, 11, 22, 33, 44, 55, 66, 77], key: null },
        bb: 102238.25,
        long_key_name: "sssssss",
      },
      __proto__4: _v28,
    },
    a: [0, 11, 22],
    __proto__4: true,
    long_key_name5: {
      a: {
        ["__proto__"]: "sssssssssssssssssss",
        x1: true,
        "my key": "sssssssssssssssssss",
      },
      key: [0, 11],
      ["__proto__"]: 74909.25,
      long_key_name: {
        __proto__: null,
        x1: "ssssssssss",
        ["__proto__"]: { "my key": "ssssssssssssssssssssssssssss" },
        long_key_name: 159560.75,
        x14: 136907.75,
      },
      bb4: [0, 11, 22, 33],
      a5: { __proto__: null, key: true },
    },
  },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  key: {
                                                                    bb: {},
                                                                    long_key_name: true,
                                                                  },
                                                                  long_key_name: null,
                                                                  "my key": 173491.75,
                                                                  x14: "ssssssssssssssssssssssssssssssssss",
                                                                  long_key_name5: {
                                                                    ["__proto__"]: {
                                                                      __proto__: null,
                                                                      a: "sssssssssssssssssssssss",
                                                                      ["__proto__"]: {
                                                                        __proto__: null,
                                                                        ["__proto__"]: null,
                                                                        long_key_name: true,
                                                                        key: "sssssssssssssssssssssss",
                                                                        "my key4": null,
                                                                      },
                                                                      x1: null,
                                                                    },
                                                                  },
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    in: [
      {
        in: {
          a: null,
          bb: {
            bb: {
              bb: "sssssssssssssssssss",
              key: [0, 11, 22, 33, 44, 55, 66],
              a: "ssssss",
              x1: true,
              long_key_name4: "ssssssssssssss",
            },
            key: shared,
            ["__proto__"]: "sssssssssssssssssssssssssssssssssss",
            a: 44083.5,
          },
          ["__proto__"]: "ssssssssss",
          "my key": {
            __proto__: null,
            ["__proto__"]: true,
            a: null,
            bb4: shared,
            x15: "sssssssssssssss",
          },
          bb4: true,
          __proto__5: 199519,
        },
      },
    ],
  },
  { in: _v29 },
  { in: [{ in: { key: "", bb: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99] } }] },
  [{ in: { bb: "ssssssssssss" } }],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: {
                                                            key: "sssssssssssssssssssssssssss",
                                                            x1: "ssssssssssssssss",
                                                            long_key_name: {
                                                              "my key": {
                                                                __proto__: null,
                                                                x1: null,
                                                                ["__proto__"]: shared,
                                                                long_key_name: {
                                                                  key: 60103.5,
                                                                  ["__proto__"]: "sssssssss",
                                                                  bb: null,
                                                                  a4: [0, 11, 22, 33],
                                                                  a5: true,
                                                                },
                                                                __proto__4: null,
                                                              },
                                                              x1: true,
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [{ in: {} }],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: {
                                                            bb: _v31,
                                                            long_key_name: "ssssssssssssssssss",
                                                            "my key": "ssssss",
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { in: [{ in: { long_key_name: { key: "sssss", bb: "ssssssssssss" } } }] },
  [{ in: { __proto__: null } }],
  { in: [{ in: { a: "s", key: 65656.75 } }] },
  {
    in: {
      long_key_name: "ssssssssssssssssssssssssssssssss",
      bb: "ssssssssssssssss",
    },
  },
  {
    in: [
      {
        in: {
          bb: "sssssss",
          long_key_name: "sssssssssss",
          key: null,
          x1: [0, 11, 22, 33, 44, 55],
        },
      },
    ],
  },
  {
    "my key": { __proto__: null, bb: "sssssssssssssssssssssssssssssssssssssss" },
    bb: 174518.75,
  },
  {
    in: {
      a: 17195,
      ["__proto__"]: null,
      "my key": { bb: [0, 11, 22], key: shared },
    },
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                __proto__: null,
                                                                long_key_name: 241811.5,
                                                                a: _v32,
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { __proto__: null },
  [
    {
      in: {
        __proto__: null,
        x1: { key: [0, 11, 22, 33, 44, 55], x1: "sssssssssssssssssssssssss" },
      },
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          "my key": _v33,
                                                          key: true,
                                                          a: "ssssssssssss",
                                                          long_key_name: {
                                                            key: true,
                                                            a: [
                                                              0, 11, 22, 33, 44,
                                                              55, 66,
                                                            ],
                                                            long_key_name: "ssssssssssssssssssss",
                                                            "my key": {
                                                              a: {},
                                                              x1: "sssssssssssssssssss",
                                                            },
                                                            x14: null,
                                                          },
                                                          __proto__4: 144298.75,
                                                          __proto__5: {
                                                            "my key": "ssssssssssssssssssssssssssssssss",
                                                            long_key_name: {
                                                              x1: "sssssssssssssssssssss",
                                                              a: { bb: null },
                                                              ["__proto__"]: {
                                                                __proto__: null,
                                                                bb: "ssssss",
                                                                key: [0, 11],
                                                              },
                                                            },
                                                            key: [0, 11, 22, 33],
                                                          },
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: {
                                                            ["__proto__"]: "ssssssssssss",
                                                            x1: "ssssss",
                                                            "my key": "sssssssssssssssssssssssssssssssssssss",
                                                            bb: null,
                                                            __proto__4: 64667.25,
                                                            bb5: {
                                                              __proto__: null,
                                                              "my key": "sssssssssssssssssssssss",
                                                              key: _v34,
                                                              a: null,
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                long_key_name: {
                                                                  ["__proto__"]: _v35,
                                                                  x1: {
                                                                    x1: "sssssssssssssssssssssss",
                                                                    "my key": "ssssssssssssssssssssss",
                                                                    a: "sssssssss",
                                                                    x14: true,
                                                                    bb5: null,
                                                                  },
                                                                  bb: true,
                                                                  key4: shared,
                                                                },
                                                                "my key": _v36,
                                                                key: {
                                                                  "my key": "sssssssssssssssssssssssssssssssssssssss",
                                                                  long_key_name: "ssssssssssssssssss",
                                                                  a: null,
                                                                },
                                                                "my key4": 36620.5,
                                                                key5: {
                                                                  ["__proto__"]: 197490,
                                                                  x1: 62567.75,
                                                                  key: {},
                                                                },
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [{ in: { __proto__: null } }],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [{ in: [{ in: {} }] }],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  { in: _v37 },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                __proto__: null,
                                                                key: {
                                                                  ["__proto__"]: {
                                                                    __proto__: null,
                                                                    key: null,
                                                                    a: 203601,
                                                                  },
                                                                },
                                                                ["__proto__"]: 34178,
                                                                a: null,
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    { in: { "my key": null } },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { in: _v38 },
  [
    {
      in: {
        ["__proto__"]: "ssssssssssssssssssss",
        a: 106656.25,
        "my key": "sssssssssssssssssssssss",
      },
    },
  ],
  { in: [{ in: _v39 }] },
  {
    in: {
      __proto__: null,
      x1: "sssssssssssssssssssssssssss",
      "my key": 64571,
      a: "ssssssssssssssssssssssssssssssssssss",
    },
  },
  { in: { __proto__: null, x1: "ssssssssssssssssssssss" } },
  _v40,
  {
    "my key": {
      __proto__: null,
      a: {
        __proto__: null,
        a: {
          a: null,
          "my key": true,
          x1: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110],
          bb4: null,
          bb5: [0, 11],
        },
        key: {},
        x1: {
          long_key_name: true,
          bb: 88330.5,
          x1: true,
          key: "sssssssssssssss",
          a4: 203887.75,
          bb5: "sssssssssss",
        },
      },
    },
    x1: "ssssssssss",
    ["__proto__"]: shared,
    a: _v41,
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        { in: [{ in: [{ in: [{ in: {} }] }] }] },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  [{ in: _v42 }],
  { key: null },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  key: "sssssssssssssssssssssssssssss",
                                                                  a: "",
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  _v43,
  [
    {
      in: {
        "my key": [0, 11, 22, 33],
        a: { a: true },
        long_key_name: null,
        ["__proto__"]: null,
        long_key_name4: {
          __proto__: null,
          x1: true,
          "my key": 208094.25,
          ["__proto__"]: { long_key_name: "sssssssssssssssss", a: null },
          x14: true,
          __proto__5: true,
        },
        x15: {
          long_key_name: "ssssssssssssssssssssssssssssssss",
          ["__proto__"]: "ssssssssssssssssssssssssssssssssssss",
          a: true,
          long_key_name4: [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
          bb5: [0, 11, 22, 33, 44, 55, 66, 77, 88],
        },
      },
    },
  ],
  { in: { x1: null, key: 220917.25, long_key_name: "sssssssssss" } },
  [{ in: _v44 }],
  {
    __proto__: null,
    ["__proto__"]: "sssssssssssssssssssss",
    a: { ["__proto__"]: "sssssssssssssssssssssssssssssssssss" },
    bb: {},
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [{ in: [{ in: {} }] }],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: {
          key: { ["__proto__"]: true, long_key_name: true },
          long_key_name: [0, 11, 22],
          "my key": shared,
          __proto__4: shared,
        },
      },
    ],
  },
  { __proto__: null, x1: 110275.5, "my key": null, bb: shared, a: null },
  {
    in: {
      a: { ["__proto__"]: shared },
      "my key": true,
      ["__proto__"]: 59461.5,
      long_key_name: [0, 11, 22, 33, 44],
    },
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: {
                                                        long_key_name: "ssssssssssssssssssssssssssssss",
                                                        ["__proto__"]: "ssssssssssssssssssssssssssss",
                                                      },
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { in: {} },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: [
                                                          {
                                                            in: [
                                                              {
                                                                in: {
                                                                  long_key_name: [0, 11, 22, 33, 44, 55],
                                                                  ["__proto__"]: "ssssssssssssssssssssssssss",
                                                                },
                                                              },
                                                            ],
                                                          },
                                                        ],
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [
    {
      in: [
        {
          in: [
            {
              in: [
                {
                  in: [
                    {
                      in: [
                        {
                          in: [
                            {
                              in: [
                                {
                                  in: [
                                    {
                                      in: [
                                        {
                                          in: [
                                            {
                                              in: [
                                                {
                                                  in: [
                                                    {
                                                      in: [
                                                        {
                                                          in: [
                                                            {
                                                              in: {
                                                                a: true,
                                                                bb: null,
                                                                "my key": shared,
                                                                long_key_name4: shared,
                                                                bb5: "ssssssssssssssssssssssssssssssssssss",
                                                              },
                                                            },
                                                          ],
                                                        },
                                                      ],
                                                    },
                                                  ],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          "my key": [
                                                            0, 11, 22, 33, 44,
                                                            55, 66, 77, 88, 99,
                                                          ],
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    "my key": {
      "my key": true,
      ["__proto__"]: 66241,
      bb: "ssssssssssssssssssssss",
      key: "sssssssssssssssssssssssssssssss",
      "my key4": {},
      a5: "sssssssssssssss",
    },
  },
  {
    in: {
      __proto__: null,
      bb: "ssssssssssssssssssssss",
      "my key": {
        key: {
          __proto__: null,
          a: shared,
          ["__proto__"]: 70162.5,
          bb: null,
          "my key4": {},
        },
        long_key_name: "ssssss",
      },
      long_key_name: {
        __proto__: null,
        "my key": [0, 11, 22, 33, 44, 55, 66, 77, 88, 99],
        ["__proto__"]: { "my key": 2580 },
      },
      key: true,
      x14: 151992.25,
    },
  },
  { in: _v45 },
  {
    in: [
      {
        in: [
          {
            in: [
              {
                in: [
                  {
                    in: [
                      {
                        in: [
                          {
                            in: [
                              {
                                in: [
                                  {
                                    in: [
                                      {
                                        in: [
                                          {
                                            in: [
                                              {
                                                in: [
                                                  {
                                                    in: [
                                                      {
                                                        in: {
                                                          ["__proto__"]: {
                                                            ["__proto__"]: shared,
                                                            key: 68725,
                                                            "my key": "ssssssssssssssssssssssssssssss",
                                                            a: 60045.75,
                                                            x14: "ssssssssssss",
                                                            a5: shared,
                                                          },
                                                          x1: { long_key_name: true },
                                                          "my key": {},
                                                          bb4: {
                                                            long_key_name: true,
                                                            bb: true,
                                                          },
                                                        },
                                                      },
                                                    ],
                                                  },
                                                ],
                                              },
                                            ],
                                          },
                                        ],
                                      },
                                    ],
                                  },
                                ],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  [{ in: { long_key_name: true, a: true, bb: null } }],
];

// Cycles: these statements point back to objects defined above.
_v1.self = _v1;
_v2.self = _v2;
_v3.self = _v3;
_v4.self = _v4;
_v5.self = _v5;
_v6.self = _v6;
_v7.self = _v7;
_v8.self = _v8;
_v9.self = _v9;
_v10.self = _v10;
_v11.self = _v11;
_v12.self = _v12;
_v13.self = _v13;
_v14.self = _v14;
_v15.self = _v15;
_v16.self = _v16;
_v17.self = _v17;
_v18.self = _v18;
_v19.self = _v19;
_v20.self = _v20;
_v21.self = _v21;
_v22.self = _v22;
_v23.self = _v23;
_v24.self = _v24;
_v25.self = _v25;
_v26.self = _v26;
_v27.self = _v27;
_v28.self = _v28;
_v29.self = _v29;
_v30.self = _v30;
_v31.self = _v31;
_v32.self = _v32;
_v33.self = _v33;
_v34.self = _v34;
_v35.self = _v35;
_v36.self = _v36;
_v37.self = _v37;
_v38.self = _v38;
_v39.self = _v39;
_v40.self = _v40;
_v41.self = _v41;
_v42.self = _v42;
_v43.self = _v43;
_v44.self = _v44;
_v45.self = _v45;

// end of persist archive
