// Copyright 2026 the persist authors. MIT license.

/**
 * The seam between a DataSet and whatever keeps its writers apart: the
 * write lock, and the choice of generated names. {@linkcode fileCoordinator}
 * does both with the folder's `.lock` file (`flock(2)`);
 * `daemonCoordinator` (`./daemon_coordinator.ts`) takes them from persistd.
 *
 * @module
 */

import { join } from "node:path";
import { acquireLock } from "../fs/mod.ts";

/** The file a DataSet's writers lock (never deleted; persistd locks it too). */
export const LOCK_FILE = ".lock";

/** Options for {@linkcode WriteCoordinator.lock}. */
export interface CoordinatorLockOptions {
  /** How long to wait, in milliseconds; `0` tries once. */
  timeout: number;
  /** Stops waiting when aborted. */
  signal?: AbortSignal;
}

/** A held DataSet write lock. */
export interface WriteLock extends AsyncDisposable {
  /**
   * Throws when the lock is lost, or may be, before `release()`: persistd
   * stopped or the connection to it broke, or its lease ran out. The
   * DataSet calls it right before each step that commits (the rename of an
   * item into place, the append to the index), so a lost lock fails the
   * write with nothing committed. A file lock is lost only when its lock
   * file is deleted or replaced while held.
   *
   * @throws {DaemonUnavailableError} When a persistd lock is or may be lost.
   * @throws {LockLostError} When the `.lock` file of a file lock was deleted
   * or replaced.
   */
  throwIfLost(): void;
  /** Releases the lock. Idempotent. */
  release(): Promise<void>;
}

/**
 * What a DataSet needs from the mechanism that coordinates its writers.
 *
 * The insert protocol built on it (see `docs/DATASET.md`): guess a name with
 * `allocateName(prefix, highest n in the last index read)`, write the item
 * into a private staging folder without the lock, take `lock()`, read the
 * index again, and while the name is taken allocate again with the index's
 * highest `n`; then rename the item into place, append to the index, release.
 */
export interface WriteCoordinator {
  /** What coordinates, for messages and status: `"file"` or `"persistd"`. */
  readonly kind: string;
  /**
   * Takes the DataSet's write lock.
   *
   * @throws {LockTimeoutError} When it is still held after `timeout` ms.
   */
  lock(options: CoordinatorLockOptions): Promise<WriteLock>;
  /**
   * Proposes a generated name `<prefix><n>` with `n > seen`. It is a guess
   * that the DataSet checks against the index under the lock.
   */
  allocateName(prefix: string, seen: number): Promise<string>;
  /** Releases what the coordinator holds (a connection). Idempotent. */
  close(): Promise<void>;
}

/**
 * The default coordinator: an exclusive `flock(2)` on `<dir>/.lock` per
 * lock (the file holds the pid of the last holder, for timeout messages),
 * and generated names `<prefix><seen + 1>`. A crashed holder's lock is
 * released by the operating system.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder.
 *
 * @example Locking a DataSet folder by hand
 * ```ts ignore
 * import { fileCoordinator } from "./coordinator.ts";
 * const coordinator = fileCoordinator("runs");
 * await using _lock = await coordinator.lock({ timeout: 1_000 });
 * console.log(await coordinator.allocateName("x_", 41)); // x_42
 * ```
 *
 * @param dir The DataSet folder (it must exist).
 * @returns The coordinator.
 */
export function fileCoordinator(dir: string): WriteCoordinator {
  const path = join(dir, LOCK_FILE);
  return {
    kind: "file",
    async lock({ timeout, signal }) {
      const lock = await acquireLock(path, { timeout, signal, label: dir });
      const release = () => Promise.resolve(lock.release());
      return {
        throwIfLost: () => lock.throwIfLost(),
        release,
        [Symbol.asyncDispose]: release,
      };
    },
    allocateName(prefix, seen) {
      return Promise.resolve(`${prefix}${seen + 1}`);
    },
    close() {
      return Promise.resolve();
    },
  };
}
