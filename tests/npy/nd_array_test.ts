// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NDArray } from "../../mod.ts";

Deno.test("NDArray() infers dtype and 1-D shape from a bare typed array", () => {
  const a = new NDArray(new Int32Array([1, 2, 3]));
  assert.equal(a.dtype, "<i4");
  assert.deepEqual(a.shape, [3]);
  assert.equal(a.order, "C");
  assert.equal(a.byteLength, 12);
});

Deno.test("NDArray() counts two values per complex element", () => {
  const z = new NDArray(new Float32Array(8), [2, 2], { dtype: "<c8" });
  assert.equal(z.size, 4);
  assert.equal(z.itemSize, 8);
  assert.deepEqual(z.get(1, 1), [0, 0]);
  assert.throws(
    () => new NDArray(new Float32Array(6), [2, 2], { dtype: "<c8" }),
    /needs 8 values \(2 values per complex element\) but data holds 6/,
  );
});

Deno.test("NDArray() refuses a shape that does not match the data length", () => {
  assert.throws(
    () => new NDArray(new Float64Array(5), [2, 3]),
    (e) =>
      e instanceof RangeError &&
      /shape \[2, 3\]: it needs 6 values but data holds 5/.test(e.message),
  );
});

Deno.test("NDArray() refuses negative or fractional axis lengths", () => {
  assert.throws(
    () => new NDArray(new Float64Array(0), [-1, 0]),
    /shape\[0\] must be a whole number/,
  );
  assert.throws(() => new NDArray(new Float64Array(3), [1.5, 2]), /shape\[0\]/);
});

Deno.test("NDArray() refuses a dtype that does not fit the typed array", () => {
  assert.throws(
    () => new NDArray(new Float64Array(2), [2], { dtype: "<i4" }),
    (e) => e instanceof TypeError && /"<i4" needs a Int32Array/.test(e.message),
  );
});

Deno.test("NDArray() refuses big-endian dtypes, naming the native one", () => {
  assert.throws(
    () => new NDArray(new Float64Array(2), [2], { dtype: ">f8" }),
    /use "<f8"/,
  );
});

Deno.test("NDArray() refuses unknown dtypes and orders", () => {
  assert.throws(
    () => new NDArray(new Float64Array(2), [2], { dtype: "<q9" }),
    /not a supported NumPy descr/,
  );
  const order = "X" as "C"; // a wrong order at run time
  assert.throws(
    () => new NDArray(new Float64Array(2), [2], { order }),
    /order must be "C" or "F"/,
  );
});

Deno.test("NDArray() accepts booleans as a Uint8Array with dtype |b1", () => {
  const b = new NDArray(new Uint8Array([1, 0, 1]), [3], { dtype: "|b1" });
  assert.equal(b.get(2), 1);
});

Deno.test("NDArray() holds unicode strings with an inferred width", () => {
  const s = new NDArray(["a", "héllo"]);
  assert.equal(s.dtype, "<U5");
  assert.equal(s.itemSize, 20);
  assert.throws(
    () => new NDArray(["toolong"], [1], { dtype: "<U3" }),
    /element 0 is longer than 3 characters/,
  );
});

Deno.test("NDArray.get() honours C and F order", () => {
  const c = new NDArray(new Int8Array([0, 1, 2, 3, 4, 5]), [2, 3]);
  const f = new NDArray(new Int8Array([0, 3, 1, 4, 2, 5]), [2, 3], {
    order: "F",
  });
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 3; j++) assert.equal(c.get(i, j), f.get(i, j));
  }
  assert.throws(() => c.get(2, 0), /axis 0 of length 2/);
  assert.throws(() => c.get(0), /2 axes with 1 indices/);
});
