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
  type Constructor,
  HEADER_PREFIX,
  loadArchive,
  MODULE_FILE,
  register,
  registeredClass,
} from "../archive/mod.ts";
import { NDArray, readNpy, readNpyHeader } from "../npy/mod.ts";
import { readFull } from "../fs/mod.ts";
import type { ArrayStub } from "./describe.ts";
import { placeholderClass } from "./placeholder.ts";

/** One array file of an archive, from its header. */
export interface ArrayFileInfo {
  /** The file name, relative to the archive folder. */
  file: string;
  /** The dtype as the file stores it (byte order included). */
  dtype: string;
  /** Axis lengths. */
  shape: number[];
  /** Memory order. */
  order: "C" | "F";
  /** The `.npy` format version, `"1.0"`. */
  version: string;
  /** Bytes of data the header promises. */
  dataBytes: number;
  /** Bytes of the whole file. */
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
 * @throws {FormatError} When a file is damaged, or an array file is in a
 * format this version cannot read (HDF5).
 */
export async function readArchiveInfo(
  dir: string,
  options: ReadArchiveInfoOptions = {},
): Promise<ArchiveInfo> {
  if (options.headersOnly) {
    try {
      return await read(dir, true);
    } catch {
      // A hand-edited archive may need the data to be built (a DataView
      // at an offset into an array file): read everything, and report
      // that attempt's error if it fails too.
    }
  }
  return await read(dir, false);
}

async function read(dir: string, headersOnly: boolean): Promise<ArchiveInfo> {
  const stubs = new WeakMap<object, ArrayStub>();
  const files = new Map<string, ArrayFileInfo>();
  const readArray = async (folder: string, ref: ArrayRef) => {
    const path = join(folder, ref.file);
    if (ref.dataset !== undefined || !/\.npy$/i.test(ref.file)) {
      // HDF5: when lib/hdf5 lands, read the dataset's header (listing) here
      // for `headersOnly`, and the dataset itself otherwise.
      throw new FormatError(
        `Cannot read "${path}"${
          ref.dataset === undefined ? "" : ` (dataset "${ref.dataset}")`
        }: it is not a .npy file, and this version of persist reads array files in .npy only (HDF5 support is not available yet)`,
        { path },
      );
    }
    const header = await readNpyHeader(path);
    if (!files.has(ref.file)) {
      files.set(ref.file, {
        file: ref.file,
        dtype: header.descr,
        shape: header.shape,
        order: header.order,
        version: header.version.join("."),
        dataBytes: header.dataBytes,
        fileBytes: header.fileBytes,
      });
    }
    if (!headersOnly) return await readNpy(path);
    const { dtype } = header;
    const data = dtype.ctor === undefined ? [] : new dtype.ctor(0);
    stubs.set(Array.isArray(data) ? data : data.buffer, {
      file: ref.file,
      dtype: dtype.descr,
      shape: header.shape,
      itemSize: dtype.itemSize,
      lanes: dtype.lanes,
    });
    return new NDArray(data, [0], { dtype: dtype.descr });
  };
  const values = await loadArchive(dir, {
    resolveClass: resolvePlaceholder,
    readArray,
  });
  return {
    path: dir,
    format: await formatVersion(dir),
    values,
    stubOf: (value) => stubs.get(stubKey(value)),
    files: [...files.values()],
  };
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
