// Copyright 2026 the persist authors. MIT license.

import { FormatError, NotFoundError, ReadOnlyError } from "../errors.ts";
import { fileSize, readFull } from "../fs/io.ts";
import { requirePermission } from "../fs/require_permission.ts";
import {
  type NDArrayData,
  parseDescr,
  type TypedArray,
  type TypedArrayConstructor,
} from "../npy/dtype.ts";
import { NDArray, type Order } from "../npy/nd_array.ts";
import { swapBytes } from "../npy/decode.ts";
import {
  type AxisPick,
  type ResolvedPick,
  resolvePicks,
  toPath,
} from "../npy/read.ts";
import {
  type Hyperslab,
  placeSlab,
  planBoxes,
  planSlabs,
  runsOf,
  scatterFortran,
  type Values,
} from "./_boxes.ts";
import {
  type H5Module,
  Hdf5Failure,
  type Hdf5Lib,
  loadHdf5,
} from "./_h5wasm.ts";
import {
  checkSliceBytes,
  datasetPath,
  DTYPE_ATTR,
  ORDER_ATTR,
  tick,
} from "./_common.ts";
import {
  describeType,
  type H5Metadata,
  H5T,
  matchesStorage,
  narrowToFloat16,
  naturalDescr,
  storageFor,
  type StorageKind,
  STRPAD_NULLTERM,
  STRPAD_SPACE,
} from "./_types.ts";

/** Options for {@linkcode Hdf5Reader.open}, {@linkcode readHdf5} and {@linkcode listHdf5}. */
export interface Hdf5ReaderOptions {
  /**
   * The most bytes moved through the wasm heap in one call. Datasets larger
   * than this are read in slices (hyperslabs).
   *
   * @default {67108864}
   */
  sliceBytes?: number;
}

/** Options for {@linkcode Hdf5Reader.read}. */
export interface Hdf5ReadOptions {
  /** Stops between slices when aborted. */
  signal?: AbortSignal;
}

/**
 * The value of an HDF5 attribute: a string, a number (integers up to 32
 * bits and floats), a bigint (64-bit integers), a boolean (h5py's bool
 * enum), or nested arrays of these for attributes with a shape.
 */
export type Hdf5AttributeValue =
  | string
  | number
  | bigint
  | boolean
  | Hdf5AttributeValue[];

/** What {@linkcode listHdf5} and {@linkcode Hdf5Reader.info} tell about a dataset. */
export interface Hdf5DatasetInfo {
  /** The dataset's absolute path in the file, e.g. `"/group/nested"`. */
  name: string;
  /** Axis lengths (`[]` for a scalar), or `null` for an empty dataspace (h5py's `Empty`). */
  shape: number[] | null;
  /**
   * The NumPy dtype {@linkcode readHdf5} returns (native byte order), or
   * `undefined` when persist cannot read the datatype. Strings in a file
   * not written by persist give `"<U"`: their width is known after reading.
   */
  dtype: string | undefined;
  /** The memory order `readHdf5` returns (`"F"` when persist wrote an F-order array). */
  order: Order;
  /** The HDF5 datatype, described: `"float64"`, `"int8 enum (FALSE, TRUE)"`, … */
  type: string;
  /** The chunk shape, or `undefined` for a contiguous dataset. */
  chunks: number[] | undefined;
  /** The largest each axis may grow to; `null` for unlimited. */
  maxShape: (number | null)[] | undefined;
  /** Names of the filters in the pipeline, e.g. `["deflate"]` for gzip. */
  filters: string[];
  /** The attributes persist can represent, by name. */
  attrs: Record<string, Hdf5AttributeValue>;
  /** Names of attributes of types persist cannot represent (references, …). */
  unreadableAttrs: string[];
}

/** How one dataset will be read. */
interface Plan {
  meta: H5Metadata;
  descr: string | undefined;
  kind: StorageKind | undefined;
  order: Order;
  /** The dataset's attribute names. */
  attrNames: string[];
  /** The attributes read to make the plan, by name. */
  attrs: Map<string, Hdf5AttributeValue>;
}

/**
 * True for a big-endian enum: h5wasm asks HDF5 for little-endian values,
 * which HDF5 refuses for enums, so the values arrive as stored and persist
 * swaps them.
 */
function isSwappedEnum(meta: H5Metadata): boolean {
  return meta.type === H5T.ENUM && !meta.littleEndian && meta.size > 1;
}

