// Copyright 2026 the persist authors. MIT license.
// Hdf5Reader.readSelection() gives what readNpySelection() gives from the
// same array in a .npy file, for every dtype and memory order, with slabs
// cut small; and it reads only the elements picked.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Hdf5Reader, NDArray, writeHdf5, writeNpy } from "../../mod.ts";
import { type AxisPick, readNpySelection } from "../../lib/npy/mod.ts";
import { withTempDir } from "../_util.ts";

const ARRAYS: Record<string, NDArray> = {
  f8: new NDArray(new Float64Array(103).map((_, i) => i / 7 - 5)),
  i4_c: new NDArray(new Int32Array(21 * 17).map((_, i) => i * 37 - 600), [
    21,
    17,
  ]),
  f4_f3: new NDArray(
    new Float32Array(7 * 5 * 6).map((_, i) => i / 3),
    [7, 5, 6],
    { order: "F" },
  ),
  c16_f: new NDArray(
    new Float64Array(2 * 20 * 15).map((_, i) => (i % 2 ? -i : i)),
    [20, 15],
    { order: "F", dtype: "<c16" },
  ),
  b1: new NDArray(new Uint8Array(60 * 2).map((_, i) => i % 3 === 0 ? 1 : 0), [
    60,
    2,
  ], { dtype: "|b1" }),
  i8: new NDArray(new BigInt64Array(150).map((_, i) => BigInt(i) * 10n ** 12n)),
  f2: new NDArray(new Float16Array(64).map((_, i) => i / 4)),
  u3_f: new NDArray(
    Array.from({ length: 12 * 10 }, (_, i) => `é${i % 100}`),
    [12, 10],
    { order: "F", dtype: "<U3" },
  ),
  scalar: new NDArray(new Float64Array([2.5]), []),
  empty: new NDArray(new Int16Array(0), [0, 5]),
};

/** Picks for an axis of `n`: ranges up and down, lists, one index. */
function axisPicks(n: number): AxisPick[] {
  if (n === 0) {
    return [{ indices: { start: 0, step: 1, count: 0 }, keep: true }];
  }
  const picks: AxisPick[] = [
    { indices: { start: 0, step: 1, count: n }, keep: true },
    { indices: { start: n - 1, step: -1, count: n }, keep: true },
    {
      indices: { start: 1 % n, step: 3, count: Math.ceil((n - 1 % n) / 3) },
      keep: true,
    },
    {
      indices: { start: n - 1, step: -4, count: Math.ceil(n / 4) },
      keep: true,
    },
    { indices: [n - 1], keep: false },
    { indices: [0], keep: true },
    // A summary's edges, and a list going down and repeating.
    {
      indices: n > 6 ? [0, 1, 2, n - 3, n - 2, n - 1] : [...Array(n).keys()],
      keep: true,
    },
    { indices: [n - 1, Math.floor(n / 2), Math.floor(n / 2), 0], keep: true },
  ];
  return picks;
}

/** A few combinations of picks for a shape (not every one: too many). */
function combinations(shape: number[]): AxisPick[][] {
  if (shape.length === 0) return [[]];
  const per = shape.map(axisPicks);
  const out: AxisPick[][] = [];
  const longest = Math.max(...per.map((p) => p.length));
  for (let k = 0; k < longest; k++) {
    for (let shift = 0; shift < 3; shift++) {
      out.push(per.map((p, axis) => p[(k + shift * axis) % p.length]));
    }
  }
  return out;
}

Deno.test("Hdf5Reader.readSelection() gives what readNpySelection() gives, for every dtype and order, in slabs of any size", async () => {
  await withTempDir(async (dir) => {
    const h5 = join(dir, "a.h5");
    await writeHdf5(h5, ARRAYS);
    let checked = 0;
    for (const sliceBytes of [40, 1 << 20]) {
      await using reader = await Hdf5Reader.open(h5, { sliceBytes });
      for (const [name, array] of Object.entries(ARRAYS)) {
        const npy = join(dir, `${name}.npy`);
        await writeNpy(npy, array);
        for (const axes of combinations([...array.shape])) {
          const expected = await readNpySelection(npy, axes);
          const got = await reader.readSelection(name, axes);
          const where = `${name} ${JSON.stringify(axes)} in ${sliceBytes} B`;
          assert.deepEqual(
            [got.dtype, got.shape, got.order],
            [expected.dtype, expected.shape, expected.order],
            where,
          );
          assert.deepEqual(got.data, expected.data, where);
          checked++;
        }
      }
    }
    assert.ok(checked > 300, `only ${checked} selections`);
  });
});

