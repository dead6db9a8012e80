// Copyright 2026 the persist authors. MIT license.

import { dirname } from "node:path";
import { FormatError, LockLostError, LockTimeoutError } from "../errors.ts";
import { fileIdentity, identityOf } from "./file_identity.ts";
import { fileKind, statIfAnySync } from "./io.ts";

/** Options for {@linkcode acquireLock}. */
export interface AcquireLockOptions {
  /**
   * How long to wait for the lock, in milliseconds. `0` tries once.
   *
   * @default {60_000}
   */
  timeout?: number;
  /**
   * An exclusive (write) lock, or a shared (read) one.
   *
   * @default {true}
   */
  exclusive?: boolean;
  /** Stops waiting when aborted (the promise rejects with the reason). */
  signal?: AbortSignal;
  /** What is being locked, for error messages (defaults to the lock file). */
  label?: string;
  /**
   * Open the lock file for reading only: it must exist already (a
   * `Deno.errors.NotFound` otherwise), and nothing is created or written,
   * so only `--allow-read` is needed. An exclusive holder's pid is then not
   * recorded; meant for a brief shared lock by a reader that changes
   * nothing (`flock(2)` needs no write access).
   *
   * @default {false}
   */
  readOnly?: boolean;
}

/**
 * A held OS file lock (`flock(2)`). Release it with `release()` or `using`.
 * The operating system also releases it when the process exits or is
 * killed, so a crashed holder never blocks others.
 */
export interface FileLock extends AsyncDisposable, Disposable {
  /** The lock file. */
  readonly path: string;
  /** Releases the lock and closes the file. Idempotent. */
  release(): void;
  /**
   * Throws a {@linkcode LockLostError} when the lock file was deleted or
   * replaced since the lock was taken (see {@linkcode openLockFile}):
   * others then lock another file. Call it before each write the lock
   * guards, above all when the lock is held for long.
   */
  throwIfLost(): void;
}

/**
 * Takes an OS file lock (`flock(2)`) on `path`, creating the file if needed,
 * and waits up to `timeout` milliseconds for it, polling with a short
 * backoff. An exclusive holder writes its pid into the file so that a waiter
 * that gives up can say who holds it; shared holders write nothing, so an
 * exclusive waiter that gives up while only they hold it (a shared try
 * succeeds) says readers hold it, not the last writer's pid. The lock file is never deleted:
 * deleting a lock file while others wait on it would let two holders in.
 * Should someone delete or replace it anyway, a lock taken on the old file
 * is not trusted: the wait starts over on the file now at `path`, and a
 * holder's `throwIfLost()` (call it before each guarded write) throws a
 * {@linkcode LockLostError} instead of letting it write beside another.
 *
 * While it waits, it also holds a shared `flock` on the folder that holds
 * the lock file (the "waiting room"): persistd, which takes the same lock
 * for its clients and hands it from one client to the next, checks it and
 * leaves the lock free when a writer waits there, so writers that do not
 * use the daemon are not starved. Without read permission on the folder it
 * waits without announcing itself.
 *
 * Requires `--allow-read` and `--allow-write` permissions for `path`
 * (`--allow-read` alone with `readOnly`).
 *
 * @example Guarding a read-modify-write
 * ```ts ignore
 * import { acquireLock } from "./lock.ts";
 * using _lock = await acquireLock("runs/.lock", { timeout: 5_000 });
 * // ... read, change and atomically replace files under runs/ ...
 * ```
 *
 * @param path The lock file.
 * @param options Timeout, shared or exclusive, abort signal and label.
 * @returns The held lock.
 * @throws {LockTimeoutError} When the lock is still held by another after
 * `timeout` milliseconds: `holderPid` is the pid the holder recorded, or
 * `undefined` when readers hold it shared (they record none).
 * @throws {FormatError} When `path` is not a regular file (a folder, a FIFO).
 */
