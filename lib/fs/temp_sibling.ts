// Copyright 2026 the persist authors. MIT license.

/**
 * Hidden temporary files and folders beside a target, which their writer
 * holds an OS lock (`flock(2)`) on from creation until it renames or removes
 * them, and the sweep that removes the ones whose writer was killed: the
 * kernel drops a dead process's locks, so a temporary nobody holds was left
 * by a writer that is gone (the model of DataSet staging folders).
 *
 * Names: `.<name>.tmp-<id>.part` (made here, locked while in use), and
 * `.<name>.tmp-<id>` ({@linkcode tempPathFor}: the old archive set aside by
 * a replacement, and every temporary of persist versions before the locks,
 * which never held one).
 *
 * @module
 */

import { basename, dirname, join } from "node:path";
import { pathExists } from "./io.ts";
import { isGranted } from "./require_permission.ts";

/**
 * Returns a fresh hidden temporary name in the same folder as `path`, so a
 * rename onto `path` stays within one file system. Names start with `.` and
 * contain `.tmp-`, which is how cleanup code recognises leftovers.
 *
 * @example A temporary name beside the target
 * ```ts ignore
 * import { tempPathFor } from "./temp_sibling.ts";
 * console.log(tempPathFor("/data/run1/mod.js").startsWith("/data/run1/.mod.js.tmp-")); // true
 * ```
 *
 * @param path The file or folder that the temporary one will replace.
 * @returns A path in the same folder that does not collide with others.
 */
export function tempPathFor(path: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  const suffix = `${random[0].toString(36)}${random[1].toString(36)}`;
  return join(dirname(path), `.${basename(path)}${TEMP_MARK}${suffix}`);
}

/** The marker inside every temporary name made by {@linkcode tempPathFor}. */
export const TEMP_MARK = ".tmp-";
/** The end of the name of a temporary made by {@linkcode createTempSibling}. */
export const PART_SUFFIX = ".part";

/**
 * How long a temporary of this version may stay empty and unlocked before a
 * sweep removes it: its writer creates it, then locks it, then writes into
 * it; a writer stopped between the first two steps for this long has lost it.
 */
export const EMPTY_GRACE_MS = 60_000;

/**
 * How long a temporary without a lock (made by a persist version before the
 * locks) must have been left unchanged before a sweep removes it: such a
 * writer may still be alive, and every write it makes touches the files.
 */
export const UNLOCKED_GRACE_MS = 60 * 60_000;

/** The longest a large folder rests between two sweeps (see {@linkcode sweptFolder}). */
export const SWEEP_INTERVAL_MS = 60_000;

/** A temporary file or folder held (locked) by this process. */
export interface TempSibling extends Disposable {
  /** Its path, beside the target. */
  readonly path: string;
  /**
   * The open file (for a temporary file, open for writing), or a read handle
   * on the folder. Its lock goes when it is closed.
   */
  readonly file: Deno.FsFile;
  /**
   * Releases the lock. Call it after the temporary was renamed into place
   * or removed, never before: an unlocked temporary is a leftover to others.
   * Idempotent.
   */
  close(): void;
}

/** Options for {@linkcode createTempSibling}. */
export interface CreateTempSiblingOptions {
  /**
   * Make a folder rather than a file.
   *
   * @default {false}
   */
  directory?: boolean;
  /**
   * Permission bits of a new file (before the umask).
   *
   * @default {0o666}
   */
  mode?: number;
}

/**
 * Creates a hidden temporary file or folder beside `target`
 * (`.<name>.tmp-<id>.part`) and locks it, so that sweeps leave it alone
 * while this process lives. The caller renames it into place (or removes
 * it) and then calls `close()`.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder.
 *
 * @example Writing a file beside its target
 * ```ts ignore
 * import { createTempSibling } from "./temp_sibling.ts";
 * using temp = await createTempSibling("runs/a.npy");
 * await temp.file.write(new Uint8Array([1]));
 * await Deno.rename(temp.path, "runs/a.npy");
 * ```
 *
 * @param target The file or folder the temporary will become.
 * @param options A folder or a file, and a file's mode.
 * @returns The locked temporary.
 */
