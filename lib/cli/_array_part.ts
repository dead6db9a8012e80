// Copyright 2026 the persist authors. MIT license.

/**
 * `persist get` of an array without reading the whole file: a path's
 * indices and slices become a pick per axis of the file's array, and only
 * the picked elements are read (for a big result, only those its summary
 * shows), from a `.npy` file or an HDF5 dataset. A path that finds nothing
 * is refused from the array's header alone.
 *
 * @module
 */

import type { Hdf5Reader } from "../hdf5/mod.ts";
import {
  type AxisPick,
  type DtypeInfo,
  isTypedArray,
  type NDArray,
  parseDescr,
  readNpy,
  readNpyHeader,
  readNpySelection,
  type TypedArray,
  type TypedArrayConstructor,
} from "../npy/mod.ts";
import { ArrayExcerpt } from "./format_array.ts";
import {
  arrayNote,
  checkSlice,
  indexIn,
  noteOf,
  notFoundAt,
  pathAt,
  type PathPlace,
  type PathStep,
  sliceRange,
  walkPath,
} from "./select_value.ts";

/** The summaries of the tool show arrays of more elements than this. */
const THRESHOLD = 1000;
/** Indices a summary keeps at each end of an axis. */
const EDGE_ITEMS = 3;

/** An array in a file, known by its header, whose elements can be read in part. */
export interface ArraySource {
  /** Axis lengths. */
  readonly shape: readonly number[];
  /** The dtype of the values read (native byte order). */
  readonly dtype: DtypeInfo;
  /** Reads the elements picked along each axis, as `readNpySelection()`. */
  select(axes: AxisPick[]): Promise<NDArray>;
  /** Reads the whole array. */
  read(): Promise<NDArray>;
}

/**
 * The array of a `.npy` file as a source.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @example Element 5
 * ```ts ignore
 * import { npySource, readArrayPart } from "./_array_part.ts";
 * const part = await readArrayPart(await npySource("energy.npy"), [5]);
 * console.log(part?.value);
 * ```
 *
 * @param path The file.
 * @param header Its shape and dtype, when known (else read from the file).
 * @returns The source.
 */
export async function npySource(
  path: string,
  header?: { shape: readonly number[]; dtype: string },
): Promise<ArraySource> {
  const { shape, dtype } = header === undefined
    ? await readNpyHeader(path)
    : { shape: header.shape, dtype: parseDescr(header.dtype)! };
  return {
    shape,
    dtype,
    select: (axes) => readNpySelection(path, axes),
    read: () => readNpy(path),
  };
}

/**
 * A dataset of an open HDF5 file as a source, or `undefined` when it holds
 * no array persist reads, or strings whose width is known only after
 * reading them all (read such a dataset whole).
 *
 * @example The summary of a big dataset
 * ```ts ignore
 * import { hdf5Source, readArrayPart } from "./_array_part.ts";
 * import { Hdf5Reader } from "../hdf5/mod.ts";
 * await using reader = await Hdf5Reader.open("data.h5");
 * const source = await hdf5Source(reader, "/grid/m");
 * const part = source && await readArrayPart(source, []); // an ArrayExcerpt
 * ```
 *
 * @param reader The open file.
 * @param dataset The dataset's path.
 * @param info Its shape and dtype, when known (else asked of `reader`).
 * @returns The source, or `undefined`.
 * @throws {NotFoundError} When there is no such dataset (without `info`).
 */
export async function hdf5Source(
  reader: Hdf5Reader,
  dataset: string,
  info?: { shape: readonly number[] | null; dtype: string | undefined },
): Promise<ArraySource | undefined> {
  const { shape, dtype } = info ?? await reader.info(dataset);
  const parsed = dtype === undefined ? undefined : parseDescr(dtype);
  if (shape === null || parsed === undefined || dtype === "<U") return;
  return {
    shape,
    dtype: parsed,
    select: (axes) => reader.readSelection(dataset, axes),
    read: () => reader.read(dataset),
  };
}

/**
 * How the value the archive builds from an array file views its array:
 * the NDArray `ndarray()` gives, a typed array over its data (`array()`,
 * or `new Uint8ClampedArray(buffer(array(…)))`), the Array of strings
 * `array()` gives of a string array, or a DataView or ArrayBuffer of its
 * bytes.
 */