export async function acquireLock(
  path: string,
  options: AcquireLockOptions = {},
): Promise<FileLock> {
  const {
    timeout = 60_000,
    exclusive = true,
    signal,
    label = path,
    readOnly = false,
  } = options;
  if (!(timeout >= 0)) {
    throw new RangeError(
      `Cannot lock "${label}": the timeout must be 0 or more milliseconds, got ${timeout}`,
    );
  }
  signal?.throwIfAborted();
  let { file, id } = openLockFile(path, { readOnly });
  let room: Deno.FsFile | undefined;
  let announce = true;
  try {
    await pollLock(async () => {
      while (await file.tryLock(exclusive)) {
        if (fileIdentity(path) === id) return true;
        // Deleted or replaced while we waited: whoever opens the path now
        // locks the new file, so this one excludes nobody. Start over on it.
        const stale = file;
        ({ file, id } = openLockFile(path, { readOnly }));
        stale.close();
      }
      return false;
    }, {
      timeout,
      signal,
      onWait: async () => {
        if (!announce || room !== undefined) return;
        const entered = await enterWaitingRoom(dirname(path));
        if (entered === null) announce = false;
        else room = entered;
      },
      onTimeout: async () => {
        const found = await readHolder(path);
        // Shared holders (readers such as "persist verify") record no pid:
        // the pid in the file is then only the last writer's, long gone or
        // even this process, so it is not named as the holder.
        if (exclusive && await heldShared(file)) {
          return new LockTimeoutError(
            `Cannot lock "${label}": it is still held after ${timeout} ms by one or more readers ` +
              `(shared locks, as "persist verify" takes, which record no pid${
                found.pid === undefined
                  ? ""
                  : `; the last writer recorded in the lock file is pid ${found.pid}${
                    found.pid === Deno.pid ? " (this process)" : ""
                  }, not a holder now`
              }); wait for the readers to finish or pass a longer timeout`,
            { path: label, timeout },
          );
        }
        const by = describeHolder(found);
        return new LockTimeoutError(
          `Cannot lock "${label}": it is still held${
            by === undefined ? "" : ` by ${by}`
          } after ${timeout} ms; ` +
            "wait for the holder to finish or pass a longer timeout",
          { path: label, timeout, holderPid: found.pid },
        );
      },
    });
    if (exclusive && !readOnly) {
      // In place, fixed width, no truncate: a truncate costs a journal
      // commit (about 0.4 ms here) inside every holder's critical section.
      await file.write(encodePid(Deno.pid));
    }
  } catch (error) {
    file.close();
    throw error;
  } finally {
    room?.close();
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    file.close(); // closing the last descriptor releases the flock
  };
  const throwIfLost = () => {
    if (held && fileIdentity(path) !== id) {
      throw new LockLostError(
        `Cannot keep the lock on "${label}": its lock file "${path}" was deleted or replaced while held, ` +
          "so another process may hold a lock on the new file; the write was not made, try it again " +
          "(and never delete lock files that are in use)",
        { path },
      );
    }
  };
  return {
    path,
    release,
    throwIfLost,
    [Symbol.dispose]: release,
    [Symbol.asyncDispose]: () => Promise.resolve(release()),
  };
}