export async function createTempSibling(
  target: string,
  options: CreateTempSiblingOptions = {},
): Promise<TempSibling> {
  const { directory = false, mode = 0o666 } = options;
  for (let attempt = 0;; attempt++) {
    const path = tempPathFor(target) + PART_SUFFIX;
    let file: Deno.FsFile;
    if (directory) {
      await Deno.mkdir(path);
      try {
        file = await Deno.open(path, { read: true });
      } catch (error) {
        await Deno.remove(path).catch(() => {});
        throw error;
      }
    } else {
      file = await Deno.open(path, { write: true, createNew: true, mode });
    }
    try {
      // Waits while a sweep looks at it (it finds it empty and young).
      await file.lock(true);
      // A sweep removes an empty unlocked one only after EMPTY_GRACE_MS:
      // when this process stalled that long, take another name.
      if (await pathExists(path)) {
        let open = true;
        const close = () => {
          if (open) file.close();
          open = false;
        };
        return { path, file, close, [Symbol.dispose]: close };
      }
    } catch (error) {
      file.close();
      await Deno.remove(path, { recursive: true }).catch(() => {});
      throw error;
    }
    file.close();
    if (attempt >= 2) {
      throw new Deno.errors.Interrupted(
        `Cannot create a temporary beside "${target}": it was removed as soon as it was made, three times; ` +
          "is another program deleting hidden files in that folder?",
      );
    }
  }
}

/** What a temporary left beside a target is. */
export type TempState =
  /** Held by a live writer (or being created this instant): left alone. */
  | "writing"
  /** A folder holding a whole archive (an interrupted save left it): kept. */
  | "kept"
  /** Left by a writer that was killed: removed by a sweep. */
  | "dead"
  /** Without a lock (an older persist version) and changed recently: left alone. */
  | "recent"
  /**
   * Empty, not locked, younger than a minute: its writer may be between
   * creating and locking it; left alone until then.
   */
  | "starting";

/** One temporary found beside a target. */
export interface TempLeftover {
  /** Its path. */
  path: string;
  /** What it is. */
  state: TempState;
  /** Whether it is a folder. */
  isDirectory: boolean;
  /** Whether the sweep removed it. */
  removed: boolean;
}

/** Options for {@linkcode sweepTempSiblings}. */
export interface SweepTempSiblingsOptions {
  /**
   * Whether a folder must be kept whatever else holds (a whole archive).
   * `locked` tells a temporary of this version (`.part`, whose writer
   * locked it) from an unlocked one (the old archive set aside, or an older
   * version's temporary), which deserves a more careful test.
   *
   * @default {() => false}
   */
  keep?: (path: string, locked: boolean) => Promise<boolean>;
  /**
   * Only say what is there; remove nothing.
   *
   * @default {false}
   */
  dryRun?: boolean;
  /**
   * Also sweep the `.part` temporaries of every other name in the folder
   * (they are persist's own by their name and lock).
   *
   * @default {false}
   */
  allNames?: boolean;
  /** Called with the number of entries in the folder, once listed. */
  onListed?: (entries: number) => void;
}

/**
 * Finds the temporaries beside `target` (`.<name>.tmp-<id>` and
 * `.<name>.tmp-<id>.part`) and removes those whose writer is dead:
 *
 * - a `.part` one nobody holds a lock on (its writer locks it before
 *   writing into it, and holds it until it is renamed into place), unless
 *   empty and younger than {@linkcode EMPTY_GRACE_MS} (its writer is about
 *   to lock it);
 * - an unlocked one without `.part` (made by a persist version before the
 *   locks) when nothing in it changed for {@linkcode UNLOCKED_GRACE_MS}.
 *
 * Folders `keep` accepts (whole archives, which a crash in the middle of a
 * replacement leaves there) are never removed. Errors on one entry (gone
 * meanwhile, another user's) leave it for later.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder
 * (read only with `dryRun`).
 *
 * @example Removing what killed writers left
 * ```ts ignore
 * import { sweepTempSiblings } from "./temp_sibling.ts";
 * const found = await sweepTempSiblings("runs/a.npy");
 * console.log(found.filter((t) => t.removed).map((t) => t.path));
 * ```
 *
 * @param target The file or folder whose temporaries to look for.
 * @param options What to keep, whether to remove, which names.
 * @returns Every temporary found, with what it is and whether it went.
 */