export type ArrayView =
  | { kind: "ndarray" }
  | { kind: "typed"; type: TypedArrayConstructor }
  | { kind: "list" }
  | { kind: "bytes"; value: object };

/**
 * The view a stand-in of an archive's array is, or `undefined` when it is
 * none of {@linkcode ArrayView} (an NDArray the archive builds itself from
 * the data: it is read whole).
 *
 * @example Views
 * ```ts
 * import { viewOf } from "./_array_part.ts";
 * import assert from "node:assert/strict";
 * const data = new Uint8Array(0);
 * assert.deepEqual(viewOf(new Uint8ClampedArray(data.buffer), undefined), {
 *   kind: "typed",
 *   type: Uint8ClampedArray,
 * });
 * assert.equal(viewOf(new DataView(data.buffer), undefined)?.kind, "bytes");
 * ```
 *
 * @param standIn The stand-in.
 * @param ndarray The stand-in NDArray `ndarray()` gives of the same file.
 * @returns The view, or `undefined`.
 */
export function viewOf(
  standIn: object,
  ndarray: object | undefined,
): ArrayView | undefined {
  if (standIn === ndarray) return { kind: "ndarray" };
  if (isTypedArray(standIn)) {
    return {
      kind: "typed",
      type: standIn.constructor as TypedArrayConstructor,
    };
  }
  if (Array.isArray(standIn)) return { kind: "list" };
  if (standIn instanceof DataView || standIn instanceof ArrayBuffer) {
    return { kind: "bytes", value: standIn };
  }
  return undefined;
}

/** Options for {@linkcode readArrayPart}. */
export interface ReadArrayPartOptions {
  /**
   * How the value views the array.
   *
   * @default {{ kind: "ndarray" }}
   */
  view?: ArrayView;
  /**
   * Read every element picked, not only those a summary shows.
   *
   * @default {false}
   */
  full?: boolean;
  /**
   * The path asked for and where the array is on it, for the messages of
   * a step that finds nothing.
   *
   * @default {{ name: "", where: "", at: "" }}
   */
  place?: PathPlace;
}

interface Axis {
  start: number;
  step: number;
  count: number;
  keep: boolean;
}

/**
 * Reads the value that `steps` pick from an array: an element, or a typed
 * array or NDArray equal to what indexing the whole array gives, or, when
 * that has more than 1000 elements and `full` is not set, an
 * {@linkcode ArrayExcerpt} holding what its summary shows. A step that
 * finds nothing throws the error walking the whole array would, from the
 * header alone.
 *
 * Returns `undefined` for what it leaves to reading the whole array: a
 * value of a view whose elements are not the array's (a typed array of
 * complex numbers, of an N-D array or of another element size, the Array
 * of strings, bytes).
 *
 * Requires `--allow-read` permission for the file (and `--allow-env` for
 * HDF5).
 *
 * @example The last 10 elements, and a refusal
 * ```ts ignore
 * import { npySource, readArrayPart } from "./_array_part.ts";
 * const source = await npySource("energy.npy");
 * const tail = await readArrayPart(source, [{ start: -10, stop: undefined, step: undefined }]);
 * const place = { name: "energy[1e12]", where: "run1", at: "energy" };
 * await readArrayPart(source, [1e12], { place }); // throws NotFoundError
 * ```
 *
 * @param source The array.
 * @param steps The path's steps after the array.
 * @param options The view, whether in full, and the path for messages.
 * @returns The value, in a box, or `undefined`.
 * @throws {NotFoundError} When a step finds nothing.
 * @throws {UsageError} When a slice has a step of 0.
 */
