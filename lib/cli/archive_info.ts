// Copyright 2026 the persist authors. MIT license.

/**
 * Reading an archive for the tool: its values with classes replaced by
 * stand-ins (the tool never imports code), and, for `show`, only the headers
 * of its array files.
 *
 * @module
 */

import { basename, dirname, join, resolve } from "node:path";
import { FormatError, NotFoundError } from "../errors.ts";
import {
  type ArrayRef,
  type ArrayStore,
  arrayUses,
  type Constructor,
  type DataFormat,
  formatOfRef,
  HEADER_BYTES,
  HEADER_PREFIX,
  loadArchive,
  MODULE_FILE,
  readModule,
  register,
  registeredClass,
} from "../archive/mod.ts";
import { Hdf5Reader } from "../hdf5/mod.ts";
import { NDArray, parseDescr, readNpyHeader } from "../npy/mod.ts";
import { readFull } from "../fs/mod.ts";
import {
  type ArraySource,
  type ArrayView,
  hdf5Source,
  npySource,
  viewOf,
} from "./_array_part.ts";
import {
  childrenOf,
  isContainer,
  isMap,
  isSet,
  mapEntries,
  setValues,
} from "./_refs.ts";
import { ArrayExcerpt } from "./format_array.ts";
import type { ArrayStub } from "./describe.ts";
import { DamagedError } from "./exit_code.ts";
import { placeholderClass } from "./placeholder.ts";

/** One array of an archive, from its file's header (or its HDF5 dataset's description). */
export interface ArrayFileInfo {
  /** The file name, relative to the archive folder. */
  file: string;
  /** The dataset in the file, for HDF5. */
  dataset?: string;
  /** The array format of the file. */
  format: DataFormat;
  /** The dtype as the file stores it (byte order included). */
  dtype: string;
  /** Axis lengths. */
  shape: number[];
  /** Memory order. */
  order: "C" | "F";
  /** The `.npy` format version, `"1.0"` (`.npy` files only). */
  version?: string;
  /** Bytes of the array's data. */
  dataBytes: number;
  /** Bytes of the whole file (for HDF5, shared by its datasets). */
  fileBytes: number;
}

/** What {@linkcode readArchiveInfo} found. */
export interface ArchiveInfo {
  /** The archive folder. */
  path: string;
  /** The format version from `mod.js`'s first line, if it has one. */
  format: number | undefined;
  /** The exports, by name. With `headersOnly`, arrays are stubs. */
  values: Record<string, unknown>;
  /** Tells about stub arrays (with `headersOnly`), else `undefined` always. */
  stubOf: (value: object) => ArrayStub | undefined;
  /** The array files `mod.js` reads, in order, once each (those it can read). */
  files: ArrayFileInfo[];
  /**
   * The array files (or datasets) `mod.js` names that are missing or
   * damaged, in order, once each. Always empty without `headersOnly` (then
   * such a file is an error).
   */
  problems: ArrayProblem[];
}

/** An array file (or HDF5 dataset) an archive names but that cannot be read. */
export interface ArrayProblem {
  /** The file name, relative to the archive folder. */
  file: string;
  /** The dataset in the file, for HDF5. */
  dataset?: string;
  /** What is wrong with it (the reader's error message). */
  message: string;
}

/** Options for {@linkcode readArchiveInfo}. */
export interface ReadArchiveInfoOptions {
  /**
   * Read only the headers of array files: values hold empty stand-in arrays
   * that `stubOf` describes. Falls back to reading everything if the
   * archive cannot be built from stand-ins.
   *
   * @default {false}
   */
  headersOnly?: boolean;
}

const classes = new Map<string, Constructor>();

/**
 * Resolves a class an archive imports to a stand-in class of the same
 * name (the same one on every call, registered so that saving an instance
 * writes the same import back).
 *
 * @example Stand-ins for classes
 * ```ts
 * import { resolvePlaceholder } from "./archive_info.ts";
 * import assert from "node:assert/strict";
 * const Point = resolvePlaceholder("../lib/point.js", "Point");
 * assert.equal(Point.name, "Point");
 * assert.equal(resolvePlaceholder("../lib/point.js", "Point"), Point);
 * ```
 *
 * @param module The module the archive names.
 * @param name The export the archive names.
 * @returns The stand-in class.
 */
