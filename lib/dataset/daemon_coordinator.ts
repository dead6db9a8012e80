// Copyright 2026 the persist authors. MIT license.

import { isAbsolute, join, resolve } from "node:path";
import {
  DaemonUnavailableError,
  LockLostError,
  NotFoundError,
} from "../errors.ts";
import { PersistdClient } from "../daemon/mod.ts";
import { fileIdentity } from "../fs/mod.ts";
import {
  LOCK_FILE,
  type WriteCoordinator,
  type WriteLock,
} from "./coordinator.ts";

/** Options for {@linkcode daemonCoordinator}. */
export interface DaemonCoordinatorOptions {
  /**
   * A label for this writer in the daemon's status view.
   *
   * @default {"DataSet <dir>"}
   */
  name?: string;
  /**
   * How long to wait for the daemon to answer when connecting, in
   * milliseconds.
   *
   * @default {10_000}
   */
  connectTimeout?: number;
}

/**
 * A coordinator that takes a DataSet's write lock from persistd, the local
 * lock daemon, over one connection. The daemon queues
 * writers FIFO, releases the lock of a writer that disconnects or dies, and
 * holds the folder's `.lock` file lock while one of its clients writes, so
 * writers that lock the file directly stay excluded.
 *
 * It checks at once that the daemon serves the folder (it must be under the
 * daemon's `--root`; it need not exist yet). When the connection is lost
 * (the daemon restarted), the next `lock()` or `allocateName()` connects
 * again; a lock held at that moment is lost, and its `throwIfLost()` says
 * so. Generated names are chosen under the lock from the index, as with
 * file locks (the daemon's `allocate` would cost a round trip per insert
 * and tell the DataSet nothing the index does not).
 *
 * Requires `--allow-read=<socket> --allow-write=<socket>
 * --allow-net=unix:<socket>`.
 *
 * @example Locking a DataSet folder through persistd
 * ```ts ignore
 * import { daemonCoordinator } from "./daemon_coordinator.ts";
 * const coordinator = await daemonCoordinator("/data/runs", "/run/user/1000/persistd.sock");
 * {
 *   await using lock = await coordinator.lock({ timeout: 1_000 });
 *   lock.throwIfLost();
 * }
 * await coordinator.close();
 * ```
 *
 * @param dir The DataSet folder.
 * @param socket The daemon's socket path.
 * @param options A label and the connect timeout.
 * @returns The coordinator.
 * @throws {DaemonUnavailableError} When the daemon cannot be reached, or
 * refuses the folder (`code` `"OutsideRoot"` when it is outside its root).
 */
export async function daemonCoordinator(
  dir: string,
  socket: string,
  options: DaemonCoordinatorOptions = {},
): Promise<WriteCoordinator> {
  const path = isAbsolute(dir) ? dir : resolve(dir);
  const connectOptions = {
    name: options.name ?? `DataSet ${path}`,
    timeout: options.connectTimeout,
  };
  let client = await PersistdClient.connect(socket, connectOptions);
  try {
    // Asks the daemon to resolve the folder: refused now if outside its root.
    await client.status({ path });
  } catch (error) {
    if (error instanceof NotFoundError) { // not created yet: fine
    } else if (
      error instanceof DaemonUnavailableError && error.code === "OutsideRoot"
    ) {
      const root = client.server.root;
      await client.close();
      throw new DaemonUnavailableError(
        `Cannot use persistd at "${socket}" for "${path}": the folder is outside the daemon's root "${root}"; use a DataSet under that root, or start persistd with a --root that holds it`,
        { socket, code: error.code, cause: error },
      );
    } else {
      await client.close();
      throw error;
    }
  }
  let connecting: Promise<PersistdClient> | undefined;
  let closed = false;
  const connected = (): Promise<PersistdClient> => {
    if (closed) {
      return Promise.reject(
        new DaemonUnavailableError(
          `Cannot write to "${path}" through persistd at "${socket}": the coordinator was closed`,
          { socket },
        ),
      );
    }
    if (!client.closed) return Promise.resolve(client);
    connecting ??= PersistdClient.connect(socket, connectOptions).then(
      (c) => client = c,
    ).finally(() => connecting = undefined);
    return connecting;
  };
  return {
    kind: "persistd",
    async lock({ timeout, signal }): Promise<WriteLock> {
      const lock = await (await connected()).acquire(path, { timeout, signal });
      // The reply to a release carries nothing: do not wait for it.
      const release = () => {
        lock.release().catch(() => {});
        return Promise.resolve();
      };
      // persistd holds the flock on .lock for us; should someone delete or
      // replace that file meanwhile, writers without the daemon lock the new
      // one, so the lock is as good as lost (the daemon checks it when it
      // grants, and says which file it holds).
      const lockFile = join(path, LOCK_FILE);
      // The file the daemon holds, as it says; else the one there now.
      const granted = lock.lockFile ?? fileIdentity(lockFile);
      return {
        throwIfLost: () => {
          lock.throwIfLost();
          if (granted === undefined || fileIdentity(lockFile) !== granted) {
            throw new LockLostError(
              `Cannot keep the lock on "${path}": its lock file "${lockFile}" was deleted or replaced while persistd held it for us, ` +
                "so a writer without the daemon may hold a lock on the new file; the write was not made, try it again " +
                "(and never delete lock files that are in use)",
              { path: lockFile },
            );
          }
        },
        release,
        [Symbol.asyncDispose]: release,
      };
    },
    // Not the daemon's `allocate`: a DataSet stages an item under a neutral
    // name and names it under the lock from the index it just read, so a
    // local guess is as good and saves a round trip per insert.
    allocateName(prefix, seen) {
      return Promise.resolve(`${prefix}${seen + 1}`);
    },
    async close() {
      closed = true;
      await connecting?.catch(() => {});
      await client.close();
    },
  };
}
