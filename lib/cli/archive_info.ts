// Copyright 2026 the persist authors. MIT license.

/**
 * Reading an archive for the tool: its values with classes replaced by
 * stand-ins (the tool never imports code), and, for `show`, only the headers
 * of its array files.
 *
 * @module
 */

import { join } from "node:path";
import { FormatError } from "../errors.ts";
import {
  type ArrayRef,
  arrayUses,
  type Constructor,
  type DataFormat,
  formatOfRef,
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
import type { ArrayStub } from "./describe.ts";
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
  /** The array files `mod.js` reads, in order, once each. */
  files: ArrayFileInfo[];
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
      return await read(dir, true);
    } catch (error) {
      if (isPermissionError(error)) throw error;
      // A hand-edited archive may need the data to be built (a DataView
      // at an offset into an array file): read everything, and report
      // that attempt's error if it fails too.
    }
  }
  return await read(dir, false);
}

async function read(dir: string, headersOnly: boolean): Promise<ArchiveInfo> {
  await using headers = new ArrayHeaders(dir);
  const stubs = new WeakMap<object, ArrayStub>();
  const readArray = async (_folder: string, ref: ArrayRef) => {
    const info = await headers.get(ref);
    const dtype = parseDescr(info.dtype);
    if (dtype === undefined) {
      throw new FormatError(
        `Cannot describe "${
          join(dir, info.file)
        }": its dtype "${info.dtype}" is not one persist stores`,
        { path: join(dir, info.file) },
      );
    }
    const data = dtype.ctor === undefined ? [] : new dtype.ctor(0);
    stubs.set(Array.isArray(data) ? data : data.buffer, {
      file: info.file,
      dataset: info.dataset,
      dtype: dtype.descr,
      shape: info.shape,
      itemSize: dtype.itemSize,
      lanes: dtype.lanes,
    });
    return new NDArray(data, [0], { dtype: dtype.descr });
  };
  const values = await loadArchive(dir, {
    resolveClass: resolvePlaceholder,
    readArray: headersOnly ? readArray : undefined,
  });
  const text = await readModule(dir);
  const files = new Map<string, ArrayFileInfo>();
  for (const { ref } of arrayUses(text, join(dir, MODULE_FILE))) {
    const key = refKey(ref);
    if (!files.has(key)) files.set(key, await headers.get(ref));
  }
  return {
    path: dir,
    format: await formatVersion(dir),
    values,
    stubOf: (value) => stubs.get(stubKey(value)),
    files: [...files.values()],
  };
}

function refKey(ref: ArrayRef): string {
  return `${ref.file}\0${ref.dataset ?? ""}`;
}

/**
 * Reads the headers of an archive's arrays, once each: `.npy` headers, and
 * HDF5 dataset descriptions (one reader per HDF5 file, closed at the end).
 */
class ArrayHeaders implements AsyncDisposable {
  readonly #dir: string;
  readonly #cache = new Map<string, Promise<ArrayFileInfo>>();
  readonly #readers = new Map<string, Promise<Hdf5Reader>>();

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
      fileBytes: (await Deno.stat(path)).size,
    };
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
  const head = new Uint8Array(HEADER_PREFIX.length + 12);
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
