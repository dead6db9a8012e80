// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NDArray, NotFoundError } from "../../mod.ts";
import {
  indexFirstAxis,
  parsePath,
  selectValue,
  sliceFirstAxis,
  sliceIndices,
  UsageError,
} from "../../lib/cli/mod.ts";

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
    /m has no \[3\] \(it is an NDArray of shape \[3, 2\]; indices along its first axis go from 0 to 2, or from -3 to -1 counting from the end\)/,
  );
  const stopAt = (v: unknown) => v === values.y;
  assert.equal(selectValue(values, "y[9]", "r", { stopAt }), values.y);
});

Deno.test("parsePath() reads negative indices and slices with any part left out", () => {
  const slice = (start?: number, stop?: number, step?: number) => ({
    start,
    stop,
    step,
  });
  assert.deepEqual(parsePath("a[-1]"), ["a", -1]);
  assert.deepEqual(parsePath("a[1:3]"), ["a", slice(1, 3)]);
  assert.deepEqual(parsePath("a[:-2]"), ["a", slice(undefined, -2)]);
  assert.deepEqual(parsePath("a[::-1]"), [
    "a",
    slice(undefined, undefined, -1),
  ]);
  assert.deepEqual(parsePath("a[:]"), ["a", slice()]);
  assert.deepEqual(parsePath("a[1:2:3].b"), ["a", slice(1, 2, 3), "b"]);
  assert.equal(parsePath("a[1:2:3:4]"), undefined);
  assert.equal(parsePath("a[--1]"), undefined);
});

Deno.test("sliceIndices() picks the indices Python's slices pick", () => {
  const python: [number | undefined, number | undefined, number | undefined][] =
    [
      [1, 3, undefined],
      [-2, undefined, undefined],
      [undefined, -1, undefined],
      [undefined, undefined, -1],
      [undefined, undefined, 2],
      [4, 0, -2],
      [-10, 10, undefined],
      [10, -10, -1],
      [3, 1, undefined],
      [undefined, undefined, undefined],
    ];
  // range(5)[start:stop:step], as Python gives it.
  const expected = [
    [1, 2],
    [3, 4],
    [0, 1, 2, 3],
    [4, 3, 2, 1, 0],
    [0, 2, 4],
    [4, 2],
    [0, 1, 2, 3, 4],
    [4, 3, 2, 1, 0],
    [],
    [0, 1, 2, 3, 4],
  ];
  python.forEach(([start, stop, step], i) => {
    assert.deepEqual(sliceIndices(5, { start, stop, step }), expected[i]);
  });
  assert.deepEqual(
    sliceIndices(0, { start: -1, stop: undefined, step: -1 }),
    [],
  );
  assert.throws(
    () => sliceIndices(5, { start: 0, stop: 5, step: 0 }),
    RangeError,
  );
});

Deno.test("selectValue() counts negative indices from the end of arrays, typed arrays and N-D arrays", () => {
  const values = {
    list: [1, "a", 3],
    y: new Float64Array([5, 6, 7]),
    m: new NDArray(new Int8Array([1, 2, 3, 4, 5, 6]), [3, 2], { order: "F" }),
    o: { "-1": "key" },
  };
  assert.equal(selectValue(values, "list[-1]", "r"), 3);
  assert.equal(selectValue(values, "list[-3]", "r"), 1);
  assert.equal(selectValue(values, "y[-2]", "r"), 6);
  // F order [[1, 4], [2, 5], [3, 6]]: the last row.
  assert.deepEqual(
    selectValue(values, "m[-1]", "r"),
    selectValue(values, "m[2]", "r"),
  );
  assert.equal(selectValue(values, "m[-1][-2]", "r"), 3);
  assert.equal(selectValue(values, "o[-1]", "r"), "key");
  assert.throws(
    () => selectValue(values, "list[-4]", "r"),
    /list has no \[-4\] \(it has 3 items\)/,
  );
});

Deno.test("selectValue() slices arrays, typed arrays and the first axis of N-D arrays as NumPy does", () => {
  const values = {
    list: [0, 1, , 3, 4],
    y: new Int16Array([0, 1, 2, 3, 4]),
    m: new NDArray(new Int8Array([1, 2, 3, 4, 5, 6]), [3, 2], { order: "F" }),
    s: "text",
  };
  const list = selectValue(values, "list[1:4]", "r") as unknown[];
  assert.deepEqual(list, [1, , 3]);
  assert.ok(!(1 in list)); // a hole stays a hole
  assert.deepEqual(selectValue(values, "list[::-2]", "r"), [4, , 0]);
  const y = selectValue(values, "y[-2:]", "r");
  assert.ok(y instanceof Int16Array);
  assert.deepEqual([...y], [3, 4]);
  assert.deepEqual([...(selectValue(values, "y[5:]", "r") as Int16Array)], []);
  const m = selectValue(values, "m[::-2]", "r") as NDArray;
  assert.deepEqual(m.shape, [2, 2]);
  assert.equal(m.order, "F");
  assert.deepEqual([m.get(0, 0), m.get(0, 1), m.get(1, 0), m.get(1, 1)], [
    3,
    6,
    1,
    4,
  ]);
  assert.equal(selectValue(values, "m[1:][0][1]", "r"), 5);
  assert.throws(
    () => selectValue(values, "s[0:2]", "r"),
    /s has no \[0:2\] \(it is a string\)/,
  );
  assert.throws(
    () => selectValue(values, "y[::0]", "r"),
    (e: unknown) =>
      e instanceof UsageError &&
      /the slice \[::0\] has a step of 0/.test(e.message),
  );
});

Deno.test("sliceFirstAxis() keeps complex values whole and strings in either order", () => {
  // 3 complex numbers (re, im interleaved): rows 2 and 0.
  const z = new NDArray(new Float64Array([1, -1, 2, -2, 3, -3]), [3], {
    dtype: "<c16",
  });
  assert.deepEqual([...sliceFirstAxis(z, [2, 0]).data], [3, -3, 1, -1]);
  const s = new NDArray(["a", "b", "c", "d"], [2, 2], { order: "C" });
  assert.deepEqual(sliceFirstAxis(s, [1]).data, ["c", "d"]);
});