Deno.test("Hdf5Reader.readSelection() refuses picks that do not fit the dataset, as readNpySelection() does", async () => {
  await withTempDir(async (dir) => {
    const h5 = join(dir, "a.h5");
    await writeHdf5(h5, { m: ARRAYS.i4_c });
    await using reader = await Hdf5Reader.open(h5);
    await assert.rejects(
      () => reader.readSelection("m", [{ indices: [0], keep: false }]),
      new RangeError(
        `Cannot select from dataset "/m" of "${h5}": its array has 2 axes, not 1`,
      ),
    );
    await assert.rejects(
      () =>
        reader.readSelection("m", [
          { indices: [21], keep: true },
          { indices: [0], keep: true },
        ]),
      new RangeError(
        `Cannot select from dataset "/m" of "${h5}": index 21 is out of bounds for an axis of length 21`,
      ),
    );
  });
});

Deno.test("Hdf5Reader.readSelection() and readNpySelection() refuse a range whose start, step or count is not a whole number, and the HDF5 module stays usable; a step between no two indices is ignored", async () => {
  await withTempDir(async (dir) => {
    const data = new Float64Array(2000).map((_, i) => i);
    const h5 = join(dir, "a.h5");
    const npy = join(dir, "a.npy");
    await writeHdf5(h5, { a: new NDArray(data, [2000]) });
    await writeNpy(npy, new NDArray(data, [2000]));
    await using reader = await Hdf5Reader.open(h5);
    const bad: AxisPick["indices"][] = [
      { start: 0, step: 0.5, count: 3 },
      { start: 0, step: 1, count: -2 },
      { start: 0.5, step: 1, count: 2 },
      { start: 0, step: 1, count: 1.5 },
    ];
    for (const indices of bad) {
      const what = JSON.stringify(indices);
      await assert.rejects(
        () => reader.readSelection("a", [{ indices, keep: true }]),
        (error: Error) =>
          error instanceof RangeError &&
          /a range's (start|step|count) must be a whole number/.test(
            error.message,
          ),
        what,
      );
      await assert.rejects(
        () => readNpySelection(npy, [{ indices, keep: true }]),
        RangeError,
        what,
      );
    }
    // Still usable, and a huge step over one index reads that index.
    for (
      const read of [
        (p: AxisPick[]) => reader.readSelection("a", p),
        (p: AxisPick[]) => readNpySelection(npy, p),
      ]
    ) {
      const one = await read([
        { indices: { start: 7, step: 2 ** 64, count: 1 }, keep: true },
      ]);
      assert.deepEqual([...one.data as Float64Array], [7]);
      const two = await read([
        { indices: { start: 3, step: 5, count: 2 }, keep: true },
      ]);
      assert.deepEqual([...two.data as Float64Array], [3, 8]);
      await assert.rejects(
        () => read([{ indices: [1, 2], keep: false }]),
        /an axis dropped from the result \(keep: false\) takes exactly one index, got 2/,
      );
    }
  });
});

Deno.test("Hdf5Reader.readSelection() stops soon after its signal aborts, also while it reads many small slabs", async () => {
  await withTempDir(async (dir) => {
    const h5 = join(dir, "a.h5");
    await writeHdf5(h5, {
      a: new NDArray(new Float64Array(400_000).map((_, i) => i), [400_000]),
    });
    await using reader = await Hdf5Reader.open(h5);
    // Unevenly spaced elements (0, 4, 6, 10, 12, …): 50 000 slabs of two.
    const picks: AxisPick[] = [{
      indices: Array.from({ length: 100_000 }, (_, i) => 3 * i + i % 2),
      keep: true,
    }];
    const start = performance.now();
    await reader.readSelection(
      "a",
      picks.map((p) => ({
        ...p,
        indices: (p.indices as number[]).slice(0, 2000),
      })),
    );
    const per = (performance.now() - start) / 2000;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const t0 = performance.now();
    await assert.rejects(
      () => reader.readSelection("a", picks, { signal: controller.signal }),
      (error: Error) => error.name === "AbortError",
    );
    const took = performance.now() - t0;
    // The whole read would take about 100 000 × per ms.
    assert.ok(
      took < Math.max(1000, 20_000 * per),
      `aborted after ${took.toFixed(0)} ms (whole read ~${
        (100_000 * per).toFixed(0)
      } ms)`,
    );
  });
});
