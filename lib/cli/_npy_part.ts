// Copyright 2026 the persist authors. MIT license.

/**
 * `persist get` of a `.npy` array without reading the whole file: a path's
 * indices and slices become a pick per axis of the file's array, and only
 * the picked elements are read (for a big result, only those its summary
 * shows).
 *
 * @module
 */

import {
  type AxisPick,
  type NDArray,
  readNpyHeader,
  readNpySelection,
} from "../npy/mod.ts";
import { ArrayExcerpt } from "./format_array.ts";
import { type PathStep, sliceRange } from "./select_value.ts";

/** The summaries of the tool show arrays of more elements than this. */
const THRESHOLD = 1000;
/** Indices a summary keeps at each end of an axis. */
const EDGE_ITEMS = 3;

/** Options for {@linkcode readNpyPart}. */
export interface ReadNpyPartOptions {
  /**
   * The value in the archive: the typed array of `array()` or the NDArray
   * of `ndarray()` (and of a `.npy` file on its own).
   *
   * @default {"ndarray"}
   */
  as?: "array" | "ndarray";
  /**
   * Read every element picked, not only those a summary shows.
   *
   * @default {false}
   */
  full?: boolean;
}

interface Axis {
  start: number;
  step: number;
  count: number;
  keep: boolean;
}

/**
 * Reads the value that `steps` pick from the array of a `.npy` file: an
 * element, or a typed array or NDArray equal to what indexing the whole
 * array gives, or, when that has more than 1000 elements and `full` is not
 * set, an {@linkcode ArrayExcerpt} holding what its summary shows.
 *
 * Returns `undefined` for what it leaves to reading the whole array: a
 * step that picks nothing (whose error message tells about the whole
 * array), a path going on into an element, or a typed array of complex
 * numbers or of an N-D file.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @param path The `.npy` file.
 * @param steps The path's steps after the array.
 * @param options How the archive reads the array, and whether in full.
 * @returns The value, in a box, or `undefined`.
 */
export async function readNpyPart(
  path: string,
  steps: readonly PathStep[],
  options: ReadNpyPartOptions = {},
): Promise<{ value: unknown } | undefined> {
  const { as = "ndarray", full = false } = options;
  const header = await readNpyHeader(path);
  const typed = as === "array";
  const { dtype } = header;
  if (typed && (dtype.ctor === undefined || dtype.lanes !== 1)) return;
  if (typed && header.shape.length !== 1) return;
  const axes: Axis[] = header.shape.map((count) => ({
    start: 0,
    step: 1,
    count,
    keep: true,
  }));
  let element = false;
  for (const step of steps) {
    const axis = axes.find((a) => a.keep);
    if (element || axis === undefined) return;
    if (typeof step === "object") {
      if (step.step === 0) return;
      const range = sliceRange(axis.count, step);
      axis.start += range.start * axis.step;
      axis.step *= range.step;
      axis.count = range.count;
      continue;
    }
    let index = Number(step);
    if (!Number.isInteger(index)) return;
    if (index < 0) index += axis.count;
    if (index < 0 || index >= axis.count) return;
    axis.start += index * axis.step;
    axis.count = 1;
    axis.keep = false;
    element = !axes.some((a) => a.keep);
  }
  const shape = axes.filter((a) => a.keep).map((a) => a.count);
  const size = shape.reduce((a, b) => a * b, 1);
  if (full || size <= THRESHOLD) {
    const picks: AxisPick[] = axes.map(({ start, step, count, keep }) => ({
      indices: { start, step, count },
      keep,
    }));
    const array = await readNpySelection(path, picks);
    if (element) return { value: typed ? array.data[0] : array.get() };
    return { value: typed ? array.data : array };
  }
  // Along a long axis only the first and last EDGE_ITEMS indices.
  const picks: AxisPick[] = axes.map(({ start, step, count, keep }) => {
    const shown = !keep || count <= 2 * EDGE_ITEMS
      ? [...Array(count).keys()]
      : [...Array(2 * EDGE_ITEMS).keys()].map((k) =>
        k < EDGE_ITEMS ? k : count - 2 * EDGE_ITEMS + k
      );
    return { indices: shown.map((k) => start + k * step), keep };
  });
  const edges = await readNpySelection(path, picks);
  return {
    value: new ArrayExcerpt(
      typed ? edges.data as Exclude<NDArray["data"], string[]> : edges,
      shape,
      EDGE_ITEMS,
    ),
  };
}
