// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NDArray, NotFoundError } from "../../mod.ts";
import { indexFirstAxis, parsePath, selectValue } from "../../lib/cli/mod.ts";

Deno.test("parsePath() splits names, indices and quoted keys, and refuses what is not a path", () => {
  assert.deepEqual(parsePath("a"), ["a"]);
  assert.deepEqual(parsePath('a[2]["b.c"].d'), ["a", 2, "b.c", "d"]);
  assert.equal(parsePath("a["), undefined);
  assert.equal(parsePath(""), undefined);
  assert.equal(parsePath('a["x'), undefined);
});

Deno.test("selectValue() prefers an exact name, then follows a path through arrays, objects, Maps and arrays of numbers", () => {
  const values = {
    "runs[0]": "exact",
    runs: [{ m: new Map<unknown, unknown>([["k", 1], [2, "two"]]) }],
    y: new Float64Array([5, 6]),
    nd: new NDArray(new Int8Array([7, 8]), [2]),
  };
  assert.equal(selectValue(values, "runs[0]", "r"), "exact");
  assert.equal(selectValue(values, "runs.0.m.k", "r"), 1);
  assert.equal(selectValue(values, "runs[0].m[2]", "r"), "two");
  assert.equal(selectValue(values, "y[1]", "r"), 6);
  assert.equal(selectValue(values, "nd[1]", "r"), 8);
});

Deno.test("selectValue() throws NotFoundError saying what is there", () => {
  const values = { runs: [{ a: 1 }], n: 3 };
  assert.throws(() => selectValue(values, "runs[5]", "r"), (e: unknown) => {
    assert.ok(e instanceof NotFoundError);
    assert.match(e.message, /runs has no \[5\] \(it has 1 items\)/);
    assert.equal(e.item, "runs[5]");
    return true;
  });
  assert.throws(
    () => selectValue(values, "n.x", "r"),
    /n has no "x" \(it is a number\)/,
  );
  assert.throws(
    () => selectValue(values, "zzz", "r"),
    /the archive has no value "zzz"; its values are "runs", "n"/,
  );
});

Deno.test("indexFirstAxis() gives the sub-array along the first axis in C and F order, complex values whole", () => {
  // [[0, 1, 2], [3, 4, 5]] in both orders.
  const c = new NDArray(new Int32Array([0, 1, 2, 3, 4, 5]), [2, 3]);
  const f = new NDArray(new Int32Array([0, 3, 1, 4, 2, 5]), [2, 3], {
    order: "F",
  });
  for (const a of [c, f]) {
    const row = indexFirstAxis(a, 1);
    assert.deepEqual(row.shape, [3]);
    assert.deepEqual([0, 1, 2].map((j) => row.get(j)), [3, 4, 5]);
  }
  // 2×2×2 in F order: element (i, j, k) = 100i + 10j + k.
  const data = new Float64Array(8);
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      for (let k = 0; k < 2; k++) {
        data[i + 2 * j + 4 * k] = 100 * i + 10 * j + k;
      }
    }
  }
  const sub = indexFirstAxis(new NDArray(data, [2, 2, 2], { order: "F" }), 1);
  assert.equal(sub.order, "F");
  assert.deepEqual(sub.shape, [2, 2]);
  assert.deepEqual(
    [sub.get(0, 0), sub.get(0, 1), sub.get(1, 0), sub.get(1, 1)],
    [
      100,
      101,
      110,
      111,
    ],
  );
  // Complex: [[1+2j, 3+4j], [5+6j, 7+8j]].
  const z = new NDArray(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]), [2, 2], {
    dtype: "<c16",
  });
  assert.deepEqual(indexFirstAxis(z, 1).get(1), [7, 8]);
  assert.throws(() => indexFirstAxis(c, 2), RangeError);
});

Deno.test("selectValue() indexes N-D arrays row by row and stops where stopAt says", () => {
  const values = {
    m: new NDArray(new Int8Array([1, 2, 3, 4, 5, 6]), [3, 2]),
    y: new Float64Array(4),
  };
  assert.equal(selectValue(values, "m[2][1]", "r"), 6);
  assert.deepEqual([...(selectValue(values, "m[1]", "r") as NDArray).data], [
    3,
    4,
  ]);
  assert.throws(
    () => selectValue(values, "m[3]", "r"),
    /m has no \[3\] \(it is an NDArray of shape \[3, 2\]; indices along its first axis go from 0 to 2\)/,
  );
  const stopAt = (v: unknown) => v === values.y;
  assert.equal(selectValue(values, "y[9]", "r", { stopAt }), values.y);
});
