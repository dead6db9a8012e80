// Copyright 2026 the persist authors. MIT license.

import { dirname, join, normalize } from "node:path";
import { FormatError, LockTimeoutError, NotFoundError } from "../errors.ts";
import {
  acquireLock,
  atomicWrite,
  type FileLock,
  isGranted,
  pathExists,
  readFull,
  sweepDue,
  sweptFolder,
  syncDir,
  TEMP_MARK,
  tempPathFor,
  withAction,
  writeAll,
} from "../fs/mod.ts";
import { isTypedArray, NDArray, npyParts } from "../npy/mod.ts";
import { encodeValue } from "./codec.ts";
import { checkFileBase, fileBaseFor } from "./file_name.ts";
import {
  checkFolder,
  type ChestReport,
  findLeftovers,
  INDEX_FILE,
  LOCK_FILE,
  normalizeKey,
  readIndexFile,
  readValueFile,
  SPILL_PREFIX,
  stampOf,
} from "./folder.ts";
import {
  type ChestIndex,
  CODEC_EXTENSIONS,
  formatIndex,
  type IndexEntry,
  type ValueCodec,
} from "./index_format.ts";
import { type ChestKey, decodeKey, encodeKey } from "./key.ts";
import { sizeOf } from "./size.ts";

export {
  type ChestProblem,
  type ChestReport,
  INDEX_FILE,
  LOCK_FILE,
  SPILL_PREFIX,
} from "./folder.ts";

/** The start of a temporary chest's folder name, in the system temporary folder. */
export const TEMPORARY_PREFIX = "persist-chest-";
/**
 * The file that says a temporary chest's process holds a lock on its folder
 * while it runs (chests of persist versions before the locks have none).
 */
export const TEMPORARY_MARKER = ".temporary";
const TEMPORARY_NOTE = "A temporary persist chest. Its process holds a lock " +
  "(flock) on this folder while it runs; when nobody holds it, the process " +
  "was killed, and the next temporary chest opened here removes the folder.\n";

/** Options for {@linkcode Chest.open}. */
export interface ChestOptions {
  /**
   * The chest's folder. It is created if missing; an existing folder must
   * be empty or a chest. Without a path, the chest lives in a new folder
   * under the system's temporary folder and is deleted by `close()`.
   *
   * @default {a new temporary folder}
   */
  path?: string;
  /**
   * Bytes of values kept in memory (see {@linkcode Chest.memoryUsage}). When
   * a `set` or `get` goes over it, the least recently used values are moved
   * to files; a value larger than this goes straight to a file.
   *
   * @default {1e9}
   */
  availableMemory?: number;
  /**
   * Turns a value into bytes, replacing the default MessagePack codec (pass
   * `load` too). Typed arrays and `NDArray`s are always stored as `.npy`.
   */
  dump?: (value: unknown) => Uint8Array | Promise<Uint8Array>;
  /** Turns bytes written by `dump` back into a value. */
  load?: (bytes: Uint8Array) => unknown;
  /**
   * Chooses the file name (without extension) of a key's value. Names must
   * differ between keys, be one path component and not start with a dot.
   * A flush stores the value as `<name>~g<gen>.<extension>`, with the
   * index generation that wrote it, so every write gets a new file.
   *
   * @default {a readable name for simple string keys, otherwise a slug and a hash}
   */
  fileName?: (key: ChestKey) => string;
  /**
   * Flush files and folder to the disk on `flush()` so flushed data survives
   * a power loss. Flushed data survives a crash of the process either way.
   *
   * @default {true}
   */
  sync?: boolean;
  /**
   * Milliseconds to wait for the chest's lock while another process flushes.
   *
   * @default {60_000}
   */
  lockTimeout?: number;
}

/** Options for {@linkcode Chest.update}. */
export interface ChestUpdateOptions {
  /**
   * Replace the values of keys this chest already has.
   *
   * @default {true}
   */
  overwrite?: boolean;
}

/** Where a value's bytes are, and how they were written. */
interface Stored {
  /** An absolute path (spill files) or a name in the chest folder (index). */
  readonly file: string;
  readonly codec: ValueCodec;
  readonly ndarray?: boolean;
}

/** A private file holding a value that is not flushed yet. */
interface Spill extends Stored {
  readonly bytes: number;
  /** Hard-linked as a published file: never to be overwritten in place. */
  linked?: boolean;
}

interface Encoded {
  readonly codec: ValueCodec;
  readonly ndarray?: boolean;
  readonly parts: readonly Uint8Array[];
}

interface Entry {
  readonly key: ChestKey;
  readonly canon: string;
  /** The value, while `resident`. */
  value: unknown;
  resident: boolean;
  /** Bytes counted in memoryUsage while resident. */
  size: number;
  /** The value differs from the published file (or there is none). */
  dirty: boolean;
  /** The key's entry in the shared index when this chest last saw it. */
  published: IndexEntry | undefined;
  /** A private file holding the current (dirty) value. */
  spill: Spill | undefined;
  /** Why the value could not be encoded; it stays in memory. */
  pinned: Error | undefined;
}

const encoder = new TextEncoder();
/** How many values `prefetch()` reads at once. */
const PREFETCH_READS = 4;
/** Freed spill files kept for reuse: at most this many... */
const REUSE_FILES = 64;
/** ...holding at most this many bytes in all. */
const REUSE_BYTES = 256 << 20;

/**
 * A dictionary that spills to disk: values stay in memory until their total
 * size passes `availableMemory`, then the least recently used (reads count
 * as use) move to files in a folder the chest owns, and `get` brings them
 * back. `flush()` makes every value durable in the folder, so a chest is
 * reopened by its path. Keys are strings, numbers, bigints, booleans or
 * arrays of these, with `1`, `"1"` and `[1]` three different keys.
 *
 * Several processes may open one folder: `flush()` takes an OS lock and
 * merges this chest's changes into what the others flushed, key by key.
 * Each chest sees its own changes at once and the others' flushed changes
 * whenever it reads the index again: in `has`, `keys`, `values`, `entries`,
 * `flush`, and in `get` of a value it does not hold in memory. A value it
 * holds in memory is returned as is. Values are stored by reference while
 * in memory; after changing one in place, `set` it again.
 *
 * A flush is one transaction: it writes changed values to new files and
 * commits them by replacing the index atomically, so a process killed at
 * any point, or a flush that fails (a full disk), leaves the chest as the
 * last completed flush made it, never a mix of two flushes.
 *
 * After `close()` or `drop()`, every method rejects with
 * `Deno.errors.BadResource`.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder
 * (for a temporary chest, for the system's temporary folder).
 *
 * @example Spilling under a small budget
 * ```ts ignore
 * import { Chest } from "@persist/persist";
 *
 * await using c = await Chest.open({ path: "results.chest", availableMemory: 1e6 });
 * await c.set(["run", 1], new Float64Array(1e6)); // 8 MB: straight to disk
 * await c.set("note", { ok: true });
 * console.log(c.memoryUsage < 1e6, (await c.get(["run", 1])).length); // true 1000000
 * ```
 */