/** HDF5's refusal to change an enum's byte order (harmless, see above). */
const ENUM_ORDER_REPORT =
  /^[^#]*#000: [^\n]* in H5Tset_order\(\)[\s\S]*enum members are defined/;

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads N-D arrays from an HDF5 file: files persist wrote, and files written
 * by h5py or other HDF5 libraries (groups, chunked and compressed datasets,
 * big-endian values, h5py's bool enums and `r`/`i` complex compounds,
 * strings). Datasets larger than `sliceBytes` are read in slices. Keep one
 * reader open to read many datasets from one file.
 *
 * Requires `--allow-env` (h5wasm needs it) and `--allow-read` for the file.
 *
 * @example Reading several datasets from one file
 * ```ts ignore
 * import { Hdf5Reader } from "@persist/persist";
 *
 * await using reader = await Hdf5Reader.open("run1/arrays.h5");
 * for (const info of await reader.list()) {
 *   console.log(info.name, info.shape, info.dtype);
 * }
 * const m = await reader.read("grid/m");
 * console.log(m.shape, m.get(1, 0));
 * ```
 */
export class Hdf5Reader implements AsyncDisposable {
  /** The file being read. */
  readonly path: string;
  readonly #lib: Hdf5Lib;
  readonly #file: bigint;
  readonly #sliceBytes: number;
  /**
   * The link names of each group asked about, listed once per open file:
   * the file is open read-only, so they cannot change, and listing them
   * for every dataset made reading n datasets O(n²).
   */
  readonly #children = new Map<string, ReadonlySet<string>>();
  #closed = false;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    path: string,
    lib: Hdf5Lib,
    file: bigint,
    sliceBytes: number,
  ) {
    this.path = path;
    this.#lib = lib;
    this.#file = file;
    this.#sliceBytes = sliceBytes;
  }

  /**
   * Opens an HDF5 file for reading. Loads h5wasm on first use.
   *
   * Requires `--allow-env` and `--allow-read` for the file.
   *
   * @param path The file (a path or a `file:` URL).
   * @param options The slice size.
   * @returns The reader.
   * @throws {NotFoundError} When the file does not exist.
   * @throws {FormatError} When it is not an HDF5 file or HDF5 cannot open it.
   * @throws {Deno.errors.NotCapable} When `--allow-env` or read access is
   * missing.
   */
  static async open(
    path: string | URL,
    options: Hdf5ReaderOptions = {},
  ): Promise<Hdf5Reader> {
    const file = toPath(path);
    const sliceBytes = checkSliceBytes(options.sliceBytes);
    // Checked before anything touches the file (this never prompts, as
    // Deno would): a permission error thrown from inside the wasm module
    // leaves it unusable in this process.
    requirePermission({ name: "read", path: file });
    await checkHdf5File(file);
    const lib = await loadHdf5(`read "${file}"`);
    let id: bigint;
    try {
      id = lib.call(
        (m) => m.open(file, m.H5F_ACC_RDONLY, false, -1, -1),
        (value) => value < 0n,
      );
    } catch (error) {
      // Not the file's fault: an earlier failure left the module unusable.
      if (!(error instanceof Hdf5Failure)) throw error;
      throw new FormatError(
        `Cannot read "${file}": HDF5 cannot open it (${error.detail}); the file is damaged or truncated`,
        { path: file, cause: error },
      );
    }
    return new Hdf5Reader(file, lib, id, sliceBytes);
  }

  /**
   * Reads one dataset into an {@linkcode NDArray}. Arrays persist wrote come
   * back exactly as written (dtype, shape, memory order); others come back
   * in C order with the NumPy dtype h5py would give, in native byte order.
   *
   * @param name The dataset's path, e.g. `"group/nested"`.
   * @param options An abort signal.
   * @returns The array.
   * @throws {NotFoundError} When there is no such dataset (or it is a group).
   * @throws {FormatError} When its datatype has no NumPy equivalent persist
   * supports, its persist attributes contradict its contents, or HDF5 fails
   * to read it (e.g. a compression filter h5wasm lacks).
   * @throws {ReadOnlyError} When the reader was closed.
   */
  read(name: string, options: Hdf5ReadOptions = {}): Promise<NDArray> {
    return this.#enqueue(async () => {
      const path = datasetPath(name, `read from "${this.path}"`);
      const action = `read dataset "${path}" from "${this.path}"`;
      this.#checkOpen(action);
      const { plan, shape } = this.#readable(path, action);
      const data = await this.#failing<NDArrayData>(
        action,
        () =>
          plan.kind === "strings"
            ? this.#readStrings(path, plan, shape, options.signal)
            : this.#readValues(path, plan, shape, options.signal),
      );
      return this.#array(action, plan, data, shape);
    });
  }

  /**
   * Reads some elements of one dataset: along each axis the indices `axes`
   * pick, in that order (NumPy's `a[np.ix_(...)]`; an axis not kept is
   * dropped, as `a[3]` drops axis 0). Only the
   * picked elements are read, one hyperslab per run of neighbouring
   * indices (at most `sliceBytes` each), so a few elements of a dataset
   * bigger than memory cost a few reads. The result has the dtype and
   * memory order {@linkcode Hdf5Reader.read} gives the whole dataset
   * (strings of a file not written by persist: the width of the longest
   * string picked).
   *
   * @example The corners of a big matrix
   * ```ts ignore
   * import { Hdf5Reader } from "@persist/persist";
   *
   * await using reader = await Hdf5Reader.open("big.h5");
   * const corners = await reader.readSelection("m", [
   *   { indices: [0, 99_999], keep: true },
   *   { indices: [0, 4_999], keep: true },
   * ]); // shape [2, 2]
   * const row = await reader.readSelection("m", [
   *   { indices: [7], keep: false },
   *   { indices: { start: 4_999, step: -1, count: 5_000 }, keep: true },
   * ]); // row 7, reversed: shape [5000]
   * ```
   *
   * @param name The dataset's path, e.g. `"group/nested"`.
   * @param axes One pick per axis of the dataset.
   * @param options An abort signal.
   * @returns The picked elements, of the shape of the kept axes' picks.
   * @throws {NotFoundError} When there is no such dataset.
   * @throws {FormatError} As {@linkcode Hdf5Reader.read}.
   * @throws {RangeError} When `axes` does not match the dataset's axes or
   * an index is out of bounds.
   * @throws {ReadOnlyError} When the reader was closed.
   */
  readSelection(
    name: string,
    axes: readonly AxisPick[],
    options: Hdf5ReadOptions = {},
  ): Promise<NDArray> {
    return this.#enqueue(async () => {
      const path = datasetPath(name, `read from "${this.path}"`);
      const action = `read dataset "${path}" from "${this.path}"`;
      this.#checkOpen(action);
      const { plan, shape } = this.#readable(path, action);
      const picks = resolvePicks(
        axes,
        shape,
        `dataset "${path}" of "${this.path}"`,
      );
      const kept = picks.flatMap((p, axis) => axes[axis].keep ? [p.count] : []);
      const data = await this.#failing(
        action,
        () => this.#readPicks(path, plan, picks, kept, options.signal),
      );
      return this.#array(action, plan, data, kept);
    });
  }

  /**
   * Describes one dataset without reading its values.
   *
   * @param name The dataset's path.
   * @returns Its shape, dtype, HDF5 type, layout and attributes.
   * @throws {NotFoundError} When there is no such dataset.
   * @throws {ReadOnlyError} When the reader was closed.
   */
  info(name: string): Promise<Hdf5DatasetInfo> {
    return this.#enqueue(() => {
      const path = datasetPath(name, `read from "${this.path}"`);
      const action = `describe dataset "${path}" in "${this.path}"`;
      this.#checkOpen(action);
      return Promise.resolve(this.#info(path, action));
    });
  }

  /**
   * Lists every dataset in the file, in every group, sorted by path.
   *
   * @returns One description per dataset.
   * @throws {ReadOnlyError} When the reader was closed.
   */
  list(): Promise<Hdf5DatasetInfo[]> {
    return this.#enqueue(() => {
      const action = `list the datasets of "${this.path}"`;
      this.#checkOpen(action);
      const lib = this.#lib;
      const names = this.#call(
        action,
        (m) => m.get_names(this.#file, "/", true),
      );
      const out: Hdf5DatasetInfo[] = [];
      for (const name of [...names].sort()) {
        const path = `/${name}`;
        if (this.#externalLink(path, action) !== undefined) continue;
        const type = this.#call(
          action,
          (m) => m.get_type(this.#file, path),
        );
        if (type === lib.module.H5G_DATASET) {
          // Known to exist: no need to look it up in its group again.
          out.push(this.#info(path, action, true));
        }
      }
      return Promise.resolve(out);
    });
  }

  /** Closes the file. Idempotent. */
  close(): Promise<void> {
    return this.#enqueue(() => {
      if (this.#closed) return Promise.resolve();
      this.#closed = true;
      this.#lib.call((m) => m.close_file(this.#file));
      return Promise.resolve();
    });
  }

  /** Closes the file. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(fn);
    this.#queue = result.catch(() => {});
    return result;
  }

  #checkOpen(action: string): void {
    if (this.#closed) {
      throw new ReadOnlyError(`Cannot ${action}: the reader was closed`, {
        path: this.path,
      });
    }
  }

  #formatError(action: string, why: string, cause?: unknown): FormatError {
    return new FormatError(`Cannot ${action}: ${why}`, {
      path: this.path,
      cause,
    });
  }

  /** Runs an h5wasm call whose failure means the file is damaged. */
  #call<T>(
    action: string,
    fn: (m: H5Module) => T,
    failed?: (value: T) => boolean,
    tolerated?: RegExp,
  ): T {
    try {
      return this.#lib.call(fn, failed, tolerated);
    } catch (error) {
      if (!(error instanceof Hdf5Failure)) throw error;
      throw this.#formatError(
        action,
        `HDF5 failed (${error.detail}); the file may be damaged`,
        error,
      );
    }
  }

  /**
   * Finds what `path` names without following external links and without
   * asking HDF5 about names that do not exist (which it reports as errors).
   */
  #locate(path: string, action: string): "dataset" | string {
    const lib = this.#lib;
    const cut = path.lastIndexOf("/");
    const parent = cut === 0 ? "/" : path.slice(0, cut);
    if (!this.#childrenOf(parent, action).has(path.slice(cut + 1))) {
      return "there is no such dataset";
    }
    const external = this.#externalLink(path, action);
    if (external !== undefined) {
      return `it is an external link to ${external}, which persist does not follow`;
    }
    const type = this.#call(action, (m) => m.get_type(this.#file, path));
    return type === lib.module.H5G_DATASET
      ? "dataset"
      : type === lib.module.H5G_GROUP
      ? "it is a group, not a dataset"
      : type === lib.module.H5G_LINK
      ? "it is a soft link to nothing"
      : "it is not a dataset";
  }

  /** The link names in a group (none when `group` is not a group), cached. */
  #childrenOf(group: string, action: string): ReadonlySet<string> {
    let names = this.#children.get(group);
    if (names === undefined) {
      const type = this.#call(action, (m) => m.get_type(this.#file, group));
      names = new Set(
        type === this.#lib.module.H5G_GROUP
          ? this.#call(action, (m) => m.get_names(this.#file, group, false))
          : [],
      );
      this.#children.set(group, names);
    }
    return names;
  }

  /**
   * Finds the dataset (unless the caller `located` it already) and decides
   * how to read it.
   */
  #plan(path: string, action: string, located = false): Plan {
    const found = located ? "dataset" : this.#locate(path, action);
    if (found !== "dataset") {
      throw new NotFoundError(
        `Cannot ${action}: ${found}; list the file's datasets with listHdf5()`,
        { path: this.path, name: path },
      );
    }
    const meta = this.#call<H5Metadata>(
      action,
      (m) => m.get_dataset_metadata(this.#file, path),
    );
    const attrNames = this.#call<string[]>(
      action,
      (m) => m.get_attribute_names(this.#file, path),
    );
    const attrs = new Map<string, Hdf5AttributeValue>();
    const stringAttr = (name: string) => {
      if (!attrNames.includes(name)) return undefined;
      const value = this.#readAttribute(path, name, action);
      if (typeof value !== "string") {
        throw this.#formatError(
          action,
          `its attribute "${name}" should be a string but is ${
            JSON.stringify(value, (_, v) => typeof v === "bigint" ? `${v}` : v)
          }`,
        );
      }
      attrs.set(name, value);
      return value;
    };
    const order = stringAttr(ORDER_ATTR) ?? "C";
    if (order !== "C" && order !== "F") {
      throw this.#formatError(
        action,
        `its attribute "${ORDER_ATTR}" is ${
          JSON.stringify(order)
        }, which is neither "C" nor "F"`,
      );
    }
    const natural = naturalDescr(meta);
    const wanted = stringAttr(DTYPE_ATTR);
    if (wanted === undefined) {
      return {
        meta,
        descr: natural,
        kind: kindOf(natural),
        order,
        attrNames,
        attrs,
      };
    }
    const info = parseDescr(wanted);
    if (info === undefined || info.bigEndian || info.descr !== wanted) {
      throw this.#formatError(
        action,
        `its attribute "${DTYPE_ATTR}" is ${
          JSON.stringify(wanted)
        }, which is not a NumPy dtype persist supports`,
      );
    }
    const isString = info.ctor === undefined;
    if (natural === wanted || (isString && natural === "<U")) {
      return {
        meta,
        descr: wanted,
        kind: kindOf(natural),
        order,
        attrNames,
        attrs,
      };
    }
    if (!matchesStorage(meta, wanted)) {
      throw this.#formatError(
        action,
        `its attribute "${DTYPE_ATTR}" says "${wanted}" but it holds ${
          describeType(meta)
        }; the attribute was edited or the file was not written by persist`,
      );
    }
    return {
      meta,
      descr: wanted,
      kind: storageFor(wanted).kind,
      order,
      attrNames,
      attrs,
    };
  }

  /** Describes an external link at `path`, or returns `undefined`. */
  #externalLink(path: string, action: string): string | undefined {
    // Checked first: asking for the type would open the other file.
    const link = this.#call(
      action,
      (m) => m.get_external_link(this.#file, path),
    );
    return link.filename === undefined
      ? undefined
      : `"${link.obj_path}" in "${link.filename}"`;
  }

  #info(path: string, action: string, located = false): Hdf5DatasetInfo {
    const plan = this.#plan(path, action, located);
    const { meta } = plan;
    const filters = this.#call<{ id: number; name: string }[]>(
      action,
      (m) => m.get_dataset_filters(this.#file, path),
    );
    const attrs: Record<string, Hdf5AttributeValue> = {};
    const unreadableAttrs: string[] = [];
    for (const name of plan.attrNames) {
      const value = plan.attrs.get(name) ??
        this.#readAttribute(path, name, action);
      if (value === undefined) unreadableAttrs.push(name);
      else attrs[name] = value;
    }
    return {
      name: path,
      shape: meta.shape === null ? null : [...meta.shape],
      dtype: plan.kind === undefined ? undefined : plan.descr,
      order: plan.order,
      type: describeType(meta),
      chunks: meta.chunks === null ? undefined : [...meta.chunks],
      maxShape: meta.maxshape?.map((n) => n >= 2 ** 53 ? null : n),
      filters: filters.map((f) => f.name || `filter ${f.id}`),
      attrs,
      unreadableAttrs,
    };
  }

  /** Reads an attribute, or returns `undefined` for types persist cannot represent. */
  #readAttribute(
    path: string,
    name: string,
    action: string,
  ): Hdf5AttributeValue | undefined {
    const lib = this.#lib;
    const meta = this.#call<H5Metadata>(
      action,
      (m) => m.get_attribute_metadata(this.#file, path, name),
    );
    const descr = naturalDescr(meta);
    if (meta.shape === null || descr === undefined || descr.startsWith("<c")) {
      return undefined;
    }
    const count = meta.total_size;
    const swap = isSwappedEnum(meta);
    const pointer = lib.malloc(count * meta.size, action);
    let values: unknown[];
    try {
      this.#call<number>(
        action,
        (m) => m.get_attribute_data(this.#file, path, name, BigInt(pointer)),
        (status) => status < 0,
        swap ? ENUM_ORDER_REPORT : undefined,
      );
      const bytes = lib.heap(pointer, count * meta.size).slice();
      if (swap) swapBytes(bytes, meta.size);
      if (descr === "<U") {
        values = decodeStrings(lib, meta, bytes);
        if (meta.vlen) {
          lib.call((m) =>
            m.reclaim_vlen_memory(this.#file, path, name, BigInt(pointer))
          );
        }
      } else {
        const ctor = parseDescr(descr)!.ctor!;
        const typed = new ctor(bytes.buffer, 0, count);
        values = descr === "|b1" ? [...typed].map(Boolean) : [...typed];
      }
    } finally {
      lib.module._free(pointer);
    }
    return nest(values as Hdf5AttributeValue[], meta.shape);
  }

  /** The plan and shape of a dataset whose values can be read. */
  #readable(path: string, action: string): { plan: Plan; shape: number[] } {
    const plan = this.#plan(path, action);
    const shape = plan.meta.shape;
    if (shape === null) {
      throw this.#formatError(
        action,
        "it has an empty dataspace (h5py's Empty) and holds no array",
      );
    }
    if (plan.descr === undefined || plan.kind === undefined) {
      throw this.#formatError(
        action,
        `its HDF5 datatype (${
          describeType(plan.meta)
        }) has no NumPy equivalent persist supports; ` +
          "convert it with h5py to numbers, strings, bools or complex numbers",
      );
    }
    return { plan, shape };
  }

  /** Runs a read, turning HDF5's failures into errors about the file. */
  async #failing<T>(action: string, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof Hdf5Failure)) throw error;
      const filter = /required filter '(.*)' is not registered/.exec(
        error.detail,
      );
      throw this.#formatError(
        action,
        filter
          ? `it is compressed with the "${
            filter[1]
          }" filter, which h5wasm does not include; ` +
            "re-save it with h5py using gzip or no compression"
          : `HDF5 failed to read it (${error.detail})`,
        error,
      );
    }
  }

  /** The values read, as the NDArray `read()` gives. */
  #array(
    action: string,
    plan: Plan,
    data: NDArrayData,
    shape: number[],
  ): NDArray {
    try {
      return new NDArray(data, shape, {
        order: plan.order,
        dtype: plan.kind === "strings"
          ? stringDescr(plan.descr!, data as string[])
          : plan.descr,
      });
    } catch (error) {
      // e.g. strings longer than the width persist_dtype gives
      throw this.#formatError(action, (error as Error).message, error);
    }
  }

  /**
   * Reads one hyperslab (`slab`, or `null` for the whole dataset) into the
   * wasm heap at `pointer`: its values' bytes (a view of the heap, valid
   * until the next call) or its strings.
   */
  #fetch(
    path: string,
    plan: Plan,
    slab: Hyperslab | null,
    size: number,
    pointer: number,
  ): Uint8Array | string[] {
    const lib = this.#lib;
    const { meta } = plan;
    // Converted before the call: a JavaScript error inside it would be
    // taken for a failure of the wasm code, which ends the module's use.
    const count = slab?.count.map(BigInt) ?? null;
    const offset = slab?.offset.map(BigInt) ?? null;
    const stride = slab?.stride.map(BigInt) ?? null;
    const swap = isSwappedEnum(meta);
    lib.call(
      (m) =>
        m.get_dataset_data(
          this.#file,
          path,
          count,
          offset,
          stride,
          BigInt(pointer),
        ),
      (status) => status < 0,
      swap ? ENUM_ORDER_REPORT : undefined,
    );
    let bytes = lib.heap(pointer, size * meta.size);
    if (plan.kind !== "strings") {
      if (swap) {
        bytes = bytes.slice();
        swapBytes(bytes, meta.size);
      }
      return bytes;
    }
    const strings = decodeStrings(lib, meta, bytes.slice());
    if (meta.vlen) {
      lib.call((m) =>
        count === null
          ? m.reclaim_vlen_memory(this.#file, path, "", BigInt(pointer))
          : m.reclaim_vlen_memory_count(
            this.#file,
            path,
            "",
            BigInt(pointer),
            count,
          )
      );
    }
    return strings;
  }

  /** The typed array that holds `total` elements of a plan's values. */
  #valuesOf(plan: Plan, total: number): TypedArray {
    const info = parseDescr(plan.descr!)!;
    const ctor: TypedArrayConstructor = plan.kind === "f16"
      ? Float32Array
      : info.ctor!;
    return new ctor(total * Math.max(info.lanes, 1));
  }

  async #readValues(
    path: string,
    plan: Plan,
    shape: number[],
    signal: AbortSignal | undefined,
  ): Promise<TypedArray> {
    const lib = this.#lib;
    const info = parseDescr(plan.descr!)!;
    const lanes = Math.max(info.lanes, 1);
    const itemSize = plan.meta.size;
    const total = shape.reduce((a, b) => a * b, 1);
    const out = this.#valuesOf(plan, total);
    const ctor = out.constructor as TypedArrayConstructor;
    const outBytes = new Uint8Array(out.buffer);
    const transpose = plan.order === "F" && shape.length >= 2;
    const action = `read dataset "${path}" from "${this.path}"`;
    const boxes = planBoxes(
      shape,
      itemSize,
      this.#sliceBytes,
      plan.meta.chunks,
    );
    const whole = boxes.length === 1;
    const boxBytes = boxes.reduce((max, b) => Math.max(max, b.size), 0) *
      itemSize;
    const pointer = lib.malloc(boxBytes, action);
    try {
      for (const [i, box] of boxes.entries()) {
        if (i > 0) await tick(signal);
        if (box.size === 0) continue;
        const bytes = this.#fetch(
          path,
          plan,
          whole ? null : { ...box, stride: box.count.map(() => 1) },
          box.size,
          pointer,
        ) as Uint8Array;
        if (!transpose) {
          outBytes.set(bytes, box.start * itemSize);
        } else {
          const values = new ctor(bytes.slice().buffer);
          scatterFortran(
            values as unknown as Values,
            shape,
            lanes,
            box.start,
            box.size,
            out as unknown as Values,
          );
        }
      }
    } finally {
      lib.module._free(pointer);
    }
    return plan.kind === "f16" ? narrowToFloat16(out as Float32Array) : out;
  }

  async #readStrings(
    path: string,
    plan: Plan,
    shape: number[],
    signal: AbortSignal | undefined,
  ): Promise<string[]> {
    const lib = this.#lib;
    const { meta } = plan;
    const total = shape.reduce((a, b) => a * b, 1);
    const out = new Array<string>(total);
    const transpose = plan.order === "F" && shape.length >= 2;
    const action = `read dataset "${path}" from "${this.path}"`;
    const boxes = planBoxes(shape, meta.size, this.#sliceBytes, meta.chunks);
    const whole = boxes.length === 1;
    const pointer = lib.malloc(
      boxes.reduce((max, b) => Math.max(max, b.size), 0) * meta.size,
      action,
    );
    try {
      for (const [i, box] of boxes.entries()) {
        if (i > 0) await tick(signal);
        if (box.size === 0) continue;
        const strings = this.#fetch(
          path,
          plan,
          whole ? null : { ...box, stride: box.count.map(() => 1) },
          box.size,
          pointer,
        ) as string[];
        if (transpose) {
          scatterFortran(strings, shape, 1, box.start, box.size, out);
        } else {
          for (let k = 0; k < strings.length; k++) {
            out[box.start + k] = strings[k];
          }
        }
      }
    } finally {
      lib.module._free(pointer);
    }
    return out;
  }

  /**
   * Reads the elements `picks` select, one hyperslab per combination of
   * runs (neighbouring indices, in either direction) along the axes, cut to
   * at most `sliceBytes` each; they are put in place in C order, then
   * moved to the dataset's memory order.
   */
  async #readPicks(
    path: string,
    plan: Plan,
    picks: ResolvedPick[],
    kept: number[],
    signal: AbortSignal | undefined,
  ): Promise<NDArrayData> {
    const lib = this.#lib;
    const itemSize = plan.meta.size;
    const strings = plan.kind === "strings";
    const counts = picks.map((p) => p.count);
    const total = counts.reduce((a, b) => a * b, 1);
    const outStrings = strings ? new Array<string>(total) : undefined;
    const outValues = strings ? undefined : this.#valuesOf(plan, total);
    const outBytes = outValues && new Uint8Array(outValues.buffer);
    const slabs = total === 0 ? [] : planSlabs(
      picks.map(runsOf),
      itemSize,
      this.#sliceBytes,
    );
    const action = `read dataset "${path}" from "${this.path}"`;
    const pointer = lib.malloc(
      slabs.reduce((max, s) => Math.max(max, s.size), 0) * itemSize,
      action,
    );
    // Timers (and an abort) run between slabs once a slice's worth of
    // bytes was read, or 50 ms passed (many small slabs): a tick per slab
    // would cost more than the reads of a summary's slabs.
    let sinceTick = 0;
    let lastTick = performance.now();
    try {
      for (const slab of slabs) {
        if (
          sinceTick >= this.#sliceBytes || performance.now() - lastTick > 50
        ) {
          await tick(signal);
          sinceTick = 0;
          lastTick = performance.now();
        }
        sinceTick += slab.size * itemSize;
        // A 0-d dataset is read whole (it has no axis to select on).
        const got = this.#fetch(
          path,
          plan,
          picks.length === 0 ? null : slab,
          slab.size,
          pointer,
        );
        placeSlab(slab, counts, (from, to, n) => {
          if (outBytes !== undefined) {
            const bytes = got as Uint8Array;
            outBytes.set(
              bytes.subarray(from * itemSize, (from + n) * itemSize),
              to * itemSize,
            );
          } else {
            for (let k = 0; k < n; k++) {
              outStrings![to + k] = (got as string[])[from + k];
            }
          }
        });
      }
    } finally {
      lib.module._free(pointer);
    }
    let out: TypedArray | string[] = outValues ?? outStrings!;
    if (plan.order === "F" && kept.length >= 2) {
      // C order to F order: the kept axes only (the others have length 1).
      const lanes = Math.max(parseDescr(plan.descr!)!.lanes, 1);
      const dst = strings
        ? new Array<string>(total)
        : this.#valuesOf(plan, total);
      scatterFortran(
        out as unknown as Values,
        kept,
        strings ? 1 : lanes,
        0,
        total,
        dst as unknown as Values,
      );
      out = dst;
    }
    return plan.kind === "f16" ? narrowToFloat16(out as Float32Array) : out;
  }
}

