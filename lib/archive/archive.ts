// Copyright 2026 the persist authors. MIT license.

import { basename, dirname, join, resolve } from "node:path";
import { createTempSibling, syncDir } from "../fs/mod.ts";
import { toPath } from "../npy/mod.ts";
import {
  type ArrayFormat,
  arrayFormat,
  type DataFormat,
} from "./array_store.ts";
import { emit, type Emitted, emitTree } from "./_emit.ts";
import { type Root, walk } from "./_graph.ts";
import {
  type ArchiveSaveOptions,
  checkTarget,
  installArchive,
  sweepBeside,
} from "./install.ts";
import { RUNTIME_SOURCE } from "./_runtime.ts";
import {
  isPlainName,
  isWellFormed,
  MAX_MODULE_LENGTH,
  MODULE_FILE,
  ModuleLengthError,
  RUNTIME_FILE,
  utf16Length,
} from "./_syntax.ts";
import { writeFilesSynced } from "./_write_file.ts";

/** Options for the {@linkcode Archive} constructor. */
export interface ArchiveOptions {
  /**
   * Typed arrays, NDArrays, ArrayBuffers and DataViews with more elements
   * than this (bytes, for buffers) are stored in array files beside
   * `mod.js`; smaller ones are written inline. `Infinity` keeps everything
   * inline.
   *
   * @default {100}
   */
  arrayThreshold?: number;
  /**
   * The array file format: `"npy"` (one NumPy `.npy` file per array) or
   * `"hdf5"` (one HDF5 file per archive).
   *
   * @default {"npy"}
   */
  dataFormat?: DataFormat;
  /**
   * A single-value archive: it holds exactly one value, which is the
   * module's default export (the name given to `insert` names the constant
   * inside `mod.js`). Inserting a second value is an error.
   *
   * @default {false}
   */
  single?: boolean;
}

/** Options for {@linkcode save}: how to write the archive and where. */
export interface SaveOptions extends ArchiveSaveOptions {
  /**
   * Arrays with more elements than this go to array files.
   *
   * @default {100}
   */
  arrayThreshold?: number;
  /**
   * The array file format.
   *
   * @default {"npy"}
   */
  dataFormat?: DataFormat;
}

/** Options for {@linkcode saveValue}. */
export interface SaveValueOptions extends SaveOptions {
  /**
   * The name of the value's constant inside `mod.js` (readability only).
   *
   * @default {"value"}
   */
  name?: string;
}

/** What the internal writer needs from an Archive. */
interface Internals {
  render(): Emitted;
  format: ArrayFormat;
}

const internals = new WeakMap<Archive, Internals>();
const RUNTIME_BYTES = new TextEncoder().encode(RUNTIME_SOURCE);

/** The default of {@linkcode ArchiveOptions.arrayThreshold}. */
export const DEFAULT_ARRAY_THRESHOLD = 100;

/**
 * A set of named values to be saved as one archive: a folder with an ES
 * module (`mod.js`) that rebuilds the values when imported, and array files
 * beside it for big arrays.
 *
 * Values are read when the module is written (`toString()` or `save()`),
 * not when they are inserted, so an inserted object may still change until
 * then. Names that are not plain identifiers (`"my-key"`, `"class"`,
 * `"_x"`) are exported by string: `export { _v1 as "my-key" }`.
 *
 * @example Inserting values and reading the module text
 * ```ts
 * import { Archive } from "@persist/persist";
 * import assert from "node:assert/strict";
 *
 * const shared = [1, 2];
 * const a = new Archive();
 * a.insert({ x: 3, pair: [shared, shared] });
 * a.insert({ "my-key": new Map([["k", 1n]]) });
 * const text = a.toString();
 * assert.match(text, /^export const x = 3;$/m);
 * assert.match(text, /^export const pair = \[_v1, _v1\];$/m);
 * assert.match(text, /^export \{ _v2 as "my-key" \};$/m);
 * ```
 */
export class Archive {
  readonly #roots: Root[] = [];
  readonly #names = new Set<string>();
  readonly #threshold: number;
  readonly #format: ArrayFormat;
  readonly #single: boolean;