export class Chest implements AsyncDisposable {
  readonly #path: string;
  readonly #temporary: boolean;
  readonly #budget: number;
  readonly #dump: ChestOptions["dump"];
  readonly #load: ChestOptions["load"];
  readonly #fileName: ChestOptions["fileName"];
  readonly #sync: boolean;
  readonly #lockTimeout: number;
  /** Every key this chest knows, in the order it first saw them. */
  #entries = new Map<string, Entry>();
  /** Entries holding their value in memory, least recently used first. */
  #resident = new Map<string, Entry>();
  /** Keys deleted here and not yet flushed. */
  #deleted = new Set<string>();
  #memory = 0;
  /** Identity of the index file this chest last read or wrote. */
  #stamp = "";
  /** The index as this chest last read or wrote it. */
  #index: ChestIndex = { gen: 0, entries: new Map() };
  /**
   * Which key uses each file of `#index`, by its own name and by its name
   * without the generation, lowercased; kept from flush to flush (built
   * again only after another process changed the index), since building it
   * was most of a flush's time for large chests.
   */
  #owners: Map<string, string> | undefined;
  #spillDir: string | undefined;
  #spillLock: FileLock | undefined;
  #spillCount = 0;
  /** Spill files no longer needed, overwritten by the next spills (cheaper than new files). */
  #freeSpills: { file: string; bytes: number }[] = [];
  #freeBytes = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #pending = 0;
  #closed = false;
  /** A temporary chest's lock on its folder (shared: see Chest.open). */
  #folderLock: Deno.FsFile | undefined;

  private constructor(
    path: string,
    temporary: boolean,
    options: ChestOptions,
  ) {
    this.#path = path;
    this.#temporary = temporary;
    this.#budget = options.availableMemory ?? 1e9;
    this.#dump = options.dump;
    this.#load = options.load;
    this.#fileName = options.fileName;
    this.#sync = options.sync ?? true;
    this.#lockTimeout = options.lockTimeout ?? 60_000;
  }

  /**
   * Opens the chest in `options.path`, creating the folder if needed, or a
   * new temporary chest when no path is given. Leftovers of processes that
   * crashed (temporary files, values they never flushed) are removed; one
   * that cannot be removed stays, and {@linkcode Chest.verify} lists it. A
   * temporary chest's process holds a lock on its folder until `close()`
   * removes it; opening one also removes the temporary chests of killed
   * processes (`persist-chest-*` folders with a `.temporary` file that
   * nobody holds).
   *
   * Requires `--allow-read` and `--allow-write` permissions for the folder
   * (for a temporary chest, for the system's temporary folder).
   *
   * @example Reopening a chest by its path
   * ```ts ignore
   * import { Chest } from "@persist/persist";
   *
   * const a = await Chest.open({ path: "my.chest" });
   * await a.set("x", [1, 2, 3]);
   * await a.close(); // flushes
   * const b = await Chest.open({ path: "my.chest" });
   * console.log(await b.get("x")); // [1, 2, 3]
   * ```
   *
   * @param options The folder, the memory budget, the codec and more.
   * @returns The open chest.
   * @throws {FormatError} When the folder holds files but no chest index, is
   * a file, or its index is damaged.
   * @throws {LockTimeoutError} When another process holds the chest's lock
   * for longer than `lockTimeout`.
   */
  static async open(options: ChestOptions = {}): Promise<Chest> {
    const { availableMemory = 1e9, dump, load, fileName, lockTimeout } =
      options;
    if (typeof availableMemory !== "number" || !(availableMemory >= 0)) {
      throw new RangeError(
        `Cannot open a chest: availableMemory must be a number of bytes >= 0, got ${availableMemory}`,
      );
    }
    if ((dump === undefined) !== (load === undefined)) {
      throw new TypeError(
        "Cannot open a chest: pass both dump and load, or neither",
      );
    }
    for (const [name, fn] of Object.entries({ dump, load, fileName })) {
      if (fn !== undefined && typeof fn !== "function") {
        throw new TypeError(`Cannot open a chest: ${name} must be a function`);
      }
    }
    if (lockTimeout !== undefined && !(lockTimeout >= 0)) {
      throw new RangeError(
        `Cannot open a chest: lockTimeout must be 0 or more milliseconds, got ${lockTimeout}`,
      );
    }
    let path: string;
    const temporary = options.path === undefined;
    let hold: Deno.FsFile | undefined;
    if (options.path === undefined) {
      path = await Deno.makeTempDir({ prefix: TEMPORARY_PREFIX });
      try {
        // Held until the folder is removed; a shared lock, as the waiting
        // room of the chest's lock file is this folder (see acquireLock).
        hold = await Deno.open(path, { read: true });
        await hold.lock(false);
      } catch (error) {
        hold?.close();
        await Deno.remove(path, { recursive: true }).catch(noop);
        throw error;
      }
    } else {
      path = normalize(String(options.path));
      await makeFolder(path);
    }
    const chest = new Chest(path, temporary, options);
    chest.#folderLock = hold;
    try {
      await chest.#init();
      if (temporary) {
        // Written once locked: a sweep removes only marked folders.
        await Deno.writeTextFile(join(path, TEMPORARY_MARKER), TEMPORARY_NOTE);
      }
    } catch (error) {
      if (temporary) await Deno.remove(path, { recursive: true }).catch(noop);
      hold?.close();
      throw error;
    }
    if (temporary) await sweepTemporaryChests(dirname(path));
    return chest;
  }

  /** The chest's folder. */
  get path(): string {
    return this.#path;
  }

  /**
   * Bytes of values held in memory now: typed arrays and `NDArray`s count
   * their `byteLength`, other values an estimate (`docs/CHEST.md` gives it).
   */
  get memoryUsage(): number {
    return this.#memory;
  }

  /** The memory budget in bytes given to {@linkcode Chest.open}. */
  get availableMemory(): number {
    return this.#budget;
  }

  /**
   * Stores a value under a key. The value stays in memory while the budget
   * allows; otherwise it, or the least recently used others, move to files.
   * Nothing is durable until {@linkcode Chest.flush} or
   * {@linkcode Chest.close}.
   *
   * @example Keys of different types
   * ```ts ignore
   * await c.set(1, "one");
   * await c.set("1", "string one");
   * await c.set(["run", 1], new Float64Array(3));
   * ```
   *
   * A value that cannot be moved to a file (the disk is full) stays in
   * memory, over the budget, and `set` still succeeds: later `set`s and
   * `get`s try again, and {@linkcode Chest.flush} writes it or reports why
   * it cannot. {@linkcode Chest.memoryUsage} then exceeds
   * {@linkcode Chest.availableMemory}.
   *
   * @param key The key.
   * @param value The value (kept by reference while in memory).
   * @throws {TypeError} When the key is not a chest key, or when a value
   * larger than the budget cannot be encoded; the value then stays in
   * memory.
   */
  async set(key: ChestKey, value: unknown): Promise<void> {
    const canon = encodeKey(key);
    this.#checkOpen("set", canon);
    const size = sizeOf(value);
    if (this.#pending === 0) {
      const old = this.#entries.get(canon);
      const freed = old?.resident ? old.size : 0;
      if (
        old?.spill === undefined && this.#memory - freed + size <= this.#budget
      ) {
        this.#install(canon, key, old, value, size);
        return;
      }
    }
    await this.#exclusive(() => this.#set(canon, key, value, size));
  }

