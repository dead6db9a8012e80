// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Cutting an N-D array into hyperslabs ("boxes") small enough for one wasm
 * call, and moving Fortran-order values into and out of row-major boxes.
 *
 * @module
 */

/**
 * One hyperslab of a dataset whose elements are contiguous in C order: the
 * axes before the split axis have count 1, the split axis a block, the axes
 * after it their full length.
 */
export interface Box {
  /** Start index on each axis. */
  offset: number[];
  /** Length on each axis. */
  count: number[];
  /** Row-major (C) flat index of the box's first element. */
  start: number;
  /** Number of elements in the box. */
  size: number;
}

/**
 * Cuts a dataset of `shape` into boxes of at most `maxBytes` bytes (at least
 * one element each), in row-major order. An array that fits, a 0-d array and
 * an empty array are one box covering everything.
 *
 * @param shape The dataset's axis lengths.
 * @param itemSize Bytes per element.
 * @param maxBytes The most bytes one box may hold.
 * @param chunks The dataset's chunk shape, to cut along chunk boundaries
 * where possible (so no chunk is decompressed twice).
 * @returns The boxes, covering the dataset exactly once.
 */
export function planBoxes(
  shape: readonly number[],
  itemSize: number,
  maxBytes: number,
  chunks?: readonly number[] | null,
): Box[] {
  const total = shape.reduce((a, b) => a * b, 1);
  const cut = splitFor(shape, itemSize, maxBytes);
  if (cut === undefined) {
    return [{
      offset: shape.map(() => 0),
      count: [...shape],
      start: 0,
      size: total,
    }];
  }
  const { split, rowElements } = cut;
  let block = cut.block;
  const chunk = chunks?.[split];
  if (chunk !== undefined && chunk > 0 && block > chunk) {
    block -= block % chunk;
  }
  const boxes: Box[] = [];
  const outer = shape.slice(0, split);
  const index = outer.map(() => 0);
  const outerCount = outer.reduce((a, b) => a * b, 1);
  for (let o = 0; o < outerCount; o++) {
    for (let at = 0; at < shape[split]; at += block) {
      const n = Math.min(block, shape[split] - at);
      const offset = [...index, at, ...shape.slice(split + 1).map(() => 0)];
      const count = [...outer.map(() => 1), n, ...shape.slice(split + 1)];
      const start = (o * shape[split] + at) * rowElements;
      boxes.push({ offset, count, start, size: n * rowElements });
    }
    for (let k = outer.length - 1; k >= 0; k--) {
      if (++index[k] < outer[k]) break;
      index[k] = 0;
    }
  }
  return boxes;
}

/**
 * The chunk shape for writing a dataset of `shape` in boxes of at most
 * `maxBytes`, or `null` when it fits in one box (then it is written
 * contiguous). Chunks are 1 on the axes before the split axis and whole on
 * the axes after it. Along the split axis, HDF5 stores the last chunk whole
 * even when the dataset ends inside it, so the chunk length is balanced:
 * `n` elements in `k` chunks of `ceil(n / k)`, with `k` the fewest chunks
 * that fit in boxes and waste at most 1/64 of the axis. (Chunks of the full
 * box length made an array one element longer than a box take twice its
 * size on disk.)
 *
 * @param shape The dataset's axis lengths.
 * @param itemSize Bytes per element.
 * @param maxBytes The most bytes one box may hold.
 * @returns The chunk shape, or `null` for one contiguous box.
 */
export function planChunks(
  shape: readonly number[],
  itemSize: number,
  maxBytes: number,
): number[] | null {
  const cut = splitFor(shape, itemSize, maxBytes);
  if (cut === undefined) return null;
  const { split, block } = cut;
  const n = shape[split];
  let length = block;
  // k chunks of ceil(n / k) leave less than k elements unused; more chunks
  // leave less (none when k divides n; k = n always does).
  for (let k = Math.ceil(n / block); k <= n; k++) {
    length = Math.ceil(n / k);
    if (length * k - n <= n / 64) break;
  }
  return shape.map((axis, i) => i < split ? 1 : i === split ? length : axis);
}

/**
 * Where a dataset too big for one box is cut: the split axis (the first
 * whose trailing rows fit in one box), the elements of one row after it,
 * and how many rows of the split axis one box holds. `undefined` when the
 * dataset fits in one box (or is 0-d or empty).
 */
function splitFor(
  shape: readonly number[],
  itemSize: number,
  maxBytes: number,
): { split: number; rowElements: number; block: number } | undefined {
  const ndim = shape.length;
  const total = shape.reduce((a, b) => a * b, 1);
  if (ndim === 0 || total === 0 || total * itemSize <= maxBytes) {
    return undefined;
  }
  let split = 0;
  let rowElements = total / shape[0];
  while (split < ndim - 1 && rowElements * itemSize > maxBytes) {
    split++;
    rowElements /= shape[split];
  }
  const block = Math.max(1, Math.floor(maxBytes / (rowElements * itemSize)));
  return { split, rowElements, block: Math.min(block, shape[split]) };
}

/** A flat array of values: any typed array, or strings. */
export type Values = ArrayLike<unknown> & { [i: number]: unknown };