/**
 * Opens (creating it if needed) a lock file for reading and writing (or,
 * with `readOnly`, an existing one for reading only), and says which file
 * it opened (see {@linkcode fileIdentity}): the path names
 * the same file just before and just after the open, or it tries again. A
 * lock taken on it is good as long as `fileIdentity(path)` still gives that
 * identity: a lock file deleted or replaced (by hand, or by a tool that
 * removes "stale" lock files) excludes nobody who opens the path afterwards.
 *
 * Requires `--allow-read` and `--allow-write` permissions for `path`
 * (`--allow-read` alone with `readOnly`).
 *
 * @example Noticing that a lock file was deleted
 * ```ts
 * import { fileIdentity } from "./file_identity.ts";
 * import { openLockFile } from "./lock.ts";
 * const path = `${await Deno.makeTempDir()}/.lock`;
 * const { file, id } = openLockFile(path);
 * console.log(fileIdentity(path) === id); // true
 * await Deno.remove(path);
 * console.log(fileIdentity(path) === id); // false
 * file.close();
 * ```
 *
 * @param path The lock file.
 * @param options `readOnly`: open an existing file for reading only,
 * creating nothing.
 * @returns The open file and its identity.
 * @throws {Deno.errors.NotFound} With `readOnly`, when there is no file.
 * @throws {FormatError} When `path` is not a regular file (a folder, a FIFO).
 */
export function openLockFile(
  path: string,
  options: { readOnly?: boolean } = {},
): { file: Deno.FsFile; id: string } {
  const mode = options.readOnly
    ? { read: true }
    : { read: true, write: true, create: true };
  for (;;) {
    const before = lockFileIdentity(path);
    const file = Deno.openSync(path, mode);
    const id = fileIdentity(path);
    if (id !== undefined && (before === undefined || before === id)) {
      return { file, id };
    }
    file.close(); // replaced or removed during the open
  }
}

/**
 * The identity of the file at `path` (`undefined` when there is none),
 * refusing anything but a regular file: a folder cannot be opened for
 * writing, and opening a FIFO for reading blocks until a writer comes.
 */
function lockFileIdentity(path: string): string | undefined {
  const info = statIfAnySync(path);
  if (info === undefined) return undefined;
  if (!info.isFile) {
    throw new FormatError(
      `Cannot use "${path}" as a lock file: it is ${
        fileKind(info)
      }, not a file (persist makes lock files as empty files, so something else put it there); ` +
        "move it away, and the next writer makes a new lock file",
      { path },
    );
  }
  return identityOf(info);
}

/**
 * Whether a lock that an exclusive try was refused is held shared only: a
 * shared try succeeds (and is undone at once).
 */
async function heldShared(file: Deno.FsFile): Promise<boolean> {
  try {
    if (!(await file.tryLock(false))) return false;
    await file.unlock();
    return true;
  } catch {
    return false;
  }
}

/**
 * The longest pause between two attempts of a waiting
 * {@linkcode acquireLock}, before a random factor of 0.5–1.5.
 */
export const MAX_POLL_MS = 20;

/** Options for {@linkcode pollLock}. */
export interface PollLockOptions {
  /** How long to keep trying, in milliseconds. `0` tries once. */
  timeout: number;
  /** Makes the error to throw when the time is up. */
  onTimeout: () => Error | Promise<Error>;
  /** Runs before each pause (after a failed try, if time is left). */
  onWait?: () => void | Promise<void>;
  /** Stops waiting when aborted (the promise rejects with the reason). */
  signal?: AbortSignal;
  /**
   * The longest pause between two tries, in milliseconds.
   *
   * @default {MAX_POLL_MS}
   */
  maxDelay?: number;
  /**
   * Multiplies each pause by a random factor of 0.5–1.5, so that waiters
   * started together do not keep trying at the same instants.
   *
   * @default {true}
   */
  jitter?: boolean;
}

/**
 * The wait of a lock: calls `tryLock` until it returns `true`, pausing
 * between tries (1 ms, doubling up to `maxDelay`, never past the deadline),
 * and throws what `onTimeout` makes once `timeout` milliseconds have passed
 * since the call. The one polling loop of {@linkcode acquireLock}, the
 * DataSet index lock and persistd.
 *
 * @example Waiting for a flock
 * ```ts
 * import { pollLock } from "./lock.ts";
 * using file = Deno.openSync(await Deno.makeTempFile(), { read: true });
 * await pollLock(() => file.tryLockSync(true), {
 *   timeout: 1_000,
 *   onTimeout: () => new Error("Cannot lock the file: it is still held"),
 * });
 * ```
 *
 * @param tryLock Tries once; `true` when the lock is held.
 * @param options Timeout, the error, a hook before each pause, an abort
 * signal, and the pauses.
 */
