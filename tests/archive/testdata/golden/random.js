//// graph 0
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");

// end of persist archive
//// graph 1
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;

// end of persist archive
//// graph 2
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = NaN;

// end of persist archive
//// graph 3
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = Infinity;
export const y = [[await array("y.0.0.npy"), 5e-324, 0]];
const _v1 = "é😀";

export { _v1 as "my-key" };

// end of persist archive
//// graph 4
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1;
export const y = "\u2028";

// end of persist archive
//// graph 5
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([25.875, 26, 10.25]);

// end of persist archive
//// graph 6
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = Infinity;
export const y = null;
const _v1 = new Map();

export { _v1 as "my-key" };

// end of persist archive
//// graph 7
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");

// end of persist archive
//// graph 8
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = new Date("1959-11-09T14:39:29.722Z");
const _v2 = new Set([_v1, Infinity]);
const _v3 = {
  __proto__: null,
  b: { é: _v1, a: _v2 },
  _v1: "\u003c/script>",
  a: ["\u2028"],
};
export const x = { é: _v3 };
export const y = Infinity;
const _v4 = [new Date("1950-10-30T21:00:02.006Z")];

// Cycles: these statements point back to objects defined above.
_v2.add(_v3);

export { _v4 as "my-key" };

// end of persist archive
//// graph 9
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [, null];
export const y = 5e-324;

// Cycles: these statements point back to objects defined above.
x[1] = x;

// end of persist archive
//// graph 10
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";
export const y = { "1": null, a: new Map() };
const _v1 = "";

// Cycles: these statements point back to objects defined above.
y["1"] = y;

export { _v1 as "my-key" };

// end of persist archive
//// graph 11
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [];
export const y = 7n;
const _v1 = -0;

export { _v1 as "my-key" };

// end of persist archive
//// graph 12
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -0;

// end of persist archive
//// graph 13
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;
export const y = true;

// end of persist archive
//// graph 14
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";

// end of persist archive
//// graph 15
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");
export const y = "\u2028";

// end of persist archive
//// graph 16
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");

// end of persist archive
//// graph 17
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Int32Array([89]);
export const y = "\ud800";
const _v1 = 1e+300;

export { _v1 as "my-key" };

// end of persist archive
//// graph 18
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set();
export const y = { "my key": "\u2028" };
const _v1 = new Set([x, {}]);

// Cycles: these statements point back to objects defined above.
x.add(x);

export { _v1 as "my-key" };

// end of persist archive
//// graph 19
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "text";

// end of persist archive
//// graph 20
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1967-08-03T01:38:58.065Z");
export const y = new Map();
const _v1 = "\u003c/script>";

export { _v1 as "my-key" };

// end of persist archive
//// graph 21
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");
export const y = new Set();

// Cycles: these statements point back to objects defined above.
y.add(y);
y.add(["\u003c/script>", new RegExp("x+y", "g"), "text"]);
y.add(Infinity);

// end of persist archive
//// graph 22
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;

// end of persist archive
//// graph 23
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [Infinity];

// end of persist archive
//// graph 24
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Int32Array([]);

// end of persist archive
//// graph 25
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = {};
const _v2 = { __proto__: null, b: null };
const _v3 = new Map([
  [
    new Map([
      [
        new Map([[_v1, 5e-324], [undefined, { "my key": undefined }]]),
        undefined,
      ],
    ]),
    -0,
  ],
]);
export const x = new Set([_v1, 1, { a: _v3 }]);
export const y = NaN;

// Cycles: these statements point back to objects defined above.
_v2.b = _v2;
_v3.set(_v2, x);
_v3.set(false, "\u003c/script>");

// end of persist archive
//// graph 26
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1979-02-02T13:50:08.586Z");
export const y = NaN;

// end of persist archive
//// graph 27
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1.5;

// end of persist archive
//// graph 28
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";

// end of persist archive
//// graph 29
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u2028";
export const y = [];

// end of persist archive
//// graph 30
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { é: new Set() };
const _v1 = [null, Infinity, new RegExp("^a\\.b$", "i")];
export const y = { é: [null], class: _v1, key: new RegExp("^a\\.b$", "i") };

// Cycles: these statements point back to objects defined above.
_v1[0] = y;

// end of persist archive
//// graph 31
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = [null];
const _v2 = [null, _v1];
export const x = new Set([_v2, 7n]);
export const y = 1e+300;

// Cycles: these statements point back to objects defined above.
_v1[0] = _v2;
_v2[0] = x;

export { _v1 as "my-key" };

// end of persist archive
//// graph 32
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = new RegExp("x+y", "g");

// end of persist archive
//// graph 33
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set([5e-324, new Date("2062-06-04T17:22:46.400Z")]);

// end of persist archive
//// graph 34
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [];

// end of persist archive
//// graph 35
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set([""]);

// Cycles: these statements point back to objects defined above.
x.add(x);

// end of persist archive
//// graph 36
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([
  122.5, 1.375, 21.75, 101.625, 82.75, 50.25,
]);
export const y = new Date("2019-06-18T12:06:37.288Z");

// end of persist archive
//// graph 37
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1.5;

// end of persist archive
//// graph 38
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [false, null, "text"];

// Cycles: these statements point back to objects defined above.
x[1] = x;

export { x as y };

// end of persist archive
//// graph 39
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;