  /**
   * Constructs a new, empty {@linkcode Archive}.
   *
   * @param options Array threshold, array format, single-value mode.
   * @throws {RangeError} When the threshold is negative or not a number.
   * @throws {TypeError} When the data format is unknown or not available.
   */
  constructor(options: ArchiveOptions = {}) {
    const {
      arrayThreshold = DEFAULT_ARRAY_THRESHOLD,
      dataFormat = "npy",
      single = false,
    } = options;
    if (typeof arrayThreshold !== "number" || !(arrayThreshold >= 0)) {
      throw new RangeError(
        `Cannot create an Archive: arrayThreshold must be a number >= 0, got ${
          String(arrayThreshold)
        }`,
      );
    }
    this.#threshold = arrayThreshold;
    this.#format = arrayFormat(dataFormat);
    this.#single = single;
    internals.set(this, {
      render: () => this.#render(),
      format: this.#format,
    });
  }

  /** The names inserted so far, in order. */
  get names(): string[] {
    return this.#roots.map((r) => r.name);
  }

  /**
   * Adds named values. Every own enumerable property of `values` is one
   * value; names are any strings without lone surrogates. `values` must be
   * a plain object (or one without prototype): a Map, array, Date or class
   * instance is refused rather than saved as its own properties (a Map has
   * none); name it instead, `insert({ m: map })`.
   *
   * @example Naming a Map to insert it
   * ```ts
   * import { Archive } from "@persist/persist";
   * import assert from "node:assert/strict";
   *
   * const map = new Map([["energy", 1.5]]);
   * assert.throws(() => new Archive().insert(map as never), TypeError);
   * const text = new Archive().insert({ map }).toString();
   * assert.match(text, /^export const map = new Map\(\[\["energy", 1\.5\]\]\);$/m);
   * ```
   *
   * @param values The values, by name: a plain object.
   * @returns This archive, for chaining.
   * @throws {TypeError} When `values` is not a plain object, a name is
   * already in the archive, is not well-formed Unicode, or a single-value
   * archive would hold two values.
   */
  insert(values: Record<string, unknown>): this {
    const proto = values !== null && typeof values === "object"
      ? Object.getPrototypeOf(values)
      : undefined;
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(
        `Cannot insert ${describeValues(values)} into an Archive: ` +
          "the values must be a plain object of named values, { name: value }; " +
          "to save a single value, name it, as in save(dir, { m: map }) or insert({ m: map })",
      );
    }
    const names = Object.keys(values);
    const seen = new Set<string>();
    for (const name of names) {
      if (this.#names.has(name) || seen.has(name)) {
        throw new TypeError(
          `Cannot insert ${
            JSON.stringify(name)
          }: the archive already holds a value with that name; choose another name`,
        );
      }
      if (!isWellFormed(name)) {
        throw new TypeError(
          `Cannot insert ${
            JSON.stringify(name)
          }: the name contains a lone surrogate, which a module cannot export; choose another name`,
        );
      }
      seen.add(name);
    }
    if (this.#single && this.#roots.length + names.length > 1) {
      const all = [...this.#roots.map((r) => r.name), ...names];
      throw new TypeError(
        `Cannot insert ${
          JSON.stringify(all[1])
        }: a single-value archive holds one value and already holds ${
          JSON.stringify(all[0])
        }; use a new Archive, or an Archive without { single: true }`,
      );
    }
    for (const name of names) {
      this.#names.add(name);
      this.#roots.push({ name, value: values[name] });
    }
    return this;
  }

  /**
   * Writes the module text (`mod.js`). Arrays above the threshold are
   * referenced by file name but not written; with no such array, the text
   * holds all data and can be imported from anywhere.
   *
   * @returns The module text.
   * @throws {TypeError} When a value cannot be archived (the message names
   * its path, such as `values.cfg.solver`, and the fix).
   * @throws {RangeError} When values are nested too deeply, or the module
   * would be longer than the longest JavaScript string.
   */
  toString(): string {
    const emitted = this.#render();
    try {
      const decoder = new TextDecoder();
      return emitted.chunks.map((c) => decoder.decode(c, { stream: true }))
        .join("") + decoder.decode();
    } finally {
      emitted.release();
    }
  }

