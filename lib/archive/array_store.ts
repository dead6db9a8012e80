// Copyright 2026 the persist authors. MIT license.

/**
 * The seam between archives and array file formats. An archive writes each
 * array above its threshold through an {@linkcode ArrayStore}, and `mod.js`
 * names it by an {@linkcode ArrayRef}: `await array("y.npy")` for `.npy`
 * (one file per array), `await array("arrays.h5", { dataset: "y" })` for a
 * container format (one file per archive, one dataset per array).
 *
 * A format plugs in by adding an {@linkcode ArrayFormat} to
 * {@linkcode ARRAY_FORMATS}; {@linkcode formatOfRef} finds the format of a
 * reference read back from `mod.js` by its file extension.
 *
 * @module
 */

import { join } from "node:path";
import { NotFoundError } from "../errors.ts";
import {
  type NDArray,
  npyParts,
  readNpy,
  type TypedArray,
} from "../npy/mod.ts";
import { writeFileSynced } from "./_write_file.ts";

/** The array file formats an archive can use. */
export type DataFormat = "npy" | "hdf5";

/** How `mod.js` names one stored array. */
export interface ArrayRef {
  /** The file, relative to the archive folder (a plain name, no folders). */
  file: string;
  /** The dataset inside the file, for container formats such as HDF5. */
  dataset?: string;
}

/**
 * Arrays of one archive folder in one format: written while the archive is
 * built in its temporary folder, read when it is loaded.
 */
export interface ArrayStore {
  /** The format. */
  readonly format: DataFormat;
  /**
   * Stores an array under a name that is unique in the archive (letters,
   * digits, `.`, `_`, `-`). Returns how `mod.js` names it, which must equal
   * `format.ref(name)`.
   */
  write(name: string, array: NDArray | TypedArray): Promise<ArrayRef>;
  /**
   * Reads an array back.
   *
   * @throws {NotFoundError} When its file (or dataset) is missing.
   * @throws {FormatError} When the file is damaged.
   */
  read(ref: ArrayRef): Promise<NDArray>;
  /**
   * Finishes: flushes written files to disk (when opened with `sync`) and
   * releases handles. Idempotent.
   */
  close(): Promise<void>;
}

/** Options of {@linkcode ArrayFormat.open}. */
export interface OpenArrayStoreOptions {
  /** Whether arrays will be written (the folder is new and empty). */
  write: boolean;
  /** Flush written files to disk before `close()` returns. */
  sync: boolean;
}

/** One array file format. */
export interface ArrayFormat {
  /** The name used in `dataFormat` options. */
  readonly name: DataFormat;
  /** File extensions (with the dot) that belong to this format. */
  readonly extensions: readonly string[];
  /** How `mod.js` names the array stored under `name` (no I/O). */
  ref(name: string): ArrayRef;
  /**
   * Opens the arrays of an archive folder.
   *
   * @param dir The archive folder.
   * @param options Reading or writing, and flushing.
   */
  open(dir: string, options: OpenArrayStoreOptions): Promise<ArrayStore>;
}

/** One `.npy` file per array, beside `mod.js`. */
export const NPY_FORMAT: ArrayFormat = {
  name: "npy",
  extensions: [".npy"],
  ref: (name) => ({ file: `${name}.npy` }),
  open: (dir, options) => Promise.resolve(new NpyStore(dir, options.sync)),
};

/**
 * The array formats, by name. `"hdf5"` is `undefined` until the HDF5 store
 * is plugged in here.
 */
export const ARRAY_FORMATS: Record<DataFormat, ArrayFormat | undefined> = {
  npy: NPY_FORMAT,
  hdf5: undefined,
};

/**
 * The format of an array format name given in options.
 *
 * @param name The `dataFormat` option.
 * @returns The format.
 * @throws {TypeError} For unknown names and formats not available yet.
 */
export function arrayFormat(name: string): ArrayFormat {
  if (!Object.hasOwn(ARRAY_FORMATS, name)) {
    throw new TypeError(
      `Cannot use dataFormat ${
        JSON.stringify(name)
      }: it is not an array format; use "npy" or "hdf5"`,
    );
  }
  const format = ARRAY_FORMATS[name as DataFormat];
  if (format === undefined) {
    throw new TypeError(
      `Cannot use dataFormat ${
        JSON.stringify(name)
      }: the HDF5 array store is not available yet; use "npy"`,
    );
  }
  return format;
}

/**
 * The format a reference read from `mod.js` belongs to, by file extension.
 *
 * @param ref The reference.
 * @returns The format, or `undefined` when no available format owns it.
 */
export function formatOfRef(ref: ArrayRef): ArrayFormat | undefined {
  const lower = ref.file.toLowerCase();
  for (const format of Object.values(ARRAY_FORMATS)) {
    if (format?.extensions.some((ext) => lower.endsWith(ext))) return format;
  }
  return undefined;
}

class NpyStore implements ArrayStore {
  readonly format = "npy" as const;
  readonly #dir: string;
  readonly #sync: boolean;

  constructor(dir: string, sync: boolean) {
    this.#dir = dir;
    this.#sync = sync;
  }

  async write(name: string, array: NDArray | TypedArray): Promise<ArrayRef> {
    const ref = NPY_FORMAT.ref(name);
    await writeFileSynced(join(this.#dir, ref.file), npyParts(array), {
      sync: this.#sync,
    });
    return ref;
  }

  async read(ref: ArrayRef): Promise<NDArray> {
    if (ref.dataset !== undefined) {
      throw new NotFoundError(
        `Cannot read dataset "${ref.dataset}" of "${ref.file}": a .npy file holds one array, not datasets`,
        { path: join(this.#dir, ref.file), name: ref.dataset },
      );
    }
    return await readNpy(join(this.#dir, ref.file));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