// end of persist archive
//// graph 40
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set();
export const y = [
  true,
  1e+300,
  new Set([
    1e+300,
    new Map(),
    [{}, new Date("1993-06-14T16:28:46.524Z"), "\u003c/script>"],
  ]),
];
const _v1 = { a: null, b: -0 };

// Cycles: these statements point back to objects defined above.
_v1.a = _v1;

export { _v1 as "my-key" };

// end of persist archive
//// graph 41
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "";
export const y = Infinity;
const _v1 = 1;

export { _v1 as "my-key" };

// end of persist archive
//// graph 42
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set([-Infinity, -1180591620717411303424n]);
const _v1 = [new RegExp("^a\\.b$", "i")];
export const y = [
  x,
  new Set([[[], _v1, [{ __proto__: null, b: "text" }, _v1, "\ud800"]]]),
];
const _v2 = {
  "1": {
    __proto__: null,
    "my key": "é😀",
    b: new Date("2034-09-26T05:38:47.300Z"),
  },
  b: { __proto__: null, é: "\ud800", b: "é😀" },
  key: -1180591620717411303424n,
};

export { _v2 as "my-key" };

// end of persist archive
//// graph 43
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([["text", undefined]]);

// end of persist archive
//// graph 44
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = new Map();

// Cycles: these statements point back to objects defined above.
x.set(x, new Date("2063-12-09T04:08:48.917Z"));
x.set(await array("x.key.1.npy"), -0);

// end of persist archive
//// graph 45
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = Infinity;

// end of persist archive
//// graph 46
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";
export const y = new RegExp("^a\\.b$", "i");
const _v1 = [y];

export { _v1 as "my-key" };

// end of persist archive
//// graph 47
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { _v1: null, a: NaN };
export const y = "\u003c/script>";

// Cycles: these statements point back to objects defined above.
x._v1 = x;

// end of persist archive
//// graph 48
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = undefined;

// end of persist archive
//// graph 49
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1967-02-12T04:00:45.230Z");

