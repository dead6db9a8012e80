// Copyright 2026 the persist authors. MIT license.

import { join } from "node:path";
import {
  Archive,
  arrayFormat,
  cleanPath,
  convertInto,
  type DataFormat,
  isArchiveFolder,
  loadValue,
  MODULE_FILE,
  singleArchive,
  writeArchive,
} from "../archive/mod.ts";
import {
  DaemonUnavailableError,
  FormatError,
  LockLostError,
  LockTimeoutError,
  NotFoundError,
  ReadOnlyError,
} from "../errors.ts";
import {
  atomicWrite,
  describeHolder,
  fileIdentity,
  isGranted,
  readHolder,
  syncDir,
  TEMP_MARK,
  withAction,
} from "../fs/mod.ts";
import { toPath } from "../npy/mod.ts";
import { socketFromEnv } from "../daemon/mod.ts";
import {
  fileCoordinator,
  LOCK_FILE,
  type WriteCoordinator,
  type WriteLock,
} from "./coordinator.ts";
import { daemonCoordinator } from "./daemon_coordinator.ts";
import { decodeInfo, encodeInfo } from "./info_codec.ts";
import {
  compactIndex,
  formatHeader,
  type IndexState,
  newIndexId,
} from "./index_log.ts";
import { checkItemName, checkPrefix, splitGeneratedName } from "./item_name.ts";
import { IndexFile, notAppended } from "./_index_file.ts";
import { isOldLoader, LOADER_SOURCE, mayBeOldLoader } from "./_loader.ts";
import {
  removeQuietly,
  Staging,
  STAGING_DIR,
  sweepStaging,
} from "./_staging.ts";

/** The marker file that makes a folder a DataSet. */
export const MARKER_FILE = ".persist-dataset";
/** The index log of a DataSet. */
export const INDEX_FILE = "index.jsonl";
/** The folder of a DataSet's items, one archive folder per item version. */
export const ITEMS_DIR = "items";
/** The `format` field of the marker file. */
export const DATASET_FORMAT = "persist-dataset";
/** The DataSet format version this code writes and reads. */
export const DATASET_VERSION = 1;
/** The largest info value, in bytes of its index encoding. */
export const MAX_INFO_BYTES = 65_536;

/** Compact the index when it holds this many records and twice as many as items. */
const COMPACT_MIN_RECORDS = 1000;
/** Folder identities with the birth time (inode numbers are reused). */
const BIRTH = { birth: true };

/** How a DataSet is opened: `"r"` read-only, `"w"` read-write (creating it). */
export type DataSetMode = "r" | "w";

/**
 * When a writer holds the DataSet's lock: `"write"` for each write (others
 * write in between), `"session"` from `open()` to `close()` (others wait).
 */
export type DataSetLockMode = "write" | "session";

/** Options for {@linkcode DataSet.open}. */
export interface DataSetOptions {
  /**
   * `"r"` reads (the DataSet must exist); `"w"` reads and writes, and
   * creates the DataSet if the folder is missing or empty.
   *
   * @default {"r"}
   */
  mode?: DataSetMode;
  /**
   * Hold the write lock for each write, or for the life of the instance
   * (the original persist's `synchronize=False`). Only with `mode: "w"`.
   *
   * @default {"write"}
   */
  lock?: DataSetLockMode;
  /**
   * How long to wait for the write lock, in milliseconds, before failing
   * with a `LockTimeoutError`. `0` tries once.
   *
   * @default {60_000}
   */
  lockTimeout?: number;
  /**
   * The prefix of generated names: `insert()` names items `<prefix>0`,
   * `<prefix>1`, … It must not end in a digit.
   *
   * @default {"x_"}
   */
  prefix?: string;
  /**
   * Arrays inside items with more elements than this go to array files
   * beside the item's `mod.js`.
   *
   * @default {100}
   */
  arrayThreshold?: number;
  /**
   * The array file format of items written by this instance.
   *
   * @default {"npy"}
   */
  dataFormat?: DataFormat;
  /**
   * Let `get()` import the modules of unregistered classes that items name
   * (this runs their code).
   *
   * @default {false}
   */
  allowImports?: boolean;
  /**
   * Flush every write to disk (`fdatasync`, folder `fsync`) so it survives
   * a power loss, not only a crash of the process.
   *
   * @default {true}
   */
  sync?: boolean;
  /**
   * Take the write lock and generated names from persistd, the local lock
   * daemon, instead of locking the folder's `.lock` file: the socket path,
   * or `true` for the `PERSISTD_SOCKET` environment variable (read only
   * when `--allow-env=PERSISTD_SOCKET` is granted; never prompts). The
   * folder must be under the daemon's `--root`. Writers that use the daemon
   * and writers that do not may share a DataSet. Readers take no lock and
   * ignore it.
   *
   * @default {false}
   */
  daemon?: string | boolean;
  /** Stops waiting for the lock at open (`lock: "session"`, creation). */
  signal?: AbortSignal;
}

/** Options of the writing methods. */
export interface DataSetWriteOptions {
  /** Stops waiting for the write lock when aborted. */
  signal?: AbortSignal;
}

/** Options for {@linkcode DataSet.set}. */
export interface DataSetSetOptions extends DataSetWriteOptions {
  /**
   * The item's info. When not given, `set()` keeps the info the item has
   * (`null` for a new item).
   */
  info?: unknown;
}

/** Options for {@linkcode DataSet.insert}. */
export interface DataSetInsertOptions extends DataSetSetOptions {
  /**
   * Insert under this name instead of a generated one; fails if an item of
   * that name exists.
   */
  name?: string;
  /**
   * The prefix of the generated name.
   *
   * @default {the DataSet's prefix}
   */
  prefix?: string;
}

/** Options for {@linkcode DataSet.verify}. */
export interface DataSetVerifyOptions {
  /**
   * Load every item (slow for big DataSets), instead of checking that its
   * folder holds an archive.
   *
   * @default {false}
   */
  load?: boolean;
}

/** A problem {@linkcode DataSet.verify} found with one item. */
export interface DataSetProblem {
  /** The item. */
  name: string;
  /** Its folder. */
  path: string;
  /** What is wrong. */
  message: string;
}

/** What {@linkcode DataSet.verify} found. */
export interface DataSetReport {
  /** Items listed in the index. */
  items: number;
  /** Items loaded (with `load: true`), or checked. */
  checked: number;
  /** Items that are listed but missing or damaged. */
  problems: DataSetProblem[];
  /**
   * Leftovers of crashed writers, harmless and removed by the next writer
   * that opens the DataSet:
   * item folders no index record names, unheld staging folders. One folder
   * `<name>~<seq>` with `seq` one past the last record is not reported when
   * it is the only one: it may be a commit under way. Nor are folders of
   * versions committed and replaced while `verify()` ran.
   */
  leftovers: string[];
  /** Bytes of an unfinished last index line (a crashed append), or 0. */
  tornBytes: number;
}

/** Options for {@linkcode DataSet.convert}. */
export interface DataSetConvertOptions {
  /** The array format to store the items' arrays in. */
  to: DataFormat;
  /**
   * Stops between items (and between the arrays of an item) when aborted;
   * items converted so far stay converted, the others are unchanged.
   */
  signal?: AbortSignal;
  /**
   * Called after each item, with how many items are done, how many there
   * are, and the item's name (for progress displays).
   */
  onProgress?: (done: number, total: number, name: string) => void;
}

