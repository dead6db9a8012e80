// Copyright 2026 the persist authors. MIT license.

import { dirname } from "node:path";
import { NotFoundError, ReadOnlyError } from "../errors.ts";
import { syncDir } from "../fs/atomic_write.ts";
import {
  createTempSibling,
  sweepTempSiblingsSoon,
  type TempSibling,
} from "../fs/temp_sibling.ts";
import { withAction } from "../fs/os_error.ts";
import { requirePermission } from "../fs/require_permission.ts";
import { parseDescr, type TypedArray } from "../npy/dtype.ts";
import { toNDArray } from "../npy/encode.ts";
import type { NDArray } from "../npy/nd_array.ts";
import { toPath } from "../npy/read.ts";
import {
  type Box,
  gatherFortran,
  planBoxes,
  planChunks,
  type Values,
} from "./_boxes.ts";
import {
  type H5WriteSpec,
  Hdf5Failure,
  type Hdf5Lib,
  loadHdf5,
} from "./_h5wasm.ts";
import {
  checkSliceBytes,
  datasetPath,
  DTYPE_ATTR,
  LAYOUT_ATTR,
  LAYOUT_VERSION,
  ORDER_ATTR,
  tick,
} from "./_common.ts";
import {
  CSET_UTF8,
  H5T,
  type H5TypeSpec,
  storageFor,
  widenFloat16,
} from "./_types.ts";

/** Options for {@linkcode Hdf5Writer.create} and {@linkcode writeHdf5}. */
export interface Hdf5WriterOptions {
  /**
   * Flush the file and its folder to disk before the file appears, so it
   * survives a power loss. The file appears atomically either way.
   *
   * @default {true}
   */
  sync?: boolean;
  /**
   * The most bytes moved through the wasm heap in one call. Arrays larger
   * than this are written in slices (hyperslabs) into a chunked dataset. The
   * heap holds at most 2 GiB, so this is at most 1 GiB; smaller slices keep
   * the process's memory low.
   *
   * @default {67108864}
   */
  sliceBytes?: number;
}

/** Options for {@linkcode Hdf5Writer.write}. */
export interface Hdf5WriteOptions {
  /** Stops between slices when aborted; the writer is then discarded. */
  signal?: AbortSignal;
}

/** The arrays {@linkcode writeHdf5} writes: names to arrays. */
export type Hdf5Entries =
  | Record<string, NDArray | TypedArray>
  | Iterable<[string, NDArray | TypedArray]>;

type State = "open" | "closed" | "aborted" | "failed";

const STRING_ATTR: Omit<H5WriteSpec, "shape" | "maxshape"> = {
  type: H5T.STRING,
  size: 4,
  signed: false,
  littleEndian: true,
  vlen: true,
  cset: CSET_UTF8,
  chunks: null,
  compression: 0,
  compression_opts: [],
  track_order: false,
};

/**
 * Writes one HDF5 file holding many N-D arrays, one dataset each, that h5py
 * reads as the same arrays. The file is built under a temporary name beside
 * the target and renamed over it by {@linkcode Hdf5Writer.close}: readers
 * see the old file or the complete new one, never a part, and a crash
 * leaves only a hidden temporary file (named with `.tmp-`).
 *
 * Each dataset has the array's shape; Fortran-order arrays are transposed
 * on the way in, so h5py reads the same matrix, and marked with the
 * attribute `persist_order = "F"` so persist rebuilds them in F order. The
 * attribute `persist_dtype` keeps the NumPy dtype. Arrays larger than
 * `sliceBytes` are written in slices.
 *
 * Requires `--allow-env` (h5wasm needs it), and `--allow-read` and
 * `--allow-write` for the folder.
 *
 * @example Writing two arrays into one file
 * ```ts ignore
 * import { Hdf5Writer, NDArray } from "@persist/persist";
 *
 * const writer = await Hdf5Writer.create("run1/arrays.h5");
 * await writer.write("energy", new Float64Array([1.5, 2.5]));
 * await writer.write("grid/m", new NDArray(new Int32Array([1, 2, 3, 4]), [2, 2]));
 * await writer.close(); // now run1/arrays.h5 exists
 * ```
 *
 * @example Discarding the file when something fails
 * ```ts ignore
 * import { Hdf5Writer } from "@persist/persist";
 *
 * await using writer = await Hdf5Writer.create("out.h5");
 * await writer.write("a", new Float32Array(10));
 * await writer.close(); // without this line, leaving the block removes the file
 * ```
 */