/**
 * Copies elements `start … start + size - 1` (in row-major order) of a
 * Fortran-order array into `dst`, in row-major order: the transpose that
 * lets a row-major HDF5 dataset hold the same matrix.
 *
 * @param src The Fortran-order values.
 * @param shape The array's axis lengths.
 * @param lanes Values per element (2 for complex).
 * @param start The first row-major element.
 * @param size How many elements.
 * @param dst Receives `size * lanes` values.
 */
export function gatherFortran(
  src: Values,
  shape: readonly number[],
  lanes: number,
  start: number,
  size: number,
  dst: Values,
): void {
  walkFortran(shape, start, size, (c, f) => {
    for (let l = 0; l < lanes; l++) dst[c * lanes + l] = src[f * lanes + l];
  });
}

/**
 * The inverse of {@linkcode gatherFortran}: puts `size` row-major elements
 * from `src` at their places in a Fortran-order array.
 *
 * @param src Row-major values of elements `start … start + size - 1`.
 * @param shape The array's axis lengths.
 * @param lanes Values per element (2 for complex).
 * @param start The first row-major element.
 * @param size How many elements.
 * @param dst The Fortran-order array to fill.
 */
export function scatterFortran(
  src: Values,
  shape: readonly number[],
  lanes: number,
  start: number,
  size: number,
  dst: Values,
): void {
  walkFortran(shape, start, size, (c, f) => {
    for (let l = 0; l < lanes; l++) dst[f * lanes + l] = src[c * lanes + l];
  });
}

/**
 * Calls `visit(n, f)` for the row-major elements `start + n`, with `f` the
 * element's Fortran-order flat index.
 */
function walkFortran(
  shape: readonly number[],
  start: number,
  size: number,
  visit: (n: number, f: number) => void,
): void {
  const ndim = shape.length;
  if (ndim < 2) {
    for (let n = 0; n < size; n++) visit(n, start + n);
    return;
  }
  const stride = new Array<number>(ndim);
  stride[0] = 1;
  for (let k = 1; k < ndim; k++) stride[k] = stride[k - 1] * shape[k - 1];
  const index = new Array<number>(ndim);
  let rest = start;
  let f = 0;
  for (let k = ndim - 1; k >= 0; k--) {
    index[k] = rest % shape[k];
    rest = Math.floor(rest / shape[k]);
    f += index[k] * stride[k];
  }
  const last = ndim - 1;
  for (let n = 0; n < size; n++) {
    visit(n, f);
    index[last]++;
    f += stride[last];
    for (let k = last; k > 0 && index[k] === shape[k]; k--) {
      index[k] = 0;
      f -= shape[k] * stride[k];
      index[k - 1]++;
      f += stride[k - 1];
    }
  }
}

/** A regular hyperslab of a dataset: per axis a start, a count and a stride. */
export interface Hyperslab {
  /** The first index on each axis. */
  offset: number[];
  /** How many indices on each axis. */
  count: number[];
  /** The distance between indices on each axis (at least 1). */
  stride: number[];
}

/**
 * Indices along one axis that one hyperslab can read: `count` indices
 * `stride` apart from `first`, going to positions `out`, `out + 1`, … of
 * the result, or, when `reversed`, to the same positions in the opposite
 * order (the last index read goes to `out`).
 */
export interface Run {
  /** The lowest index. */
  first: number;
  /** The distance between indices (at least 1). */
  stride: number;
  /** How many indices. */
  count: number;
  /** The first position in the result. */
  out: number;
  /** Whether the indices go to the result highest first. */
  reversed: boolean;
}

/** A hyperslab to read, and where its elements go in the result. */
export interface Slab extends Hyperslab {
  /** Number of elements. */
  size: number;
  /** The result position, per axis, of the slab's first element. */
  outStart: number[];
  /** `1`, or `-1` on an axis whose elements go to the result backwards. */
  outStep: number[];
}

/**
 * Splits the indices picked along one axis into runs a hyperslab reads: a
 * range is one run (a negative step reads it upwards, reversed), a list of
 * indices one run per stretch of evenly spaced indices (up or down).
 *
 * @example A summary's edges, and a range going down
 * ```ts
 * import { runsOf } from "./_boxes.ts";
 * import assert from "node:assert/strict";
 * const edges = [0, 1, 2, 97, 98, 99];
 * assert.deepEqual(
 *   runsOf({ count: 6, step: undefined, at: (j) => edges[j] }).map((r) => [r.first, r.count, r.out]),
 *   [[0, 3, 0], [97, 3, 3]],
 * );
 * assert.deepEqual(runsOf({ count: 4, step: -3, at: (j) => 9 - 3 * j }), [
 *   { first: 0, stride: 3, count: 4, out: 0, reversed: true },
 * ]);
 * ```
 *
 * @param pick How many indices, their step when they are a range, and each.
 * @returns The runs, in result order.
 */
