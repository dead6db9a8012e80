// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NDArray } from "../../mod.ts";
import { arrayHeader, formatArray, formatFloat } from "../../lib/cli/mod.ts";

Deno.test("formatArray() prints every element up to the threshold and head ... tail above it", () => {
  const small = new Int32Array(1000).map((_, i) => i);
  const body = formatArray(small, { header: false, lineWidth: Infinity });
  assert.equal(body.split(",").length, 1000);
  assert.doesNotMatch(body, /\.\.\./);
  const big = new Int32Array(1001).map((_, i) => i);
  assert.equal(
    formatArray(big, { header: false }),
    "[   0,    1,    2, ...,  998,  999, 1000]",
  );
  assert.equal(
    formatArray(big, { header: false, edgeItems: 1 }),
    "[   0, ..., 1000]",
  );
});

Deno.test("formatArray() with full prints every element, however many", () => {
  const big = new Uint8Array(5000).fill(7);
  const body = formatArray(big, { full: true, header: false });
  assert.equal(body.match(/7/g)!.length, 5000);
});

Deno.test("formatArray() summarizes each axis of an N-D array and separates blocks like NumPy", () => {
  const data = new Float64Array(2 * 2000).map((_, i) => i);
  assert.equal(
    formatArray(new NDArray(data, [2, 2000])),
    "NDArray(2, 2000) <f8\n[[   0,    1,    2, ..., 1997, 1998, 1999],\n [2000, 2001, 2002, ..., 3997, 3998, 3999]]",
  );
  const cube = new NDArray(new Int8Array(8).map((_, i) => i), [2, 2, 2]);
  assert.equal(
    formatArray(cube, { header: false }),
    "[[[0, 1],\n  [2, 3]],\n\n [[4, 5],\n  [6, 7]]]",
  );
});

Deno.test("formatArray() reads Fortran-ordered data by index, not by memory position", () => {
  const f = new NDArray(new Int32Array([1, 4, 2, 5, 3, 6]), [2, 3], {
    order: "F",
  });
  assert.equal(
    formatArray(f),
    "NDArray(2, 3) <i4 order F\n[[1, 2, 3],\n [4, 5, 6]]",
  );
});

Deno.test("formatArray() wraps long rows at lineWidth, aligned under the first element", () => {
  const row = new Int32Array(30).fill(12345);
  const text = formatArray(row, { header: false, lineWidth: 40 });
  const lines = text.split("\n");
  assert.ok(lines.every((l) => l.length <= 40), text);
  assert.ok(lines.slice(1).every((l) => l.startsWith(" 12345")), text);
  assert.equal(text.match(/12345/g)!.length, 30);
});

Deno.test("formatArray() prints complex, boolean, string, datetime, 0-d and empty arrays", () => {
  const c = new NDArray(new Float64Array([1, 2, 3, -4, NaN, -0]), [3], {
    dtype: "<c16",
  });
  assert.equal(
    formatArray(c, { header: false, oneLine: true }),
    "[1+2j, 3-4j, NaN-0j]",
  );
  const b = new NDArray(new Uint8Array([1, 0]), [2], { dtype: "|b1" });
  assert.equal(formatArray(b, { header: false }), "[ true, false]");
  const s = new NDArray(["a", 'q"'], [2]);
  assert.equal(formatArray(s, { header: false }), '["a", "q\\""]');
  const t = new NDArray(new BigInt64Array([5n, -(2n ** 63n)]), [2], {
    dtype: "<M8[s]",
  });
  assert.equal(formatArray(t, { header: false, oneLine: true }), "[5, NaT]");
  assert.equal(
    formatArray(new NDArray(new Float64Array([2.5]), [])),
    "NDArray() <f8\n2.5",
  );
  assert.equal(
    formatArray(new NDArray(new Float64Array(0), [0, 3])),
    "NDArray(0, 3) <f8\n[]",
  );
  assert.equal(
    formatArray(new BigUint64Array([2n ** 64n - 1n]), { oneLine: true }),
    "BigUint64Array(1) [18446744073709551615]",
  );
});

Deno.test("formatFloat() keeps 8 significant digits and writes -0, NaN and infinities", () => {
  assert.equal(formatFloat(Math.PI), "3.1415927");
  assert.equal(formatFloat(1e-300), "1e-300");
  assert.equal(formatFloat(123456789012), "123456790000");
  assert.equal(formatFloat(-0), "-0");
  assert.equal(formatFloat(NaN), "NaN");
  assert.equal(formatFloat(-Infinity), "-Infinity");
});

Deno.test("arrayHeader() names the kind, shape and dtype", () => {
  assert.equal(arrayHeader(new Uint8ClampedArray(3)), "Uint8ClampedArray(3)");
  assert.equal(
    arrayHeader(new NDArray(new Float32Array(4), [4])),
    "NDArray(4) <f4",
  );
  assert.equal(
    arrayHeader(new NDArray(new Float32Array(4), [2, 2], { order: "F" })),
    "NDArray(2, 2) <f4 order F",
  );
});