/** What {@linkcode DataSet.convert} did. */
export interface DataSetConvertResult {
  /** Items in the DataSet when the conversion started. */
  items: number;
  /** Items rewritten (the others were in that format already, had no array files, or were deleted meanwhile). */
  converted: number;
  /** The array formats the items used before, sorted. */
  from: DataFormat[];
  /** Distinct arrays rewritten, over all items. */
  arrays: number;
  /** Bytes of array data rewritten, over all items. */
  bytes: number;
}

const KEEP = Symbol("keep info");
type EncodedInfo = unknown;

/**
 * A DataSet: a folder of many items, each saved as its own archive and
 * loaded lazily, one at a time, with a small "info" value per item that is
 * cheap to list. Safe for many processes at once: writers take an OS file
 * lock (`flock(2)`) on the folder for each write (or get it from persistd,
 * the lock daemon, with the `daemon` option), readers take no lock, every
 * write is atomic, and a crashed writer leaves neither a lock nor a partial
 * item behind. Appending costs the same at any size: the index is an
 * append-only log.
 *
 * The folder is importable without this library:
 * `const ds = await import("./runs/mod.js")` gives `ds.names`, `ds.info`
 * and `await ds.load(name)`. `docs/DATASET.md` describes the layout.
 *
 * `get()` loads from disk on every call and keeps nothing: changing a
 * returned value in place changes nothing on disk (set it again to write
 * it). Every call sees what other processes wrote before it.
 *
 * After `close()`, writes reject with a `ReadOnlyError` and reads with
 * `Deno.errors.BadResource`.
 *
 * Requires `--allow-read` permission for the folder, and `--allow-write`
 * with `mode: "w"`.
 *
 * @example The original persist's example
 * ```ts ignore
 * import { DataSet } from "@persist/persist";
 *
 * await using ds = await DataSet.open("runs", { mode: "w" });
 * await ds.set("nxs", [10, 20], { info: "nx values" });
 * await ds.set("mus", [1.2, 2.5], { info: "mu values" });
 * for (const nx of [10, 20]) {
 *   for (const mu of [1.2, 2.5]) {
 *     await ds.insert(new Float64Array(nx).fill(mu), { info: [nx, mu] }); // x_0 … x_3
 *   }
 * }
 * await using ro = await DataSet.open("runs"); // read-only
 * console.log(await ro.keys()); // ["nxs", "mus", "x_0", "x_1", "x_2", "x_3"]
 * console.log(await ro.info("x_1")); // [10, 2.5]
 * const x1 = await ro.get("x_1"); // Float64Array(10), loaded now
 * ```
 */
export class DataSet implements AsyncDisposable {
  readonly #path: string;
  readonly #items: string;
  readonly #mode: DataSetMode;
  readonly #lockMode: DataSetLockMode;
  readonly #timeout: number;
  readonly #prefix: string;
  readonly #threshold: number;
  readonly #format: DataFormat;
  readonly #allowImports: boolean;
  readonly #sync: boolean;
  readonly #index: IndexFile;
  readonly #coordinator: WriteCoordinator | undefined;
  #session: WriteLock | undefined;
  #staging: Staging | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #inflight = new Set<Promise<unknown>>();
  #closed = false;

