// Copyright 2026 the persist authors. MIT license.
// planChunks() and planBoxes(): the chunk shape of a sliced dataset and the
// boxes it is written in.

import assert from "node:assert/strict";
import { planBoxes, planChunks, runsOf } from "../../lib/hdf5/_boxes.ts";

const MIB = 2 ** 20;

/** Elements HDF5 allocates for a dataset of `shape` in `chunks`. */
function allocated(shape: number[], chunks: number[]): number {
  return shape.reduce(
    (n, axis, i) => n * Math.ceil(axis / chunks[i]) * chunks[i],
    1,
  );
}

Deno.test("planChunks() is null for an array that fits in one slice", () => {
  assert.equal(planChunks([2 ** 23], 8, 64 * MIB), null);
  assert.equal(planChunks([], 8, 8), null);
  assert.equal(planChunks([0, 2 ** 30], 8, 8), null);
});

Deno.test("planChunks() balances the chunks of an array just over the slice size", () => {
  // 64 MiB + 8 B: two chunks of half the array, not a full 64 MiB second chunk.
  assert.deepEqual(planChunks([2 ** 23 + 1], 8, 64 * MIB), [2 ** 22 + 1]);
  // A row longer than a slice is cut along its own axis, balanced too.
  assert.deepEqual(planChunks([2, 2 ** 17 + 1], 8, MIB), [1, 2 ** 16 + 1]);
  // Rows of a third of a slice: chunks of two rows would hold four rows for
  // three (a third more); one row each wastes nothing.
  assert.deepEqual(planChunks([3, 45000], 8, MIB), [1, 45000]);
  // Exact multiples keep full-slice chunks.
  assert.deepEqual(planChunks([3, 3 * 2 ** 25], 8, 64 * MIB), [1, 2 ** 23]);
});

Deno.test("planChunks() chunks fit in a slice and waste at most 1/64 of the array", () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 1 + (seed % n);
  };
  for (let i = 0; i < 2000; i++) {
    const shape = Array.from({ length: random(4) }, () => random(300));
    const itemSize = [1, 2, 4, 8, 16][random(5) - 1];
    const maxBytes = random(4096);
    const chunks = planChunks(shape, itemSize, maxBytes);
    const total = shape.reduce((a, b) => a * b, 1);
    const label = `${shape} × ${itemSize} B in ${maxBytes} B`;
    if (total * itemSize <= maxBytes) {
      assert.equal(chunks, null, label);
      continue;
    }
    assert.notEqual(chunks, null, label);
    const chunkElements = chunks!.reduce((a, b) => a * b, 1);
    assert.ok(
      chunkElements * itemSize <= Math.max(maxBytes, itemSize),
      `${label}: chunks ${chunks}`,
    );
    assert.ok(
      allocated(shape, chunks!) - total <= total / 64,
      `${label}: chunks ${chunks} allocate ${allocated(shape, chunks!)}`,
    );
    // The boxes the writer uses are whole chunks but for the last of a row.
    for (const box of planBoxes(shape, itemSize, maxBytes, chunks)) {
      assert.ok(box.size * itemSize <= Math.max(maxBytes, itemSize), label);
      box.offset.forEach((at, k) =>
        assert.equal(at % chunks![k], 0, `${label}: box at ${box.offset}`)
      );
    }
  }
});

Deno.test("runsOf() makes one run of evenly spaced indices, up or down, and keeps repeats and uneven ones apart", () => {
  const list = (indices: number[]) =>
    runsOf({ count: indices.length, step: undefined, at: (j) => indices[j] })
      .map((r) => [r.first, r.stride, r.count, r.out, r.reversed]);
  const even = Array.from({ length: 1000 }, (_, i) => 2 * i);
  assert.deepEqual(list(even), [[0, 2, 1000, 0, false]]);
  assert.deepEqual(list([...even].reverse()), [[0, 2, 1000, 0, true]]);
  assert.deepEqual(list([0, 1, 2, 97, 98, 99]), [
    [0, 1, 3, 0, false],
    [97, 1, 3, 3, false],
  ]);
  assert.deepEqual(list([5, 5, 5]), [
    [5, 1, 1, 0, false],
    [5, 1, 1, 1, false],
    [5, 1, 1, 2, false],
  ]);
  assert.deepEqual(list([0, 4, 6, 10]), [
    [0, 4, 2, 0, false],
    [6, 4, 2, 2, false],
  ]);
  assert.deepEqual(list([7]), [[7, 1, 1, 0, false]]);
});