  /**
   * Returns the value of a key, reading it from its file when it is not in
   * memory (it then stays in memory if it fits the budget, and counts as
   * recently used).
   *
   * @example Reading back
   * ```ts ignore
   * const x = await c.get("x");
   * ```
   *
   * @param key The key.
   * @returns The value.
   * @throws {NotFoundError} When the chest has no such key (use
   * {@linkcode Chest.has} to test).
   * @throws {FormatError} When the value's file is damaged or missing.
   * @throws {TypeError} When the key is not a chest key.
   */
  async get(key: ChestKey): Promise<unknown> {
    const canon = encodeKey(key);
    if (this.#pending === 0) {
      this.#checkOpen("get", canon);
      const entry = this.#entries.get(canon);
      if (entry?.resident) {
        this.#touch(entry);
        return entry.value;
      }
    }
    return await this.#exclusive(() => this.#get(canon));
  }

  /**
   * Tells whether the chest has a key, looking at the index again if
   * another process changed it.
   *
   * @example Testing before reading
   * ```ts ignore
   * if (await c.has(["run", 3])) console.log(await c.get(["run", 3]));
   * ```
   *
   * @param key The key.
   * @returns `true` when the key is present.
   * @throws {TypeError} When the key is not a chest key.
   */
  async has(key: ChestKey): Promise<boolean> {
    const canon = encodeKey(key);
    return await this.#exclusive(async () => {
      this.#checkOpen("look up", canon);
      if (this.#entries.get(canon)?.dirty) return true;
      if (this.#deleted.has(canon)) return false;
      await this.#refresh();
      return this.#entries.has(canon);
    });
  }

