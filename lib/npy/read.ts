// Copyright 2026 the persist authors. MIT license.

import { fileURLToPath } from "node:url";
import { FormatError, NotFoundError } from "../errors.ts";
import { fileSize, readFull } from "../fs/io.ts";
import { withAction } from "../fs/os_error.ts";
import { arrayFromBytes, checkDataLength } from "./decode.ts";
import {
  decodeHeader,
  decodePrefix,
  type NpyHeader,
  PREFIX_BYTES,
} from "./header.ts";
import { type NDArray, stridesOf } from "./nd_array.ts";

/** Options for {@linkcode readNpy}. */
export interface ReadNpyOptions {
  /** Stops the read between chunks when aborted. */
  signal?: AbortSignal;
}

/** A `.npy` file's header, with the file's actual size for checking. */
export interface NpyFileInfo extends NpyHeader {
  /** The file's size in bytes. */
  fileBytes: number;
}

/**
 * Reads a `.npy` file into an {@linkcode NDArray}. The data is read straight
 * into a buffer of its exact size, and the typed array views that buffer (no
 * extra copy). Big-endian files are converted to native order; Fortran-order
 * files keep `order: "F"` without reordering. Object (pickle) arrays are
 * always refused, never executed.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @example Reading a file written by NumPy
 * ```ts ignore
 * import { readNpy } from "@persist/persist";
 * const a = await readNpy("results/energy.npy");
 * console.log(a.shape, a.dtype, a.order);
 * ```
 *
 * @param path A file path or a `file:` URL.
 * @param options An abort signal.
 * @returns The array.
 * @throws {NotFoundError} When the file does not exist.
 * @throws {FormatError} When the file is not a valid `.npy` file, is cut
 * short, or holds a dtype persist refuses.
 */
export async function readNpy(
  path: string | URL,
  options: ReadNpyOptions = {},
): Promise<NDArray> {
  const file = toPath(path);
  using handle = await openForRead(file);
  const { header } = await readHeader(handle, file);
  options.signal?.throwIfAborted();
  const data = new Uint8Array(header.dataBytes);
  const n = await readFull(handle, data);
  checkDataLength(header, n, { path: file });
  options.signal?.throwIfAborted();
  return arrayFromBytes(header, data, true);
}

/**
 * Reads only the header of a `.npy` file and the file's size: enough to
 * list shapes and dtypes, or to check that the data is all there, without
 * reading the data.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @example Checking a file's shape cheaply
 * ```ts ignore
 * import { readNpyHeader } from "@persist/persist";
 * const info = await readNpyHeader("big.npy");
 * console.log(info.shape, info.descr, info.fileBytes >= info.dataOffset + info.dataBytes);
 * ```
 *
 * @param path A file path or a `file:` URL.
 * @returns The header and the file size.
 * @throws {NotFoundError} When the file does not exist.
 * @throws {FormatError} When the header is damaged or refused.
 */
export async function readNpyHeader(path: string | URL): Promise<NpyFileInfo> {
  const file = toPath(path);
  using handle = await openForRead(file);
  const { header, fileBytes } = await readHeader(handle, file);
  return { ...header, fileBytes };
}

async function readHeader(
  handle: Deno.FsFile,
  path: string,
): Promise<{ header: NpyHeader; fileBytes: number }> {
  try {
    return await readHeaderOf(handle, path);
  } catch (error) {
    if (!(error instanceof Deno.errors.IsADirectory)) throw error;
    throw withAction(
      error,
      `Cannot read "${path}"`,
      "it is a folder, not a .npy file",
    );
  }
}

async function readHeaderOf(
  handle: Deno.FsFile,
  path: string,
): Promise<{ header: NpyHeader; fileBytes: number }> {
  const fileBytes = await fileSize(handle);
  const prefix = new Uint8Array(PREFIX_BYTES);
  const got = await readFull(handle, prefix);
  const { dataOffset } = decodePrefix(prefix.subarray(0, got), { path });
  if (dataOffset > fileBytes) {
    throw new FormatError(
      `Cannot read "${path}": its header claims ${dataOffset} bytes but the file has only ${fileBytes}; ` +
        "the header length field is damaged or the file was truncated",
      { path, offset: 8 },
    );
  }
  const bytes = new Uint8Array(dataOffset);
  bytes.set(prefix.subarray(0, Math.min(got, dataOffset)));
  if (dataOffset > got) {
    await readFull(handle, bytes.subarray(got));
  } else {
    await handle.seek(dataOffset, Deno.SeekMode.Start);
  }
  const header = decodeHeader(bytes, { path });
  checkDataLength(header, fileBytes - dataOffset, { path });
  return { header, fileBytes };
}

