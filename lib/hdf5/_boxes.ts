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