// end of persist archive
//// graph 50
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");
export const y = -1.5;
const _v1 = new Set([5e-324, "\u2028"]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 51
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";
export const y = new Float64Array([
  38.875, 112.125, 16.875, 2.5, 74.25, 28.125,
]);

export { y as "my-key" };

// end of persist archive
//// graph 52
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "";

// end of persist archive
//// graph 53
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Int32Array([110, 113, 63]);
const _v1 = new Date("2030-01-22T12:39:58.233Z");

export { x as y };
export { _v1 as "my-key" };

// end of persist archive
//// graph 54
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = ["é😀", undefined, new Set([true, 5e-324])];
export const y = 7n;

// end of persist archive
//// graph 55
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;
export const y = "${x}";

// end of persist archive
//// graph 56
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2062-10-09T09:45:13.538Z");
export const y = {};

// end of persist archive
//// graph 57
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = new Date("1962-12-04T11:24:39.651Z");
const _v1 = await array("my-key.npy");

export { x as y };
export { _v1 as "my-key" };

// end of persist archive
//// graph 58
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = new Set();
export const x = [_v1];
export const y = -1.5;

// Cycles: these statements point back to objects defined above.
_v1.add(_v1);

// end of persist archive
//// graph 59
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([
  39.875, 52.625, 76.375, 76.125, 39.625, 36.625,
]);
export const y = new Date("2012-06-28T03:36:11.200Z");
const _v1 = new Date("2021-11-16T18:32:29.082Z");

export { _v1 as "my-key" };

// end of persist archive
//// graph 60
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;

// end of persist archive
//// graph 61
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { key: new Set([new Date("2006-02-27T01:59:36.588Z")]) };

// end of persist archive
//// graph 62
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1;
export const y = new Date("1970-03-05T12:44:03.891Z");

// end of persist archive
//// graph 63
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [];
export const y = new RegExp("^a\\.b$", "i");
const _v1 = -0;

export { _v1 as "my-key" };

// end of persist archive
//// graph 64
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;
export const y = Infinity;
const _v1 = true;

export { _v1 as "my-key" };

// end of persist archive
//// graph 65
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set([
  new Map([[{}, { _v1: null }], [true, new Date("2003-09-20T14:29:54.478Z")]]),
]);
export const y = "\u2028";

// end of persist archive
//// graph 66
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2006-06-24T18:25:27.352Z");

// end of persist archive
//// graph 67
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "";
export const y = { class: 0, b: "\u003c/script>" };
const _v1 = [];

export { _v1 as "my-key" };

// end of persist archive
//// graph 68
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = { "my key": null };
const _v2 = { class: _v1, é: undefined };
export const x = [_v2];

// Cycles: these statements point back to objects defined above.
_v1["my key"] = _v2;

// end of persist archive
//// graph 69
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const y = new Set();
export const x = { "1": y, class: [], é: "\u003c/script>" };

// Cycles: these statements point back to objects defined above.
y.add(x);
y.add(0);
y.add(-1.5);

// end of persist archive
//// graph 70
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = new Map([
  [{ class: "" }, false],
  [new RegExp("x+y", "g"), { _v1: 1e+300 }],
]);
const _v1 = undefined;

// Cycles: these statements point back to objects defined above.
y.set(new Set(), y);

export { _v1 as "my-key" };

// end of persist archive
//// graph 71
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");

export { x as y };

// end of persist archive
//// graph 72
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map();
export const y = new Float64Array([34.125, 123.375, 107.125, 69.375]);
const _v1 = Infinity;

// Cycles: these statements point back to objects defined above.
x.set(x, { a: "\u2028" });

export { _v1 as "my-key" };

// end of persist archive
//// graph 73
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([86.25, 109.5]);

// end of persist archive
//// graph 74
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [];
export const y = 7n;
const _v1 = new Set([
  x,
  new Date("2061-01-29T06:22:09.455Z"),
  new Set(),
]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 75
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "text";
export const y = null;
const _v1 = 1e+300;

export { _v1 as "my-key" };

// end of persist archive
//// graph 76
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([6.125]);

// end of persist archive
//// graph 77
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");
export const y = [-1180591620717411303424n];
const _v1 = new RegExp("^a\\.b$", "i");

export { _v1 as "my-key" };

// end of persist archive
//// graph 78
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;

// end of persist archive
//// graph 79
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2048-05-29T22:56:22.297Z");

// end of persist archive
//// graph 80
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;
export const y = true;

// end of persist archive
//// graph 81
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "text";
export const y = new Int32Array([53]);

export { y as "my-key" };

// end of persist archive
//// graph 82
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2038-03-01T13:08:36.489Z");
const _v1 = ["\u2028", ,];

export { x as y };
export { _v1 as "my-key" };

// end of persist archive
//// graph 83
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");

// end of persist archive
//// graph 84
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [];
export const y = new Set(["é😀", new Map()]);

// end of persist archive
//// graph 85
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;
export const y = -1180591620717411303424n;
const _v1 = [""];

export { _v1 as "my-key" };

// end of persist archive
//// graph 86
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = NaN;
export const y = 1e+300;

// end of persist archive
//// graph 87
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;
export const y = new Map();

export { y as "my-key" };

// end of persist archive
//// graph 88
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;
export const y = true;
const _v1 = [];

export { _v1 as "my-key" };

// end of persist archive
//// graph 89
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;

// end of persist archive
//// graph 90
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = { "my key": null };
export const x = new Set([_v1, "\ud800"]);
export const y = [1e+300];
const _v2 = {};

// Cycles: these statements point back to objects defined above.
_v1["my key"] = x;
x.add(x);

export { _v2 as "my-key" };

// end of persist archive
//// graph 91
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u2028";
export const y = false;
const _v1 = undefined;

export { _v1 as "my-key" };

// end of persist archive
//// graph 92
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");

// end of persist archive
//// graph 93
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";

// end of persist archive
//// graph 94
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "${x}";
export const y = "\u003c/script>";

// end of persist archive
//// graph 95
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";
export const y = "${x}";

// end of persist archive
//// graph 96
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set();
export const y = "\ud800";

// end of persist archive
//// graph 97
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = new Date("2032-06-20T08:32:06.537Z");
const _v2 = new Date("1960-01-16T14:10:51.465Z");
export const x = [
  _v1,
  "\ud800",
  new Map([["text", _v1], [{}, _v2], [_v2, -0]]),
];
export const y = new Date("1973-07-31T04:48:08.395Z");
const _v3 = [];

export { _v3 as "my-key" };

// end of persist archive
//// graph 98
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Int32Array([103, 27, 41]);

// end of persist archive
//// graph 99
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = undefined;

// end of persist archive
//// graph 100
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;

// end of persist archive
//// graph 101
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";
const _v1 = new Map([
  [
    -1180591620717411303424n,
    new Float64Array([2.875, 109.625, 42.25, 22.25, 101.75]),
  ],
]);
export const y = new Map([[_v1, new Int32Array([84, 37, 74, 25, 55])]]);

// Cycles: these statements point back to objects defined above.
_v1.set(_v1, new RegExp("x+y", "g"));

// end of persist archive
//// graph 102
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Int32Array([41, 65]);

// end of persist archive
//// graph 103
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = "\u2028";
export const y = "é😀";
const _v1 = await array("my-key.npy");

export { _v1 as "my-key" };

// end of persist archive
//// graph 104
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";

// end of persist archive
//// graph 105
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = [await array("y.0.npy"), new Set(), 7n];

// end of persist archive
//// graph 106
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1970-10-22T03:06:29.545Z");

// end of persist archive
//// graph 107
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = {};
const _v1 = -0;

export { x as y };
export { _v1 as "my-key" };

// end of persist archive
//// graph 108
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = true;
const _v1 = await array("y.get.1e.300.npy");
export const y = new Map([[1e+300, _v1], [Infinity, _v1]]);

// Cycles: these statements point back to objects defined above.
y.set(y, undefined);

// end of persist archive
//// graph 109
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1983-12-24T23:44:40.701Z");
export const y = [
  ,
  { class: false, _v1: "\ud800", a: new Set([""]) },
  undefined,
];

// end of persist archive
//// graph 110
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = new Set([0, await array("x.member.1.npy")]);

// end of persist archive
//// graph 111
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");

// end of persist archive
//// graph 112
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { "my key": null };

// Cycles: these statements point back to objects defined above.
x["my key"] = x;

export { x as y };

// end of persist archive
//// graph 113
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";

// end of persist archive
//// graph 114
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map();
export const y = "\u003c/script>";
const _v1 = "";

export { _v1 as "my-key" };

// end of persist archive
//// graph 115
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set();

// end of persist archive
//// graph 116
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2039-09-28T12:07:54.915Z");

// end of persist archive
//// graph 117
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { é: new Float64Array([53.5, 111.625]) };
export const y = new RegExp("^a\\.b$", "i");
const _v1 = new RegExp("^a\\.b$", "i");

export { _v1 as "my-key" };

// end of persist archive
//// graph 118
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = new Date("2018-12-22T10:09:06.486Z");

// end of persist archive
//// graph 119
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = null;
export const y = -0;

// end of persist archive
//// graph 120
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1994-09-08T02:51:19.901Z");

export { x as y };

// end of persist archive
//// graph 121
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { __proto__: null, _v1: 1e+300, b: Infinity };

// end of persist archive
//// graph 122
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = new Set();
export const y = await array("y.npy");

export { x as "my-key" };

// end of persist archive
//// graph 123
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");
export const y = -Infinity;
const _v1 = "é😀";

export { _v1 as "my-key" };

// end of persist archive
//// graph 124
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { "1": null, "my key": new RegExp("^a\\.b$", "i") };

// Cycles: these statements point back to objects defined above.
x["1"] = x;

// end of persist archive
//// graph 125
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { key: -0 };
export const y = [,];
const _v1 = "\u2028";

export { _v1 as "my-key" };

// end of persist archive
//// graph 126
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = {
  "1": "é😀",
  class: new Map(),
  b: new Float64Array([90.75, 87.375, 24.5, 35.25, 5.25, 5.125]),
};

// end of persist archive
//// graph 127
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;
export const y = [null, Infinity];
const _v1 = [, "\ud800"];

// Cycles: these statements point back to objects defined above.
y[0] = y;

export { _v1 as "my-key" };

// end of persist archive
//// graph 128
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = "";
const _v1 = { "1": null, "my key": null, b: 5e-324 };
export const y = { é: null, _v1 };
const _v2 = await array("my-key.npy");

// Cycles: these statements point back to objects defined above.
_v1["1"] = y;
_v1["my key"] = y;
y.é = y;

export { _v2 as "my-key" };

// end of persist archive
//// graph 129
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 0;

// end of persist archive
//// graph 130
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [,];

// end of persist archive
//// graph 131
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([7.75, 121, 16, 90]);

// end of persist archive
//// graph 132
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = [[false, -1.5, 1], null];
const _v2 = ["${x}", _v1];
export const x = { é: [[_v2, new Date("2039-11-21T22:00:26.428Z")], _v2] };
export const y = 7n;

// Cycles: these statements point back to objects defined above.
_v1[1] = _v2;

// end of persist archive
//// graph 133
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

const _v1 = await array("x.member.0.npy");
export const y = ["\u003c/script>", _v1];
export const x = new Set([_v1, 7n, y]);

// end of persist archive
//// graph 134
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = undefined;
export const y = new Set();
const _v1 = 1e+300;

export { _v1 as "my-key" };

// end of persist archive
//// graph 135
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");

// end of persist archive
//// graph 136
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map();
export const y = "${x}";
const _v1 = new Set();

export { _v1 as "my-key" };

// end of persist archive
//// graph 137
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "${x}";
export const y = undefined;

// end of persist archive
//// graph 138
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const y = [-1180591620717411303424n, null, ,];
export const x = [y];

// end of persist archive
//// graph 139
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1949-08-21T01:37:11.708Z");

// end of persist archive
//// graph 140
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = 1;
const _v1 = "\ud800";

export { _v1 as "my-key" };

// end of persist archive
//// graph 141
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = [new Float64Array([106.125]), await array("x.1.npy"), ,];

// end of persist archive
//// graph 142
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set();
export const y = new Date("2016-05-09T15:40:46.027Z");

// Cycles: these statements point back to objects defined above.
x.add(x);
x.add(new Set([
  new Set([
    { é: new Set([0]), a: "${x}" },
    [],
    [new RegExp("x+y", "g"), {}, ,],
  ]),
]));
x.add("${x}");

// end of persist archive
//// graph 143
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
const _v1 = { b: [] };
export const y = { "1": {}, "my key": _v1, key: _v1 };

// end of persist archive
//// graph 144
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -0;

// end of persist archive
//// graph 145
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([]);
export const y = false;

// end of persist archive
//// graph 146
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = false;

// end of persist archive
//// graph 147
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");

// end of persist archive
//// graph 148
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");

// end of persist archive
//// graph 149
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1.5;
export const y = "\ud800";
const _v1 = -Infinity;

export { _v1 as "my-key" };

// end of persist archive
//// graph 150
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([
  [
    { class: 1e+300 },
    new Map([
      [
        {
          __proto__: null,
          b: { class: { é: 0, _v1: -0, key: "\ud800" } },
          a: 1,
        },
        undefined,
      ],
      [
        0,
        {
          "1": false,
          "my key": new Date("1990-05-13T04:39:18.725Z"),
          class: new Date("1967-03-13T18:38:20.798Z"),
        },
      ],
    ]),
  ],
]);

// end of persist archive
//// graph 151
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = {};
export const x = new Set([
  { "1": [], é: new Date("1967-01-30T18:29:25.595Z"), a: _v1 },
  new Date("1943-10-16T22:07:59.177Z"),
  new Map([
    [_v1, new RegExp("x+y", "g")],
    [new Date("1946-02-21T04:54:05.459Z"), NaN],
    ["${x}", { key: "é😀" }],
  ]),
]);
export const y = 5e-324;

// end of persist archive
//// graph 152
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";
const _v1 = { a: "\ud800" };
const _v2 = new Set();
export const y = [{ _v1: "\u2028", b: _v1 }, "\ud800", _v2];

// Cycles: these statements point back to objects defined above.
_v2.add(_v2);
_v2.add(_v1);

// end of persist archive
//// graph 153
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;
export const y = 5e-324;

// end of persist archive
//// graph 154
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;
export const y = NaN;

// end of persist archive
//// graph 155
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = true;

// end of persist archive
//// graph 156
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = new Map();
const _v2 = new Map([[5e-324, 1e+300], [_v1, [5e-324, 1e+300]]]);
export const x = [_v2, _v2, ,];
const _v3 = -1.5;

// Cycles: these statements point back to objects defined above.
_v1.set(true, _v2);

export { x as y };
export { _v3 as "my-key" };

// end of persist archive
//// graph 157
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;

// end of persist archive
//// graph 158
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = true;
export const y = [];

// end of persist archive
//// graph 159
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = {};
export const y = new Map([[false, 0]]);

// Cycles: these statements point back to objects defined above.
y.set({ __proto__: null, "1": 0 }, y);

export { y as "my-key" };

// end of persist archive
//// graph 160
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = ["text", [-0], false];
export const y = 0;
const _v1 = 1e+300;

export { _v1 as "my-key" };

// end of persist archive
//// graph 161
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = ["text", -Infinity];
export const y = -1180591620717411303424n;
const _v1 = "\u003c/script>";

export { _v1 as "my-key" };

// end of persist archive
//// graph 162
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u2028";
export const y = undefined;

// end of persist archive
//// graph 163
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map();
export const y = new RegExp("^a\\.b$", "i");

// Cycles: these statements point back to objects defined above.
x.set(x, new Date("1963-06-04T04:45:45.187Z"));
x.set(new RegExp("x+y", "g"), -0);

// end of persist archive
//// graph 164
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;
export const y = 1;
const _v1 = new Date("2003-11-14T20:47:09.205Z");

export { _v1 as "my-key" };

// end of persist archive
//// graph 165
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1976-01-05T14:20:33.978Z");
export const y = new Set([x, []]);
const _v1 = new Map();
const _v2 = { "1": new Set(), _v1 };

// Cycles: these statements point back to objects defined above.
_v1.set(_v2, {
  __proto__: null,
  "1": { class: "\u2028" },
  key: new Date("2039-03-20T03:07:29.402Z"),
});
_v1.set([new RegExp("^a\\.b$", "i")], "");

export { _v2 as "my-key" };

// end of persist archive
//// graph 166
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = {};

// end of persist archive
//// graph 167
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = NaN;
export const y = new Map();

// Cycles: these statements point back to objects defined above.
y.set("\u003c/script>", y);

// end of persist archive
//// graph 168
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1989-10-11T13:53:58.447Z");

// end of persist archive
//// graph 169
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";
export const y = new Date("1962-09-28T01:52:19.618Z");
const _v1 = "\u2028";

export { _v1 as "my-key" };

// end of persist archive
//// graph 170
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set([-1180591620717411303424n]);
const _v1 = {};

export { x as y };
export { _v1 as "my-key" };

// end of persist archive
//// graph 171
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2016-12-27T12:07:26.755Z");

// end of persist archive
//// graph 172
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -0;
export const y = [];

// end of persist archive
//// graph 173
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 0;
export const y = "\ud800";
const _v1 = -1180591620717411303424n;

export { _v1 as "my-key" };

// end of persist archive
//// graph 174
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { _v1: {}, a: 0, b: null };
export const y = -1180591620717411303424n;

// Cycles: these statements point back to objects defined above.
x.b = x;

// end of persist archive
//// graph 175
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u2028";
export const y = new RegExp("x+y", "g");

// end of persist archive
//// graph 176
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;
export const y = new RegExp("x+y", "g");
const _v1 = new Map([[{ é: new Map() }, "\ud800"]]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 177
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = true;
export const y = 5e-324;
const _v1 = new Map([[0, [, [""], 1]]]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 178
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";
export const y = [[], [0]];
const _v1 = "é😀";

export { _v1 as "my-key" };

// end of persist archive
//// graph 179
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "${x}";
export const y = 7n;
const _v1 = new Set([
  new RegExp("x+y", "g"),
  new Map([[new Map(), "\u003c/script>"], ["\u2028", new Int32Array([])]]),
  new RegExp("x+y", "g"),
]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 180
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;
export const y = false;
const _v1 = 5e-324;

export { _v1 as "my-key" };

// end of persist archive
//// graph 181
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([[0, ""]]);
export const y = [, 1e+300];
const _v1 = "\u2028";

export { _v1 as "my-key" };

// end of persist archive
//// graph 182
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -Infinity;
export const y = new Date("1994-02-26T21:25:29.264Z");
const _v1 = {};

export { _v1 as "my-key" };

// end of persist archive
//// graph 183
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set();
export const y = new Map();

// Cycles: these statements point back to objects defined above.
y.set([[], ,], y);

// end of persist archive
//// graph 184
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = Infinity;

// end of persist archive
//// graph 185
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = undefined;
export const y = "\ud800";

// end of persist archive
//// graph 186
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { "1": "é😀", key: -Infinity };

// end of persist archive
//// graph 187
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;

// end of persist archive
//// graph 188
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = 5e-324;
export const y = await array("y.npy");
const _v1 = new RegExp("x+y", "g");

export { _v1 as "my-key" };

// end of persist archive
//// graph 189
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2038-06-07T05:46:52.192Z");

// end of persist archive
//// graph 190
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 0;
export const y = 1;

// end of persist archive
//// graph 191
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "";
export const y = new Int32Array([17, 98, 10, 92, 19, 29]);
const _v1 = Infinity;

export { _v1 as "my-key" };

// end of persist archive
//// graph 192
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([["text", 1e+300]]);

// end of persist archive
//// graph 193
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;

// end of persist archive
//// graph 194
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");
const _v1 = new Map([["", 1e+300]]);
export const y = [_v1, { é: _v1, b: true }];

// end of persist archive
//// graph 195
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { __proto__: null };
export const y = 1e+300;
const _v1 = 1e+300;

export { _v1 as "my-key" };

// end of persist archive
//// graph 196
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { class: null };

// Cycles: these statements point back to objects defined above.
x.class = x;

// end of persist archive
//// graph 197
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "text";
export const y = new RegExp("^a\\.b$", "i");
const _v1 = [y, 0];

export { _v1 as "my-key" };

// end of persist archive
//// graph 198
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const y = {
  __proto__: null,
  "1": {
    "1": -1180591620717411303424n,
    class: undefined,
    b: -1180591620717411303424n,
  },
  b: null,
};
export const x = {
  __proto__: null,
  key: [, , "text"],
  é: [new RegExp("^a\\.b$", "i"), new Map([[5e-324, -0], [y, 0]])],
  class: { __proto__: null },
};

// Cycles: these statements point back to objects defined above.
y.b = y;

// end of persist archive
//// graph 199
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = undefined;
export const y = 1;

// end of persist archive
//// graph 200
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";
export const y = "text";

// end of persist archive
//// graph 201
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { __proto__: null, "1": "\u2028", key: "text" };
export const y = "é😀";
const _v1 = "text";

export { _v1 as "my-key" };

// end of persist archive
//// graph 202
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "${x}";
export const y = [NaN, "", new Date("1995-07-28T01:41:47.733Z")];
const _v1 = new Float64Array([
  97.5, 47.875, 86, 96.875, 22.875, 21.625,
]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 203
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = NaN;
export const y = "";

// end of persist archive
//// graph 204
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2010-06-30T19:40:51.995Z");
export const y = { key: new Date("1940-08-29T19:25:38.080Z") };
const _v1 = new Date("1953-06-17T19:02:21.516Z");

export { _v1 as "my-key" };

// end of persist archive
//// graph 205
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "text";
export const y = {};
const _v1 = "text";

export { _v1 as "my-key" };

// end of persist archive
//// graph 206
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = true;

// end of persist archive
//// graph 207
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { a: 0, é: true, "my key": null };
export const y = new Date("2038-08-03T14:16:59.424Z");
const _v1 = [""];

// Cycles: these statements point back to objects defined above.
x["my key"] = x;

export { _v1 as "my-key" };

// end of persist archive
//// graph 208
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([
  [
    {
      b: new Float64Array([58]),
      "my key": [new RegExp("x+y", "g"), new Date("2058-03-11T14:47:03.275Z")],
    },
    undefined,
  ],
  [new Int32Array([29, 16, 110, 43, 123]), []],
]);

// end of persist archive
//// graph 209
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [null, null, new Date("1989-01-02T03:31:21.043Z")];
export const y = null;
const _v1 = ["\u003c/script>", { __proto__: null, class: x }];

// Cycles: these statements point back to objects defined above.
x[0] = x;
x[1] = x;

export { _v1 as "my-key" };

// end of persist archive
//// graph 210
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = true;
export const y = "é😀";

// end of persist archive
//// graph 211
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "";

// end of persist archive
//// graph 212
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";

// end of persist archive
//// graph 213
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1958-03-21T15:04:37.132Z");
export const y = [new Map([[x, NaN], [-Infinity, "é😀"]]), [], 7n];
const _v1 = -Infinity;

export { _v1 as "my-key" };

// end of persist archive
//// graph 214
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 0;

// end of persist archive
//// graph 215
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");
export const y = undefined;
const _v1 = "\u003c/script>";

export { _v1 as "my-key" };

// end of persist archive
//// graph 216
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");

// end of persist archive
//// graph 217
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1;

// end of persist archive
//// graph 218
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = "\u2028";
const _v1 = new Set();

export { _v1 as "my-key" };

// end of persist archive
//// graph 219
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";
export const y = [, null, ,];
const _v1 = false;

// Cycles: these statements point back to objects defined above.
y[1] = y;

export { _v1 as "my-key" };

// end of persist archive
//// graph 220
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u2028";
export const y = new Float64Array([99.75, 58.875, 104.375, 29.375]);

// end of persist archive
//// graph 221
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([117.5, 73.75, 61.625, 108.875]);
export const y = new RegExp("x+y", "g");
const _v1 = new Date("1966-11-16T00:16:46.092Z");

export { _v1 as "my-key" };

// end of persist archive
//// graph 222
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "";
export const y = new RegExp("^a\\.b$", "i");

// end of persist archive
//// graph 223
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [, null, []];

// Cycles: these statements point back to objects defined above.
x[1] = x;

// end of persist archive
//// graph 224
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map();

// end of persist archive
//// graph 225
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2016-07-23T21:48:35.560Z");
export const y = new Set(["\u2028", new Map()]);
const _v1 = new Set();

// Cycles: these statements point back to objects defined above.
y.add(y);

export { _v1 as "my-key" };

// end of persist archive
//// graph 226
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set();
const _v1 = [null, null];
export const y = { key: undefined, b: _v1 };

// Cycles: these statements point back to objects defined above.
x.add(x);
_v1[0] = y;
_v1[1] = y;

export { x as "my-key" };

// end of persist archive
//// graph 227
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";
export const y = Infinity;

// end of persist archive
//// graph 228
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { a: undefined };
export const y = new Set(["${x}"]);
const _v1 = 7n;

export { _v1 as "my-key" };

// end of persist archive
//// graph 229
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = true;
export const y = NaN;
const _v1 = 1;

export { _v1 as "my-key" };

// end of persist archive
//// graph 230
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [];

// end of persist archive
//// graph 231
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";
export const y = new Date("2014-05-23T15:10:48.115Z");

// end of persist archive
//// graph 232
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1992-11-01T19:37:11.903Z");
export const y = "\u003c/script>";
const _v1 = new Int32Array([120, 4]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 233
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map();
export const y = "\ud800";

// end of persist archive
//// graph 234
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = new RegExp("x+y", "g");

// end of persist archive
//// graph 235
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";

// end of persist archive
//// graph 236
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = undefined;

// end of persist archive
//// graph 237
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([["é😀", {}]]);
export const y = -1.5;

// end of persist archive
//// graph 238
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = ["\ud800"];
export const y = Infinity;

// end of persist archive
//// graph 239
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = new RegExp("x+y", "g");
const _v2 = [
  new Float64Array([61.125, 97, 15.125, 68.375, 78.75]),
  "text",
  null,
];
const _v3 = new Map([[_v1, [_v1, new Float64Array([11.75])]]]);
export const x = new Map([[-1.5, 1e+300]]);
export const y = -Infinity;

// Cycles: these statements point back to objects defined above.
_v2[2] = _v3;
_v3.set(new RegExp("^a\\.b$", "i"), _v3);
_v3.set(new Date("1953-02-14T03:36:14.259Z"), [_v2, { __proto__: null }]);
x.set(x, _v3);

// end of persist archive
//// graph 240
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;
export const y = Infinity;

// end of persist archive
//// graph 241
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = ["text"];
const _v1 = "\u2028";

export { x as y };
export { _v1 as "my-key" };

// end of persist archive
//// graph 242
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = [];
export const x = [_v1, _v1];

// end of persist archive
//// graph 243
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";
export const y = new Date("2032-03-02T11:26:58.161Z");
const _v1 = NaN;

export { _v1 as "my-key" };

// end of persist archive
//// graph 244
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1956-04-28T01:54:43.212Z");
export const y = true;
const _v1 = "text";

export { _v1 as "my-key" };

// end of persist archive
//// graph 245
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;

// end of persist archive
//// graph 246
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([113.5]);
export const y = { b: x, key: "é😀", _v1: true };
const _v1 = [new RegExp("x+y", "g")];

export { _v1 as "my-key" };

// end of persist archive
//// graph 247
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = [null, { a: "\u2028" }];
export const x = [
  _v1,
  7n,
  [
    new Map(),
    new Map([
      [new RegExp("x+y", "g"), { é: Infinity }],
      [new Float64Array([45.25, 8.25]), 7n],
    ]),
  ],
];

// Cycles: these statements point back to objects defined above.
_v1[0] = _v1;

// end of persist archive
//// graph 248
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [new Int32Array([14, 68, 84, 9, 36, 88])];

// end of persist archive
//// graph 249
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [,];
export const y = new Map([
  [new RegExp("x+y", "g"), -1180591620717411303424n],
]);
const _v1 = -1180591620717411303424n;

export { _v1 as "my-key" };

// end of persist archive
//// graph 250
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u003c/script>";
export const y = [[undefined]];
const _v1 = 1;

export { _v1 as "my-key" };

// end of persist archive
//// graph 251
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";
export const y = -0;

// end of persist archive
//// graph 252
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([99.375]);
export const y = -Infinity;

// end of persist archive
//// graph 253
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = Infinity;

// end of persist archive
//// graph 254
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1999-09-25T15:30:03.793Z");

// end of persist archive
//// graph 255
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = Infinity;

// end of persist archive
//// graph 256
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Set([[]]);
export const y = new Date("1975-03-01T01:29:38.924Z");

// end of persist archive
//// graph 257
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = { b: null, a: null, _v1: "text" };
export const x = new Set([_v1, [[], -Infinity, new Map()]]);
export const y = [];

// Cycles: these statements point back to objects defined above.
_v1.b = _v1;
_v1.a = _v1;

// end of persist archive
//// graph 258
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("2033-08-21T02:19:37.250Z");
export const y = 1e+300;
const _v1 = new Set(["\u2028"]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 259
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = new Date("2014-07-20T22:59:51.725Z");
export const y = await array("y.npy");
const _v1 = new RegExp("x+y", "g");

export { _v1 as "my-key" };

// end of persist archive
//// graph 260
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\ud800";
export const y = NaN;

// end of persist archive
//// graph 261
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");
export const y = true;

// end of persist archive
//// graph 262
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const y = new Date("1974-05-07T09:14:36.217Z");
const _v1 = { "my key": null, a: { _v1: {}, a: undefined, key: y } };
export const x = { "my key": _v1 };

// Cycles: these statements point back to objects defined above.
_v1["my key"] = x;

// end of persist archive
//// graph 263
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");

// end of persist archive
//// graph 264
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 7n;

// end of persist archive
//// graph 265
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = "text";
const _v1 = { a: null, "my key": 5e-324 };

export { _v1 as "my-key" };

// end of persist archive
//// graph 266
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";
export const y = [true];

// end of persist archive
//// graph 267
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;
export const y = "\u003c/script>";

// end of persist archive
//// graph 268
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");

// end of persist archive
//// graph 269
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");

// end of persist archive
//// graph 270
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 5e-324;
export const y = new Float64Array([]);

// end of persist archive
//// graph 271
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([["\u2028", "${x}"]]);

// end of persist archive
//// graph 272
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = false;

// end of persist archive
//// graph 273
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");
export const y = [{ _v1: "\ud800", é: 1 }, [,], new Set([NaN, 0])];

// end of persist archive
//// graph 274
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u2028";

// end of persist archive
//// graph 275
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -Infinity;
export const y = 1;

// end of persist archive
//// graph 276
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "\u2028";
export const y = [[], ""];
const _v1 = NaN;

export { _v1 as "my-key" };

// end of persist archive
//// graph 277
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 1e+300;

// end of persist archive
//// graph 278
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = {
  "1": "é😀",
  class: [{ __proto__: null, _v1: "\ud800" }],
};
export const y = "é😀";

// end of persist archive
//// graph 279
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = { __proto__: null };
export const y = NaN;
const _v1 = new RegExp("^a\\.b$", "i");
const _v2 = new Map([[_v1, _v1]]);

export { _v2 as "my-key" };

// end of persist archive
//// graph 280
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "${x}";

// end of persist archive
//// graph 281
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [];

// end of persist archive
//// graph 282
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;

// end of persist archive
//// graph 283
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("x+y", "g");
export const y = new RegExp("x+y", "g");
const _v1 = new Set(["\u003c/script>", 0]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 284
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new RegExp("^a\\.b$", "i");
export const y = -1.5;

// end of persist archive
//// graph 285
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [-1180591620717411303424n];
export const y = [null];

// end of persist archive
//// graph 286
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map([
  [new RegExp("^a\\.b$", "i"), 5e-324],
  [new Date("2046-06-30T22:05:04.482Z"), { class: "text", key: -Infinity }],
  [new Date("2049-02-13T15:00:10.871Z"), null],
]);

// end of persist archive
//// graph 287
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = NaN;

// end of persist archive
//// graph 288
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

const _v1 = new Set();
export const x = new Map();

// Cycles: these statements point back to objects defined above.
_v1.add(_v1);
_v1.add(undefined);
_v1.add({});
x.set(true, x);
x.set(_v1, []);
x.set(await array("x.key.2.npy"), NaN);

// end of persist archive
//// graph 289
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Map();

// end of persist archive
//// graph 290
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

const _v1 = new Set();
export const y = {
  __proto__: null,
  "1": _v1,
  _v1: new Set([
    [-0],
    "\u003c/script>",
    new Map([
      [NaN, new Date("1946-07-07T01:58:11.778Z")],
      [
        new Int32Array([105, 78, 63, 115, 118]),
        [new RegExp("x+y", "g"), -0, ,],
      ],
      [5e-324, new Set([5e-324, -1.5])],
    ]),
  ]),
};
export const x = [false, -Infinity, y];
const _v2 = [];

// Cycles: these statements point back to objects defined above.
_v1.add(x);
_v1.add(y);

export { _v2 as "my-key" };

// end of persist archive
//// graph 291
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

import { array } from "./_persist.js";

export const x = await array("x.npy");
export const y = -Infinity;
const _v1 = new Set();

export { _v1 as "my-key" };

// end of persist archive
//// graph 292
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Float64Array([84.375, 86.875, 57.375, 88.125, 51]);
export const y = -Infinity;

// end of persist archive
//// graph 293
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = new Date("1977-02-22T19:24:29.695Z");

// end of persist archive
//// graph 294
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -1180591620717411303424n;
export const y = NaN;

// end of persist archive
//// graph 295
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = [Infinity, , "text"];
export const y = -0;
const _v1 = new Set([Infinity]);

export { _v1 as "my-key" };

// end of persist archive
//// graph 296
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = 7n;
export const y = "\u003c/script>";
const _v1 = "";

export { _v1 as "my-key" };

// end of persist archive
//// graph 297
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = -0;
export const y = { "1": 1 };
const _v1 = false;

export { _v1 as "my-key" };

// end of persist archive
//// graph 298
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = {};
export const y = "é😀";

// end of persist archive
//// graph 299
// persist archive, format 1
// Plain JavaScript: import() it, or load() it with @persist/persist, which
// reads it without running it. Before editing, see docs/FORMAT.md there.

export const x = "é😀";
export const y = [null, ,];
const _v1 = "\ud800";

// Cycles: these statements point back to objects defined above.
y[0] = y;

export { _v1 as "my-key" };

// end of persist archive