async function openForRead(path: string): Promise<Deno.FsFile> {
  try {
    return await Deno.open(path, { read: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new NotFoundError(
        `Cannot read "${path}": the file does not exist`,
        {
          path,
          cause: error,
        },
      );
    }
    throw error;
  }
}

/**
 * Accepts a path or a `file:` URL.
 *
 * @param path A path or URL.
 * @returns A path.
 * @throws {TypeError} For URLs other than `file:`.
 */
export function toPath(path: string | URL): string {
  if (path instanceof URL) {
    if (path.protocol !== "file:") {
      throw new TypeError(
        `Cannot open "${path.href}": only file: URLs are supported`,
      );
    }
    return fileURLToPath(path);
  }
  return path;
}

/** The indices picked along one axis by {@linkcode readNpySelection}. */
export interface AxisPick {
  /**
   * `{ start, step, count }` for `start + k * step` (`k < count`; `step` may
   * be negative), or the indices themselves.
   */
  indices: { start: number; step: number; count: number } | readonly number[];
  /**
   * Whether the result keeps the axis; `false` for an axis indexed away
   * (one index), as NumPy's `a[3]` drops axis 0.
   */
  keep: boolean;
}

/** Options for {@linkcode readNpySelection}. */
export interface ReadNpySelectionOptions {
  /**
   * Bytes read at once, at most, to gather elements that lie near each
   * other; longer contiguous runs are read straight into the result.
   *
   * @default {4194304}
   */
  chunkBytes?: number;
}

/**
 * Reads some elements of a `.npy` file's array: along each axis the indices
 * `axes` pick, in that order (NumPy's `a[ix_(...)]`). Only the bytes of the
 * picked elements are read, nearby ones together in chunks of at most
 * `chunkBytes`, so the memory used is the result's size plus one chunk
 * whatever the file's size. The result keeps the file's memory order and is
 * decoded as {@linkcode readNpy} decodes the whole array.
 *
 * Requires `--allow-read` permission for the file.
 *
 * NumPy's `np.load(path, mmap_mode="r")[...]` does the same for a file that
 * does not fit in memory; {@linkcode readNpyHeader} gives the shape first.
 *
 * @example Element (5, 0), and the last row reversed, of a big matrix
 * ```ts ignore
 * import { readNpySelection } from "@persist/persist";
 * const one = await readNpySelection("m.npy", [
 *   { indices: [5], keep: false },
 *   { indices: [0], keep: false },
 * ]); // shape []
 * const row = await readNpySelection("m.npy", [
 *   { indices: [999], keep: false },
 *   { indices: { start: 999, step: -1, count: 1000 }, keep: true },
 * ]); // shape [1000]
 * ```
 *
 * @param path A file path or a `file:` URL.
 * @param axes One pick per axis of the file's array.
 * @param options The chunk size.
 * @returns The picked elements, of the shape of the kept axes' picks.
 * @throws {NotFoundError} When the file does not exist.
 * @throws {FormatError} When the file is not a valid `.npy` file or is cut
 * short.
 * @throws {RangeError} When `axes` does not match the array's axes or an
 * index is out of bounds.
 */
export async function readNpySelection(
  path: string | URL,
  axes: readonly AxisPick[],
  options: ReadNpySelectionOptions = {},
): Promise<NDArray> {
  const { chunkBytes = 4 * 1024 * 1024 } = options;
  const file = toPath(path);
  using handle = await openForRead(file);
  const { header } = await readHeader(handle, file);
  const { shape, order, dtype, dataOffset } = header;
  const picks = resolvePicks(axes, shape, `"${file}"`);
  const itemSize = dtype.itemSize;
  const total = picks.reduce((n, p) => n * p.count, 1);
  const out = new Uint8Array(total * itemSize);
  if (total > 0 && itemSize > 0) {
    // Element strides of the file; the result is filled in the same memory
    // order, fastest axis innermost.
    const strides = stridesOf(shape, order);
    const fastFirst = picks.map((_, k) =>
      order === "C" ? picks.length - 1 - k : k
    );
    const gather = new Gather(handle, out, {
      itemSize,
      dataOffset,
      chunkBytes,
      path: file,
    });
    if (picks.length === 0) {
      // A 0-d array: its one element.
      picks.push({ count: 1, step: 1, at: () => 0 });
      strides.push(1);
      fastFirst.push(0);
    }
    const inner = fastFirst[0];
    const outer = fastFirst.slice(1);
    const counters = outer.map(() => 0);
    let outAt = 0;
    while (true) {
      let base = 0;
      outer.forEach((axis, k) =>
        base += picks[axis].at(counters[k]) * strides[axis]
      );
      const p = picks[inner];
      const s = strides[inner];
      if (p.step !== undefined) {
        await gather.add(base + p.at(0) * s, p.count, outAt, p.step * s);
      } else {
        for (let j = 0; j < p.count; j++) {
          await gather.add(base + p.at(j) * s, 1, outAt + j, 1);
        }
      }
      outAt += p.count;
      let k = 0;
      while (k < outer.length && ++counters[k] === picks[outer[k]].count) {
        counters[k++] = 0;
      }
      if (k === outer.length) break;
    }
    await gather.flush();
  }
  const kept = axes.flatMap((pick, axis) =>
    pick.keep ? [picks[axis].count] : []
  );
  return arrayFromBytes(
    { ...header, shape: kept, dataBytes: out.length },
    out,
    true,
  );
}

/** One axis's pick, checked: how many indices, their step (if a range), each index. */
export interface ResolvedPick {
  /** The number of indices. */
  count: number;
  /** The distance between indices for a range, `undefined` for a list. */
  step: number | undefined;
  /** The `j`-th index. */
  at: (j: number) => number;
}

/**
 * Checks picks against an array's axes (one pick per axis, every index in
 * bounds, one index on an axis not kept) and gives each as a count and an
 * index function: what {@linkcode readNpySelection} and HDF5's selection
 * read walk.
 *
 * @example A range and a list
 * ```ts
 * import { resolvePicks } from "./read.ts";
 * import assert from "node:assert/strict";
 * const [rows, cols] = resolvePicks([
 *   { indices: { start: 9, step: -3, count: 3 }, keep: true },
 *   { indices: [0, 4], keep: true },
 * ], [10, 5], '"m.npy"');
 * assert.deepEqual([rows.count, rows.step, rows.at(2)], [3, -3, 3]);
 * assert.deepEqual([cols.count, cols.step, cols.at(1)], [2, undefined, 4]);
 * ```
 *
 * @param axes One pick per axis.
 * @param shape The array's axis lengths.
 * @param what The array, for messages (`"m.npy"`, quoted).
 * @returns The picks, checked.
 * @throws {RangeError} When `axes` does not match the array's axes or an
 * index is out of bounds.
 */
export function resolvePicks(
  axes: readonly AxisPick[],
  shape: readonly number[],
  what: string,
): ResolvedPick[] {
  if (axes.length !== shape.length) {
    throw new RangeError(
      `Cannot select from ${what}: its array has ${shape.length} axes, not ${axes.length}`,
    );
  }
  return axes.map((pick, axis) => pickOf(pick, shape[axis], what));
}

function pickOf(pick: AxisPick, length: number, what: string): ResolvedPick {
  const { indices } = pick;
  const bad = (i: number) => !Number.isInteger(i) || i < 0 || i >= length;
  const fail = (i: number) => {
    throw new RangeError(
      `Cannot select from ${what}: index ${i} is out of bounds for an axis of length ${length}`,
    );
  };
  const dropped = (n: number) => {
    throw new RangeError(
      `Cannot select from ${what}: an axis dropped from the result (keep: false) takes exactly one index, got ${n}`,
    );
  };
  if (isIndexList(indices)) {
    const wrong = indices.find(bad);
    if (wrong !== undefined) fail(wrong);
    if (!pick.keep && indices.length !== 1) dropped(indices.length);
    return {
      count: indices.length,
      step: undefined,
      at: (j: number) => indices[j],
    };
  }
  const { start, step, count } = indices;
  // A start matters only with an index, a step only between two (NumPy's
  // a[::2**64] is a[0:1], and a[10**20:] is empty).
  const checked = count > 1
    ? { count, start, step }
    : count === 1
    ? { count, start }
    : { count };
  for (const [name, n] of Object.entries(checked)) {
    if (!Number.isSafeInteger(n) || (name === "count" && n < 0)) {
      throw new RangeError(
        `Cannot select from ${what}: a range's ${name} must be a whole number${
          name === "count" ? " of 0 or more" : ""
        }, got ${n}`,
      );
    }
  }
  if (count > 0 && bad(start)) fail(start);
  if (count > 0 && bad(start + (count - 1) * step)) {
    fail(start + (count - 1) * step);
  }
  if (!pick.keep && count !== 1) dropped(count);
  return { count, step, at: (j: number) => start + j * step };
}

function isIndexList(
  indices: AxisPick["indices"],
): indices is readonly number[] {
  return Array.isArray(indices);
}

/**
 * Copies runs of elements (`count` elements `step` apart in the file) to
 * their place in the result, reading runs that lie near each other with
 * one read of at most `chunkBytes`.
 */
class Gather {
  readonly #handle: Deno.FsFile;
  readonly #out: Uint8Array;
  readonly #itemSize: number;
  readonly #dataOffset: number;
  readonly #chunkElements: number;
  readonly #gapElements: number;
  readonly #path: string;
  #buffer: Uint8Array | undefined;
  // The pending runs, [first, count, out, step] each, spanning [#lo, #hi).
  #runs: number[] = [];
  #lo = 0;
  #hi = 0;

  constructor(
    handle: Deno.FsFile,
    out: Uint8Array,
    options: {
      itemSize: number;
      dataOffset: number;
      chunkBytes: number;
      path: string;
    },
  ) {
    this.#handle = handle;
    this.#out = out;
    this.#itemSize = options.itemSize;
    this.#dataOffset = options.dataOffset;
    this.#chunkElements = Math.max(
      1,
      Math.floor(options.chunkBytes / options.itemSize),
    );
    // Reading a gap this small costs less than another read call.
    this.#gapElements = Math.ceil(65536 / options.itemSize);
    this.#path = options.path;
  }

  async add(first: number, count: number, out: number, step: number) {
    if (count === 0) return;
    const size = this.#itemSize;
    if (step === 1 && count >= this.#chunkElements) {
      // A long contiguous run goes straight to its place.
      await this.flush();
      await this.#read(
        first,
        this.#out.subarray(out * size, (out + count) * size),
      );
      return;
    }
    const span = Math.abs(step) * (count - 1) + 1;
    if (span > this.#chunkElements) {
      // Too spread out for one chunk: in pieces that each fit one.
      const per = Math.max(
        1,
        Math.floor((this.#chunkElements - 1) / Math.abs(step)) + 1,
      );
      for (let j = 0; j < count; j += per) {
        await this.add(
          first + j * step,
          Math.min(per, count - j),
          out + j,
          step,
        );
      }
      return;
    }
    const lo = step > 0 ? first : first + (count - 1) * step;
    const hi = lo + span;
    if (this.#runs.length > 0) {
      const from = Math.min(lo, this.#lo);
      const to = Math.max(hi, this.#hi);
      const near = lo <= this.#hi + this.#gapElements &&
        hi >= this.#lo - this.#gapElements;
      if (!near || to - from > this.#chunkElements) await this.flush();
    }
    if (this.#runs.length === 0) {
      this.#lo = lo;
      this.#hi = hi;
    } else {
      this.#lo = Math.min(lo, this.#lo);
      this.#hi = Math.max(hi, this.#hi);
    }
    this.#runs.push(first, count, out, step);
  }

  async flush() {
    const runs = this.#runs;
    if (runs.length === 0) return;
    const size = this.#itemSize;
    this.#buffer ??= new Uint8Array(this.#chunkElements * size);
    const chunk = this.#buffer.subarray(0, (this.#hi - this.#lo) * size);
    await this.#read(this.#lo, chunk);
    const out = this.#out;
    for (let r = 0; r < runs.length; r += 4) {
      const [first, count, to, step] = runs.slice(r, r + 4);
      if (step === 1) {
        const from = (first - this.#lo) * size;
        out.set(chunk.subarray(from, from + count * size), to * size);
        continue;
      }
      for (let j = 0; j < count; j++) {
        const from = (first + j * step - this.#lo) * size;
        const at = (to + j) * size;
        for (let b = 0; b < size; b++) out[at + b] = chunk[from + b];
      }
    }
    runs.length = 0;
  }

  async #read(element: number, into: Uint8Array) {
    const offset = this.#dataOffset + element * this.#itemSize;
    await this.#handle.seek(offset, Deno.SeekMode.Start);
    const n = await readFull(this.#handle, into);
    if (n < into.length) {
      throw new FormatError(
        `Cannot read "${this.#path}": the file ends at byte ${
          offset + n
        }, inside its data; it was truncated while being read`,
        { path: this.#path, offset: offset + n },
      );
    }
  }
}
