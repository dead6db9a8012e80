// Copyright 2026 the persist authors. MIT license.
// The daemon's side of a folder's `.lock` file: the OS file lock (flock)
// that writers without the daemon take with acquireLock(). The daemon holds
// it while one of its clients holds the folder's lock, and hands it from one
// client to the next without letting go, unless a writer without the daemon
// waits in the folder's waiting room (a shared flock on the folder, see
// acquireLock()): then it lets go and leaves the lock free for that writer.
// Sync file calls: each takes microseconds on a local disk, where the async
// ones cost a trip through Deno's thread pool.

import { join } from "node:path";
import { LockTimeoutError } from "../lib/errors.ts";
import {
  encodePid,
  fileIdentity,
  MAX_POLL_MS,
  openLockFile,
  pollLock,
  readHolderPid,
} from "../lib/fs/mod.ts";

/**
 * How long a yielded lock is left free for a waiting writer without the
 * daemon: longer than the longest pause between its attempts (20 ms times a
 * random factor of up to 1.5), so it tries at least once meanwhile.
 */
export const YIELD_MS = MAX_POLL_MS * 1.5 + 5;
/** The longest pause between the daemon's own attempts. */
const DAEMON_POLL_MS = 4;

// The label tells writers that time out on .lock that the daemon holds it
// for a client (see describeHolder()).
const PID = encodePid(Deno.pid, "persistd");

/** The `.lock` flock of one folder, as the daemon takes and hands it on. */
export class FolderLock {
  /** The folder, as the daemon may open it. */
  readonly folder: string;
  /** The folder's real path: the daemon's key for it. */
  readonly key: string;
  /** The lock file. */
  readonly path: string;
  /** The client lock that holds it (a lock id), if any. */
  owner: number | undefined;
  /** Grants waiting for it: while any, the object stays in use. */
  waiting = 0;
  #file: Deno.FsFile | undefined;
  /** Which file `#file` is (see openLockFile), to notice it replaced. */
  #id: string | undefined;
  /** Until when a yielded lock is left for writers without the daemon. */
  #yieldUntil = 0;

  /**
   * @param folder The folder, spelled as the daemon may open it (under its
   * root as given: see the server's `#fsPath`).
   * @param key The folder's real path, when it is spelled otherwise.
   */
  constructor(folder: string, key: string = folder) {
    this.folder = folder;
    this.key = key;
    this.path = join(folder, ".lock");
  }

  /** Whether the daemon holds the flock. */
  get held(): boolean {
    return this.#file !== undefined;
  }

  /** Which file the held flock is on (`"dev:ino"`), if held. */
  get fileId(): string | undefined {
    return this.#file === undefined ? undefined : this.#id;
  }

  /**
   * Hands the held flock straight to `owner` (no client holds it now), if
   * the file the daemon holds is still the `.lock` at the path. If someone
   * deleted or replaced it, writers without the daemon lock the new file:
   * the old one is let go, and false says to take the lock with `take()`.
   */
  handOn(owner: number): boolean {
    if (this.#file === undefined || this.owner !== undefined) return false;
    if (fileIdentity(this.path) !== this.#id) {
      this.#let();
      return false;
    }
    this.owner = owner;
    return true;
  }

  /**
   * Takes the flock for `owner`, waiting at most `timeout` milliseconds.
   * Immediate when the daemon holds it already (handed on from the
   * previous holder).
   */
  async take(
    owner: number,
    timeout: number,
    signal: AbortSignal,
  ): Promise<void> {
    if (this.#file !== undefined && fileIdentity(this.path) !== this.#id) {
      // Deleted or replaced (by hand) while held: writers without the
      // daemon lock the new file, so take that one.
      this.#let();
    }
    if (this.#file === undefined) {
      this.waiting++;
      try {
        await this.#wait(performance.now() + timeout, signal);
      } finally {
        this.waiting--;
      }
    }
    this.owner = owner;
  }

  /**
   * Ends `owner`'s hold. The flock stays held for the next client of the
   * daemon, unless a writer without the daemon waits: then it is released
   * and left free for a while. Call {@linkcode FolderLock.settle} once the
   * next holder had its chance to take it.
   */
  release(owner: number): void {
    if (this.owner !== owner) return;
    this.owner = undefined;
    if (this.#othersWaiting()) {
      this.#let();
      this.#yieldUntil = performance.now() + YIELD_MS;
    }
  }

  /**
   * Releases the flock if no client holds it and no grant is taking it:
   * nobody took it over. A take in progress may hold the flock already (its
   * `#tryTake` succeeded) before it names its owner, a few microtasks later;
   * letting go then would grant a client a lock whose flock the daemon does
   * not hold, and a writer without the daemon would write at the same time.
   */
  settle(): void {
    if (this.owner === undefined && this.waiting === 0) this.#let();
  }

  /** Releases the flock (for good: the daemon stops). */
  close(): void {
    this.owner = undefined;
    this.#let();
  }

  async #wait(deadline: number, signal: AbortSignal): Promise<void> {
    // A yielded lock: keep off until a writer without the daemon took it
    // (it then names itself in the file) or the time is up.
    while (performance.now() < this.#yieldUntil && !this.#takenByOther()) {
      await sleep(
        Math.min(1, Math.max(0, deadline - performance.now())),
        signal,
      );
      if (performance.now() >= deadline) break;
    }
    await pollLock(() => this.#tryTake(), {
      timeout: deadline - performance.now(),
      signal,
      maxDelay: DAEMON_POLL_MS,
      jitter: false,
      onTimeout: async () =>
        new LockTimeoutError(
          `Cannot lock "${this.folder}": its .lock file is still held`,
          {
            path: this.folder,
            timeout: 0,
            holderPid: await readHolderPid(this.path),
          },
        ),
    });
  }

  #tryTake(): boolean {
    if (this.#file !== undefined) return true;
    const { file, id } = openLockFile(this.path);
    try {
      if (!file.tryLockSync(true) || fileIdentity(this.path) !== id) {
        file.close(); // held, or deleted since it was opened: try again
        return false;
      }
      if (!this.#namesUs(file)) {
        file.seekSync(0, Deno.SeekMode.Start);
        file.writeSync(PID);
      }
    } catch (error) {
      file.close();
      throw error;
    }
    this.#file = file;
    this.#id = id;
    return true;
  }

  #let(): void {
    const file = this.#file;
    this.#file = undefined;
    file?.close(); // closing the descriptor releases the flock
  }

  /** Whether a writer without the daemon announced that it waits. */
  #othersWaiting(): boolean {
    let room: Deno.FsFile;
    try {
      room = Deno.openSync(this.folder, { read: true });
    } catch {
      return false;
    }
    try {
      if (!room.tryLockSync(true)) return true;
      room.unlockSync();
      return false;
    } catch {
      return false;
    } finally {
      room.close();
    }
  }

  /** Whether the file names a process other than the daemon. */
  #takenByOther(): boolean {
    try {
      using file = Deno.openSync(this.path, { read: true });
      return !this.#namesUs(file);
    } catch {
      return true;
    }
  }

  #namesUs(file: Deno.FsFile): boolean {
    const bytes = new Uint8Array(PID.length + 1);
    file.seekSync(0, Deno.SeekMode.Start);
    let n = 0;
    for (let r; n < bytes.length && (r = file.readSync(bytes.subarray(n)));) {
      n += r;
    }
    return n === PID.length && PID.every((b, i) => bytes[i] === b);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