export function resolvePlaceholder(module: string, name: string): Constructor {
  const key = `${module}\0${name}`;
  let cls = classes.get(key);
  if (cls === undefined) {
    cls = registeredClass(module, name) ?? placeholderClass(module, name);
    if (registeredClass(module, name) === undefined) {
      register(cls, { module, export: name });
    }
    classes.set(key, cls);
  }
  return cls;
}

/**
 * Loads an archive for the tool: classes become stand-ins, and with
 * `headersOnly` arrays are not read (only their headers).
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Listing an archive cheaply
 * ```ts ignore
 * import { readArchiveInfo } from "./archive_info.ts";
 * const info = await readArchiveInfo("runs/run1", { headersOnly: true });
 * console.log(Object.keys(info.values), info.files);
 * ```
 *
 * @param dir The archive folder.
 * @param options Whether to read only headers.
 * @returns The values, stub lookup and array files.
 * @throws {NotFoundError} When the archive or an array file is missing.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset.
 * @throws {FormatError} When a file is damaged.
 * @throws {Deno.errors.NotCapable} When a permission is missing (HDF5
 * array files need `--allow-env`).
 */
export async function readArchiveInfo(
  dir: string,
  options: ReadArchiveInfoOptions = {},
): Promise<ArchiveInfo> {
  if (options.headersOnly) {
    try {
      return await read(dir, new Set());
    } catch (error) {
      if (isPermissionError(error)) throw error;
      // A hand-edited archive may need the data to be built (a DataView
      // at an offset into an array file): read everything, and report
      // that attempt's error if it fails too.
    }
  }
  return await read(dir, undefined);
}

/** Options for {@linkcode readArchiveValue}. */
export interface ReadArchiveValueOptions<T> {
  /**
   * Reads the value when `pick` stops at (or returns) a stand-in array of
   * a `.npy` file or an HDF5 dataset, given the array and how the value
   * views it; `undefined` reads the whole array and picks again.
   *
   * @default {undefined}
   */
  readPart?: (
    array: ArraySource,
    view: ArrayView,
  ) => Promise<{ value: T } | undefined>;
  /**
   * Gives what stands in the value for an array it holds, instead of the
   * array read whole (the tool's excerpt of a big array); `undefined`
   * reads the array.
   *
   * @default {undefined}
   */
  excerpt?: (
    array: ArraySource,
    view: ArrayView,
  ) => Promise<ArrayExcerpt | undefined>;
}

/**
 * Picks a value from an archive and reads the data of only the arrays that
 * value holds: the archive is built once with stand-ins for all arrays (from
 * their headers: a missing or damaged array file elsewhere in the archive
 * does not matter), `pick` finds the value, and, if it holds arrays, the
 * archive is built again with those arrays read, but for those `excerpt`
 * gives a stand-in for.
 *
 * `pick` is called with a `stopAt` test that is true for stand-in arrays:
 * a path into an array stops there (its elements are not known yet).
 *
 * Requires `--allow-read` permission for the folder (and `--allow-env` for
 * HDF5 array files).
 *
 * @example Printing one value of an archive without reading the others
 * ```ts ignore
 * import { readArchiveValue } from "./archive_info.ts";
 * const small = await readArchiveValue("runs/run1", (values) => values.small);
 * ```
 *
 * @param dir The archive folder.
 * @param pick Finds the value in the archive's values.
 * @param options How to read an array that `pick` returns as it is, and
 * what stands for arrays the value holds.
 * @returns What `pick` returns, with every array it holds read.
 * @throws {NotFoundError} When the archive is missing, or `pick` throws it.
 * @throws {DamagedError} When an array file the value needs is missing.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset.
 * @throws {FormatError} When a file the value needs is damaged.
 */