  /**
   * Saves the archive as a folder: the module, its helper `_persist.js`
   * (when the module imports helpers: for array files, N-D arrays, buffers
   * or registered classes) and the array files are written to a temporary
   * folder beside the target (`.<name>.tmp-<id>.part`, locked while this
   * process builds it), flushed to disk, and renamed into place, so
   * the archive appears whole or not at all. Temporary folders that killed
   * saves left in the parent folder (nobody holds their lock, and they hold
   * no whole archive) are removed first (at most once a minute per folder
   * and process). An existing archive is replaced only with
   * `overwrite: true` (atomically, see {@linkcode installArchive}); a
   * folder that is not an archive is never replaced, unless empty. Missing
   * parent folders are created.
   *
   * Requires `--allow-read` and `--allow-write` permissions for the parent
   * folder of `dir`.
   *
   * @example Saving and loading back
   * ```ts ignore
   * import { Archive, load } from "@persist/persist";
   * const a = new Archive({ arrayThreshold: 1000 });
   * a.insert({ t: new Float64Array(5000), label: "run 1" });
   * await a.save("runs/run1");
   * const { t, label } = await load("runs/run1");
   * ```
   *
   * @param dir The archive folder to create or replace.
   * @param options Overwrite, backup and flushing.
   * @throws {TypeError} When a value cannot be archived.
   * @throws {RangeError} When values are nested too deeply, or the module
   * would be longer than the longest JavaScript string (2^29 - 24
   * characters), which neither `load()` nor `import()` could read.
   * @throws {Deno.errors.AlreadyExists} When something that must not be
   * replaced is at `dir`.
   * @throws {Deno.errors.NotADirectory} When `dir` is a file.
   */
  async save(
    dir: string | URL,
    options: ArchiveSaveOptions = {},
  ): Promise<void> {
    const target = cleanPath(toPath(dir));
    const emitted = this.#render(target);
    try {
      await checkTarget(target, options);
      await Deno.mkdir(dirname(target), { recursive: true });
      await sweepBeside(target);
      // Locked until installed: unlocked, it is a killed save's leftover.
      using temp = await createTempSibling(target, { directory: true });
      try {
        await writeFiles(
          temp.path,
          emitted,
          this.#format,
          options.sync ?? true,
        );
        await installArchive(temp.path, target, options);
      } catch (error) {
        await Deno.remove(temp.path, { recursive: true }).catch(() => {});
        throw error;
      }
    } finally {
      emitted.release();
    }
  }