/**
 * Reads one dataset of an HDF5 file into an {@linkcode NDArray}: a shortcut
 * for {@linkcode Hdf5Reader}. Reads files persist wrote exactly as written,
 * and files h5py wrote (groups, chunked, compressed, resizable and
 * big-endian datasets, bools, complex numbers, strings) with the dtype h5py
 * would give.
 *
 * Requires `--allow-env` (h5wasm needs it) and `--allow-read` for the file.
 *
 * @example Reading a dataset h5py wrote
 * ```ts ignore
 * import { readHdf5 } from "@persist/persist";
 *
 * const a = await readHdf5("results.h5", "group/nested");
 * console.log(a.dtype, a.shape, a.data);
 * ```
 *
 * @param path The file (a path or a `file:` URL).
 * @param dataset The dataset's path in the file, e.g. `"group/nested"`.
 * @param options The slice size.
 * @returns The array.
 * @throws {NotFoundError} When the file or the dataset does not exist.
 * @throws {FormatError} When the file is not HDF5, is damaged, or the
 * dataset's datatype has no NumPy equivalent persist supports.
 * @throws {Deno.errors.NotCapable} When `--allow-env` or read access is
 * missing.
 */
export async function readHdf5(
  path: string | URL,
  dataset: string,
  options: Hdf5ReaderOptions & Hdf5ReadOptions = {},
): Promise<NDArray> {
  await using reader = await Hdf5Reader.open(path, options);
  return await reader.read(dataset, options);
}

