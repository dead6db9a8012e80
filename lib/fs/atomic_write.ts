// Copyright 2026 the persist authors. MIT license.

import { dirname } from "node:path";
import { writeAll } from "./io.ts";
import { withAction } from "./os_error.ts";
import { isGranted } from "./require_permission.ts";
import { createTempSibling, sweepTempSiblingsSoon } from "./temp_sibling.ts";

export { TEMP_MARK, tempPathFor } from "./temp_sibling.ts";

/** Options for {@linkcode atomicWrite}. */
export interface AtomicWriteOptions {
  /**
   * Flush the data to the disk (`fdatasync`) before the rename and the folder
   * after it, so the new file survives a power loss, not only a crash.
   *
   * @default {true}
   */
  sync?: boolean;
  /**
   * Permission bits of the new file (before the umask).
   *
   * @default {the replaced file's read, write and execute bits (applied whatever
   * the umask, when read access to it is granted already); otherwise `0o666`
   * less the umask}
   */
  mode?: number;
  /**
   * Puts the new file in place. Called once the temporary file is written
   * (and flushed), with a function that renames it over `path`, so that
   * the caller can check, under a lock of its own, that the file may still
   * be replaced, right before the rename and with the lock held across it.
   * If it returns without calling the function, the write is abandoned:
   * the temporary file is removed and `path` is left as it was. What it
   * throws is thrown, after the temporary file is removed.
   *
   * @default {a function that renames at once}
   */
  commit?: (rename: () => void) => void | Promise<void>;
  /**
   * First remove temporary files that killed writers left beside the file
   * (see {@linkcode sweepTempSiblingsSoon}: before every write in a small
   * folder, now and then in one of 1000 entries or more).
   * Off for folders that sweep themselves or hold very many files.
   *
   * @default {true}
   */
  sweep?: boolean;
}

/**
 * Writes `data` to `path` so that readers see either the old file or the
 * whole new one, never a part: the bytes go to a temporary file beside the
 * target, are flushed, and the file is renamed over the target; then the
 * folder is flushed so the rename itself is durable. The temporary file is
 * removed when anything fails. It is named `.<name>.tmp-<id>.part` and
 * locked (`flock`) until renamed, so that when the process is killed, the
 * next write beside it knows it for a dead writer's and removes it.
 *
 * Several chunks are written one after the other without being joined into
 * one buffer, so a header and a large array body cost no copy.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder.
 *
 * @example Replacing a file atomically
 * ```ts ignore
 * import { atomicWrite } from "./atomic_write.ts";
 * await atomicWrite("index.json", new TextEncoder().encode("{}\n"));
 * ```
 *
 * @param path The file to create or replace.
 * @param data The bytes, as one array or as chunks written in order.
 * @param options Whether to flush to disk, the new file's mode, and a hook
 * around the rename.
 */
export async function atomicWrite(
  path: string,
  data: Uint8Array | readonly Uint8Array[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { sync = true } = options;
  // A file replaced keeps its mode (a group-writable index stays so); a new
  // one gets what the umask allows, like any file the user creates.
  const keep = options.mode === undefined ? modeOf(path) : undefined;
  const mode = options.mode ?? keep ?? 0o666;
  const chunks = data instanceof Uint8Array ? [data] : data;
  if (options.sweep ?? true) await sweepTempSiblingsSoon(path);
  let temp: string;
  let file: Deno.FsFile;
  let release: () => void;
  try {
    ({ path: temp, file, close: release } = await createTempSibling(path, {
      mode,
    }));
  } catch (error) {
    throw error instanceof Deno.errors.NotFound
      ? withAction(
        error,
        `Cannot write "${path}"`,
        `its folder "${dirname(path)}" does not exist; create it first`,
      )
      : withAction(error, `Cannot write "${path}"`);
  }
  try {
    try {
      if (keep !== undefined) await Deno.chmod(temp, keep); // past the umask
      for (const chunk of chunks) await writeAll(file, chunk);
      if (sync) await file.syncData();
      // Locked until renamed: an unlocked temporary is a dead writer's.
      if (options.commit === undefined) {
        await Deno.rename(temp, path);
      } else {
        let renamed = false;
        await options.commit(() => {
          Deno.renameSync(temp, path); // sync: the caller may hold a lock
          renamed = true;
        });
        if (!renamed) {
          await Deno.remove(temp).catch(() => {});
          return;
        }
      }
    } finally {
      release();
    }
  } catch (error) {
    await Deno.remove(temp).catch(() => {});
    throw error instanceof Deno.errors.IsADirectory
      ? withAction(
        error,
        `Cannot write "${path}"`,
        "a folder is there; remove it or choose another path",
      )
      : withAction(error, `Cannot write "${path}"`);
  }
  if (sync) await syncDir(dirname(path));
}

/**
 * Flushes a folder's entries (created, renamed and removed files) to disk.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Making a rename durable
 * ```ts ignore
 * import { syncDir } from "./atomic_write.ts";
 * await Deno.rename("a.tmp", "a");
 * await syncDir(".");
 * ```
 *
 * @param path The folder to flush.
 */
export async function syncDir(path: string): Promise<void> {
  using dir = Deno.openSync(path, { read: true }); // one async call fewer
  await dir.sync();
}

/**
 * The read, write and execute bits of the file at `path`, to give its
 * replacement; `undefined` when there is none, or it cannot be known
 * without asking (no read permission granted: Deno would prompt on a
 * terminal) or at all (a symlink loop). Set-user-ID, set-group-ID and
 * sticky bits are not carried over to new contents.
 */
function modeOf(path: string): number | undefined {
  if (!isGranted({ name: "read", path })) return undefined;
  try {
    const mode = Deno.statSync(path).mode;
    return mode === null ? undefined : mode & 0o777;
  } catch {
    return undefined; // nothing there, or nothing to learn: a new file's mode
  }
}
