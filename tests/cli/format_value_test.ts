// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NDArray } from "../../mod.ts";
import {
  formatValue,
  placeholderClass,
  previewValue,
} from "../../lib/cli/mod.ts";

Deno.test("formatValue() writes primitives as JavaScript literals, -0 and BigInt included", () => {
  assert.equal(
    formatValue([-0, 0, NaN, -Infinity, 2n, undefined, null, true, "a\nb"]),
    '[-0, 0, NaN, -Infinity, 2n, undefined, null, true, "a\\nb"]',
  );
});

Deno.test("formatValue() prints a string given alone as it is, unless rawString is off", () => {
  assert.equal(formatValue("two\nlines"), "two\nlines");
  assert.equal(formatValue("x", { rawString: false }), '"x"');
});

Deno.test("formatValue() marks shared objects and cycles", () => {
  const shared = { a: 1 };
  const cycle: Record<string, unknown> = { name: "c" };
  cycle.self = cycle;
  assert.equal(
    formatValue({ x: shared, y: [shared], cycle }, { width: Infinity }),
    '{ x: <ref *1> { a: 1 }, y: [[Ref *1]], cycle: <ref *2> { name: "c", self: [Circular *2] } }',
  );
});

Deno.test("formatValue() writes holes, Maps, Sets, Dates, RegExps and null-prototype objects", () => {
  const value = [
    [1, , , 4],
    new Map<unknown, unknown>([[1n, "x"]]),
    new Set([1]),
    new Date(0),
    new Date(NaN),
    /a+/g,
    Object.assign(Object.create(null), { k: 1 }),
    { "my key": 1, ok: 2 },
  ];
  assert.equal(
    formatValue(value, { width: Infinity }),
    '[[1, <2 empty items>, 4], Map(1) { 1n => "x" }, Set(1) { 1 }, 1970-01-01T00:00:00.000Z, Invalid Date, /a+/g, [Object: null prototype] { k: 1 }, { "my key": 1, ok: 2 }]',
  );
});

Deno.test("formatValue() breaks containers wider than the width over lines", () => {
  const text = formatValue({ alpha: "a".repeat(30), beta: "b".repeat(30) }, {
    width: 40,
  });
  assert.equal(
    text,
    `{\n  alpha: "${"a".repeat(30)}",\n  beta: "${"b".repeat(30)}"\n}`,
  );
});

Deno.test("formatValue() shows 100 entries and the first 1000 characters unless full", () => {
  const list = Array.from({ length: 150 }, (_, i) => i);
  assert.match(formatValue({ list }), /, 99, \.\.\. 50 more items\n/);
  assert.doesNotMatch(formatValue({ list }, { full: true }), /more items/);
  assert.match(
    formatValue(["x".repeat(1500)], { width: Infinity }),
    /^\["x{1000}"\.\.\. 500 more characters\]$/,
  );
  const keys = Object.fromEntries(list.map((i) => [`k${i}`, i]));
  assert.match(formatValue(keys), /\.\.\. 50 more keys\n\}$/);
});

Deno.test("formatValue() prints arrays inside values on one line, summarized above 10 elements", () => {
  assert.equal(
    formatValue({ y: new Float64Array(11), z: new Int8Array([1, 2]) }),
    "{ y: Float64Array(11) [0, 0, 0, ..., 0, 0, 0], z: Int8Array(2) [1, 2] }",
  );
  assert.equal(
    formatValue([new NDArray(new Int8Array(4), [2, 2]), new ArrayBuffer(2)]),
    "[NDArray(2, 2) |i1 [[0, 0], [0, 0]], ArrayBuffer(2) [0, 0]]",
  );
});

Deno.test("formatValue() writes stand-ins of classes as the archive builds them", () => {
  const Point = placeholderClass("./p.js", "Point");
  const Bag = placeholderClass("./b.js", "Bag");
  const bag = Object.setPrototypeOf(new Set([1]), Bag.prototype);
  const fields = Object.setPrototypeOf({ n: 1 }, Bag.prototype);
  assert.equal(
    formatValue([new Point(1, { z: 2 }), bag, fields]),
    "[new Point(1, { z: 2 }), Bag Set(1) { 1 }, Bag { n: 1 }]",
  );
});

Deno.test("previewValue() is one line with small limits", () => {
  const preview = previewValue({
    a: Array.from({ length: 20 }, (_, i) => i),
    s: "y".repeat(100),
  });
  assert.doesNotMatch(preview, /\n/);
  assert.match(preview, /9, \.\.\. 10 more items\]/);
  assert.match(preview, /"\.\.\. 40 more characters/);
});