/**
 * Lists the datasets of an HDF5 file, in every group, with their shape,
 * dtype, HDF5 type, layout and attributes, without reading their values.
 *
 * Requires `--allow-env` (h5wasm needs it) and `--allow-read` for the file.
 *
 * @example Listing a file's datasets
 * ```ts ignore
 * import { listHdf5 } from "@persist/persist";
 *
 * for (const d of await listHdf5("results.h5")) {
 *   console.log(d.name, d.shape, d.dtype ?? d.type, d.attrs);
 * }
 * ```
 *
 * @param path The file (a path or a `file:` URL).
 * @param options The slice size (unused by listing; accepted for symmetry).
 * @returns One description per dataset, sorted by path.
 * @throws {NotFoundError} When the file does not exist.
 * @throws {FormatError} When the file is not HDF5 or is damaged.
 * @throws {Deno.errors.NotCapable} When `--allow-env` or read access is
 * missing.
 */
export async function listHdf5(
  path: string | URL,
  options: Hdf5ReaderOptions = {},
): Promise<Hdf5DatasetInfo[]> {
  await using reader = await Hdf5Reader.open(path, options);
  return await reader.list();
}

function kindOf(descr: string | undefined): StorageKind | undefined {
  if (descr === undefined) return undefined;
  return descr === "<U" ? "strings" : "bytes";
}