  /**
   * Removes a key. Its file goes at the next {@linkcode Chest.flush} (other
   * processes may still be reading it until then).
   *
   * @example Deleting a key
   * ```ts ignore
   * await c.delete("x"); // true when "x" was there
   * ```
   *
   * @param key The key.
   * @returns `true` when the key was present.
   * @throws {TypeError} When the key is not a chest key.
   */
  async delete(key: ChestKey): Promise<boolean> {
    const canon = encodeKey(key);
    return await this.#exclusive(async () => {
      this.#checkOpen("delete", canon);
      let entry = this.#entries.get(canon);
      if (entry === undefined && !this.#deleted.has(canon)) {
        await this.#refresh();
        entry = this.#entries.get(canon);
      }
      if (entry === undefined) return false;
      this.#drop(entry);
      this.#entries.delete(canon);
      this.#deleted.add(canon);
      await this.#freeSpill(entry);
      return true;
    });
  }

  /**
   * Lists the keys, in the order this chest first saw them (keys found in
   * the index come in the index's order, sorted by their canonical text).
   *
   * @example Listing keys
   * ```ts ignore
   * console.log(await c.keys()); // [1, "two", ["run", 3]]
   * ```
   *
   * @returns The keys (arrays are frozen).
   */
  async keys(): Promise<ChestKey[]> {
    return await this.#exclusive(async () => {
      this.#checkOpen("list the keys");
      await this.#refresh();
      return [...this.#entries.values()].map((entry) => entry.key);
    });
  }

  /**
   * Iterates over the values, reading each from disk as needed (at most one
   * at a time beyond the budget). Keys deleted during the iteration are
   * skipped.
   *
   * @example Summing values
   * ```ts ignore
   * let total = 0;
   * for await (const v of c.values()) total += v as number;
   * ```
   *
   * @returns An async iterator of the values.
   */
  async *values(): AsyncGenerator<unknown> {
    for await (const [, value] of this.entries()) yield value;
  }

  /**
   * Iterates over `[key, value]` pairs, reading values from disk as needed.
   * Keys deleted during the iteration are skipped.
   *
   * @example Copying into a Map
   * ```ts ignore
   * const m = new Map();
   * for await (const [k, v] of c.entries()) m.set(k, v);
   * ```
   *
   * @returns An async iterator of the pairs.
   */
  async *entries(): AsyncGenerator<[ChestKey, unknown]> {
    for (const key of await this.keys()) {
      let value;
      try {
        value = await this.get(key);
      } catch (error) {
        if (error instanceof NotFoundError && error.path === this.#path) {
          continue;
        }
        throw error;
      }
      yield [key, value];
    }
  }

  /**
   * Iterates over `[key, value]` pairs, like {@linkcode Chest.entries}.
   *
   * @returns An async iterator of the pairs.
   */
  [Symbol.asyncIterator](): AsyncGenerator<[ChestKey, unknown]> {
    return this.entries();
  }

  /**
   * Reads values into memory ahead of use, a few at a time, in the order
   * given, while they fit `availableMemory` together: keys past that point
   * stay on disk (they are checked to exist). The first keys end up the
   * most recently used, so the values they push out are older ones, never
   * each other. Values already in memory are kept and count as used.
   *
   * @example Loading the next batch
   * ```ts ignore
   * await c.prefetch([["run", 1], ["run", 2]]);
   * ```
   *
   * @param keys The keys (an array of keys; a tuple key is one element).
   * @throws {NotFoundError} When one of the keys is missing.
   */
  async prefetch(keys: readonly ChestKey[]): Promise<void> {
    const canons = keys.map(encodeKey);
    await this.#exclusive(async () => {
      this.#checkOpen("prefetch");
      const wanted = [...new Set(canons)];
      if (wanted.some((c) => !this.#entries.has(c) && !this.#deleted.has(c))) {
        await this.#refresh();
      }
      for (const canon of wanted) {
        if (!this.#entries.has(canon)) throw this.#missing(canon);
      }
      const used: Entry[] = [];
      let total = 0; // bytes of the values prefetched so far
      let largest = 0; // the largest value read, to size the next batch
      let full = false;
      for (let at = 0; at < wanted.length && !full;) {
        // One read first; then as many at once as the room left holds
        // values of the largest size seen, at most PREFETCH_READS.
        const room = this.#budget - total;
        const reads = largest === 0
          ? 1
          : Math.max(1, Math.min(PREFETCH_READS, Math.floor(room / largest)));
        const batch = wanted.slice(at, at + reads);
        at += batch.length;
        const loaded = await Promise.all(batch.map(async (canon) => {
          const { entry, value } = await this.#read(canon);
          return { entry, value, size: entry.resident ? 0 : sizeOf(value) };
        }));
        for (const { entry, value, size } of loaded) {
          if (this.#entries.get(entry.canon) !== entry) continue;
          largest = Math.max(largest, size, entry.size);
          if (!entry.resident) {
            if (total + size > this.#budget) {
              full = true; // in order: the rest stays on disk
              break;
            }
            this.#hold(entry, value, size);
          }
          total += entry.size;
          used.push(entry);
        }
      }
      // The first keys last: the most recently used.
      for (let i = used.length - 1; i >= 0; i--) {
        if (used[i].resident) this.#touch(used[i]);
      }
      await this.#evict();
    });
  }

  /**
   * Copies the entries of another chest, a `Map` or an iterable of pairs into
   * this one.
   *
   * @example Merging two chests
   * ```ts ignore
   * await target.update(source); // replaces existing keys
   * await target.update(source, { overwrite: false }); // only adds new keys
   * ```
   *
   * @param source A chest, a `Map` or an iterable of `[key, value]`.
   * @param options Whether to replace values of existing keys.
   * @throws {TypeError} When a key of the source is not a chest key.
   */
  async update(
    source:
      | Chest
      | ReadonlyMap<ChestKey, unknown>
      | Iterable<readonly [ChestKey, unknown]>,
    options: ChestUpdateOptions = {},
  ): Promise<void> {
    const { overwrite = true } = options;
    if (source === this) return;
    if (source instanceof Chest) {
      for (const key of await source.keys()) {
        if (!overwrite && await this.has(key)) continue;
        let value;
        try {
          value = await source.get(key);
        } catch (error) {
          if (error instanceof NotFoundError && error.path === source.path) {
            continue;
          }
          throw error;
        }
        await this.set(key, value);
      }
      return;
    }
    for (const [key, value] of source) {
      if (!overwrite && await this.has(key)) continue;
      await this.set(key, value);
    }
  }

  /**
   * Tells whether a key's value is in memory now (without reading anything).
   *
   * @example After a spill
   * ```ts ignore
   * console.log(c.isInMemory("x")); // false once "x" moved to its file
   * ```
   *
   * @param key The key.
   * @returns `true` when the value is held in memory.
   * @throws {TypeError} When the key is not a chest key.
   */
  isInMemory(key: ChestKey): boolean {
    return this.#entries.get(encodeKey(key))?.resident ?? false;
  }

  /**
   * The path of the file holding a key's flushed value, or `undefined` when
   * the key has no flushed file. The name comes from the `fileName` option
   * (by default, the key itself for simple string keys, otherwise a slug and
   * a hash), then `~g` and the index generation that wrote the value, then
   * the extension of its codec: `.npy` for typed arrays and `NDArray`s,
   * `.msgpack` for the default codec, `.bin` for `dump`. A flush that
   * changes the value writes a new file and removes this one.
   *
   * @example Where "x" is
   * ```ts ignore
   * await c.flush();
   * console.log(c.fileOf("x")); // "<c.path>/x~g1.msgpack"
   * ```
   *
   * @param key The key.
   * @returns An absolute or relative path inside {@linkcode Chest.path}.
   * @throws {TypeError} When the key is not a chest key.
   */
  fileOf(key: ChestKey): string | undefined {
    const entry = this.#entries.get(encodeKey(key));
    if (entry?.published === undefined || entry.dirty) return undefined;
    return join(this.#path, entry.published.file);
  }

  /**
   * Checks the chest's folder: that every file the index names is there
   * (and a file, not a folder or a FIFO), and what processes that crashed left in it (see
   * {@linkcode ChestReport.leftovers}): left since the chest was opened, or
   * that opening could not remove. Holds the chest's lock while it looks
   * (flushes of other processes wait that long: one listing of the folder)
   * and changes nothing.
   *
   * Requires `--allow-read` and `--allow-write` permissions for the folder.
   *
   * @example Looking for leftovers to remove by hand
   * ```ts ignore
   * const { problems, leftovers } = await c.verify();
   * for (const path of leftovers) console.warn(`cannot be removed: ${path}`);
   * ```
   *
   * @returns What was found.
   * @throws {FormatError} When the index is damaged.
   * @throws {LockTimeoutError} When another process holds the lock for
   * longer than `lockTimeout`.
   * @throws {NotFoundError} When the chest's folder was dropped or removed.
   */
  async verify(): Promise<ChestReport> {
    return await this.#exclusive(async () => {
      this.#checkOpen("verify");
      using _lock = await this.#lock();
      const found = await checkFolder(this.#path);
      if (found === undefined) throw this.#gone();
      return found.report;
    });
  }

  /**
   * Writes every value that is not yet on disk and the index, merging with
   * what other processes flushed; afterwards memory usage is 0. A value that
   * cannot be encoded stays in memory and is reported after everything else
   * is written; the values that were written leave memory even then.
   *
   * Changed values go to new files and the index write commits them all at
   * once. When a file or the index cannot be written (a full disk, a
   * damaged folder), nothing is flushed: the folder keeps the previous
   * flush, the files written so far are removed, and this chest keeps its
   * changes for the next flush. The error names the key or file, keeps the
   * class of the operating system's error, and has it as `cause`.
   *
   * Requires `--allow-read` and `--allow-write` permissions for the folder.
   *
   * @example Making values durable
   * ```ts ignore
   * await c.set("x", 1);
   * await c.flush(); // another process opening c.path now sees "x"
   * ```
   *
   * @throws {TypeError} When a value cannot be encoded or a `fileName`
   * result is invalid or taken (an `AggregateError` when several are).
   * @throws {LockTimeoutError} When another process holds the lock for
   * longer than `lockTimeout`.
   * @throws {NotFoundError} When the chest's folder was dropped or removed.
   */
  async flush(): Promise<void> {
    await this.#exclusive(async () => {
      this.#checkOpen("flush");
      try {
        await this.#flush();
      } finally {
        // Also after a failed flush: values that reached the disk before
        // (or in this flush) leave memory, only unflushed ones stay.
        this.#release();
      }
    });
  }

  /**
   * Flushes a chest with a path and releases it; deletes a temporary chest.
   * Idempotent. When the flush fails, the chest stays open, so nothing is
   * lost; except when its folder was dropped or removed (by another chest
   * or process): then the chest is closed all the same, and when it had
   * unflushed changes, this `close()` (only) rejects with a
   * {@linkcode NotFoundError} saying how many were lost.
   *
   * @example Closing with `await using`
   * ```ts ignore
   * await using c = await Chest.open({ path: "my.chest" }); // closed at the end of the block
   * ```
   *
   * @throws {TypeError} As {@linkcode Chest.flush}.
   * @throws {NotFoundError} When the folder was dropped and unflushed
   * changes were lost (the chest is closed).
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#exclusive(async () => {
      if (this.#closed) return;
      if (!this.#temporary) {
        try {
          await this.#flush();
        } catch (error) {
          if (!await this.#isGone()) throw error;
          // Nowhere to flush to: release the chest all the same, and say
          // once what was lost.
          const lost = this.#deleted.size +
            [...this.#entries.values()].filter((entry) => entry.dirty).length;
          await this.#shutDown(false);
          if (lost === 0) return;
          throw new NotFoundError(
            `Cannot flush chest "${this.#path}" on close: its folder was dropped or removed ` +
              `(by another process or chest), so ${lost} unflushed ${
                lost === 1 ? "change was" : "changes were"
              } lost; the chest is closed`,
            { path: this.#path, cause: error },
          );
        }
      }
      await this.#shutDown(this.#temporary);
    });
  }

  /**
   * Deletes the chest's folder with everything in it and closes the chest.
   * A chest whose folder is gone already (dropped by another chest) is
   * closed without error.
   *
   * @example Removing a chest
   * ```ts ignore
   * await c.drop();
   * ```
   */
  async drop(): Promise<void> {
    await this.#exclusive(async () => {
      this.#checkOpen("drop");
      let lock: FileLock | undefined;
      try {
        lock = await this.#lock();
      } catch (error) {
        if (!await this.#isGone()) throw error;
      }
      try {
        await this.#shutDown(true);
      } finally {
        lock?.release();
      }
    });
  }

  /**
   * Closes the chest (see {@linkcode Chest.close}).
   *
   * @returns When closed.
   */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /**
   * A short description for `console.log`.
   *
   * @param inspect Deno's inspect function.
   * @param options Inspect options.
   * @returns The description.
   */
  [Symbol.for("Deno.customInspect")](
    inspect: (value: unknown, options?: unknown) => string,
    options: unknown,
  ): string {
    const state = {
      path: this.#path,
      keys: this.#entries.size,
      memoryUsage: this.#memory,
      availableMemory: this.#budget,
      closed: this.#closed,
    };
    return `Chest ${inspect(state, options)}`;
  }

  // ---- the operations, run one at a time ----

  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.#pending++;
    const run = this.#queue.then(fn).finally(() => this.#pending--);
    this.#queue = run.catch(noop);
    return run;
  }

  async #set(
    canon: string,
    key: ChestKey,
    value: unknown,
    size: number,
  ): Promise<void> {
    this.#checkOpen("set", canon);
    const old = this.#entries.get(canon);
    if (old !== undefined) await this.#freeSpill(old);
    const entry = this.#install(canon, key, old, value, size);
    if (entry.resident) return await this.#evict(entry);
    // Larger than the whole budget: straight to a file.
    let encoded;
    try {
      encoded = await this.#encode(entry, value);
    } catch (error) {
      entry.pinned = error as Error;
      this.#hold(entry, value, size);
      throw new TypeError(
        `${
          (error as Error).message
        }; the value stays in memory, over the budget, until it is replaced or deleted`,
        { cause: error },
      );
    }
    try {
      await this.#writeSpill(entry, encoded);
    } catch {
      // Stored all the same, in memory: see #evict.
      this.#hold(entry, value, size);
    }
  }

  async #get(canon: string): Promise<unknown> {
    this.#checkOpen("get", canon);
    const { entry, value } = await this.#read(canon);
    if (!entry.resident) {
      const size = sizeOf(value);
      if (size <= this.#budget) {
        this.#hold(entry, value, size);
        await this.#evict(entry);
      }
    } else {
      this.#touch(entry);
    }
    return value;
  }

  /** Finds a key's value in memory or in its file, following other processes' changes. */
  async #read(canon: string): Promise<{ entry: Entry; value: unknown }> {
    if (!this.#entries.has(canon) && !this.#deleted.has(canon)) {
      await this.#refresh();
    }
    for (let attempt = 0;; attempt++) {
      const entry = this.#entries.get(canon);
      if (entry === undefined) throw this.#missing(canon);
      if (entry.resident) return { entry, value: entry.value };
      const stored = entry.spill ?? entry.published!;
      const path = entry.spill ? stored.file : join(this.#path, stored.file);
      const action =
        `Cannot get key ${canon} from chest "${this.#path}": cannot read its file "${path}"`;
      try {
        return { entry, value: await this.#readFile(stored, path, action) };
      } catch (error) {
        if (!isNotFound(error)) {
          throw osError(
            error,
            action,
            entry.spill === undefined
              ? "the chest folder was changed by something other than a chest; restore the file from a backup, or delete the key"
              : "the chest's spill folder was changed by something other than this chest; set the key again",
          );
        }
        // Each flush that changes a value writes a new file and removes the
        // old one: another process may have replaced or deleted the key
        // since this chest read the index. Read it again while it changes.
        if (entry.spill === undefined && attempt < 100) {
          await this.#refresh(true);
          const now = this.#entries.get(canon);
          if (
            now !== entry || now.resident || now.spill !== undefined ||
            now.published?.file !== stored.file
          ) continue;
        }
        if (await this.#isGone()) throw this.#gone(error);
        throw new FormatError(
          `Cannot get key ${canon} from chest "${this.#path}": its file "${path}" is missing; ` +
            "the chest folder was changed by something other than a chest; restore the file from a backup, or delete the key",
          { path, cause: error },
        );
      }
    }
  }

  async #readFile(
    stored: Stored,
    path: string,
    action: string,
  ): Promise<unknown> {
    return await readValueFile(path, stored, this.#load, action);
  }

  async #encode(entry: Entry, value: unknown): Promise<Encoded> {
    try {
      if (value instanceof NDArray) {
        return { codec: "npy", ndarray: true, parts: npyParts(value) };
      }
      if (isTypedArray(value) && !(value instanceof Uint8ClampedArray)) {
        return { codec: "npy", parts: npyParts(value) };
      }
      if (this.#dump !== undefined) {
        const bytes = await this.#dump(value);
        if (!(bytes instanceof Uint8Array)) {
          throw new TypeError(
            `dump returned ${typeof bytes}, not a Uint8Array`,
          );
        }
        return { codec: "custom", parts: [bytes] };
      }
      return { codec: "msgpack", parts: [encodeValue(value)] };
    } catch (error) {
      throw new TypeError(
        `Cannot write key ${entry.canon} of chest "${this.#path}" to disk: ${
          (error as Error)?.message ?? error
        }`,
        { cause: error },
      );
    }
  }

  /** Replaces a key's entry with a new dirty one holding `value` if it fits. */
  #install(
    canon: string,
    key: ChestKey,
    old: Entry | undefined,
    value: unknown,
    size: number,
  ): Entry {
    if (old !== undefined) this.#drop(old);
    this.#deleted.delete(canon);
    const entry: Entry = {
      key: old?.key ?? normalizeKey(key, canon),
      canon,
      value: undefined,
      resident: false,
      size: 0,
      dirty: true,
      published: old?.published,
      spill: undefined,
      pinned: undefined,
    };
    this.#entries.set(canon, entry);
    if (size <= this.#budget) this.#hold(entry, value, size);
    return entry;
  }

  #hold(entry: Entry, value: unknown, size: number): void {
    this.#drop(entry);
    entry.value = value;
    entry.size = size;
    entry.resident = true;
    this.#memory += size;
    this.#resident.set(entry.canon, entry);
  }

  #drop(entry: Entry): void {
    if (!entry.resident) return;
    this.#memory -= entry.size;
    entry.value = undefined;
    entry.size = 0;
    entry.resident = false;
    this.#resident.delete(entry.canon);
  }

  #touch(entry: Entry): void {
    this.#resident.delete(entry.canon);
    this.#resident.set(entry.canon, entry);
  }

  /** Moves least recently used values to files until memory fits the budget. */
  async #evict(protect?: Entry): Promise<void> {
    let spillFailed = false;
    for (const entry of this.#resident.values()) {
      if (this.#memory <= this.#budget) return;
      if (entry === protect || entry.pinned !== undefined) continue;
      if (entry.dirty && entry.spill === undefined) {
        if (spillFailed) continue; // values on disk may still go, below
        let encoded;
        try {
          encoded = await this.#encode(entry, entry.value);
        } catch (error) {
          entry.pinned = error as Error;
          continue;
        }
        try {
          await this.#writeSpill(entry, encoded);
        } catch {
          // The disk is full, or the folder is gone: the value stays in
          // memory, over the budget, and the next set() or get() that goes
          // over the budget tries again; flush() writes it or reports why
          // it cannot. The set() or get() that called us did its job, so it
          // does not fail for another key's spill. Values that are on disk
          // already (flushed, or spilled) still leave memory.
          spillFailed = true;
          continue;
        }
      }
      this.#drop(entry);
    }
  }

  /**
   * Writes a value that is not flushed yet to this chest's private spill
   * folder. Nobody else reads these files and they are removed after a
   * crash, so they need no atomic rename; a freed small spill file is
   * overwritten rather than a new one made, which costs the file system less.
   */
  async #writeSpill(entry: Entry, encoded: Encoded): Promise<void> {
    const dir = await this.#spillFolder();
    const free = this.#freeSpills.pop();
    this.#freeBytes -= free?.bytes ?? 0;
    const file = free?.file ?? join(dir, `${++this.#spillCount}`);
    let bytes = 0;
    try {
      // Overwritten in place, then cut: the blocks are already allocated.
      using handle = await Deno.open(file, { write: true, create: true });
      for (const part of encoded.parts) {
        await writeAll(handle, part);
        bytes += part.byteLength;
      }
      if (free !== undefined && free.bytes > bytes) {
        await handle.truncate(bytes);
      }
    } catch (error) {
      await removeQuietly(file);
      throw error;
    }
    const { codec, ndarray } = encoded;
    entry.spill = ndarray
      ? { file, codec, ndarray, bytes }
      : { file, codec, bytes };
  }

  /** Releases an entry's spill file, keeping small unlinked ones for reuse. */
  async #freeSpill(entry: Entry): Promise<void> {
    const spill = entry.spill;
    if (spill === undefined) return;
    entry.spill = undefined;
    if (
      !spill.linked && this.#freeSpills.length < REUSE_FILES &&
      this.#freeBytes + spill.bytes <= REUSE_BYTES
    ) {
      this.#freeSpills.push({ file: spill.file, bytes: spill.bytes });
      this.#freeBytes += spill.bytes;
    } else {
      await removeQuietly(spill.file);
    }
  }

  async #spillFolder(): Promise<string> {
    if (this.#spillDir !== undefined) return this.#spillDir;
    // Made under the chest lock, so that a sweep never sees it half made.
    using _lock = await this.#lock();
    const id = crypto.getRandomValues(new Uint32Array(2));
    const dir = join(
      this.#path,
      `${SPILL_PREFIX}${id[0].toString(36)}${id[1].toString(36)}`,
    );
    await Deno.mkdir(dir);
    this.#spillLock = await acquireLock(join(dir, ".lock"), { timeout: 0 });
    this.#spillDir = dir;
    return dir;
  }

  async #flush(): Promise<void> {
    let dirty = this.#deleted.size > 0;
    for (const entry of this.#entries.values()) dirty ||= entry.dirty;
    if (!dirty) return await this.#refresh();
    using lock = await this.#lock();
    // Every write raises the index's gen, so an unchanged gen means this
    // chest's copy is current and the index need not be parsed again.
    if (await this.#readGen() !== this.#index.gen) {
      const read = await this.#readIndex();
      if (read === undefined) throw this.#gone();
      this.#apply(read.index, read.stamp);
    }
    const index = {
      gen: this.#index.gen,
      entries: new Map(this.#index.entries),
    };
    const gen = index.gen + 1;
    // Which key uses each file, by its own name and by its name without the
    // generation: a fileName function must give each key its own name.
    // Changed below as the flush goes; kept only if it succeeds.
    const owners = this.#owners ?? ownersOf(index);
    this.#owners = undefined;
    const errors: Error[] = [];
    const obsolete = new Set<string>();
    const done: [Entry, IndexEntry][] = [];
    const linked: string[] = [];
    /** New files, which no index lists until the index below is written. */
    const written: string[] = [];
    let late: Error | undefined;
    try {
      for (const entry of this.#entries.values()) {
        if (!entry.dirty) continue;
        let source: Stored | Encoded;
        let stem: string;
        try {
          source = entry.spill ?? await this.#encode(entry, entry.value);
          stem = this.#fileNameFor(entry);
        } catch (error) {
          entry.pinned = error as Error;
          errors.push(error as Error);
          continue;
        }
        // A new name for every write: the files the index lists now are
        // never overwritten, so until the new index is in place the chest
        // on disk is exactly the previous flush.
        const extension = CODEC_EXTENSIONS[source.codec];
        const base = stem + extension;
        const name = `${stem}~g${gen}${extension}`;
        const owner = owners.get(base.toLowerCase()) ??
          owners.get(name.toLowerCase());
        if (owner !== undefined && owner !== entry.canon) {
          errors.push(
            new TypeError(
              `Cannot flush key ${entry.canon} of chest "${this.#path}": its file name "${base}" ` +
                `is taken by key ${owner}; make the fileName function give each key its own name`,
            ),
          );
          continue;
        }
        const target = join(this.#path, name);
        try {
          if ("parts" in source) {
            await atomicWrite(target, source.parts, {
              sync: this.#sync,
              sweep: false, // the chest sweeps its folder when opened
            });
          } else {
            (source as Spill).linked = true;
            await this.#publishSpill(source.file, target);
            linked.push(source.file);
          }
          written.push(target);
        } catch (error) {
          throw osError(
            error,
            `Cannot flush key ${entry.canon} of chest "${this.#path}" to "${name}"`,
            "nothing was flushed: the chest on disk is as before and this chest keeps its changes; " +
              "fix the cause (such as free disk space) and flush again",
          );
        }
        const previous = index.entries.get(entry.canon);
        if (previous !== undefined && previous.file !== name) {
          obsolete.add(previous.file);
          owners.delete(previous.file.toLowerCase());
          owners.delete(baseOfFile(previous.file, previous.gen).toLowerCase());
        }
        const published: IndexEntry = source.ndarray
          ? { file: name, codec: source.codec, ndarray: true, gen }
          : { file: name, codec: source.codec, gen };
        index.entries.set(entry.canon, published);
        owners.set(name.toLowerCase(), entry.canon);
        owners.set(base.toLowerCase(), entry.canon);
        done.push([entry, published]);
      }
      for (const canon of this.#deleted) {
        const previous = index.entries.get(canon);
        if (previous === undefined) continue;
        obsolete.add(previous.file);
        index.entries.delete(canon);
        owners.delete(previous.file.toLowerCase());
        owners.delete(baseOfFile(previous.file, previous.gen).toLowerCase());
      }
      if (linked.length > 0 && this.#sync) await syncDir(this.#path);
      if (done.length > 0 || obsolete.size > 0) {
        index.gen = gen;
        // The one commit point: before this rename the index lists only
        // the previous flush's files, after it only this flush's. Not if
        // someone deleted the lock file meanwhile: others may flush too.
        lock.throwIfLost();
        late = await this.#writeIndex(index);
      }
    } catch (error) {
      for (const file of written) await removeQuietly(file).catch(noop);
      throw error;
    }
    this.#index = index;
    this.#owners = owners;
    this.#deleted.clear();
    for (const [entry, published] of done) {
      entry.dirty = false;
      entry.published = published;
      entry.spill = undefined;
      entry.pinned = undefined;
    }
    // Committed: a file that cannot be removed (another user's, made
    // immutable) does not fail the flush; it stays as a leftover, which the
    // next open tries again to remove and verify() lists meanwhile.
    for (const file of linked) await removeQuietly(file).catch(noop);
    for (const file of obsolete) {
      await removeQuietly(join(this.#path, file)).catch(noop);
    }
    this.#stamp = await this.#statStamp();
    if (late !== undefined) throw late;
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) {
      throw new AggregateError(
        errors,
        `Cannot flush ${errors.length} keys of chest "${this.#path}": ${
          errors.map((e) => e.message).join("; ")
        }`,
      );
    }
  }

  /**
   * Replaces the index atomically. A failure after the rename (flushing the
   * folder) leaves the new index in place: the flush then counts as done
   * (the files it lists are kept) and the error is returned, to be thrown
   * once the chest has taken the flush in.
   */
  async #writeIndex(index: ChestIndex): Promise<Error | undefined> {
    try {
      await atomicWrite(
        join(this.#path, INDEX_FILE),
        encoder.encode(formatIndex(index)),
        { sync: this.#sync, sweep: false },
      );
      return undefined;
    } catch (error) {
      if (await this.#readGen().catch(noop) === index.gen) {
        return osError(
          error,
          `Cannot make the index of chest "${this.#path}" durable`,
          "the flush is done and visible to other processes, but may not survive a power loss; flush again",
        );
      }
      throw osError(
        error,
        `Cannot write the index of chest "${this.#path}"`,
        "nothing was flushed: the chest on disk is as before and this chest keeps its changes; " +
          "fix the cause (such as free disk space) and flush again",
      );
    }
  }

  /** Drops clean values from memory after a flush: they are on disk now. */
  #release(): void {
    for (const entry of this.#resident.values()) {
      if (!entry.dirty) this.#drop(entry);
    }
  }

  /** Makes a spill file the published file of its key, keeping the spill until the index is written. */
  async #publishSpill(spill: string, target: string): Promise<void> {
    if (this.#sync) {
      using handle = await Deno.open(spill, { read: true });
      await handle.syncData();
    }
    const temp = tempPathFor(target);
    try {
      try {
        await Deno.link(spill, temp);
      } catch (error) {
        if (error instanceof Deno.errors.NotCapable) throw error;
        await Deno.copyFile(spill, temp); // file systems without hard links
      }
      await Deno.rename(temp, target);
    } catch (error) {
      await removeQuietly(temp);
      throw error;
    }
  }

  #fileNameFor(entry: Entry): string {
    return this.#fileName === undefined
      ? fileBaseFor(entry.key)
      : checkFileBase(this.#fileName(entry.key), entry.canon);
  }

  // ---- the shared index ----

  async #init(): Promise<void> {
    using _lock = await this.#lock();
    let read = await this.#readIndex();
    const names = [];
    for await (const item of Deno.readDir(this.#path)) names.push(item);
    if (read === undefined) {
      const foreign = names.filter((item) => !isOwnName(item.name));
      if (foreign.length > 0) {
        throw new FormatError(
          `Cannot open chest "${this.#path}": the folder holds ${foreign.length} ` +
            `entries (such as "${
              foreign[0].name
            }") but no chest index "${INDEX_FILE}"; ` +
            "pass a new or empty folder, or the folder of a chest",
          { path: this.#path },
        );
      }
      const empty: ChestIndex = { gen: 0, entries: new Map() };
      await atomicWrite(
        join(this.#path, INDEX_FILE),
        encoder.encode(formatIndex(empty)),
        { sync: this.#sync, sweep: false },
      );
      read = { index: empty, stamp: await this.#statStamp() };
    }
    await this.#sweep(names, read.index);
    this.#apply(read.index, read.stamp);
  }

  /**
   * Finds what crashed processes left among `names` (the folder, listed
   * under the chest lock; see `findLeftovers()`) and removes it; returns
   * the leftovers that could not be removed, sorted.
   *
   * Runs under the chest lock, which is what makes it safe while other
   * processes use the chest: everything it removes is made only by a
   * process holding that lock, which renames it into place, lists it in the
   * index, or removes it before letting the lock go. A flush holds the lock
   * from before its first file to after its index write (and removes the
   * files it wrote when it fails); the index's temporary is written under
   * it; a spill folder is made under it, and its maker locks the folder's
   * `.lock` before letting the chest lock go, holding it until the folder
   * is removed. So under the lock, a temporary file, a value file the index
   * does not name, or a spill folder whose lock is free belongs to a
   * process that died (or was left by a removal that failed), never to
   * one at work. (Deleting `.chest.lock` while it is held breaks this, as
   * it breaks the lock itself.) `tests/chest/multiprocess_test.ts` opens a
   * chest again and again in the middle of another process's flushes.
   *
   * A leftover that cannot be removed (another user's, a file made
   * immutable) stays: it is never read and costs only disk space; the open
   * succeeds, `verify()` lists it, and the next open tries again.
   */
  async #sweep(names: Deno.DirEntry[], index: ChestIndex): Promise<string[]> {
    const left: string[] = [];
    for (const path of await findLeftovers(this.#path, names, index)) {
      if (!(await removeLeftover(path))) left.push(path);
    }
    return left.sort();
  }

  async #readIndex(): Promise<
    { index: ChestIndex; stamp: string } | undefined
  > {
    return await readIndexFile(this.#path);
  }

  /** Reads only the `gen` field at the start of the index, or `undefined`. */
  async #readGen(): Promise<number | undefined> {
    try {
      using file = await Deno.open(join(this.#path, INDEX_FILE));
      const head = new Uint8Array(128);
      const n = await readFull(file, head);
      const text = new TextDecoder().decode(head.subarray(0, n));
      const match = /\n {2}"gen": (\d+),\n/.exec(text);
      return match === null ? undefined : Number(match[1]);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return undefined;
      throw error;
    }
  }

  async #statStamp(): Promise<string> {
    try {
      return stampOf(await Deno.stat(join(this.#path, INDEX_FILE)));
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) throw this.#gone(error);
      throw error;
    }
  }

  /** Reads the index again when it changed (or always, with `force`). */
  async #refresh(force = false): Promise<void> {
    if (!force && await this.#statStamp() === this.#stamp) return;
    const read = await this.#readIndex();
    if (read === undefined) throw this.#gone();
    this.#apply(read.index, read.stamp);
  }

  /**
   * Takes in what other processes flushed: new keys, new values of keys this
   * chest holds unchanged (their stale copies leave memory), deleted keys.
   * This chest's own unflushed changes are kept.
   */
  #apply(index: ChestIndex, stamp: string): void {
    for (const [canon, published] of index.entries) {
      if (this.#deleted.has(canon)) continue;
      const entry = this.#entries.get(canon);
      if (entry === undefined) {
        this.#entries.set(canon, {
          key: normalizeKey(decodeKey(canon), canon),
          canon,
          value: undefined,
          resident: false,
          size: 0,
          dirty: false,
          published,
          spill: undefined,
          pinned: undefined,
        });
      } else if (
        !entry.dirty &&
        (entry.published?.gen !== published.gen ||
          entry.published.file !== published.file)
      ) {
        this.#drop(entry);
        entry.published = published;
      }
    }
    for (const [canon, entry] of this.#entries) {
      if (!entry.dirty && !index.entries.has(canon)) {
        this.#drop(entry);
        this.#entries.delete(canon);
      }
    }
    this.#stamp = stamp;
    this.#index = index;
    this.#owners = undefined;
  }

  async #lock(): Promise<FileLock> {
    try {
      return await acquireLock(join(this.#path, LOCK_FILE), {
        timeout: this.#lockTimeout,
        label: this.#path,
      });
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) throw this.#gone(error);
      throw error;
    }
  }

  /** Tells whether the chest's index is gone (its folder dropped or removed). */
  async #isGone(): Promise<boolean> {
    try {
      await Deno.lstat(join(this.#path, INDEX_FILE));
      return false;
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return true;
      if (error instanceof Deno.errors.NotADirectory) return true;
      return false;
    }
  }

  async #shutDown(removeFolder: boolean): Promise<void> {
    this.#closed = true;
    this.#entries.clear();
    this.#resident.clear();
    this.#deleted.clear();
    this.#memory = 0;
    if (this.#spillDir !== undefined) {
      const dir = this.#spillDir;
      this.#spillDir = undefined;
      this.#freeSpills = [];
      this.#freeBytes = 0;
      try {
        if (removeFolder) {
          await Deno.remove(dir, { recursive: true }).catch(ignoreNotFound);
        } else {
          // Everything is flushed: a spill folder that cannot be removed
          // (made read-only, immutable) stays as a leftover, which the next
          // open removes once it can and verify() lists meanwhile.
          await removeLeftover(dir);
        }
      } finally {
        this.#spillLock?.release();
        this.#spillLock = undefined;
      }
    }
    try {
      if (removeFolder) {
        await Deno.remove(this.#path, { recursive: true }).catch(
          ignoreNotFound,
        );
      }
    } finally {
      // Released once the folder is gone: unlocked, it is a leftover.
      this.#folderLock?.close();
      this.#folderLock = undefined;
    }
  }

  #checkOpen(action: string, canon?: string): void {
    if (!this.#closed) return;
    const what = canon === undefined ? "" : ` key ${canon}`;
    throw new Deno.errors.BadResource(
      `Cannot ${action}${what}: the chest "${this.#path}" is closed; open it again with Chest.open()`,
    );
  }

  #missing(canon: string): NotFoundError {
    return new NotFoundError(
      `Cannot get key ${canon} from chest "${this.#path}": no such key; use has() to test for a key`,
      { path: this.#path, name: canon },
    );
  }

  #gone(cause?: unknown): NotFoundError {
    return new NotFoundError(
      `Cannot use chest "${this.#path}": its index "${INDEX_FILE}" is gone; the chest was dropped or its folder removed`,
      { path: this.#path, cause },
    );
  }
}

async function makeFolder(path: string): Promise<void> {
  try {
    await Deno.mkdir(path, { recursive: true });
  } catch (error) {
    if (
      error instanceof Deno.errors.AlreadyExists ||
      error instanceof Deno.errors.NotADirectory
    ) {
      throw new FormatError(
        `Cannot open chest "${path}": it is a file, not a folder; pass a folder path`,
        { path, cause: error },
      );
    }
    throw error;
  }
}

/**
 * Removes the temporary chests that killed processes left in the system
 * temporary folder `tmp`: folders `persist-chest-*` with a
 * {@linkcode TEMPORARY_MARKER} (their process locked them before writing
 * it) that nobody holds a lock on. Folders without the marker (chests of
 * older versions, which held no lock) are left alone. Only with read and
 * write access granted (never prompts), not again soon when the folder is
 * large (see `sweptFolder()`), and never throws: a leftover that cannot be
 * removed stays for later, unreported (in a folder all users share, it is
 * most likely another user's, and a temporary chest has no `verify()` to
 * ask; the system's cleaning of its temporary folder is the last resort).
 */
async function sweepTemporaryChests(tmp: string): Promise<void> {
  if (
    !isGranted({ name: "read", path: tmp }) ||
    !isGranted({ name: "write", path: tmp }) || !sweepDue(tmp)
  ) return;
  const start = performance.now();
  let entries = 0;
  try {
    for await (const entry of Deno.readDir(tmp)) {
      entries++;
      if (!entry.isDirectory || !entry.name.startsWith(TEMPORARY_PREFIX)) {
        continue;
      }
      const path = join(tmp, entry.name);
      try {
        if (!(await pathExists(join(path, TEMPORARY_MARKER)))) continue;
        using handle = await Deno.open(path, { read: true });
        if (!(await handle.tryLock(true))) continue; // alive
        await Deno.remove(path, { recursive: true });
      } catch {
        // Gone meanwhile, or another user's: leave it.
      }
    }
  } catch {
    // The folder cannot be listed: nothing to sweep.
  }
  sweptFolder(tmp, entries, performance.now() - start);
}

/**
 * Removes a leftover; `false` when it cannot be removed, and stays. A
 * permission Deno refuses is thrown: it is the caller's to grant.
 */
async function removeLeftover(path: string): Promise<boolean> {
  try {
    await Deno.remove(path, { recursive: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return true;
    if (error instanceof Deno.errors.NotCapable) throw error;
    return false;
  }
  return true;
}

/**
 * A value file's name without the `~g<gen>` a flush puts before the
 * extension (files of chests written before this naming have none).
 */
function baseOfFile(file: string, gen: number): string {
  for (const extension of Object.values(CODEC_EXTENSIONS)) {
    const suffix = `~g${gen}${extension}`;
    if (file.endsWith(suffix)) return file.slice(0, -suffix.length) + extension;
  }
  return file;
}

/**
 * An operating system error with a message that names the chest, the key or
 * file and what to do; the class (such as `Deno.errors.IsADirectory`) and
 * `code` stay those of the original, which becomes the `cause`. Errors of
 * persist itself and of codecs are returned as they are.
 */
function osError(error: unknown, action: string, remedy: string): Error {
  if (
    !(error instanceof Error) || error instanceof FormatError ||
    error instanceof NotFoundError || error instanceof LockTimeoutError ||
    error instanceof TypeError
  ) {
    return error as Error;
  }
  const wrapped = withAction(error, action, remedy) as Error;
  return wrapped !== error
    ? wrapped
    : new Error(`${action}: ${error.message}; ${remedy}`, { cause: error });
}

function isOwnName(name: string): boolean {
  return name === INDEX_FILE || name === LOCK_FILE ||
    name === TEMPORARY_MARKER ||
    name.startsWith(SPILL_PREFIX) ||
    (name.startsWith(".") && name.includes(TEMP_MARK));
}

function isNotFound(error: unknown): boolean {
  return error instanceof Deno.errors.NotFound ||
    error instanceof NotFoundError;
}

async function removeQuietly(path: string): Promise<void> {
  await Deno.remove(path).catch(ignoreNotFound);
}

function ignoreNotFound(error: unknown): void {
  if (!(error instanceof Deno.errors.NotFound)) throw error;
}

function noop(): void {}

/** Which key uses each file of an index (see `Chest#owners`). */
function ownersOf(index: ChestIndex): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [canon, { file, gen }] of index.entries) {
    owners.set(file.toLowerCase(), canon);
    owners.set(baseOfFile(file, gen).toLowerCase(), canon);
  }
  return owners;
}
