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