  /** The module text and arrays; `target` names the archive in errors. */
  #render(target?: string): Emitted {
    const options = {
      arrayThreshold: this.#threshold,
      ref: this.#format.ref,
      single: this.#single,
    };
    // Trees of plain data are written without a graph; anything else (shared
    // objects, cycles, classes, arrays for files, refusals) needs the graph.
    let emitted: Emitted;
    try {
      emitted = emitTree(this.#roots, options) ??
        emit(walk(this.#roots), options);
    } catch (error) {
      if (!(error instanceof ModuleLengthError)) throw error;
      throw new ModuleLengthError(error.length, {
        atLeast: error.atLeast,
        path: error.path,
        target,
      });
    }
    let bytes = 0;
    for (const chunk of emitted.chunks) bytes += chunk.length;
    if (bytes > MAX_MODULE_LENGTH) {
      const length = utf16Length(emitted.chunks);
      if (length > MAX_MODULE_LENGTH) {
        emitted.release();
        throw new ModuleLengthError(length, { target });
      }
    }
    return emitted;
  }
}

/**
 * Saves named values as an archive folder: `new Archive(options)`, one
 * `insert(values)`, then `save(dir, options)`.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the parent
 * folder of `dir`.
 *
 * @example Saving a few values
 * ```ts ignore
 * import { load, save } from "@persist/persist";
 * await save("runs/run1", { x: 1, y: new Float64Array(1e6) });
 * const { x, y } = await load("runs/run1");
 * ```
 *
 * @param dir The archive folder to create (or replace, with `overwrite`).
 * @param values The values, by name: a plain object such as `{ x, y }`.
 * @param options Threshold, array format, overwrite, backup, flushing.
 * @throws {TypeError} When `values` is not a plain object (a Map or an
 * array, say: name it, `{ m: map }`), or a value cannot be archived
 * (naming its path).
 * @throws {Deno.errors.AlreadyExists} When something that must not be
 * replaced is at `dir`.
 * @throws {Deno.errors.NotADirectory} When `dir` is a file.
 * @throws {Deno.errors.Interrupted} When another save replaced or removed
 * the archive meanwhile (try again).
 */
export async function save(
  dir: string | URL,
  values: Record<string, unknown>,
  options: SaveOptions = {},
): Promise<void> {
  await new Archive(options).insert(values).save(dir, options);
}

/**
 * Saves one value as a single-value archive, whose module's default export
 * is the value. Read it back with {@linkcode loadValue}, or
 * `(await import(".../mod.js")).default`.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the parent
 * folder of `dir`.
 *
 * @example Saving one value
 * ```ts ignore
 * import { loadValue, saveValue } from "@persist/persist";
 * await saveValue("item", { a: 1, b: [1, 2] });
 * console.log(await loadValue("item")); // { a: 1, b: [1, 2] }
 * ```
 *
 * @param dir The archive folder.
 * @param value The value.
 * @param options Threshold, format, overwrite, backup, flushing, and the
 * name of the value's constant inside `mod.js`.
 * @throws {TypeError} When the value cannot be archived.
 * @throws {Deno.errors.AlreadyExists} When something that must not be
 * replaced is at `dir`.
 */
export async function saveValue(
  dir: string | URL,
  value: unknown,
  options: SaveValueOptions = {},
): Promise<void> {
  await singleArchive(value, options).save(dir, options);
}

/**
 * Writes an archive's files (array files, `_persist.js` when `mod.js`
 * imports it, then `mod.js`) into an existing empty folder and flushes
 * them, without renaming anything: for callers that build archives inside
 * their own temporary folders and install them themselves (DataSet items).
 *
 * Requires `--allow-write` permission for the folder (and `--allow-read`
 * with `sync`).
 *
 * @example Writing an item into a temporary folder
 * ```ts ignore
 * import { Archive, writeArchive } from "./mod.ts";
 * await Deno.mkdir("ds/.x_0.tmp-1");
 * await writeArchive("ds/.x_0.tmp-1", new Archive({ single: true }).insert({ x_0: [1, 2] }));
 * ```
 *
 * @param folder An existing, empty folder.
 * @param archive The archive.
 * @param options Whether to flush files and folder to disk.
 * @throws {TypeError} When a value cannot be archived.
 */
export async function writeArchive(
  folder: string,
  archive: Archive,
  options: { sync?: boolean } = {},
): Promise<void> {
  const { render, format } = internals.get(archive)!;
  await writeFiles(folder, render(), format, options.sync ?? true);
}

/**
 * A single-value archive holding `value`.
 *
 * @param value The value.
 * @param options Threshold, format, and the constant's name.
 * @returns The archive.
 */
export function singleArchive(
  value: unknown,
  options: SaveValueOptions = {},
): Archive {
  const { name = "value" } = options;
  return new Archive({ ...options, single: true }).insert({
    [isPlainName(name) ? name : "value"]: value,
  });
}

async function writeFiles(
  folder: string,
  emitted: Emitted,
  format: ArrayFormat,
  sync: boolean,
): Promise<void> {
  try {
    if (emitted.arrays.length > 0) {
      const store = await format.open(folder, { write: true, sync });
      try {
        for (const { name, array } of emitted.arrays) {
          await store.write(name, array);
        }
      } finally {
        await store.close();
      }
    }
    // _persist.js only when mod.js imports it; mod.js last: a folder with
    // a mod.js header is a complete archive.
    const module = { path: join(folder, MODULE_FILE), chunks: emitted.chunks };
    await writeFilesSynced(
      emitted.runtime
        ? [
          { path: join(folder, RUNTIME_FILE), chunks: [RUNTIME_BYTES] },
          module,
        ]
        : [module],
      { sync },
    );
  } finally {
    emitted.release();
  }
  if (sync) await syncDir(folder);
}

/** What was passed instead of an object of named values, for messages. */
function describeValues(values: unknown): string {
  if (values === null) return "null";
  if (typeof values !== "object") {
    return typeof values === "function" ? "a function" : `a ${typeof values}`;
  }
  if (Array.isArray(values)) return "an array";
  const ctor = (values as { constructor?: { name?: unknown } }).constructor;
  const name = typeof ctor === "function" && typeof ctor.name === "string" &&
      ctor.name !== ""
    ? ctor.name
    : "object";
  if (name === "Object") {
    // Object.create(proto), or an object of another realm (node:vm).
    return "an object whose prototype is not Object.prototype (made by Object.create(), or in another realm)";
  }
  return /^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
}

/**
 * Removes trailing slashes (but keeps a lone `/`), and makes a path that
 * ends in `.` or `..` absolute: temporary folders are named after the last
 * part and made beside it, which `.` has not got.
 *
 * @param path A path.
 * @returns The path without trailing slashes, naming its folder last.
 */
export function cleanPath(path: string): string {
  const trimmed = path.replace(/[/\\]+$/, "");
  if (trimmed === "") return path.slice(0, 1);
  const last = basename(trimmed);
  return last === "." || last === ".." ? resolve(trimmed) : trimmed;
}