export async function readArchiveValue<T>(
  dir: string,
  pick: (
    values: Record<string, unknown>,
    stopAt: ((value: unknown) => boolean) | undefined,
  ) => T,
  options: ReadArchiveValueOptions<T> = {},
): Promise<T> {
  try {
    // Both passes share the headers: the second reads none again.
    await using headers = new ArrayHeaders(dir);
    let first: ArchiveInfo;
    try {
      first = await read(dir, new Set(), { listFiles: false, headers });
    } catch (error) {
      if (isPermissionError(error)) throw error;
      // Built from stand-ins, a hand-edited archive may fail (see
      // readArchiveInfo()): read everything.
      return pick((await read(dir, undefined)).values, undefined);
    }
    const isStub = (value: unknown) =>
      value !== null && typeof value === "object" &&
      first.stubOf(value) !== undefined;
    const root = pick(first.values, isStub);
    const partOf = async (
      standIn: object,
      stub: ArrayStub,
      read: (array: ArraySource, view: ArrayView) => Promise<unknown>,
    ) => {
      const view = viewOf(standIn, stub.ndarray);
      const array = view && await headers.source(stub);
      return array && await read(array, view!);
    };
    const stub = isStub(root) ? first.stubOf(root as object) : undefined;
    if (options.readPart !== undefined && stub !== undefined) {
      const part = await partOf(root as object, stub, options.readPart) as
        | { value: T }
        | undefined;
      if (part !== undefined) return part.value;
    }
    // The arrays the value holds: read, or, if `excerpt` gives one, an
    // excerpt printed in their place (a file is read when one of its
    // views has none).
    const found = reachableStubs(root, first.stubOf);
    if (found.size === 0) return root;
    const needed = new Set<string>();
    const excerpts = new Map<string, ArrayExcerpt>();
    for (const [standIn, stub] of found) {
      const excerpt = options.excerpt === undefined
        ? undefined
        : await partOf(standIn, stub, options.excerpt) as
          | ArrayExcerpt
          | undefined;
      if (excerpt === undefined) needed.add(refKey(stub));
      else excerpts.set(viewKey(stub, standIn), excerpt);
    }
    let value = root;
    let stubOf = first.stubOf;
    if (needed.size > 0) {
      const second = await read(dir, needed, { listFiles: false, headers });
      value = pick(second.values, undefined);
      stubOf = second.stubOf;
    }
    const left = reachableStubs(value, stubOf);
    if (left.size === 0) return value;
    const standIns = new Map<object, ArrayExcerpt>();
    for (const [standIn, stub] of left) {
      const excerpt = excerpts.get(viewKey(stub, standIn));
      if (excerpt === undefined) break;
      // One excerpt per stand-in, as each would be an array of its own.
      standIns.set(
        standIn,
        new ArrayExcerpt(excerpt.edges, excerpt.shape, excerpt.edgeItems),
      );
    }
    if (standIns.size === left.size) {
      const result = replaceStandIns(value, standIns) as T;
      if (reachableStubs(result, stubOf).size === 0) return result;
    }
    // The archive was replaced between the two reads: read everything.
    return pick((await read(dir, undefined)).values, undefined);
  } catch (error) {
    throw missingArrayAsDamage(dir, error);
  }
}

/**
 * An array file `mod.js` names but that is not there makes the archive
 * damaged (exit code 4), not "not found" (the user named something else).
 */
function missingArrayAsDamage(dir: string, error: unknown): unknown {
  if (
    !(error instanceof NotFoundError) || error.path === undefined ||
    !(error.cause instanceof NotFoundError) ||
    resolve(dirname(error.path)) !== resolve(dir) ||
    basename(error.path) === MODULE_FILE
  ) {
    return error;
  }
  return new DamagedError(
    `${error.message}; run "persist verify ${dir}" to list every problem`,
    { path: error.path, cause: error },
  );
}

