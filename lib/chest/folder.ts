// Copyright 2026 the persist authors. MIT license.

/**
 * A chest's folder as files, for {@linkcode Chest} and for readers that do
 * not open a chest (the `persist` tool): the names of its own files,
 * reading its index and its value files, and finding what crashed
 * processes left in it. Nothing here writes, creates or removes anything.
 *
 * @module
 */

import { join } from "node:path";
import { FormatError } from "../errors.ts";
import {
  acquireLock,
  fileKind,
  fileSize,
  isGranted,
  pathExists,
  readFull,
  statIfAny,
  TEMP_MARK,
} from "../fs/mod.ts";
import { readNpy } from "../npy/mod.ts";
import { decodeValue } from "./codec.ts";
import {
  type ChestIndex,
  CODEC_EXTENSIONS,
  parseIndex,
  type ValueCodec,
} from "./index_format.ts";
import { type ChestKey, decodeKey } from "./key.ts";

/** The index file inside a chest folder. */
export const INDEX_FILE = ".chest.json";
/** The lock file inside a chest folder, guarding the index. */
export const LOCK_FILE = ".chest.lock";
/** Folders of values one open chest moved out of memory but did not flush yet. */
export const SPILL_PREFIX = ".spill-";

/** A key whose file {@linkcode Chest.verify} did not find, or found not a file. */
export interface ChestProblem {
  /** The key. */
  key: ChestKey;
  /** The file the index names for it. */
  path: string;
  /** What is wrong and what to do. */
  message: string;
}

/** What {@linkcode Chest.verify} found. */
export interface ChestReport {
  /** Keys the index lists. */
  keys: number;
  /** Keys whose file is missing, or not a file (a folder, a FIFO). */
  problems: ChestProblem[];
  /**
   * Leftovers of processes that crashed, in the chest's folder: temporary
   * files, spill folders of processes that are gone, value files no index
   * names. Harmless (never read) but taking disk space; each
   * {@linkcode Chest.open} removes them, so one listed here was left since,
   * or cannot be removed (another user's, a file made immutable): remove it
   * by hand.
   */
  leftovers: string[];
}

/** How a value file was written: its codec, and for `.npy` whether an `NDArray`. */
export interface StoredValue {
  /** The codec of the index entry. */
  readonly codec: ValueCodec;
  /** For `"npy"`: `true` when the value is an `NDArray`, not a bare typed array. */
  readonly ndarray?: boolean;
}

/**
 * Reads a chest's index file. The stamp tells one version of the file from
 * another (inode, modification time and size), to notice cheaply that
 * another process replaced it.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Listing the keys of a chest without opening it
 * ```ts ignore
 * import { readIndexFile } from "./folder.ts";
 * const read = await readIndexFile("results.chest");
 * console.log(read === undefined ? "no index" : [...read.index.entries.keys()]);
 * ```
 *
 * @param folder The chest's folder.
 * @returns The index and its stamp, or `undefined` when there is no index.
 * @throws {FormatError} When the index is damaged (not UTF-8, not a chest
 * index, not a file but a folder or a FIFO), naming the file.
 */