export async function pollLock(
  tryLock: () => boolean | Promise<boolean>,
  options: PollLockOptions,
): Promise<void> {
  const { timeout, signal, maxDelay = MAX_POLL_MS, jitter = true } = options;
  const deadline = performance.now() + timeout;
  let delay = 1;
  while (!(await tryLock())) {
    const left = deadline - performance.now();
    if (left <= 0) throw await options.onTimeout();
    await options.onWait?.();
    const pause = jitter ? delay * (0.5 + Math.random()) : delay;
    await sleep(Math.min(pause, left), signal);
    delay = Math.min(delay * 2, maxDelay);
  }
}

/**
 * The bytes an exclusive holder writes into a lock file: its pid, padded to
 * a fixed width so that each holder overwrites the last one in place.
 *
 * @example The record of pid 4242
 * ```ts
 * import { encodePid } from "./lock.ts";
 * console.log(new TextDecoder().decode(encodePid(4242))); // "      4242\n"
 * ```
 *
 * @param pid A process id.
 * @returns The bytes.
 */
export function encodePid(pid: number, label?: string): Uint8Array {
  const tail = label === undefined ? "" : ` ${label}`;
  return new TextEncoder().encode(`${String(pid).padStart(10)}${tail}\n`);
}

/**
 * Takes a shared `flock` on `folder` (see {@linkcode acquireLock}); `undefined`
 * when it is held exclusively this instant (try again), `null` when the
 * folder cannot be opened (do not try again).
 */
async function enterWaitingRoom(
  folder: string,
): Promise<Deno.FsFile | undefined | null> {
  let room: Deno.FsFile;
  try {
    room = await Deno.open(folder, { read: true });
  } catch {
    return null; // no read permission on the folder, or no such folder
  }
  let entered: boolean;
  try {
    entered = await room.tryLock(false);
  } catch {
    room.close();
    return null; // not lockable here: wait without announcing
  }
  if (entered) return room;
  room.close();
  return undefined;
}

/**
 * Reads the pid written by the last exclusive holder of a lock file, or
 * `undefined` when there is none or it cannot be read.
 *
 * @param path The lock file.
 * @returns The pid, when known.
 */
export async function readHolderPid(path: string): Promise<number | undefined> {
  return (await readHolder(path)).pid;
}

/**
 * Reads what the last exclusive holder of a lock file wrote: its pid, and
 * the label after it (`"persistd"` when the daemon holds it for a client).
 *
 * @param path The lock file.
 * @returns The pid and label, each when known.
 */
export async function readHolder(
  path: string,
): Promise<{ pid?: number; label?: string }> {
  let line: string;
  try {
    line = (await Deno.readTextFile(path)).split("\n", 1)[0];
  } catch {
    return {};
  }
  const match = /^\s*(\d+)(?: (\S+))?$/.exec(line);
  const pid = Number(match?.[1]);
  if (match === null || !Number.isSafeInteger(pid) || pid <= 0) return {};
  return match[2] === undefined ? { pid } : { pid, label: match[2] };
}

/**
 * Says who holds a lock, from what it wrote: `pid N`, or `persistd (pid N)
 * on behalf of one of its clients`.
 *
 * @param holder What {@linkcode readHolder} read.
 * @returns The words, or `undefined` when nothing is known.
 */
export function describeHolder(
  holder: { pid?: number; label?: string },
): string | undefined {
  if (holder.pid === undefined) return undefined;
  return holder.label === "persistd"
    ? `persistd (pid ${holder.pid}) on behalf of one of its clients ("persist locks" shows which)`
    : `pid ${holder.pid}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // An abort while tryLock() was pending fired no event we could catch.
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