/** The stand-in arrays reachable from a value, with what they stand for. */
function reachableStubs(
  root: unknown,
  stubOf: (value: object) => ArrayStub | undefined,
): Map<object, ArrayStub> {
  const found = new Map<object, ArrayStub>();
  const seen = new Set<object>();
  const todo: unknown[] = [root];
  while (todo.length > 0) {
    const value = todo.pop();
    if (value === null || typeof value !== "object" || seen.has(value)) {
      continue;
    }
    seen.add(value);
    const stub = stubOf(value);
    if (stub !== undefined) {
      found.set(value, stub);
      continue;
    }
    if (!isContainer(value)) continue;
    for (const child of childrenOf(value)) todo.push(child);
    // Fields that the printers skip (symbol keys, hidden fields) too.
    for (const key of Reflect.ownKeys(value)) {
      const field = Object.getOwnPropertyDescriptor(value, key)?.value;
      if (field !== null && typeof field === "object") todo.push(field);
    }
  }
  return found;
}

/**
 * Puts `by.get(x)` in place of every `x` that `by` holds, wherever
 * {@linkcode reachableStubs} finds it: a field or element (its property
 * redefined as it was), a Map's key or value or a Set's member (the
 * entries put back in their order). The value itself is not changed when
 * it is one.
 */
function replaceStandIns(root: unknown, by: Map<object, object>): unknown {
  const swap = (v: unknown) =>
    v !== null && typeof v === "object" ? by.get(v) ?? v : v;
  if (root !== null && typeof root === "object" && by.has(root)) {
    return by.get(root);
  }
  const seen = new Set<object>();
  const todo: unknown[] = [root];
  while (todo.length > 0) {
    const value = todo.pop();
    if (
      value === null || typeof value !== "object" || seen.has(value) ||
      by.has(value) || !isContainer(value)
    ) {
      continue;
    }
    seen.add(value);
    if (isMap(value)) {
      const entries = mapEntries(value);
      todo.push(...entries.flat());
      if (entries.some(([k, v]) => swap(k) !== k || swap(v) !== v)) {
        Map.prototype.clear.call(value);
        for (const [k, v] of entries) {
          Map.prototype.set.call(value, swap(k), swap(v));
        }
      }
    } else if (isSet(value)) {
      const members = setValues(value);
      todo.push(...members);
      if (members.some((m) => swap(m) !== m)) {
        Set.prototype.clear.call(value);
        for (const m of members) Set.prototype.add.call(value, swap(m));
      }
    }
    for (const key of Reflect.ownKeys(value)) {
      const field = Object.getOwnPropertyDescriptor(value, key)!;
      if (!("value" in field)) continue;
      const swapped = swap(field.value);
      if (swapped !== field.value && (field.writable || field.configurable)) {
        Object.defineProperty(value, key, { ...field, value: swapped });
      } else todo.push(field.value);
    }
  }
  return root;
}

/**
 * Builds an archive's values. `read` undefined: every array is read. A set:
 * the arrays it names (by `refKey()`) are read, the others are stand-ins
 * from their headers, or, when their file cannot be read, stand-ins listed
 * in `problems`. `headers` lets several calls share the headers read (and
 * the HDF5 readers, which its owner closes).
 */