export async function readIndexFile(
  folder: string,
): Promise<{ index: ChestIndex; stamp: string } | undefined> {
  const path = join(folder, INDEX_FILE);
  // The stamp comes from the path, stat'ed before the open (not
  // file.stat(), which Deno checks against the real path and refuses under
  // a symbolic link). If the index is replaced in between, the stamp is
  // older than the bytes, and the next check reads it again.
  const info = await statIfAny(path);
  if (info === undefined) return undefined;
  if (!info.isFile) {
    // Opened, a folder reads as garbage and a FIFO blocks until written to.
    throw new FormatError(
      `Cannot read chest index "${path}": it is ${
        fileKind(info)
      }, not a file, so the index is damaged (something other than a chest put it there); ` +
        "move it away and restore the index from a backup",
      { path },
    );
  }
  const stamp = stampOf(info);
  let handle;
  try {
    handle = await Deno.open(path, { read: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
  let bytes: Uint8Array;
  {
    using file = handle;
    const buffer = new Uint8Array(await fileSize(file));
    bytes = buffer.subarray(0, await readFull(file, buffer));
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new FormatError(
      `Cannot read chest index "${path}": it is not UTF-8 text; the index is damaged, restore it from a backup`,
      { path, cause: error },
    );
  }
  return { index: parseIndex(text, path), stamp };
}

/**
 * The stamp of a version of the index file (see
 * {@linkcode readIndexFile}): inode, modification time and size.
 *
 * @example Two versions differ
 * ```ts ignore
 * import { stampOf } from "./folder.ts";
 * const before = stampOf(await Deno.stat("c/.chest.json"));
 * ```
 *
 * @param info The file's `stat`.
 * @returns The stamp.
 */
export function stampOf(info: Deno.FileInfo): string {
  return `${info.ino}:${info.mtime?.getTime()}:${info.size}`;
}

/**
 * Reads a value file written with the default codec or as `.npy`; a file
 * of a custom `dump` needs its `load`.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @example Reading the value of key "x" without opening the chest
 * ```ts ignore
 * import { readIndexFile, readValueFile } from "./folder.ts";
 * const { index } = (await readIndexFile("c"))!;
 * const entry = index.entries.get('"x"')!;
 * console.log(await readValueFile(`c/${entry.file}`, entry));
 * ```
 *
 * @param path The value file.
 * @param stored Its codec (and for `.npy`, whether an `NDArray`).
 * @param load The chest's `load`, for files of its `dump`.
 * @param action What the message of a file that is not a file starts with
 * (default: `Cannot read the value file "<path>"`).
 * @returns The value.
 * @throws {NotFoundError} When the file is missing (`Deno.errors.NotFound`
 * for MessagePack files).
 * @throws {FormatError} When the file is damaged, or is not a file (a
 * folder, a FIFO: see {@linkcode statValueFile}).
 * @throws {TypeError} When the file was written by a custom `dump` and no
 * `load` is given.
 */
export async function readValueFile(
  path: string,
  stored: StoredValue,
  load?: (bytes: Uint8Array) => unknown,
  action?: string,
): Promise<unknown> {
  await statValueFile(path, action);
  switch (stored.codec) {
    case "npy": {
      const array = await readNpy(path);
      return stored.ndarray ? array : array.data;
    }
    case "msgpack":
      return decodeValue(await Deno.readFile(path), path);
    case "custom":
      if (load === undefined) {
        throw new TypeError(
          `Cannot read "${path}": it was written by a custom dump; open the chest with the same dump and load`,
        );
      }
      return await load(await Deno.readFile(path));
  }
}

/**
 * The `stat` of a value file, refusing anything but a regular file with a
 * {@linkcode FormatError} naming it: a folder reads as garbage, and opening
 * a FIFO blocks until something writes to it. A missing file is
 * `undefined`: the read that follows says so in its own words.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @example Checking a value file before reading it
 * ```ts ignore
 * import { statValueFile } from "./folder.ts";
 * const info = await statValueFile("c/x~g1.msgpack");
 * console.log(info === undefined ? "missing" : `${info.size} bytes`);
 * ```
 *
 * @param path The value file.
 * @param action What the message starts with.
 * @returns Its `stat` (through a symbolic link), or `undefined` when missing.
 * @throws {FormatError} When it is not a regular file.
 */
export async function statValueFile(
  path: string,
  action = `Cannot read the value file "${path}"`,
): Promise<Deno.FileInfo | undefined> {
  const info = await statIfAny(path);
  if (info === undefined) return undefined;
  if (!info.isFile) {
    throw new FormatError(
      `${action}: it is ${notAFile(info)}`,
      { path },
    );
  }
  return info;
}

/** Why a value file that is not a regular file is damage, and what to do. */
function notAFile(info: Deno.FileInfo): string {
  return `${
    fileKind(info)
  }, not a file (the chest folder was changed by something other than a chest); ` +
    "move it away and restore the file from a backup, or delete the key";
}

/**
 * Finds what crashed processes left among `names` (the folder's listing):
 * temporary files, spill folders whose process is gone (their `.lock` is
 * free), value files the index does not name. Exact only under the chest
 * lock (shared or exclusive): a flush at work makes such files while it
 * holds the lock exclusively (see `Chest#sweep`).
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Leftovers of a chest, under its lock
 * ```ts ignore
 * import { findLeftovers, readIndexFile } from "./folder.ts";
 * const names = await Array.fromAsync(Deno.readDir("c"));
 * const { index } = (await readIndexFile("c"))!;
 * console.log(await findLeftovers("c", names, index));
 * ```
 *
 * @param folder The chest's folder.
 * @param names Its entries.
 * @param index Its index, read under the same lock.
 * @returns The leftovers' paths, in the order of `names`.
 */
export async function findLeftovers(
  folder: string,
  names: readonly Deno.DirEntry[],
  index: ChestIndex,
): Promise<string[]> {
  const referenced = new Set<string>();
  for (const { file } of index.entries.values()) referenced.add(file);
  const extensions = Object.values(CODEC_EXTENSIONS);
  const left: string[] = [];
  for (const item of names) {
    const path = join(folder, item.name);
    const leftover = item.name.startsWith(".")
      ? item.name.includes(TEMP_MARK) ||
        (item.name.startsWith(SPILL_PREFIX) && item.isDirectory &&
          await isDeadSpill(path))
      : item.isFile && !referenced.has(item.name) &&
        extensions.some((ext) => item.name.endsWith(ext));
    if (leftover) left.push(path);
  }
  return left;
}

/**
 * Whether a spill folder is a dead process's; call it holding the chest
 * lock. Its process made it under that lock and locked its `.lock` before
 * letting the chest lock go, and holds that until the folder is removed:
 * one whose `.lock` is free, or missing (its process died in between, or
 * is removing the folder), is nobody's. One whose `.lock` is not a regular
 * file (a FIFO would block the open), cannot be opened (another user's
 * folder), or not locked (NFS refuses an exclusive lock on a file open for
 * reading only, as it is without write access), is not judged, and left
 * alone.
 *
 * Requires `--allow-read` permission for the folder; uses `--allow-write`
 * when granted.
 *
 * @example Judging a spill folder
 * ```ts ignore
 * import { isDeadSpill } from "./folder.ts";
 * console.log(await isDeadSpill("c/.spill-abc")); // true when its process is gone
 * ```
 *
 * @param dir The spill folder.
 * @returns `true` when nobody holds it.
 */
export async function isDeadSpill(dir: string): Promise<boolean> {
  const lock = join(dir, ".lock");
  let file: Deno.FsFile;
  try {
    // Its process made it a file; anything else is not opened at all.
    if (!(await Deno.lstat(lock)).isFile) return false;
    // Never created: not a new file in a folder its owner may be removing.
    // Opened for writing where it may be, as flock(2) on NFS takes an
    // exclusive lock only on a file open for writing; else read only (a
    // file another user owns, or made immutable, or a reader granted no
    // write access: asked only when granted, so Deno never prompts).
    file = isGranted({ name: "write", path: lock })
      ? await Deno.open(lock, { read: true, write: true }).catch((error) => {
        if (!(error instanceof Deno.errors.PermissionDenied)) throw error;
        return Deno.open(lock, { read: true });
      })
      : await Deno.open(lock, { read: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable) throw error;
    if (error instanceof Deno.errors.NotFound) return await pathExists(dir);
    return false;
  }
  try {
    return await file.tryLock(true);
  } catch {
    return false; // a lock this file system refuses: not judged
  } finally {
    file.close();
  }
}

/**
 * Checks a chest's folder: that every file the index names is there, and
 * what crashed processes left in it. Call it holding the chest lock (see
 * {@linkcode findLeftovers}); it changes nothing.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Checking under the lock
 * ```ts ignore
 * import { checkFolder } from "./folder.ts";
 * const found = await checkFolder("c");
 * console.log(found?.report.problems);
 * ```
 *
 * @param folder The chest's folder.
 * @returns The report and the index it checked against, or `undefined`
 * when there is no index.
 * @throws {FormatError} When the index is damaged.
 */
export async function checkFolder(
  folder: string,
): Promise<{ report: ChestReport; index: ChestIndex } | undefined> {
  const read = await readIndexFile(folder);
  if (read === undefined) return undefined;
  const names = await Array.fromAsync(Deno.readDir(folder));
  const there = new Map(names.map((item) => [item.name, item]));
  const problems: ChestProblem[] = [];
  for (const [canon, { file }] of read.index.entries) {
    const item = there.get(file);
    if (item?.isFile) continue;
    const path = join(folder, file);
    // A symbolic link is followed, as a read would.
    let info: Deno.FileInfo | undefined;
    if (item !== undefined) {
      info = await Deno.stat(path).catch((error) => {
        if (error instanceof Deno.errors.NotFound) return undefined;
        throw error;
      });
    }
    if (info?.isFile) continue;
    problems.push({
      key: normalizeKey(decodeKey(canon), canon),
      path,
      message: info === undefined
        ? `the file "${path}" of key ${canon} is missing: the chest folder was changed by something ` +
          "other than a chest; restore the file from a backup, or delete the key"
        : `the value file "${path}" of key ${canon} is ${notAFile(info)}`,
    });
  }
  const leftovers = (await findLeftovers(folder, names, read.index)).sort();
  return {
    report: { keys: read.index.entries.size, problems, leftovers },
    index: read.index,
  };
}

/** Options for {@linkcode verifyFolder}. */
export interface VerifyFolderOptions {
  /**
   * Milliseconds to wait for the chest's lock while another process
   * flushes.
   *
   * @default {60_000}
   */
  lockTimeout?: number;
}

/**
 * What {@linkcode Chest.verify} finds, without opening the chest: opening
 * removes leftovers (and makes the folder and index of a new chest), this
 * writes nothing. Holds a shared lock on `.chest.lock`, opened for reading
 * only, while it lists the folder (flushes wait that long); a folder
 * without `.chest.lock` (copied without it) is looked at without a lock,
 * as no chest has it open.
 *
 * Requires `--allow-read` permission for the folder only.
 *
 * @example Checking a chest on disk
 * ```ts ignore
 * import { verifyFolder } from "./folder.ts";
 * const found = await verifyFolder("results.chest");
 * if (found === undefined) console.log("no index");
 * else console.log(found.report.problems, found.report.leftovers);
 * ```
 *
 * @param folder The chest's folder.
 * @param options The lock timeout.
 * @returns The report and the index, or `undefined` when the folder has
 * no index.
 * @throws {FormatError} When the index is damaged.
 * @throws {LockTimeoutError} When another process holds the chest's lock
 * for longer than `lockTimeout`.
 */
export async function verifyFolder(
  folder: string,
  options: VerifyFolderOptions = {},
): Promise<{ report: ChestReport; index: ChestIndex } | undefined> {
  let lock;
  try {
    lock = await acquireLock(join(folder, LOCK_FILE), {
      timeout: options.lockTimeout ?? 60_000,
      exclusive: false,
      readOnly: true,
      label: folder,
    });
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  try {
    return await checkFolder(folder);
  } finally {
    lock?.release();
  }
}

/**
 * A key as the chest gives it back: the decoded key, arrays deeply frozen
 * (so that a key handed out cannot be changed under the chest).
 *
 * @example An array key is frozen
 * ```ts
 * import { normalizeKey } from "./folder.ts";
 * import assert from "node:assert/strict";
 * assert.ok(Object.isFrozen(normalizeKey(["a", 1], '["a",1]')));
 * ```
 *
 * @param key The key.
 * @param canon Its canonical text.
 * @returns The key to hand out.
 */
export function normalizeKey(key: ChestKey, canon: string): ChestKey {
  if (typeof key !== "object") return key === 0 ? 0 : key;
  return deepFreeze(decodeKey(canon));
}

function deepFreeze(key: ChestKey): ChestKey {
  if (Array.isArray(key)) {
    for (const item of key) deepFreeze(item);
    Object.freeze(key);
  }
  return key;
}
