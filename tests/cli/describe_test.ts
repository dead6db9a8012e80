// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NDArray } from "../../mod.ts";
import {
  describeValue,
  formatBytes,
  formatShape,
  placeholderClass,
  sizeText,
} from "../../lib/cli/mod.ts";

Deno.test("describeValue() gives type, shape, dtype, bytes and length of every kind of value", () => {
  const Point = placeholderClass("./p.js", "Point");
  const cases: [unknown, object][] = [
    [1, { type: "number" }],
    [null, { type: "null" }],
    ["abc", { type: "string", length: 3 }],
    [[1, 2], { type: "Array", length: 2 }],
    [new Map([[1, 2]]), { type: "Map", length: 1 }],
    [new Set(), { type: "Set", length: 0 }],
    [Object.create(null), { type: "Object", length: 0 }],
    [new Date(0), { type: "Date" }],
    [new Uint8ClampedArray(3), {
      type: "Uint8ClampedArray",
      shape: [3],
      dtype: "|u1",
      bytes: 3,
    }],
    [
      new NDArray(new Float64Array(4), [2], { dtype: "<c16" }),
      { type: "NDArray", shape: [2], dtype: "<c16", bytes: 32 },
    ],
    [new DataView(new ArrayBuffer(5)), { type: "DataView", bytes: 5 }],
    [new Point(1), { type: "Point", module: "./p.js" }],
  ];
  for (const [value, summary] of cases) {
    assert.deepEqual(describeValue(value), summary);
  }
});

Deno.test("describeValue() takes shape, dtype and size of a stub from the header, not the empty data", () => {
  const stub = {
    file: "y.npy",
    dtype: "<c8",
    shape: [10, 3],
    itemSize: 8,
    lanes: 2,
  };
  const data = new Float32Array(0);
  const nd = new NDArray(data, [0], { dtype: "<c8" });
  assert.deepEqual(describeValue(nd, () => stub), {
    type: "NDArray",
    shape: [10, 3],
    dtype: "<c8",
    bytes: 240,
    file: "y.npy",
  });
  assert.deepEqual(describeValue(data, () => stub), {
    type: "Float32Array",
    shape: [60],
    dtype: "<f4",
    bytes: 240,
    file: "y.npy",
  });
});

Deno.test("formatBytes(), formatShape() and sizeText() read like NumPy and ls -h", () => {
  assert.equal(formatBytes(1023), "1023 B");
  assert.equal(formatBytes(1024), "1.0 KiB");
  assert.equal(formatBytes(2 ** 40), "1.0 TiB");
  assert.equal(formatShape([]), "()");
  assert.equal(sizeText({ type: "Map", length: 2 }), "2 entries");
  assert.equal(sizeText({ type: "Array", length: 1 }), "1 item");
  assert.equal(sizeText({ type: "number" }), "");
});