async function read(
  dir: string,
  readData: ReadonlySet<string> | undefined,
  options: { listFiles?: boolean; headers?: ArrayHeaders } = {},
): Promise<ArchiveInfo> {
  const { listFiles = true } = options;
  await using own = options.headers ? undefined : new ArrayHeaders(dir);
  const headers = options.headers ?? own!;
  await using data = new ArrayData(dir);
  const stubs = new WeakMap<object, ArrayStub>();
  const problems = new Map<string, ArrayProblem>();
  const readArray = async (_folder: string, ref: ArrayRef) => {
    const key = refKey(ref);
    if (readData!.has(key)) return await data.read(ref);
    let info: ArrayFileInfo;
    try {
      info = await headers.get(ref);
    } catch (error) {
      if (isPermissionError(error)) throw error;
      // Not readable: a stand-in that says so; whoever needs its data
      // gets the error then.
      const problem = { ...ref, message: messageOf(error) };
      problems.set(key, problem);
      const empty = new Float64Array(0);
      stubs.set(empty.buffer, {
        ...ref,
        dtype: "",
        shape: [],
        itemSize: 0,
        lanes: 1,
        problem: problem.message,
      });
      return new NDArray(empty, [0]);
    }
    const dtype = parseDescr(info.dtype);
    if (dtype === undefined) {
      throw new FormatError(
        `Cannot describe "${
          join(dir, info.file)
        }": its dtype "${info.dtype}" is not one persist stores`,
        { path: join(dir, info.file) },
      );
    }
    const empty = dtype.ctor === undefined ? [] : new dtype.ctor(0);
    const ndarray = new NDArray(empty, [0], { dtype: dtype.descr });
    stubs.set(Array.isArray(empty) ? empty : empty.buffer, {
      file: info.file,
      dataset: info.dataset,
      dtype: dtype.descr,
      shape: info.shape,
      itemSize: dtype.itemSize,
      lanes: dtype.lanes,
      ndarray,
    });
    return ndarray;
  };
  const values = await loadArchive(dir, {
    resolveClass: resolvePlaceholder,
    readArray: readData === undefined ? undefined : readArray,
  });
  const files = new Map<string, ArrayFileInfo>();
  if (listFiles) {
    const text = await readModule(dir);
    for (const { ref } of arrayUses(text, join(dir, MODULE_FILE))) {
      const key = refKey(ref);
      if (files.has(key) || problems.has(key)) continue;
      try {
        files.set(key, await headers.get(ref));
      } catch (error) {
        if (readData === undefined || isPermissionError(error)) throw error;
        problems.set(key, { ...ref, message: messageOf(error) });
      }
    }
  }
  return {
    path: dir,
    format: listFiles ? await formatVersion(dir) : undefined,
    values,
    stubOf: (value) => stubs.get(stubKey(value)),
    files: [...files.values()],
    problems: [...problems.values()],
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the data of an archive's arrays through the array stores, opening
 * one store per format on first use (closed at the end).
 */
class ArrayData implements AsyncDisposable {
  readonly #dir: string;
  readonly #stores = new Map<DataFormat, Promise<ArrayStore>>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  async read(ref: ArrayRef): Promise<NDArray> {
    const format = formatOfRef(ref);
    if (format === undefined) {
      const path = join(this.#dir, ref.file);
      throw new FormatError(
        `Cannot read "${path}": it is not an array file persist reads (.npy, or .h5 with a dataset)`,
        { path },
      );
    }
    let store = this.#stores.get(format.name);
    if (store === undefined) {
      store = format.open(this.#dir, { write: false, sync: false });
      this.#stores.set(format.name, store);
    }
    return await (await store).read(ref);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    for (const store of this.#stores.values()) {
      await (await store.catch(() => undefined))?.close();
    }
  }
}

function refKey(ref: ArrayRef): string {
  return `${ref.file}\0${ref.dataset ?? ""}`;
}

/** An array file and how a stand-in views it: its NDArray, or a typed array kind. */
function viewKey(stub: ArrayStub, standIn: object): string {
  const kind = standIn === stub.ndarray ? "ndarray" : standIn.constructor.name;
  return `${refKey(stub)}\0${kind}`;
}

/**
 * Reads the headers of an archive's arrays, once each: `.npy` headers, and
 * HDF5 dataset descriptions (one reader per HDF5 file, closed at the end).
 */
class ArrayHeaders implements AsyncDisposable {
  readonly #dir: string;
  readonly #cache = new Map<string, Promise<ArrayFileInfo>>();
  readonly #readers = new Map<string, Promise<Hdf5Reader>>();
  /** Sizes of HDF5 files, by name: taken once per file, not per dataset. */
  readonly #sizes = new Map<string, Promise<number>>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  get(ref: ArrayRef): Promise<ArrayFileInfo> {
    const key = refKey(ref);
    let info = this.#cache.get(key);
    if (info === undefined) {
      info = this.#read(ref);
      this.#cache.set(key, info);
    }
    return info;
  }

  async #read(ref: ArrayRef): Promise<ArrayFileInfo> {
    const path = join(this.#dir, ref.file);
    const format = formatOfRef(ref)?.name;
    if (format === "npy") {
      const header = await readNpyHeader(path);
      return {
        file: ref.file,
        format,
        dtype: header.descr,
        shape: header.shape,
        order: header.order,
        version: header.version.join("."),
        dataBytes: header.dataBytes,
        fileBytes: header.fileBytes,
      };
    }
    if (format !== "hdf5" || ref.dataset === undefined) {
      throw new FormatError(
        `Cannot read "${path}": it is not an array file persist reads (.npy, or .h5 with a dataset)`,
        { path },
      );
    }
    let reader = this.#readers.get(ref.file);
    if (reader === undefined) {
      reader = Hdf5Reader.open(path);
      this.#readers.set(ref.file, reader);
    }
    const info = await (await reader).info(ref.dataset);
    const dtype = info.dtype === undefined ? undefined : parseDescr(info.dtype);
    if (info.shape === null || dtype === undefined) {
      throw new FormatError(
        `Cannot read dataset "${ref.dataset}" of "${path}": its HDF5 type (${info.type}) is not an array persist reads`,
        { path },
      );
    }
    return {
      file: ref.file,
      dataset: ref.dataset,
      format,
      dtype: info.dtype!,
      shape: info.shape,
      order: info.order,
      dataBytes: info.shape.reduce((a, b) => a * b, 1) * dtype.itemSize,
      fileBytes: await this.#size(ref.file, path),
    };
  }

  /**
   * An array as a source to read in part, or `undefined` when it cannot be
   * (a file that cannot be described, strings of unknown width in HDF5).
   */
  async source(ref: ArrayRef & { problem?: string }): Promise<
    ArraySource | undefined
  > {
    if (ref.problem !== undefined) return;
    const info = await this.get(ref);
    const path = join(this.#dir, ref.file);
    if (info.format === "npy") return await npySource(path, info);
    const reader = await this.#readers.get(ref.file)!;
    return await hdf5Source(reader, ref.dataset!, info);
  }

  #size(file: string, path: string): Promise<number> {
    let size = this.#sizes.get(file);
    if (size === undefined) {
      size = Deno.stat(path).then((s) => s.size);
      this.#sizes.set(file, size);
    }
    return size;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    for (const reader of this.#readers.values()) {
      await (await reader.catch(() => undefined))?.close();
    }
  }
}

function stubKey(value: object): object {
  if (value instanceof NDArray) {
    return Array.isArray(value.data) ? value.data : value.data.buffer;
  }
  if (ArrayBuffer.isView(value)) return value.buffer;
  return value;
}

/**
 * The format version stated by `mod.js`'s first line.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @param dir The archive folder.
 * @returns The version, or `undefined` when the line is missing.
 */
export async function formatVersion(dir: string): Promise<number | undefined> {
  using file = await Deno.open(join(dir, MODULE_FILE), { read: true });
  const head = new Uint8Array(HEADER_BYTES + 12);
  const n = await readFull(file, head);
  const text = new TextDecoder().decode(head.subarray(0, n));
  if (!text.startsWith(HEADER_PREFIX)) return undefined;
  const match = /^\d+/.exec(text.slice(HEADER_PREFIX.length));
  return match === null ? undefined : Number(match[0]);
}

/**
 * Whether an error is Deno's refusal of a permission (never turned into a
 * report of damage).
 *
 * @param error Anything thrown.
 * @returns `true` for `NotCapable` and `PermissionDenied`.
 */
export function isPermissionError(error: unknown): boolean {
  return error instanceof Deno.errors.NotCapable ||
    error instanceof Deno.errors.PermissionDenied;
}