/** The dtype of strings read back: the attribute's width, or the longest. */
function stringDescr(descr: string, strings: string[]): string {
  if (descr !== "<U") return descr;
  let width = 1;
  for (const s of strings) {
    let n = 0;
    for (const _ of s) n++;
    if (n > width) width = n;
  }
  return `<U${width}`;
}

/** Decodes strings from wasm memory: pointers (vlen) or fixed-size fields. */
function decodeStrings(
  lib: Hdf5Lib,
  meta: H5Metadata,
  bytes: Uint8Array,
): string[] {
  const count = bytes.byteLength / meta.size;
  const out = new Array<string>(count);
  if (meta.vlen) {
    const pointers = new Uint32Array(bytes.buffer, bytes.byteOffset, count);
    for (let i = 0; i < count; i++) {
      out[i] = pointers[i] === 0 ? "" : lib.module.UTF8ToString(pointers[i]);
    }
    return out;
  }
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    let field = bytes.subarray(i * meta.size, (i + 1) * meta.size);
    if (meta.strpad === STRPAD_NULLTERM) {
      const nul = field.indexOf(0);
      if (nul >= 0) field = field.subarray(0, nul);
    } else {
      // Null- or space-padded: a NUL inside is part of the string (as
      // NumPy and h5py read it); only padding at the end goes.
      let end = field.length;
      while (end > 0 && field[end - 1] === 0) end--;
      field = field.subarray(0, end);
    }
    const text = decoder.decode(field);
    out[i] = meta.strpad === STRPAD_SPACE ? text.replace(/ +$/, "") : text;
  }
  return out;
}

