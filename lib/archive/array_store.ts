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
import { FormatError, NotFoundError, ReadOnlyError } from "../errors.ts";
import { Hdf5Reader, Hdf5Writer } from "../hdf5/mod.ts";
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

/** The HDF5 file of an archive saved with `dataFormat: "hdf5"`. */
export const HDF5_FILE = "arrays.h5";

/**
 * One HDF5 file per archive (`arrays.h5`), one dataset per array, beside
 * `mod.js`. h5wasm is loaded when the store is opened, not before, so only
 * archives that use HDF5 need `--allow-env`.
 */
export const HDF5_FORMAT: ArrayFormat = {
  name: "hdf5",
  extensions: [".h5", ".hdf5"],
  ref: (name) => ({ file: HDF5_FILE, dataset: name }),
  open: (dir, options) => Hdf5Store.open(dir, options),
};

/** The array formats, by name. */
export const ARRAY_FORMATS: Record<DataFormat, ArrayFormat> = {
  npy: NPY_FORMAT,
  hdf5: HDF5_FORMAT,
};

/**
 * The format of an array format name given in options.
 *
 * @param name The `dataFormat` option.
 * @returns The format.
 * @throws {TypeError} For unknown names.
 */
export function arrayFormat(name: string): ArrayFormat {
  if (typeof name !== "string" || !Object.hasOwn(ARRAY_FORMATS, name)) {
    throw new TypeError(
      `Cannot use dataFormat ${
        JSON.stringify(name)
      }: it is not an array format; use "npy" or "hdf5"`,
    );
  }
  return ARRAY_FORMATS[name as DataFormat];
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
    if (format.extensions.some((ext) => lower.endsWith(ext))) return format;
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

/**
 * The arrays of one archive in one HDF5 file. Writing: one
 * {@linkcode Hdf5Writer}, whose file appears when the store is closed (and
 * never after a failed write). Reading: one {@linkcode Hdf5Reader} per file
 * named by the references, opened on first use.
 */
class Hdf5Store implements ArrayStore {
  readonly format = "hdf5" as const;
  readonly #dir: string;
  readonly #writer: Hdf5Writer | undefined;
  readonly #readers = new Map<string, Hdf5Reader>();
  #failed = false;
  #closed = false;

  private constructor(dir: string, writer: Hdf5Writer | undefined) {
    this.#dir = dir;
    this.#writer = writer;
  }

  static async open(
    dir: string,
    options: OpenArrayStoreOptions,
  ): Promise<Hdf5Store> {
    const writer = options.write
      ? await Hdf5Writer.create(join(dir, HDF5_FILE), { sync: options.sync })
      : undefined;
    return new Hdf5Store(dir, writer);
  }

  async write(name: string, array: NDArray | TypedArray): Promise<ArrayRef> {
    if (this.#writer === undefined || this.#closed) {
      throw new ReadOnlyError(
        `Cannot write array "${name}" to "${
          join(this.#dir, HDF5_FILE)
        }": the array store was ${
          this.#closed ? "closed" : "opened for reading"
        }`,
        { path: join(this.#dir, HDF5_FILE) },
      );
    }
    try {
      await this.#writer.write(name, array);
    } catch (error) {
      this.#failed = true;
      throw error;
    }
    return HDF5_FORMAT.ref(name);
  }

  async read(ref: ArrayRef): Promise<NDArray> {
    const path = join(this.#dir, ref.file);
    if (ref.dataset === undefined) {
      throw new FormatError(
        `Cannot read "${path}": an HDF5 file holds many arrays; name the dataset, ` +
          `as in array(${JSON.stringify(ref.file)}, { dataset: "x" })`,
        { path },
      );
    }
    if (this.#closed) {
      throw new ReadOnlyError(
        `Cannot read dataset "${ref.dataset}" of "${path}": the array store was closed`,
        { path },
      );
    }
    let reader = this.#readers.get(ref.file);
    if (reader === undefined) {
      reader = await Hdf5Reader.open(path);
      this.#readers.set(ref.file, reader);
    }
    return await reader.read(ref.dataset);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const readers = [...this.#readers.values()];
    this.#readers.clear();
    for (const reader of readers) await reader.close();
    // After a failed write there is nothing to finish: discard the file.
    if (this.#failed) await this.#writer?.abort();
    else await this.#writer?.close();
  }
}
