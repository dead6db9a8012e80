// Copyright 2026 the persist authors. MIT license.
// Private staging folders where writers build items before renaming them
// into `items/`. Each open writer owns one, `.staging/<id>/`, and holds an
// flock on it while open: a folder nobody holds belongs to a writer that
// crashed, and any writer may remove it.

import { join } from "node:path";

/** The folder under the DataSet that holds the staging folders. */
export const STAGING_DIR = ".staging";

/** How old a half-made staging folder must be before others remove it. */
const NEW_GRACE_MS = 60_000;
const NEW_SUFFIX = ".new";

/** One writer's staging folder, made on first use. */
export class Staging {
  readonly #root: string;
  #folder: Promise<string> | undefined;
  #handle: Deno.FsFile | undefined;
  #count = 0;

  constructor(dir: string) {
    this.#root = join(dir, STAGING_DIR);
  }

  /**
   * A new empty folder for one item, inside this writer's staging folder
   * (made again if someone removed it).
   */
  async newFolder(): Promise<string> {
    for (let attempt = 0;; attempt++) {
      const creating = this.#folder ??= this.#create();
      let folder: string;
      try {
        folder = await creating;
      } catch (error) {
        if (this.#folder === creating) this.#folder = undefined;
        throw error;
      }
      const path = join(folder, String(this.#count++));
      try {
        await Deno.mkdir(path);
        return path;
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound) || attempt > 0) {
          throw error;
        }
        // Removed under us (by hand, or the whole .staging folder): that
        // folder is lost, and so is our lock on it; make a new one.
        if (this.#folder === creating) {
          this.#folder = undefined;
          this.#handle?.close();
          this.#handle = undefined;
        }
      }
    }
  }

  /** Removes the staging folder and releases it. Idempotent. */
  async close(): Promise<void> {
    const creating = this.#folder;
    this.#folder = undefined;
    const folder = await creating?.catch(() => undefined);
    const handle = this.#handle;
    this.#handle = undefined;
    try {
      if (folder !== undefined) await removeQuietly(folder);
    } finally {
      handle?.close();
    }
  }

  async #create(): Promise<string> {
    await Deno.mkdir(this.#root, { recursive: true });
    const id = randomId();
    // Made under a name sweepers leave alone for a while, locked, then
    // renamed: a folder named <id> is locked from its first instant.
    const fresh = join(this.#root, id + NEW_SUFFIX);
    await Deno.mkdir(fresh);
    const handle = await Deno.open(fresh, { read: true });
    try {
      if (!(await handle.tryLock(true))) {
        throw new Error(`Cannot lock the new staging folder "${fresh}"`);
      }
      const folder = join(this.#root, id);
      await Deno.rename(fresh, folder);
      this.#handle = handle;
      return folder;
    } catch (error) {
      handle.close();
      await Deno.remove(fresh, { recursive: true }).catch(() => {});
      throw error;
    }
  }
}

/**
 * Removes staging folders left by writers that crashed: those nobody holds
 * a lock on (and half-made ones older than a minute). Returns their paths.
 *
 * @param dir The DataSet folder.
 * @param options `dryRun`: only list them.
 * @returns The leftover folders found.
 */
export async function sweepStaging(
  dir: string,
  options: { dryRun?: boolean } = {},
): Promise<string[]> {
  const root = join(dir, STAGING_DIR);
  const found: string[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = await Array.fromAsync(Deno.readDir(root));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return found;
    throw error;
  }
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (!entry.isDirectory) continue;
    if (entry.name.endsWith(NEW_SUFFIX)) {
      const info = await Deno.stat(path).catch(() => null);
      const age = Date.now() - (info?.mtime?.getTime() ?? Date.now());
      if (info === null || age < NEW_GRACE_MS) continue;
      found.push(path);
      if (!options.dryRun) await removeQuietly(path);
      continue;
    }
    let handle: Deno.FsFile;
    try {
      handle = await Deno.open(path, { read: true });
    } catch {
      continue; // removed meanwhile
    }
    try {
      if (!(await handle.tryLock(true))) continue;
      found.push(path);
      if (!options.dryRun) await removeQuietly(path);
    } finally {
      handle.close();
    }
  }
  return found;
}

/**
 * Removes a folder that may be removed by another process at the same time.
 * Permission errors are not swallowed.
 */
export async function removeQuietly(path: string): Promise<void> {
  try {
    await Deno.remove(path, { recursive: true });
  } catch (error) {
    if (
      error instanceof Deno.errors.NotCapable ||
      error instanceof Deno.errors.PermissionDenied
    ) throw error;
  }
}

function randomId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return Array.from(random, (n) => n.toString(36).padStart(7, "0")).join("");
}