/** Shapes flat attribute values: a scalar for `[]`, nested arrays otherwise. */
function nest(
  values: Hdf5AttributeValue[],
  shape: number[],
): Hdf5AttributeValue {
  if (shape.length === 0) return values[0];
  if (shape.length === 1) return values;
  const step = values.length / shape[0];
  return Array.from(
    { length: shape[0] },
    (_, i) => nest(values.slice(i * step, (i + 1) * step), shape.slice(1)),
  );
}

/**
 * Checks that a file exists and carries the HDF5 signature (at offset 0, or
 * after a user block at 512, 1024, 2048, …) before HDF5 opens it.
 */
async function checkHdf5File(path: string): Promise<void> {
  let handle: Deno.FsFile;
  try {
    handle = await Deno.open(path, { read: true });
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
  using file = handle;
  // Deno.stat of the path, not file.stat(): see fileSize().
  if (!(await Deno.stat(path)).isFile) {
    throw new FormatError(`Cannot read "${path}": it is not a file`, { path });
  }
  const size = await fileSize(file);
  const head = new Uint8Array(SIGNATURE.length);
  for (
    let at = 0;
    at + head.length <= size;
    at = at === 0 ? 512 : at * 2
  ) {
    await file.seek(at, Deno.SeekMode.Start);
    const n = await readFull(file, head);
    if (n === head.length && SIGNATURE.every((b, i) => head[i] === b)) return;
  }
  throw new FormatError(
    `Cannot read "${path}": it is not an HDF5 file (no HDF5 signature at offset 0, 512, 1024, …)`,
    { path, offset: 0 },
  );
}