export function runsOf(
  pick: { count: number; step: number | undefined; at: (j: number) => number },
): Run[] {
  const { count, step, at } = pick;
  if (count === 0) return [];
  if (step !== undefined && step !== 0 && count > 1) {
    return [
      step > 0
        ? { first: at(0), stride: step, count, out: 0, reversed: false }
        : {
          first: at(count - 1),
          stride: -step,
          count,
          out: 0,
          reversed: true,
        },
    ];
  }
  // Evenly spaced indices (a difference other than 0) make one run.
  const runs: Run[] = [];
  for (let j = 0; j < count;) {
    const d = j + 1 < count ? at(j + 1) - at(j) : 0;
    let n = 1;
    if (d !== 0) {
      while (j + n < count && at(j + n) - at(j + n - 1) === d) n++;
    }
    runs.push({
      first: d < 0 ? at(j + n - 1) : at(j),
      stride: n > 1 ? Math.abs(d) : 1,
      count: n,
      out: j,
      reversed: n > 1 && d < 0,
    });
    j += n;
  }
  return runs;
}

/**
 * The hyperslabs that read every combination of one run per axis, each cut
 * into pieces of at most `maxBytes` (at least one element each). No axis
 * gives one slab of one element (a 0-d dataset); an axis without runs
 * gives none.
 *
 * @example Two runs on each of two axes: four slabs
 * ```ts
 * import { planSlabs, runsOf } from "./_boxes.ts";
 * import assert from "node:assert/strict";
 * const edges = [0, 1, 2, 97, 98, 99];
 * const runs = runsOf({ count: 6, step: undefined, at: (j) => edges[j] });
 * const slabs = planSlabs([runs, runs], 8, 1 << 20);
 * assert.deepEqual(slabs.map((s) => s.offset), [[0, 0], [0, 97], [97, 0], [97, 97]]);
 * ```
 *
 * @param runs The runs of each axis.
 * @param itemSize Bytes per element.
 * @param maxBytes The most bytes one slab may hold.
 * @returns The slabs.
 */
export function planSlabs(
  runs: readonly Run[][],
  itemSize: number,
  maxBytes: number,
): Slab[] {
  const ndim = runs.length;
  if (runs.some((r) => r.length === 0)) return [];
  const slabs: Slab[] = [];
  const pick = runs.map(() => 0);
  while (true) {
    const combo = pick.map((k, axis) => runs[axis][k]);
    const boxes = planBoxes(combo.map((r) => r.count), itemSize, maxBytes);
    for (const box of boxes) {
      slabs.push({
        offset: combo.map((r, a) => r.first + box.offset[a] * r.stride),
        count: box.count,
        stride: combo.map((r) => r.stride),
        size: box.size,
        outStart: combo.map((r, a) =>
          r.reversed
            ? r.out + r.count - 1 - box.offset[a]
            : r.out + box.offset[a]
        ),
        outStep: combo.map((r) => (r.reversed ? -1 : 1)),
      });
    }
    let axis = ndim - 1;
    while (axis >= 0 && ++pick[axis] === runs[axis].length) pick[axis--] = 0;
    if (axis < 0) return slabs;
  }
}

/**
 * Tells where a slab's elements go in a C-order result of axis lengths
 * `shape`: calls `put(from, to, n)` for each stretch of `n` elements at
 * `from` in the slab (row-major) that go to `to`, `to + 1`, … of the
 * result.
 *
 * @example A reversed row of 3 elements, into a result of 4
 * ```ts
 * import { placeSlab, planSlabs } from "./_boxes.ts";
 * import assert from "node:assert/strict";
 * const [slab] = planSlabs([[{ first: 5, stride: 1, count: 3, out: 1, reversed: true }]], 8, 64);
 * const puts: number[][] = [];
 * placeSlab(slab, [4], (from, to, n) => puts.push([from, to, n]));
 * assert.deepEqual(puts, [[0, 3, 1], [1, 2, 1], [2, 1, 1]]);
 * ```
 *
 * @param slab The slab.
 * @param shape The result's axis lengths (all axes, kept or not).
 * @param put Receives each stretch.
 */
export function placeSlab(
  slab: Slab,
  shape: readonly number[],
  put: (from: number, to: number, n: number) => void,
): void {
  const ndim = shape.length;
  if (ndim === 0) {
    put(0, 0, 1);
    return;
  }
  const strides = new Array<number>(ndim);
  strides[ndim - 1] = 1;
  for (let a = ndim - 2; a >= 0; a--) {
    strides[a] = strides[a + 1] * shape[a + 1];
  }
  const last = ndim - 1;
  const rows = slab.size / slab.count[last];
  const index = new Array<number>(last).fill(0);
  for (let row = 0; row < rows; row++) {
    let to = 0;
    for (let a = 0; a < last; a++) {
      to += (slab.outStart[a] + index[a] * slab.outStep[a]) * strides[a];
    }
    to += slab.outStart[last];
    const from = row * slab.count[last];
    if (slab.outStep[last] === 1) put(from, to, slab.count[last]);
    else {
      for (let k = 0; k < slab.count[last]; k++) put(from + k, to - k, 1);
    }
    for (let a = last - 1; a >= 0; a--) {
      if (++index[a] < slab.count[a]) break;
      index[a] = 0;
    }
  }
}