  private constructor(
    path: string,
    options: Required<
      Omit<DataSetOptions, "daemon" | "signal">
    >,
    coordinator: WriteCoordinator | undefined,
  ) {
    this.#path = path;
    this.#items = join(path, ITEMS_DIR);
    this.#mode = options.mode;
    this.#lockMode = options.lock;
    this.#timeout = options.lockTimeout;
    this.#prefix = options.prefix;
    this.#threshold = options.arrayThreshold;
    this.#format = options.dataFormat;
    this.#allowImports = options.allowImports;
    this.#sync = options.sync;
    this.#index = new IndexFile(join(path, INDEX_FILE), {
      sync: options.sync,
      timeout: options.lockTimeout,
    });
    this.#coordinator = coordinator;
  }

  /**
   * Opens the DataSet in folder `dir`. With `mode: "w"` a missing or empty
   * folder becomes a new DataSet; with `mode: "r"` the DataSet must exist.
   * A folder that holds other things is never touched. With
   * `lock: "session"` the write lock is taken here and held until
   * `close()`.
   *
   * Requires `--allow-read` permission for the folder, and `--allow-write`
   * with `mode: "w"`; with `daemon`, also `--allow-read`, `--allow-write`
   * and `--allow-net=unix:` for the socket path (and
   * `--allow-env=PERSISTD_SOCKET` for `daemon: true`).
   *
   * @example Creating, then reading from another instance
   * ```ts ignore
   * import { DataSet } from "@persist/persist";
   *
   * const w = await DataSet.open("runs", { mode: "w" });
   * const name = await w.insert({ energy: -1.5 }, { info: { step: 1 } });
   * const r = await DataSet.open("runs", { mode: "r" });
   * console.log(name, await r.info(name)); // x_0 { step: 1 }
   * await w.close();
   * await r.close();
   * ```
   *
   * @param dir The DataSet folder (a path or a `file:` URL).
   * @param options Mode, locking, generated names, array storage.
   * @returns The open DataSet.
   * @throws {TypeError} When an option is invalid (an unknown mode, say).
   * @throws {NotFoundError} When `mode` is `"r"` and the folder does not
   * exist.
   * @throws {FormatError} When the folder exists but is not a DataSet (and,
   * with `mode: "w"`, is not empty), is a file, or its marker or index is
   * damaged or of a newer version.
   * @throws {LockTimeoutError} When `lock: "session"` (or creating the
   * DataSet) waits longer than `lockTimeout` for another writer.
   * @throws {DaemonUnavailableError} When `daemon` is given with
   * `mode: "w"` and persistd cannot be reached at the socket, or refuses
   * the folder (`code` `"OutsideRoot"`: it is not under the daemon's
   * `--root`), or `daemon: true` finds no `PERSISTD_SOCKET`.
   */
  static async open(
    dir: string | URL,
    options: DataSetOptions = {},
  ): Promise<DataSet> {
    const path = cleanPath(toPath(dir));
    const resolved = checkOptions(path, options);
    const write = resolved.mode === "w";
    const state = await inspect(path);
    if (state !== "dataset") {
      if (!write) throw notOpenable(path, state);
      if (state === "foreign") throw notOpenable(path, state);
    }
    const coordinator = write
      ? await openCoordinator(path, options)
      : undefined;
    const ds = new DataSet(path, resolved, coordinator);
    try {
      if (state !== "dataset") {
        await ds.#create(options.signal);
      }
      await ds.#index.refresh();
      if (write) await ds.#startWriting(options.signal);
    } catch (error) {
      await ds.close();
      throw error;
    }
    return ds;
  }

  /** The DataSet's folder. */
  get path(): string {
    return this.#path;
  }

  /** How it was opened: `"r"` or `"w"`. */
  get mode(): DataSetMode {
    return this.#mode;
  }

  /**
   * Writes an item: creates it, or replaces its value. The value is saved
   * as a single-value archive (big arrays in `.npy` files) in a staging
   * folder first, then renamed into place and listed in the index under the
   * lock, so readers see the old item or the new one, never a part.
   *
   * @example Setting a value with info
   * ```ts ignore
   * await ds.set("mus", [1.2, 2.5], { info: "mu values" });
   * await ds.set("mus", [1.2, 2.5, 3.1]); // keeps the info
   * ```
   *
   * @param name The item's name (see `docs/DATASET.md` for the rules).
   * @param value The value (anything an archive holds).
   * @param options The info, and an abort signal for the lock wait.
   * @throws {ReadOnlyError} When the DataSet is open read-only or closed.
   * @throws {TypeError} When the name breaks a rule (the message says which)
   * or differs from another item's only by letter case, or the value or
   * info cannot be stored.
   * @throws {LockTimeoutError} When another writer holds the lock longer
   * than `lockTimeout`.
   */
  async set(
    name: string,
    value: unknown,
    options: DataSetSetOptions = {},
  ): Promise<void> {
    const action = `set ${quote(name)} in DataSet "${this.#path}"`;
    await this.#track(action, async () => {
      this.#checkWritable(action);
      checkItemName(name, action);
      const info = this.#encodeInfo(options.info, action);
      const folder = await this.#stage(value, name);
      let old: string | undefined;
      try {
        old = await this.#locked(
          action,
          options.signal,
          async (state, lock) => {
            this.#checkCollision(state, name, action);
            return await this.#commitItem(state, lock, name, folder, info);
          },
        );
      } finally {
        await removeQuietly(folder);
      }
      if (old !== undefined) await this.#removeOld(old);
    });
  }

  /**
   * Adds an item under a new generated name `<prefix><n>` (`x_0`, `x_1`,
   * …), unique even when many processes insert at once, and returns the
   * name. Generated names skip every name already used, deleted ones
   * included. With `name`, inserts under that name instead, and fails if
   * it is taken.
   *
   * @example Inserting runs
   * ```ts ignore
   * const a = await ds.insert(new Float64Array(1000), { info: [10, 1.2] }); // "x_0"
   * const b = await ds.insert({ ok: true }, { name: "best" }); // "best"
   * ```
   *
   * @param value The value.
   * @param options The info, an explicit name or a prefix, an abort signal.
   * @returns The item's name.
   * @throws {ReadOnlyError} When the DataSet is open read-only or closed.
   * @throws {TypeError} When the name or prefix breaks a rule, or the value
   * or info cannot be stored.
   * @throws {Deno.errors.AlreadyExists} When `name` is given and taken.
   * @throws {LockTimeoutError} When another writer holds the lock longer
   * than `lockTimeout`.
   */
  async insert(
    value: unknown,
    options: DataSetInsertOptions = {},
  ): Promise<string> {
    const explicit = options.name;
    const action = explicit === undefined
      ? `insert into DataSet "${this.#path}"`
      : `insert ${quote(explicit)} into DataSet "${this.#path}"`;
    return await this.#track(action, async () => {
      this.#checkWritable(action);
      const prefix = options.prefix ?? this.#prefix;
      if (explicit !== undefined) checkItemName(explicit, action);
      else checkPrefix(prefix, action);
      const info = this.#encodeInfo(options.info, action);
      const coordinator = this.#coordinator!;
      const guess = explicit ?? await coordinator.allocateName(
        prefix,
        (await this.#index.refresh()).highest(prefix),
      );
      const folder = await this.#stage(value, explicit ?? "value");
      try {
        return await this.#locked(
          action,
          options.signal,
          async (state, lock) => {
            let name = guess;
            if (explicit !== undefined) {
              if (state.get(name) !== undefined) {
                throw new Deno.errors.AlreadyExists(
                  `Cannot ${action}: the DataSet already holds an item of that name; use set() to replace it`,
                );
              }
              this.#checkCollision(state, name, action);
            } else {
              // The guess was made before the lock: another writer may have
              // used its number since (even if it deleted the item again;
              // generated names are never reused), or the number may not
              // fit (past 2^53, where counting stops being exact).
              let seen = state.highest(prefix);
              let n = splitGeneratedName(name)?.[1];
              while (
                n === undefined || n <= seen ||
                state.get(name) !== undefined ||
                state.collision(name) !== undefined
              ) {
                seen = Math.max(seen, n ?? Number.MAX_SAFE_INTEGER);
                if (seen >= Number.MAX_SAFE_INTEGER) {
                  throw new RangeError(
                    `Cannot ${action}: generated names ${
                      quote(prefix + "<n>")
                    } have reached n = ${seen}, the largest integer counted exactly (2^53 - 1); ` +
                      "insert with another prefix, or give names",
                  );
                }
                name = await coordinator.allocateName(prefix, seen);
                n = splitGeneratedName(name)?.[1];
              }
            }
            await this.#commitItem(state, lock, name, folder, info);
            return name;
          },
        );
      } finally {
        await removeQuietly(folder);
      }
    });
  }

  /**
   * Loads an item from disk, fresh on every call. Nothing is kept: the
   * DataSet may be far larger than memory, and a changed returned value
   * writes nothing (set it again to store it). If another process replaces
   * the item while it is read, the new version is read.
   *
   * @example Reading an item
   * ```ts ignore
   * const x0 = await ds.get("x_0");
   * ```
   *
   * @param name The item.
   * @returns Its value.
   * @throws {NotFoundError} When there is no such item, or its folder is
   * missing (the DataSet is damaged).
   * @throws {ArchiveSyntaxError} When the item's `mod.js` is damaged.
   * @throws {FormatError} When an array file or the index is damaged.
   */
  async get(name: string): Promise<unknown> {
    return await this.#readItem(
      `get ${quote(name)} from DataSet "${this.#path}"`,
      name,
      (folder) => loadValue(folder, { allowImports: this.#allowImports }),
    );
  }

  /**
   * Calls `read` with the folder of an item's current version, a
   * single-value archive folder (for tools that read items their own way:
   * only headers, without the classes they name, …). If another process
   * replaces or deletes the item while `read` runs (the old folder is then
   * removed), it starts over with the new version; an error the item still
   * listed gives is passed on.
   *
   * @example Listing an item's files
   * ```ts ignore
   * const files = await ds.readItem("x_0", async (folder) => {
   *   return (await Array.fromAsync(Deno.readDir(folder))).map((e) => e.name);
   * }); // ["_persist.js", "mod.js", "value.npy"]
   * ```
   *
   * @param name The item.
   * @param read Reads the item from its folder.
   * @returns What `read` returns.
   * @throws {NotFoundError} When there is no such item.
   */
  async readItem<T>(
    name: string,
    read: (folder: string) => Promise<T>,
  ): Promise<T> {
    return await this.#readItem(
      `read ${quote(name)} from DataSet "${this.#path}"`,
      name,
      read,
    );
  }

  async #readItem<T>(
    action: string,
    name: string,
    read: (folder: string) => Promise<T>,
  ): Promise<T> {
    this.#checkOpen(action);
    // Starts over as long as each failed read finds a newer version listed
    // (the one read was replaced, and its folder removed, meanwhile): an
    // item replaced as fast as writers can is still read, not "missing".
    for (;;) {
      const entry = (await this.#index.refresh()).get(name);
      if (entry === undefined) throw this.#missing(action, name);
      try {
        return await read(join(this.#items, entry.dir));
      } catch (error) {
        if (isPermissionError(error)) throw error;
        const now = (await this.#index.refresh()).get(name);
        if (now?.dir === entry.dir) throw error; // still listed: damaged
      }
    }
  }

  /**
   * An item's info, from the index (cheap: no item is read): `null` until
   * set. Each call gives a new value.
   *
   * @example Reading an info
   * ```ts ignore
   * const [nx, mu] = await ds.info("x_0") as [number, number];
   * ```
   *
   * @param name The item.
   * @returns Its info.
   * @throws {NotFoundError} When there is no such item.
   */
  async info(name: string): Promise<unknown> {
    const action = `get the info of ${quote(name)} in DataSet "${this.#path}"`;
    this.#checkOpen(action);
    const entry = (await this.#index.refresh()).get(name);
    if (entry === undefined) throw this.#missing(action, name);
    return decodeInfo(entry.info, `"${this.#index.path}"`);
  }

  /**
   * Changes an item's info (its value is not rewritten).
   *
   * @example Setting an info
   * ```ts ignore
   * await ds.setInfo("x_0", { nx: 10, mu: 1.2, note: "converged" });
   * ```
   *
   * @param name The item.
   * @param info The info: JSON values, BigInt, `undefined` inside arrays
   * and objects, `NaN`, `±Infinity`, `-0`, Dates; `null` clears it.
   * @param options An abort signal for the lock wait.
   * @throws {ReadOnlyError} When the DataSet is open read-only or closed.
   * @throws {NotFoundError} When there is no such item.
   * @throws {TypeError} When the info holds something info cannot hold, or
   * is `undefined`.
   * @throws {RangeError} When the info is larger than 64 KiB encoded.
   * @throws {LockTimeoutError} When another writer holds the lock longer
   * than `lockTimeout`.
   */
  async setInfo(
    name: string,
    info: unknown,
    options: DataSetWriteOptions = {},
  ): Promise<void> {
    const action = `set the info of ${quote(name)} in DataSet "${this.#path}"`;
    await this.#track(action, async () => {
      this.#checkWritable(action);
      if (info === undefined) {
        throw new TypeError(
          `Cannot ${action}: the info is undefined; pass null to clear it`,
        );
      }
      const encoded = this.#encodeInfo(info, action);
      await this.#locked(action, options.signal, async (state, lock) => {
        if (state.get(name) === undefined) throw this.#missing(action, name);
        lock.throwIfLost();
        const now = await this.#index.append({
          seq: state.seq + 1,
          op: "info",
          name,
          info: encoded,
        });
        await this.#maybeCompact(now, lock);
      });
    });
  }

  /**
   * Removes an item.
   *
   * @example Removing an item
   * ```ts ignore
   * console.log(await ds.delete("x_0")); // true
   * ```
   *
   * @param name The item.
   * @param options An abort signal for the lock wait.
   * @returns `true` if it existed.
   * @throws {ReadOnlyError} When the DataSet is open read-only or closed.
   * @throws {LockTimeoutError} When another writer holds the lock longer
   * than `lockTimeout`.
   */
  async delete(
    name: string,
    options: DataSetWriteOptions = {},
  ): Promise<boolean> {
    const action = `delete ${quote(name)} from DataSet "${this.#path}"`;
    return await this.#track(action, async () => {
      this.#checkWritable(action);
      const old = await this.#locked(
        action,
        options.signal,
        async (state, lock) => {
          const entry = state.get(name);
          if (entry === undefined) return undefined;
          lock.throwIfLost();
          const now = await this.#index.append({
            seq: state.seq + 1,
            op: "delete",
            name,
          });
          await this.#maybeCompact(now, lock);
          return entry.dir;
        },
      );
      if (old === undefined) return false;
      await this.#removeOld(old);
      return true;
    });
  }

  /**
   * The item names, in the order they were first added.
   *
   * @example Listing
   * ```ts ignore
   * console.log(await ds.keys()); // ["nxs", "mus", "x_0", "x_1"]
   * ```
   *
   * @returns The names.
   */
  async keys(): Promise<string[]> {
    this.#checkOpen(`list DataSet "${this.#path}"`);
    return [...(await this.#index.refresh()).names()];
  }

  /**
   * Whether an item exists.
   *
   * @example Testing for an item
   * ```ts ignore
   * if (!(await ds.has("baseline"))) await ds.set("baseline", computeBaseline());
   * ```
   *
   * @param name The item.
   * @returns `true` when it exists.
   */
  async has(name: string): Promise<boolean> {
    this.#checkOpen(`look up ${quote(name)} in DataSet "${this.#path}"`);
    return (await this.#index.refresh()).get(name) !== undefined;
  }

  /**
   * Every item's name and info, in order, from the index alone: the cheap
   * way to list a DataSet with its info.
   *
   * @example Listing with info
   * ```ts ignore
   * for (const [name, info] of await ds.index()) console.log(name, info);
   * ```
   *
   * @returns A new Map of name to info.
   * @throws {FormatError} When an info value in the index is damaged.
   */
  async index(): Promise<Map<string, unknown>> {
    this.#checkOpen(`list DataSet "${this.#path}"`);
    const state = await this.#index.refresh();
    const where = `"${this.#index.path}"`;
    const out = new Map<string, unknown>();
    for (const [name, entry] of state.entries()) {
      out.set(name, decodeInfo(entry.info, where));
    }
    return out;
  }

  /**
   * Checks the DataSet: the index reads, every listed item's folder holds
   * an archive (with `load: true`: every item loads), and what crashed
   * writers left behind. Takes no lock and changes nothing.
   *
   * @example Verifying before an archive copy
   * ```ts ignore
   * const report = await ds.verify({ load: true });
   * if (report.problems.length > 0) console.error(report.problems);
   * ```
   *
   * @param options Whether to load every item.
   * @returns What was found.
   * @throws {FormatError} When the index itself is damaged.
   */
  async verify(options: DataSetVerifyOptions = {}): Promise<DataSetReport> {
    this.#checkOpen(`verify DataSet "${this.#path}"`);
    const state = await this.#index.refresh();
    const startSeq = state.seq;
    const where = `"${this.#index.path}"`;
    const report: DataSetReport = {
      items: state.size,
      checked: 0,
      problems: [],
      leftovers: [],
      tornBytes: this.#index.tornBytes,
    };
    const live = new Set<string>();
    for (const [name, entry] of [...state.entries()]) {
      live.add(entry.dir);
      const path = join(this.#items, entry.dir);
      let message: string | undefined;
      try {
        decodeInfo(entry.info, where);
        if (options.load) {
          await loadValue(path, { allowImports: this.#allowImports });
        } else if (!(await isArchiveFolder(path))) {
          message =
            `the item's folder "${path}" is missing or has no archive ${MODULE_FILE}`;
        }
      } catch (error) {
        if (isPermissionError(error)) throw error;
        message = error instanceof Error ? error.message : String(error);
      }
      if (message !== undefined) {
        // Replaced or deleted meanwhile by another process: not a problem.
        const now = (await this.#index.refresh()).get(name);
        if (now?.dir !== entry.dir) continue;
        report.problems.push({ name, path, message });
      } else {
        report.checked++;
      }
    }
    // Listed first, then judged against the index read after: a folder
    // committed meanwhile is named by that index. One folder of the next
    // seq, `<name>~<seq + 1>`, may be a commit under way, between its rename
    // and its record: not a leftover yet (a killed writer's is reported
    // after the next write). Only one: writers commit one at a time, and a
    // "-<n>" suffix means that name was taken by a leftover already.
    // A folder committed after verify began and replaced before the index
    // was read again (a seq in between) is an old version being removed.
    const dirs = await listDir(this.#items);
    const after = await this.#index.refresh();
    for (const dir of liveDirs(after)) live.add(dir);
    const unlisted = dirs.filter((dir) => !live.has(dir));
    const next = unlisted.filter((dir) => seqOf(dir) === after.seq + 1);
    for (const dir of unlisted) {
      if (next.length === 1 && dir === next[0]) continue;
      const seq = seqOf(dir);
      if (seq !== undefined && seq > startSeq && seq <= after.seq) continue;
      report.leftovers.push(join(this.#items, dir));
    }
    report.leftovers.push(
      ...await sweepStaging(this.#path, { dryRun: true }),
    );
    return report;
  }

  /**
   * Converts the array files of every item to another format (`.npy` files
   * or one HDF5 file per item), one item at a time, each atomically and with
   * its values unchanged: under the write lock, a converted copy of the item
   * is written as a new version of it (`convertInto()`: only the array
   * calls of its `mod.js` change) and listed in the index with the same
   * info, like `set()` does; the old version is then removed. Readers see
   * the old version or the new one; other writers wait for one item at a
   * time, not for the whole DataSet. Items already in that format (or
   * without array files) are left as they are. A crash leaves every item
   * either converted or not, and nothing a reader sees half-done.
   *
   * Writers that open the DataSet later still write new items in their own
   * `dataFormat`.
   *
   * Requires `--allow-read` and `--allow-write` permissions for the folder,
   * and `--allow-env` when HDF5 is read or written.
   *
   * @example Converting a DataSet to HDF5
   * ```ts ignore
   * await using ds = await DataSet.open("runs", { mode: "w" });
   * const { converted, items } = await ds.convert({ to: "hdf5" });
   * console.log(`${converted} of ${items} items rewritten`);
   * ```
   *
   * @param options The target format, an abort signal and a progress
   * callback.
   * @returns How many items and arrays were rewritten.
   * @throws {ReadOnlyError} When the DataSet is open read-only or closed.
   * @throws {TypeError} When `to` is not an array format.
   * @throws {NotFoundError} When an item's folder or one of its array files
   * is missing (the items before it are converted; it and the rest are not).
   * @throws {FormatError} When an item's array file is damaged.
   * @throws {ArchiveSyntaxError} When an item's `mod.js` is damaged.
   * @throws {LockTimeoutError} When another writer holds the lock longer
   * than `lockTimeout`.
   */
  async convert(options: DataSetConvertOptions): Promise<DataSetConvertResult> {
    const to = options?.to;
    const action = `convert DataSet "${this.#path}" to ${to}`;
    return await this.#track(action, async () => {
      this.#checkWritable(action);
      const format = arrayFormat(to).name;
      const { signal, onProgress } = options;
      const names = [...(await this.#index.refresh()).names()];
      const from = new Set<DataFormat>();
      const result: DataSetConvertResult = {
        items: names.length,
        converted: 0,
        from: [],
        arrays: 0,
        bytes: 0,
      };
      for (const [i, name] of names.entries()) {
        signal?.throwIfAborted();
        this.#staging ??= new Staging(this.#path);
        const folder = await this.#staging.newFolder();
        let old: string | undefined;
        try {
          old = await this.#locked(action, signal, async (state, lock) => {
            const entry = state.get(name);
            if (entry === undefined) return undefined; // deleted meanwhile
            const item = await convertInto(
              join(this.#items, entry.dir),
              folder,
              {
                to: format,
                sync: this.#sync,
                signal,
              },
            ).catch((error) => {
              throw itemError(error, name, action);
            });
            for (const f of item.from) from.add(f);
            if (!item.changed) return undefined;
            const replaced = await this.#commitItem(
              state,
              lock,
              name,
              folder,
              KEEP,
            );
            result.converted++;
            result.arrays += item.arrays;
            result.bytes += item.bytes;
            return replaced;
          });
        } finally {
          await removeQuietly(folder);
        }
        if (old !== undefined) await this.#removeOld(old);
        onProgress?.(i + 1, names.length, name);
      }
      result.from = [...from].sort();
      return result;
    });
  }

  /**
   * Closes the DataSet: waits for writes under way, releases a session lock
   * and removes this instance's staging folder. Idempotent.
   *
   * @example Closing by hand
   * ```ts ignore
   * const ds = await DataSet.open("runs", { mode: "w" });
   * try {
   *   await ds.insert([1, 2, 3]);
   * } finally {
   *   await ds.close();
   * }
   * ```
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.allSettled([...this.#inflight]);
    try {
      await this.#session?.release();
    } finally {
      this.#session = undefined;
      try {
        await this.#staging?.close();
      } finally {
        await this.#coordinator?.close();
      }
    }
  }

  /**
   * Closes the DataSet (for `await using`).
   *
   * @example Closing at the end of a block
   * ```ts ignore
   * {
   *   await using ds = await DataSet.open("runs", { mode: "w" });
   *   await ds.insert(42);
   * } // closed here
   * ```
   */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // --- writing ---------------------------------------------------------------

  async #create(signal: AbortSignal | undefined): Promise<void> {
    await Deno.mkdir(this.#path, { recursive: true });
    const lock = await this.#lock(`create DataSet "${this.#path}"`, signal);
    try {
      const state = await inspect(this.#path);
      if (state === "dataset") return; // another process was faster
      if (state === "foreign") throw notOpenable(this.#path, state);
      await Deno.mkdir(this.#items, { recursive: true });
      await Deno.mkdir(join(this.#path, STAGING_DIR), { recursive: true });
      const encoder = new TextEncoder();
      const files: [string, string][] = [
        [INDEX_FILE, formatHeader({ id: newIndexId(), seq: 0, high: {} })],
        [MODULE_FILE, LOADER_SOURCE],
        [MARKER_FILE, markerText()], // last: it makes the folder a DataSet
      ];
      for (const [file, text] of files) {
        await atomicWrite(join(this.#path, file), encoder.encode(text), {
          sync: this.#sync,
        });
      }
    } finally {
      await lock.release();
    }
  }

  async #startWriting(signal: AbortSignal | undefined): Promise<void> {
    const action = `open DataSet "${this.#path}" for writing`;
    let lock: WriteLock | undefined;
    if (this.#lockMode === "session") {
      this.#session = await this.#lock(action, signal);
      lock = this.#session;
    } else {
      // Tidy up after crashed writers if nobody is writing; else skip it.
      lock = await this.#coordinator!.lock({ timeout: 0 }).catch((error) => {
        if (error instanceof LockTimeoutError) return undefined;
        throw error;
      });
    }
    if (lock === undefined) return;
    try {
      await this.#sweep(lock);
      await this.#updateLoader();
    } finally {
      if (lock !== this.#session) await lock.release();
    }
  }

  /**
   * Writes the DataSet's `mod.js` (what `import()` of the DataSet reads)
   * again if someone removed it, and replaces it with this version's when
   * its bytes are exactly a loader an earlier persist wrote (`OLD_LOADERS`).
   * Any other `mod.js` (edited by hand, written by a newer persist, a link)
   * is left alone. Under the write lock, so that two writers of different
   * persist versions do not replace each other's loader in turn.
   *
   * The upgrade is housekeeping: without `--allow-write` for the file it is
   * not tried (no prompt), and when the file cannot be replaced (the folder
   * is not writable) the old loader stays, still valid, and the next writer
   * tries again.
   */
  async #updateLoader(): Promise<void> {
    const path = join(this.#path, MODULE_FILE);
    const loader = new TextEncoder().encode(LOADER_SOURCE);
    let info: Deno.FileInfo;
    try {
      info = await Deno.lstat(path);
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      await atomicWrite(path, loader, { sync: this.#sync });
      return;
    }
    if (!info.isFile || !mayBeOldLoader(info.size)) return;
    if (!isGranted({ name: "write", path })) return;
    try {
      if (!(await isOldLoader(await Deno.readFile(path)))) return;
      await atomicWrite(path, loader, { sync: this.#sync });
    } catch (error) {
      if (error instanceof Deno.errors.NotCapable) throw error;
      // Not replaced (a folder not writable, say): the old loader stays.
    }
  }

  /** Writes a value as a single-value archive into a new staging folder. */
  async #stage(value: unknown, name: string): Promise<string> {
    this.#staging ??= new Staging(this.#path);
    const folder = await this.#staging.newFolder();
    try {
      const archive = singleArchive(value, {
        name,
        arrayThreshold: this.#threshold,
        dataFormat: this.#format,
      });
      await writeArchive(folder, archive, { sync: this.#sync });
      return folder;
    } catch (error) {
      await removeQuietly(folder).catch(() => {});
      throw osError(error, `Cannot write the new item into "${folder}"`, false);
    }
  }

  /**
   * Runs `fn` under the write lock with the index read fresh. Within this
   * instance, locked sections run one at a time.
   */
  async #locked<T>(
    action: string,
    signal: AbortSignal | undefined,
    fn: (state: IndexState, lock: WriteLock) => Promise<T>,
  ): Promise<T> {
    const run = async () => {
      if (this.#lockMode === "session" && this.#session === undefined) {
        // The session's lock was lost (below): this write takes a new one.
        this.#session = await this.#lock(action, signal);
      }
      const lock = this.#session ?? await this.#lock(action, signal);
      try {
        return await fn(await this.#index.refresh(), lock);
      } catch (error) {
        if (error instanceof LockLostError && lock === this.#session) {
          // Someone deleted .lock: the write failed with nothing committed,
          // and the next one locks the file now at the path.
          this.#session = undefined;
          await lock.release();
        }
        throw error;
      } finally {
        if (lock !== this.#session) await lock.release();
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => {});
    return await result;
  }

  async #lock(
    action: string,
    signal: AbortSignal | undefined,
  ): Promise<WriteLock> {
    try {
      return await this.#coordinator!.lock({ timeout: this.#timeout, signal });
    } catch (error) {
      if (!(error instanceof LockTimeoutError)) throw error;
      // Read again for the label ("persistd"), only when the lock named a
      // holder: without one, the pid in the file is not the holder's.
      const found = this.#coordinator!.kind === "file" &&
          error.holderPid !== undefined
        ? await readHolder(join(this.#path, LOCK_FILE))
        : { pid: error.holderPid };
      const holder = describeHolder(found) ?? "another writer";
      throw new LockTimeoutError(
        `Cannot ${action}: the DataSet is still locked by ${holder} after ${this.#timeout} ms; ` +
          "wait for that writer to finish, or pass a longer lockTimeout",
        {
          path: this.#path,
          timeout: this.#timeout,
          holderPid: found.pid,
          cause: error,
        },
      );
    }
  }

  /**
   * Renames a staged item into `items/` and lists it. Returns the folder of
   * the version it replaces, to be removed after the lock is released.
   */
  async #commitItem(
    state: IndexState,
    lock: WriteLock,
    name: string,
    folder: string,
    info: EncodedInfo | typeof KEEP,
  ): Promise<string | undefined> {
    const old = state.get(name);
    const seq = state.seq + 1;
    let dir = `${name}~${seq}`;
    lock.throwIfLost();
    for (let n = 2;; n++) {
      try {
        Deno.renameSync(folder, join(this.#items, dir)); // sync: see IndexFile.refresh()
        break;
      } catch (error) {
        // A folder is there already: a crashed writer renamed an item here and
        // never listed it. It is not removed here (if the lock ever failed, it
        // could be another writer's item about to be listed): the item takes
        // another name, and the next writer to open the DataSet sweeps folders
        // that no record lists.
        if (!isNotEmpty(error) || n > 1000) throw error;
        dir = `${name}~${seq}-${n}`;
      }
    }
    const made = fileIdentity(join(this.#items, dir), BIRTH);
    let appending = false;
    let now: IndexState;
    try {
      if (this.#sync) await syncDir(this.#items);
      lock.throwIfLost();
      appending = true;
      now = await this.#index.append({
        seq,
        op: "set",
        name,
        dir,
        info: info === KEEP ? (old?.info ?? null) : info,
      }, join(this.#items, dir));
    } catch (error) {
      // No record lists the folder: take it back (the caller removes it),
      // or every failed write would leave a whole item in items/.
      if (!appending || notAppended(error)) {
        await this.#takeBack(dir, made, folder, error);
      }
      throw error;
    }
    await this.#maybeCompact(now, lock);
    return old?.dir;
  }

  /**
   * Renames an item folder whose record was not written back to the
   * staging folder it came from (`made` is its identity after the rename
   * into `items/`), if it is still that folder and no record lists it: when
   * the write lock was lost, another writer may have swept it and committed
   * its own under the same name. Under the index lock if it can be had
   * (nobody lists a folder meanwhile); if not (held by a stopped process),
   * the identity check alone. Housekeeping: if it fails, the folder stays
   * for the next sweep (and `verify()` reports it).
   */
  async #takeBack(
    dir: string,
    made: string | undefined,
    folder: string,
    cause: unknown,
  ): Promise<void> {
    const path = join(this.#items, dir);
    const move = () => {
      if (made !== undefined && fileIdentity(path, BIRTH) === made) {
        Deno.renameSync(path, folder);
      }
    };
    // After an index lock timeout, try once: waiting again would double it.
    const timeout = cause instanceof LockTimeoutError ? 0 : this.#timeout;
    try {
      await this.#index.whileLocked((state) => {
        if (!liveDirs(state).has(dir)) move();
        return Promise.resolve();
      }, timeout);
    } catch (error) {
      if (!(error instanceof LockTimeoutError)) return;
      try {
        move();
      } catch {
        // Stays for the next sweep.
      }
    }
  }

  /**
   * Compacts the index when it is mostly history. The write is committed
   * by then: nothing here rejects it. A compaction that fails, finds the
   * index changed, or the lock lost is dropped (the index stays valid,
   * only longer), and the next write tries again.
   */
  async #maybeCompact(state: IndexState, lock: WriteLock): Promise<void> {
    if (
      state.records < COMPACT_MIN_RECORDS || state.records <= 2 * state.size
    ) return;
    try {
      await this.#index.replace(
        compactIndex(state, newIndexId()),
        () => lock.throwIfLost(),
      );
      await sweepStaging(this.#path);
    } catch {
      // Housekeeping only: the write it follows is committed.
    }
  }

  /**
   * Removes item folders no record names (left by writers that crashed
   * between the rename of an item and its record), and staging folders
   * nobody holds. Housekeeping: a folder that cannot be removed stays (and
   * `verify()` lists it); when the lock turns out lost, it stops.
   *
   * The folders are removed under the index lock, taken once for them all,
   * after reading the index again under it, and each after checking the
   * write lock: a writer lists a new item only under the index lock and only
   * if its folder is still there, so while this holds it no record is
   * appended, and a folder is either listed in the index read under it or
   * never listed. Holding it for the whole sweep keeps no writer waiting
   * longer than the write lock, which this writer holds throughout anyway.
   * When the index lock is not free within one lock timeout (a stopped
   * process holds it), nothing is removed: the next writer that opens
   * sweeps.
   */
  async #sweep(lock: WriteLock): Promise<void> {
    const live = liveDirs(await this.#index.refresh());
    const unlisted = (await listDir(this.#items)).filter((d) => !live.has(d));
    if (unlisted.length > 0) {
      try {
        await this.#index.whileLocked(async (state) => {
          const live = liveDirs(state);
          for (const dir of unlisted) {
            if (live.has(dir)) continue;
            lock.throwIfLost();
            await Deno.remove(join(this.#items, dir), { recursive: true })
              // Cannot be removed (permissions, or removed meanwhile): it stays.
              .catch(() => {});
          }
        });
      } catch (error) {
        if (isLockLost(error)) return;
        // A LockTimeoutError (the index lock held by a stopped or slow
        // process) or a failure to read the index: the next open sweeps.
      }
    }
    await sweepStaging(this.#path).catch(() => {});
  }

  async #removeOld(dir: string): Promise<void> {
    // The write is committed: a folder that cannot be removed now stays,
    // verify() lists it, and the next sweep tries again.
    await Deno.remove(join(this.#items, dir), { recursive: true }).catch(
      () => {},
    );
  }

  #encodeInfo(info: unknown, action: string): EncodedInfo | typeof KEEP {
    if (info === undefined) return KEEP;
    const encoded = encodeInfo(info, action);
    const bytes = new TextEncoder().encode(JSON.stringify(encoded)).length;
    if (bytes > MAX_INFO_BYTES) {
      throw new RangeError(
        `Cannot ${action}: the info takes ${bytes} bytes in the index, more than ${MAX_INFO_BYTES}; keep info small and store large data in the item itself`,
      );
    }
    return encoded;
  }

  #checkCollision(state: IndexState, name: string, action: string): void {
    const other = state.collision(name);
    if (other === undefined) return;
    throw new TypeError(
      `Cannot ${action}: an item name must not differ from another only by letter case, and the DataSet holds ${
        quote(other)
      } (the two would collide on case-insensitive file systems); use ${
        quote(other)
      } or choose another name`,
    );
  }

  /**
   * Counts a write as under way until it settles, for `close()`; an
   * operating system error it throws says which DataSet and what to do.
   */
  async #track<T>(action: string, fn: () => Promise<T>): Promise<T> {
    const promise = fn();
    this.#inflight.add(promise);
    try {
      return await promise;
    } catch (error) {
      throw osError(error, `Cannot ${action}`);
    } finally {
      this.#inflight.delete(promise);
    }
  }

  #checkWritable(action: string): void {
    if (this.#closed) {
      throw new ReadOnlyError(
        `Cannot ${action}: the DataSet is closed; open it again with DataSet.open()`,
        { path: this.#path },
      );
    }
    if (this.#mode !== "w") {
      throw new ReadOnlyError(
        `Cannot ${action}: the DataSet is open read-only; open it with { mode: "w" } to write`,
        { path: this.#path },
      );
    }
  }

  #checkOpen(action: string): void {
    if (this.#closed) {
      throw new Deno.errors.BadResource(
        `Cannot ${action}: the DataSet is closed; open it again with DataSet.open()`,
      );
    }
  }

  #missing(action: string, name: string): NotFoundError {
    return new NotFoundError(
      `Cannot ${action}: there is no such item; use has() or keys() to see what it holds`,
      { path: this.#path, name },
    );
  }
}

/**
 * Tells whether a folder is a DataSet: it holds the `.persist-dataset`
 * marker file. Reads nothing else and changes nothing (for tools that
 * tell DataSets from archives and other folders).
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Telling folders apart
 * ```ts ignore
 * import { isDataSetFolder } from "./data_set.ts";
 * if (await isDataSetFolder("runs")) console.log("a DataSet");
 * ```
 *
 * @param dir A folder (a path or a `file:` URL).
 * @returns `true` when it holds the marker.
 */
export async function isDataSetFolder(dir: string | URL): Promise<boolean> {
  try {
    return (await Deno.stat(join(toPath(dir), MARKER_FILE))).isFile;
  } catch (error) {
    if (
      error instanceof Deno.errors.NotFound ||
      error instanceof Deno.errors.NotADirectory
    ) return false;
    throw error;
  }
}

// --- opening -----------------------------------------------------------------

type FolderState = "absent" | "empty" | "partial" | "dataset" | "foreign";

/**
 * The writer coordination seam: the coordinator a DataSet's writes go
 * through: `flock` on `.lock`, or persistd with `daemon`.
 */
async function openCoordinator(
  path: string,
  options: DataSetOptions,
): Promise<WriteCoordinator> {
  const socket = options.daemon === true ? socketFromEnv() : options.daemon;
  if (socket === undefined && options.daemon === true) {
    const granted = Deno.permissions.querySync({
      name: "env",
      variable: "PERSISTD_SOCKET",
    }).state === "granted";
    throw new DaemonUnavailableError(
      `Cannot open DataSet "${path}" through persistd: daemon: true takes the socket from PERSISTD_SOCKET, which ${
        granted
          ? "is not set"
          : "cannot be read without --allow-env=PERSISTD_SOCKET"
      }; set it and grant --allow-env=PERSISTD_SOCKET, or pass the socket path as the daemon option`,
      { socket: "" },
    );
  }
  if (typeof socket !== "string") return fileCoordinator(path);
  try {
    return await daemonCoordinator(path, socket);
  } catch (error) {
    if (!(error instanceof DaemonUnavailableError)) throw error;
    throw new DaemonUnavailableError(
      `Cannot open DataSet "${path}" for writing: ${
        error.message.replace(/^Cannot/, "cannot")
      }`,
      { socket: error.socket, code: error.code, cause: error },
    );
  }
}

function checkOptions(
  path: string,
  options: DataSetOptions,
): Required<Omit<DataSetOptions, "daemon" | "signal">> {
  const {
    mode = "r",
    lock = "write",
    lockTimeout = 60_000,
    prefix = "x_",
    arrayThreshold = 100,
    dataFormat = "npy",
    allowImports = false,
    sync = true,
  } = options;
  const action = `open DataSet "${path}"`;
  if (mode !== "r" && mode !== "w") {
    throw new TypeError(
      `Cannot ${action}: the mode must be "r" (read) or "w" (read and write), got ${
        JSON.stringify(mode) ?? String(mode)
      }`,
    );
  }
  if (lock !== "write" && lock !== "session") {
    throw new TypeError(
      `Cannot ${action}: the lock option must be "write" or "session", got ${
        JSON.stringify(lock) ?? String(lock)
      }`,
    );
  }
  if (lock === "session" && mode !== "w") {
    throw new TypeError(
      `Cannot ${action}: lock: "session" holds the write lock, so it needs mode: "w"`,
    );
  }
  if (typeof lockTimeout !== "number" || !(lockTimeout >= 0)) {
    throw new RangeError(
      `Cannot ${action}: lockTimeout must be 0 or more milliseconds, got ${lockTimeout}`,
    );
  }
  checkPrefix(prefix, action);
  const { daemon } = options;
  if (
    daemon !== undefined && typeof daemon !== "boolean" &&
    (typeof daemon !== "string" || daemon === "")
  ) {
    throw new TypeError(
      `Cannot ${action}: the daemon option must be persistd's socket path or a boolean, got ${
        JSON.stringify(daemon) ?? String(daemon)
      }`,
    );
  }
  if (mode === "w") {
    // Fails now, not at the first write, for a bad threshold or format.
    new Archive({ arrayThreshold, dataFormat });
  }
  return {
    mode,
    lock,
    lockTimeout,
    prefix,
    arrayThreshold,
    dataFormat,
    allowImports,
    sync,
  };
}

/** What is at `path`, as far as opening a DataSet is concerned. */
async function inspect(path: string): Promise<FolderState> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "absent";
    throw error;
  }
  if (!info.isDirectory) {
    throw new FormatError(
      `Cannot open DataSet "${path}": it is a file, not a folder; choose another path`,
      { path },
    );
  }
  let marker: string | undefined;
  try {
    marker = await Deno.readTextFile(join(path, MARKER_FILE));
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  if (marker !== undefined) {
    checkMarker(path, marker);
    return "dataset";
  }
  const names = await listDir(path);
  // Another writer finished creating it since the marker was read.
  if (names.includes(MARKER_FILE)) return await inspect(path);
  if (names.length === 0) return "empty";
  // An interrupted creation: only the files creation makes, nothing listed.
  const ours = [LOCK_FILE, INDEX_FILE, MODULE_FILE, ITEMS_DIR, STAGING_DIR];
  const partial = names.includes(LOCK_FILE) &&
    names.every((n) =>
      ours.includes(n) || (n.startsWith(".") && n.includes(TEMP_MARK))
    ) &&
    (await listDir(join(path, ITEMS_DIR)).catch(() => [])).length === 0;
  return partial ? "partial" : "foreign";
}

function checkMarker(path: string, text: string): void {
  const file = join(path, MARKER_FILE);
  let marker: { format?: unknown; version?: unknown } | undefined;
  try {
    marker = JSON.parse(text);
  } catch {
    // reported below
  }
  if (
    marker === null || typeof marker !== "object" ||
    marker.format !== DATASET_FORMAT || typeof marker.version !== "number"
  ) {
    throw new FormatError(
      `Cannot open DataSet "${path}": its marker file "${file}" is damaged (it should hold ${markerText().trim()})`,
      { path: file, offset: 0 },
    );
  }
  if (marker.version > DATASET_VERSION) {
    throw new FormatError(
      `Cannot open DataSet "${path}": it is DataSet format ${marker.version}, newer than this persist reads (${DATASET_VERSION}); upgrade @persist/persist`,
      { path: file, offset: 0 },
    );
  }
}

function markerText(): string {
  return `${
    JSON.stringify({ format: DATASET_FORMAT, version: DATASET_VERSION })
  }\n`;
}

function notOpenable(path: string, state: FolderState): Error {
  switch (state) {
    case "absent":
      return new NotFoundError(
        `Cannot open DataSet "${path}": the folder does not exist; open it with { mode: "w" } to create it`,
        { path },
      );
    case "empty":
    case "partial":
      return new FormatError(
        `Cannot open DataSet "${path}": the folder is not a DataSet yet (it has no ${MARKER_FILE} file); open it with { mode: "w" } to create one there`,
        { path },
      );
    default:
      return new FormatError(
        `Cannot open DataSet "${path}": the folder is not a DataSet (it has no ${MARKER_FILE} file) and holds other files; choose another folder`,
        { path },
      );
  }
}

// --- helpers -----------------------------------------------------------------

async function listDir(path: string): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const entry of Deno.readDir(path)) names.push(entry.name);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return names;
    throw error;
  }
  return names;
}

/**
 * An operating system error (a `Deno.errors` class, or an error that ends
 * in "(os error N)", such as EFBIG) with the action and, when `advise`,
 * what to do in its message; its class and `code` are kept, and the original is the `cause`.
 * Anything else is returned as it is.
 */
function osError(error: unknown, action: string, advise = true): unknown {
  if (!(error instanceof Error)) return error;
  const os = Object.values(Deno.errors).includes(
    error.constructor as typeof Deno.errors.NotFound,
  );
  const errno = /\(os error (\d+)\)/.exec(error.message)?.[1];
  // Ours (such as a DaemonUnavailableError, which has a code) pass as they are.
  if (!os && errno === undefined) return error;
  const remedy = !advise
    ? undefined
    : errno === "27" || errno === "28" || errno === "122"
    ? "free disk space (or raise the file size limit or quota), then try again"
    : error instanceof Deno.errors.PermissionDenied
    ? "check the owner, mode and attributes (chattr) of the DataSet's files and folders"
    : undefined;
  return withAction(error, action, remedy);
}

function isLockLost(error: unknown): boolean {
  return error instanceof LockLostError ||
    error instanceof DaemonUnavailableError;
}

/** The seq in an item folder's name `<name>~<seq>` (none with a "-<n>"). */
function seqOf(dir: string): number | undefined {
  const match = /~(\d+)$/.exec(dir);
  return match === null ? undefined : Number(match[1]);
}

function liveDirs(state: IndexState): Set<string> {
  const live = new Set<string>();
  for (const [, entry] of state.entries()) live.add(entry.dir);
  return live;
}

function isNotEmpty(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "ENOTEMPTY" || code === "EEXIST" ||
    error instanceof Deno.errors.AlreadyExists;
}

function isPermissionError(error: unknown): boolean {
  return error instanceof Deno.errors.NotCapable ||
    error instanceof Deno.errors.PermissionDenied;
}

/**
 * An item's conversion error, with the item named (our errors keep their
 * class; the message says which item and that the rest was not converted).
 */
function itemError(error: unknown, name: string, action: string): unknown {
  if (!(error instanceof Error) || isPermissionError(error)) return error;
  if (error.name === "AbortError") return error;
  error.message = `Cannot ${action}: item ${
    quote(name)
  } cannot be converted, so it and the items after it were left as they are: ${error.message}`;
  return error;
}

function quote(name: unknown): string {
  return typeof name === "string" ? JSON.stringify(name) : String(name);
}