export class Hdf5Writer implements AsyncDisposable {
  /** The file that {@linkcode Hdf5Writer.close} creates or replaces. */
  readonly path: string;
  readonly #lib: Hdf5Lib;
  readonly #file: bigint;
  readonly #temp: string;
  /** The lock on the temporary file: held until it is renamed or removed. */
  readonly #tempLock: TempSibling;
  readonly #sync: boolean;
  readonly #sliceBytes: number;
  readonly #kinds = new Map<string, "group" | "dataset">([["/", "group"]]);
  #state: State = "open";
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    path: string,
    lib: Hdf5Lib,
    file: bigint,
    temp: TempSibling,
    options: { sync: boolean; sliceBytes: number },
  ) {
    this.path = path;
    this.#lib = lib;
    this.#file = file;
    this.#temp = temp.path;
    this.#tempLock = temp;
    this.#sync = options.sync;
    this.#sliceBytes = options.sliceBytes;
  }

  /**
   * Starts a new HDF5 file (under a temporary name until
   * {@linkcode Hdf5Writer.close}). Loads h5wasm on first use.
   *
   * Requires `--allow-env`, and `--allow-read` and `--allow-write` for the
   * folder (checked before h5wasm touches anything).
   *
   * @param path The file to create or replace (a path or a `file:` URL).
   * @param options Durability and slice size.
   * @returns The writer.
   * @throws {NotFoundError} When the folder does not exist.
   * @throws {Deno.errors.NotCapable} When `--allow-env`, or read or write
   * access to the folder, is missing.
   */
  static async create(
    path: string | URL,
    options: Hdf5WriterOptions = {},
  ): Promise<Hdf5Writer> {
    const target = toPath(path);
    const sliceBytes = checkSliceBytes(options.sliceBytes);
    // h5wasm reads and writes the file beside the target, and a permission
    // error thrown from inside the wasm module leaves it unusable in this
    // process: check both first (this never prompts, as Deno would).
    const folder = dirname(target);
    requirePermission({ name: "read", path: folder });
    requirePermission({ name: "write", path: folder });
    const lib = await loadHdf5(`write "${target}"`);
    await sweepTempSiblingsSoon(target);
    let tempLock: TempSibling;
    try {
      // Create the file ourselves first: Deno reports a missing folder or
      // permission clearly, which it cannot do from inside the wasm module.
      // 0o666 less the umask, as atomicWrite() creates files; locked until
      // renamed or removed, so that a killed writer's is known as such.
      tempLock = await createTempSibling(target, { mode: 0o666 });
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) {
        throw new NotFoundError(
          `Cannot write "${target}": the folder "${
            dirname(target)
          }" does not exist; create it first`,
          { path: target, cause: error },
        );
      }
      throw error;
    }
    const temp = tempLock.path;
    let file: bigint;
    try {
      file = lib.call(
        (m) =>
          m.open(
            temp,
            m.H5F_ACC_TRUNC,
            false,
            m.H5F_LIBVER_EARLIEST,
            m.H5F_LIBVER_V110,
          ),
        (id) => id < 0n,
      );
    } catch (error) {
      await Deno.remove(temp).catch(() => {});
      tempLock.close();
      if (!(error instanceof Hdf5Failure)) throw error; // module unusable
      if (error.cause instanceof Deno.errors.NotCapable) {
        throw withAction(error.cause, `Cannot write "${target}"`);
      }
      throw new Error(
        `Cannot write "${target}": HDF5 could not create the file: ${
          detail(error)
        }`,
        { cause: error },
      );
    }
    const writer = new Hdf5Writer(target, lib, file, tempLock, {
      sync: options.sync ?? true,
      sliceBytes,
    });
    await writer.#guard(`write "${target}"`, "/", () => writer.#writeLayout());
    return writer;
  }

  /**
   * Writes one array as a dataset. Groups in the name (`"grid/m"`) are
   * created as needed. Calls are queued: several writes may be started
   * without awaiting each.
   *
   * When HDF5 fails or `signal` aborts during a write, the writer is
   * discarded (its temporary file removed) and later calls fail.
   *
   * @param name The dataset's name, `/` between groups.
   * @param array An NDArray, or a typed array (written as 1-D).
   * @param options An abort signal.
   * @throws {TypeError} When the name is not valid, or the array is not an
   * NDArray or typed array, or holds strings HDF5 cannot (NUL characters).
   * @throws {Deno.errors.AlreadyExists} When a dataset or group of that name
   * was already written.
   * @throws {ReadOnlyError} When the writer was closed or discarded.
   */
  write(
    name: string,
    array: NDArray | TypedArray,
    options: Hdf5WriteOptions = {},
  ): Promise<void> {
    return this.#enqueue(async () => {
      const path = datasetPath(name, `write to "${this.path}"`);
      const action = `write dataset "${path}" to "${this.path}"`;
      this.#checkOpen(action);
      const nd = toNDArray(array);
      if (Array.isArray(nd.data)) checkStrings(nd.data, action);
      this.#claim(path, action);
      await this.#guard(action, path, async () => {
        this.#createGroups(path);
        await this.#writeDataset(path, nd, action, options.signal);
        this.#stringAttr(path, DTYPE_ATTR, nd.dtype);
        this.#stringAttr(path, ORDER_ATTR, nd.order);
      });
    });
  }

  /**
   * Finishes the file and moves it into place atomically (flushed to disk
   * first unless `sync: false`). Idempotent once it has succeeded.
   *
   * @throws {ReadOnlyError} When the writer was discarded by
   * {@linkcode Hdf5Writer.abort} or by a failed write, so there is no file.
   */
  close(): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#state === "closed") return;
      const action = `write "${this.path}"`;
      this.#checkOpen(action);
      try {
        this.#lib.call((m) => m.close_file(this.#file), (status) => status < 0);
        if (this.#sync) {
          using file = await Deno.open(this.#temp, { read: true, write: true });
          await file.syncData();
        }
        await Deno.rename(this.#temp, this.path);
      } catch (error) {
        this.#state = "failed";
        await Deno.remove(this.#temp).catch(() => {});
        this.#tempLock.close();
        throw error instanceof Hdf5Failure
          ? new Error(
            `Cannot ${action}: HDF5 failed to finish the file: ${error.detail}`,
            { cause: error },
          )
          : error;
      }
      this.#state = "closed";
      this.#tempLock.close();
      if (this.#sync) await syncDir(dirname(this.path));
    });
  }

  /**
   * Discards the file: nothing appears at {@linkcode Hdf5Writer.path} and the
   * temporary file is removed. Idempotent; does nothing after a successful
   * {@linkcode Hdf5Writer.close}.
   */
  abort(): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#state !== "open") return;
      await this.#discard("aborted");
    });
  }

  /** Discards the file unless {@linkcode Hdf5Writer.close} succeeded. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.abort();
  }

  #enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(fn);
    this.#queue = result.catch(() => {});
    return result;
  }

  #checkOpen(action: string): void {
    if (this.#state === "open") return;
    const why = this.#state === "closed"
      ? "the writer was closed"
      : this.#state === "aborted"
      ? "the writer was aborted, so no file was written"
      : "an earlier write failed, so the writer was discarded";
    throw new ReadOnlyError(`Cannot ${action}: ${why}`, { path: this.path });
  }

  async #discard(state: State): Promise<void> {
    this.#state = state;
    try {
      this.#lib.call((m) => m.close_file(this.#file));
    } catch {
      // the file is being thrown away; its state no longer matters
    }
    await Deno.remove(this.#temp).catch(() => {});
    this.#tempLock.close();
  }

  /** Runs HDF5 work; on failure discards the writer and explains. */
  async #guard(
    action: string,
    path: string,
    fn: () => void | Promise<void>,
  ): Promise<void> {
    try {
      await fn();
    } catch (error) {
      await this.#discard("failed");
      if (error instanceof Hdf5Failure) {
        throw new Error(
          `Cannot ${action}: HDF5 failed at "${path}": ${error.detail}; the file was discarded`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  /** Records a new dataset name; refuses one that clashes with earlier ones. */
  #claim(path: string, action: string): void {
    const parts = path.split("/").slice(1);
    for (let i = 1; i <= parts.length; i++) {
      const prefix = `/${parts.slice(0, i).join("/")}`;
      const kind = this.#kinds.get(prefix);
      const last = i === parts.length;
      if (kind === "dataset" || (last && kind === "group")) {
        throw new Deno.errors.AlreadyExists(
          `Cannot ${action}: "${prefix}" was already written as a ${kind}; use another name`,
        );
      }
    }
    this.#kinds.set(path, "dataset");
  }

  #createGroups(path: string): void {
    const parts = path.split("/").slice(1, -1);
    for (let i = 1; i <= parts.length; i++) {
      const group = `/${parts.slice(0, i).join("/")}`;
      if (this.#kinds.has(group)) continue;
      this.#lib.call((m) => m.create_group(this.#file, group, false));
      this.#kinds.set(group, "group");
    }
  }

  #writeLayout(): void {
    const lib = this.#lib;
    const pointer = lib.malloc(4, `write "${this.path}"`);
    try {
      new DataView(lib.module.HEAPU8.buffer).setInt32(
        pointer,
        LAYOUT_VERSION,
        true,
      );
      lib.call((m) =>
        m.create_attribute(this.#file, "/", LAYOUT_ATTR, BigInt(pointer), {
          ...STRING_ATTR,
          type: H5T.INTEGER,
          size: 4,
          signed: true,
          vlen: false,
          shape: [],
          maxshape: [],
        })
      );
    } finally {
      lib.module._free(pointer);
    }
  }

  #stringAttr(path: string, name: string, value: string): void {
    this.#lib.call((m) =>
      m.create_vlen_str_attribute(this.#file, path, name, [value], {
        ...STRING_ATTR,
        shape: [],
        maxshape: [],
      })
    );
  }

  async #writeDataset(
    path: string,
    nd: NDArray,
    action: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const storage = storageFor(nd.dtype);
    const transpose = nd.order === "F" && nd.ndim >= 2;
    if (storage.kind === "strings") {
      this.#writeStrings(path, nd, storage.spec, transpose, action);
      return;
    }
    const lib = this.#lib;
    const { spec } = storage;
    const itemSize = spec.size;
    const lanes = Math.max(parseDescr(nd.dtype)!.lanes, 1);
    const values = storage.kind === "f16"
      ? widenFloat16(nd.data as Float16Array)
      : nd.data as TypedArray;
    const shape = nd.shape;
    const chunks = planChunks(shape, itemSize, this.#sliceBytes);
    // Boxes of whole chunks (but the last), so no chunk is written twice.
    const boxes = planBoxes(shape, itemSize, this.#sliceBytes, chunks);
    const sliced = chunks !== null;
    const boxBytes = boxes.reduce((max, b) => Math.max(max, b.size), 0) *
      itemSize;
    const scratch = transpose
      ? new (values.constructor as new (n: number) => TypedArray)(
        boxBytes / itemSize * lanes,
      )
      : undefined;
    const pointer = lib.malloc(boxBytes, action);
    const fill = (box: Box) => {
      const bytes = box.size * itemSize;
      let source: Uint8Array;
      if (scratch === undefined) {
        source = new Uint8Array(
          values.buffer,
          values.byteOffset + box.start * itemSize,
          bytes,
        );
      } else {
        gatherFortran(
          values as unknown as Values,
          shape,
          lanes,
          box.start,
          box.size,
          scratch as unknown as Values,
        );
        source = new Uint8Array(scratch.buffer, 0, bytes);
      }
      lib.heap(pointer, bytes).set(source);
    };
    try {
      const [first, ...rest] = boxes;
      fill(first);
      lib.call((m) =>
        m.create_dataset(this.#file, path, BigInt(pointer), {
          ...spec,
          shape: (sliced ? first.count : shape).map(BigInt),
          maxshape: shape.map(BigInt),
          chunks: chunks?.map(BigInt) ?? null,
          compression: 0,
          compression_opts: [],
          track_order: false,
        })
      );
      if (!sliced) return;
      lib.call(
        (m) => m.resize_dataset(this.#file, path, shape.map(BigInt)),
        (status) => status < 0,
      );
      for (const box of rest) {
        await tick(signal);
        fill(box);
        lib.call(
          (m) =>
            m.set_dataset_data(
              this.#file,
              path,
              box.count.map(BigInt),
              box.offset.map(BigInt),
              box.count.map(() => 1n),
              BigInt(pointer),
            ),
          (status) => status < 0,
        );
      }
    } finally {
      lib.module._free(pointer);
    }
  }

  #writeStrings(
    path: string,
    nd: NDArray,
    spec: H5TypeSpec,
    transpose: boolean,
    action: string,
  ): void {
    const source = nd.data as string[];
    let strings = source;
    if (transpose) {
      strings = new Array<string>(source.length);
      gatherFortran(source, nd.shape, 1, 0, nd.size, strings);
    }
    const full: H5WriteSpec = {
      ...spec,
      shape: nd.shape.map(BigInt),
      maxshape: nd.shape.map(BigInt),
      chunks: null,
      compression: 0,
      compression_opts: [],
      track_order: false,
    };
    if (strings.length > 0) {
      this.#lib.call((m) =>
        m.create_vlen_str_dataset(this.#file, path, strings, full)
      );
      return;
    }
    // No strings: nothing is read from the buffer, but h5wasm needs one.
    const pointer = this.#lib.malloc(1, action);
    try {
      this.#lib.call((m) =>
        m.create_dataset(this.#file, path, BigInt(pointer), full)
      );
    } finally {
      this.#lib.module._free(pointer);
    }
  }
}