export async function sweepTempSiblings(
  target: string,
  options: SweepTempSiblingsOptions = {},
): Promise<TempLeftover[]> {
  const { keep = () => Promise.resolve(false), dryRun = false } = options;
  const folder = dirname(target) || ".";
  const own = `.${basename(target)}${TEMP_MARK}`;
  const found: TempLeftover[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = await Array.fromAsync(Deno.readDir(folder));
  } catch (error) {
    if (
      error instanceof Deno.errors.NotFound ||
      error instanceof Deno.errors.NotADirectory
    ) return found;
    throw error;
  }
  options.onListed?.(entries.length);
  for (const entry of entries) {
    const kind = tempKind(entry.name, own, options.allNames ?? false);
    if (kind === undefined || entry.isSymlink) continue;
    const path = join(dirname(target), entry.name);
    let state: TempState | undefined;
    let removed = false;
    try {
      if (kind === "part") {
        ({ state, removed } = await sweepLocked(path, entry, keep, dryRun));
      } else {
        ({ state, removed } = await sweepUnlocked(path, entry, keep, dryRun));
      }
    } catch (error) {
      if (error instanceof Deno.errors.NotCapable) throw error;
      continue; // gone meanwhile, or another user's: leave it
    }
    if (state !== undefined) {
      found.push({ path, state, isDirectory: entry.isDirectory, removed });
    }
  }
  return found.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Which kind of temporary a name is: `"part"`, `"plain"`, or none. */
function tempKind(
  name: string,
  own: string,
  allNames: boolean,
): "part" | "plain" | undefined {
  if (name.startsWith(own)) {
    const id = name.slice(own.length);
    if (/^[0-9a-z]+$/.test(id)) return "plain";
    if (/^[0-9a-z]+\.part$/.test(id)) return "part";
    return undefined;
  }
  return allNames && /^\..+\.tmp-[0-9a-z]+\.part$/.test(name)
    ? "part"
    : undefined;
}

async function sweepLocked(
  path: string,
  entry: Deno.DirEntry,
  keep: (path: string, locked: boolean) => Promise<boolean>,
  dryRun: boolean,
): Promise<{ state: TempState; removed: boolean }> {
  using handle = await Deno.open(path, { read: true });
  if (!(await handle.tryLock(true))) {
    return { state: "writing", removed: false };
  }
  // Held by us now: its writer, if alive, waits before writing into it.
  if (entry.isDirectory && await keep(path, true)) {
    return { state: "kept", removed: false };
  }
  if (await isEmpty(path, entry)) {
    const info = await Deno.stat(path);
    const age = Date.now() - (info.mtime?.getTime() ?? 0);
    if (age < EMPTY_GRACE_MS) return { state: "starting", removed: false };
  }
  if (dryRun) return { state: "dead", removed: false };
  await Deno.remove(path, { recursive: true });
  return { state: "dead", removed: true };
}

async function sweepUnlocked(
  path: string,
  entry: Deno.DirEntry,
  keep: (path: string, locked: boolean) => Promise<boolean>,
  dryRun: boolean,
): Promise<{ state: TempState; removed: boolean }> {
  if (entry.isDirectory && await keep(path, false)) {
    return { state: "kept", removed: false };
  }
  const age = Date.now() - await lastChange(path);
  if (age < UNLOCKED_GRACE_MS) return { state: "recent", removed: false };
  if (dryRun) return { state: "dead", removed: false };
  await Deno.remove(path, { recursive: true });
  return { state: "dead", removed: true };
}

async function isEmpty(path: string, entry: Deno.DirEntry): Promise<boolean> {
  if (!entry.isDirectory) return (await Deno.stat(path)).size === 0;
  for await (const _ of Deno.readDir(path)) return false;
  return true;
}

/** The newest modification time of a file, or of a folder and all in it. */
async function lastChange(path: string): Promise<number> {
  const info = await Deno.lstat(path);
  let newest = info.mtime?.getTime() ?? 0; // every write moves it
  if (info.isDirectory) {
    for await (const entry of Deno.readDir(path)) {
      newest = Math.max(newest, await lastChange(join(path, entry.name)));
    }
  }
  return newest;
}

/**
 * {@linkcode sweepTempSiblings} with `allNames`, only when read and write
 * access to the folder are granted already (it never prompts), and not
 * again soon in a large folder (see {@linkcode sweepDue}). For writers:
 * `save()`, `convert()`, `writeNpy()`. Never throws for the sweep itself:
 * cleaning up after others must not fail the caller's write.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder
 * (without them it does nothing).
 *
 * @example Cleaning up before writing
 * ```ts ignore
 * import { sweepTempSiblingsSoon } from "./temp_sibling.ts";
 * await sweepTempSiblingsSoon("runs/a.npy");
 * ```
 *
 * @param target The file or folder about to be written.
 * @param options What to keep.
 */
export async function sweepTempSiblingsSoon(
  target: string,
  options: Pick<SweepTempSiblingsOptions, "keep"> = {},
): Promise<void> {
  const folder = dirname(target) || ".";
  if (
    !isGranted({ name: "read", path: folder }) ||
    !isGranted({ name: "write", path: folder }) || !sweepDue(folder)
  ) return;
  const start = performance.now();
  try {
    await sweepTempSiblings(target, {
      ...options,
      allNames: true,
      onListed: (entries) =>
        sweptFolder(folder, entries, performance.now() - start),
    });
  } catch {
    // Best effort: the leftovers stay for a later sweep.
  }
}

/** Large folders, and until when each is not listed again. */
const resting = new Map<string, number>();

/**
 * Whether this process should sweep `folder` now: always, unless a sweep
 * of it found it large (see {@linkcode sweptFolder}) a short while ago.
 *
 * @example A folder never swept
 * ```ts
 * import { sweepDue } from "./temp_sibling.ts";
 * console.log(sweepDue("/no/such/folder")); // true
 * ```
 *
 * @param folder The folder.
 * @returns Whether to sweep it.
 */
export function sweepDue(folder: string): boolean {
  const until = resting.get(folder);
  if (until === undefined) return true;
  if (Date.now() < until) return false;
  resting.delete(folder);
  return true;
}

/**
 * Records a sweep of `folder`. A folder of {@linkcode LARGE_FOLDER} entries
 * or more (listing 10,000 takes tens of milliseconds) then rests for 100
 * times what the sweep took, between 1 s and {@linkcode SWEEP_INTERVAL_MS},
 * so that sweeping costs writers at most about 1% of their time; smaller
 * folders are swept before every write.
 *
 * @example After listing a large folder
 * ```ts
 * import { sweepDue, sweptFolder } from "./temp_sibling.ts";
 * sweptFolder("/no/such/big", 20_000, 50);
 * console.log(sweepDue("/no/such/big")); // false
 * ```
 *
 * @param folder The folder.
 * @param entries How many entries it holds.
 * @param ms How long the sweep took.
 */
export function sweptFolder(folder: string, entries: number, ms: number) {
  if (entries < LARGE_FOLDER) return;
  const now = Date.now();
  if (resting.size >= 1000) {
    for (const [key, until] of resting) if (until <= now) resting.delete(key);
  }
  resting.set(
    folder,
    now + Math.min(SWEEP_INTERVAL_MS, Math.max(1000, ms * 100)),
  );
}

/** How many entries make a folder large enough to sweep only now and then. */
export const LARGE_FOLDER = 1000;