export async function readArrayPart(
  source: ArraySource,
  steps: readonly PathStep[],
  options: ReadArrayPartOptions = {},
): Promise<{ value: unknown } | undefined> {
  const {
    view = { kind: "ndarray" },
    full = false,
    place = { name: "", where: "", at: "" },
  } = options;
  const { shape, dtype } = source;
  const nd = view.kind === "ndarray";
  const type = view.kind === "typed" ? view.type : undefined;
  // A typed array or Array indexes one axis, of its length; its elements
  // are the array's when it is 1-D and each element is one value of the
  // same size.
  const size = shape.reduce((a, b) => a * b, 1);
  const length = type === undefined
    ? size
    : (size * dtype.itemSize) / type.BYTES_PER_ELEMENT;
  // A view the real array could not have: the whole read says why.
  if (!Number.isInteger(length)) return;
  const elements = nd || (type !== undefined && shape.length === 1 &&
    dtype.lanes === 1 && type.BYTES_PER_ELEMENT === dtype.itemSize);
  const axes: Axis[] = (nd ? shape : [length]).map((count) => ({
    start: 0,
    step: 1,
    count,
    keep: true,
  }));
  const typed = (data: NDArray["data"]) => {
    const values = data as TypedArray;
    return values.constructor === type ? values : new type!(
      values.buffer as ArrayBuffer,
      values.byteOffset,
      values.length,
    );
  };
  let at = place.at;
  let element = false;
  for (const [k, step] of steps.entries()) {
    checkSlice(place, step);
    if (element) {
      // The path goes on into an element, which no step finds anything
      // in when it is a number or a string (of a typed array, an Array of
      // strings); else read it and walk on from it.
      if (!elements) {
        const big = type === BigInt64Array || type === BigUint64Array;
        const sample = type === undefined ? "" : big ? 0n : 0;
        throw notFoundAt({ ...place, at }, step, noteOf(sample));
      }
      const one = await source.select(picksOf(axes));
      const value = nd ? one.get() : typed(one.data)[0];
      return { value: walkPath(value, steps.slice(k), { ...place, at }) };
    }
    const here = { ...place, at };
    if (view.kind === "bytes") throw notFoundAt(here, step, noteOf(view.value));
    const axis = axes.find((a) => a.keep);
    if (axis === undefined) throw notFoundAt(here, step, arrayNote([], true));
    if (typeof step === "object") {
      const range = sliceRange(axis.count, step);
      axis.start += range.start * axis.step;
      axis.step *= range.step;
      axis.count = range.count;
    } else {
      const index = indexIn(axis.count, step);
      if (index === undefined) {
        const kept = axes.filter((a) => a.keep).map((a) => a.count);
        throw notFoundAt(here, step, arrayNote(kept, nd));
      }
      axis.start += index * axis.step;
      axis.count = 1;
      axis.keep = false;
      element = !axes.some((a) => a.keep);
    }
    at = pathAt(at, step);
  }
  if (!elements) return;
  const kept = axes.filter((a) => a.keep).map((a) => a.count);
  const count = kept.reduce((a, b) => a * b, 1);
  if (element) {
    const one = await source.select(picksOf(axes));
    return { value: nd ? one.get() : typed(one.data)[0] };
  }
  if (full || count <= THRESHOLD) {
    const array = steps.length === 0
      ? await source.read()
      : await source.select(picksOf(axes));
    return { value: nd ? array : typed(array.data) };
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
  const edges = await source.select(picks);
  return {
    value: new ArrayExcerpt(nd ? edges : typed(edges.data), kept, EDGE_ITEMS),
  };
}

function picksOf(axes: Axis[]): AxisPick[] {
  return axes.map(({ start, step, count, keep }) => ({
    indices: { start, step, count },
    keep,
  }));
}

/**
 * An {@linkcode ArrayExcerpt} of a big array (more than 1000 elements)
 * that a value holds, to print in its place: only the elements its summary
 * shows are read. `undefined` for a small array, or a view whose elements
 * are not the array's (see {@linkcode readArrayPart}).
 *
 * Requires `--allow-read` permission for the file (and `--allow-env` for
 * HDF5).
 *
 * @example An archive's array, by the header its stand-in came from
 * ```ts ignore
 * import { npySource, readArrayExcerpt } from "./_array_part.ts";
 * const excerpt = await readArrayExcerpt(await npySource("run1/signal.npy"), {
 *   kind: "typed",
 *   type: Float64Array,
 * });
 * ```
 *
 * @param source The array.
 * @param view How the value views it.
 * @returns The excerpt, or `undefined`.
 */
export async function readArrayExcerpt(
  source: ArraySource,
  view: ArrayView,
): Promise<ArrayExcerpt | undefined> {
  if (view.kind !== "ndarray" && view.kind !== "typed") return;
  if (source.shape.reduce((a, b) => a * b, 1) <= THRESHOLD) return;
  const part = await readArrayPart(source, [], { view });
  return part?.value instanceof ArrayExcerpt ? part.value : undefined;
}