/**
 * Writes several arrays into one new HDF5 file, atomically: the file appears
 * complete or not at all. A shortcut for {@linkcode Hdf5Writer}.
 *
 * Requires `--allow-env`, and `--allow-read` and `--allow-write` for the
 * folder.
 *
 * @example Writing arrays h5py can read
 * ```ts ignore
 * import { NDArray, writeHdf5 } from "@persist/persist";
 *
 * await writeHdf5("arrays.h5", {
 *   x: new Float64Array([1, 2, 3]),
 *   "images/first": new NDArray(new Uint8Array(6), [2, 3]),
 * });
 * // python3 -c "import h5py; print(h5py.File('arrays.h5')['images/first'][()])"
 * ```
 *
 * @param path The file to create or replace (a path or a `file:` URL).
 * @param entries Dataset names and arrays, as an object or as pairs.
 * @param options Durability and slice size.
 * @throws {NotFoundError} When the folder does not exist.
 * @throws {TypeError} When a name or an array is not valid.
 * @throws {Deno.errors.AlreadyExists} When two entries have clashing names.
 * @throws {Deno.errors.NotCapable} When `--allow-env` or write access is
 * missing.
 */
export async function writeHdf5(
  path: string | URL,
  entries: Hdf5Entries,
  options: Hdf5WriterOptions = {},
): Promise<void> {
  const pairs = Symbol.iterator in entries
    ? entries as Iterable<[string, NDArray | TypedArray]>
    : Object.entries(entries);
  await using writer = await Hdf5Writer.create(path, options);
  for (const [name, array] of pairs) await writer.write(name, array);
  await writer.close();
}

function checkStrings(strings: string[], action: string): void {
  const bad = strings.findIndex((s) => s.includes("\0"));
  if (bad >= 0) {
    throw new TypeError(
      `Cannot ${action}: string element ${bad} contains a NUL character, which HDF5 strings cannot hold; ` +
        "use the .npy format for such strings",
    );
  }
}

function detail(error: unknown): string {
  return error instanceof Hdf5Failure ? error.detail : String(error);
}
