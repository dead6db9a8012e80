// Copyright 2026 the persist authors. MIT license.

/**
 * Putting a finished archive folder in place atomically, and telling an
 * archive folder from other folders.
 *
 * @module
 */

import { dirname, join } from "node:path";
import {
  identityOf,
  pathExists,
  readFull,
  sweepTempSiblings,
  sweepTempSiblingsSoon,
  syncDir,
  type TempLeftover,
  tempPathFor,
} from "../fs/mod.ts";
import {
  END_LINE,
  HEADER_BYTES,
  HEADER_PREFIX,
  MODULE_FILE,
} from "./_syntax.ts";

/** Options for saving an archive to a folder. */
export interface ArchiveSaveOptions {
  /**
   * Replace an archive that already exists at the target.
   *
   * @default {false}
   */
  overwrite?: boolean;
  /**
   * When replacing, keep the previous archive as `<target>.bak` (replacing
   * an older backup, which must itself be an archive).
   *
   * @default {false}
   */
  backup?: boolean;
  /**
   * Flush the renames to disk (fsync the parent folder).
   *
   * @default {true}
   */
  sync?: boolean;
}

/** What is at a target path, as far as saving is concerned. */
export type TargetState = "absent" | "empty" | "archive";

/**
 * Tells whether a folder holds a persist archive: its `mod.js` starts with
 * the format header (after a byte order mark, if an editor added one). This is the marker that lets `overwrite` replace a
 * folder; anything else is never replaced.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Checking a folder before replacing it
 * ```ts ignore
 * import { isArchiveFolder } from "./install.ts";
 * if (await isArchiveFolder("runs/run1")) console.log("an archive");
 * ```
 *
 * @param dir A folder.
 * @returns `true` when it holds an archive.
 */
export async function isArchiveFolder(dir: string): Promise<boolean> {
  let file: Deno.FsFile;
  try {
    file = await Deno.open(join(dir, MODULE_FILE), { read: true });
  } catch (error) {
    if (
      error instanceof Deno.errors.NotFound ||
      error instanceof Deno.errors.NotADirectory
    ) return false;
    throw error;
  }
  using _ = file;
  const head = new Uint8Array(HEADER_BYTES);
  const n = await readFull(file, head);
  return new TextDecoder().decode(head.subarray(0, n)).startsWith(
    HEADER_PREFIX,
  );
}

/**
 * Checks what is at the path where an archive is to be saved, and refuses
 * what must not be replaced: a file, a symbolic link, a folder that is not
 * an archive (unless empty), or an archive when `overwrite` is not set.
 *
 * Requires `--allow-read` permission for the path.
 *
 * @param target The archive folder to be.
 * @param options Whether an existing archive may be replaced.
 * @returns What is there.
 * @throws {Deno.errors.AlreadyExists} When something that must not be
 * replaced is there.
 * @throws {Deno.errors.NotADirectory} When the path is a file.
 */
export async function checkTarget(
  target: string,
  options: ArchiveSaveOptions = {},
): Promise<TargetState> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(target);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "absent";
    throw error;
  }
  if (info.isSymlink) {
    throw new Deno.errors.AlreadyExists(
      `Cannot save an archive to "${target}": it is a symbolic link; save to the folder it points to, or remove the link`,
    );
  }
  if (!info.isDirectory) {
    throw new Deno.errors.NotADirectory(
      `Cannot save an archive to "${target}": it is a file, not a folder; choose another path`,
    );
  }
  let empty: boolean;
  try {
    empty = true;
    for await (const _ of Deno.readDir(target)) {
      empty = false;
      break;
    }
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) throw meanwhile(target, error);
    throw error;
  }
  if (empty) return "empty";
  if (!(await isArchiveFolder(target))) {
    // A save that is replacing it may have moved it away since the lstat:
    // then this is not the folder looked at.
    if (!(await sameFolder(target, info))) throw meanwhile(target);
    throw new Deno.errors.AlreadyExists(
      `Cannot save an archive to "${target}": the folder is not empty and is not a persist archive ` +
        `(it has no ${MODULE_FILE} starting with "${HEADER_PREFIX.trim()}"); ` +
        "choose another path, or empty the folder",
    );
  }
  if (!options.overwrite) {
    throw new Deno.errors.AlreadyExists(
      `Cannot save an archive to "${target}": an archive exists there ("${
        join(target, MODULE_FILE)
      }"); pass { overwrite: true } to replace it`,
    );
  }
  return "archive";
}

/** Whether the folder at `path` is still the one `info` describes. */
async function sameFolder(path: string, info: Deno.FileInfo): Promise<boolean> {
  try {
    const now = await Deno.lstat(path);
    return now.isDirectory && identityOf(now) === identityOf(info);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

/** The error for a target that another save changed while this one ran. */
function meanwhile(target: string, cause?: unknown, kept?: string): Error {
  return new Deno.errors.Interrupted(
    `Cannot save an archive to "${target}": another save replaced or removed it meanwhile; try again` +
      (kept === undefined
        ? ""
        : ` (the archive that was there before is kept in "${kept}")`),
    { cause },
  );
}

/** Renames, or returns false when `from` is gone or `to` is taken. */
async function tryRename(from: string, to: string): Promise<boolean> {
  try {
    await Deno.rename(from, to);
    return true;
  } catch (error) {
    if (
      error instanceof Deno.errors.NotFound ||
      error instanceof Deno.errors.AlreadyExists ||
      (error as { code?: string }).code === "ENOTEMPTY"
    ) return false;
    throw error;
  }
}

/**
 * Moves a finished archive folder (built beside the target, for example in
 * `tempPathFor(target)`) to the target path, atomically:
 *
 * - no target, or an empty folder: one `rename(2)`;
 * - an archive, with `overwrite`: the old one is renamed aside (to a hidden
 *   temporary name, or to `<target>.bak` with `backup`), the new one is
 *   renamed in, and the old one is removed. If the second rename fails, the
 *   old archive is put back.
 *
 * Readers see the old archive or the new one; between the two renames
 * (microseconds) the target path does not exist. A crash in that window
 * leaves the old archive in a hidden folder `.<name>.tmp-*` (or in
 * `<name>.bak`, and the backup before it in `.<name>.bak.tmp-*`) beside the
 * target and no target: rename it back to recover (`load()` of the target
 * then names the whole archives waiting there). When another save puts an
 * archive in place between the two renames, the old one is not removed:
 * it stays the backup, goes to `<name>.bak` if that is free, or stays in its
 * hidden folder, and the `Interrupted` error names where.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the parent
 * folder.
 *
 * @example Installing a folder built in a temporary place
 * ```ts ignore
 * import { installArchive } from "./install.ts";
 * await installArchive("runs/.run1.tmp-abc", "runs/run1", { overwrite: true });
 * ```
 *
 * @param temp The finished folder, in the same parent folder as `target`.
 * @param target The archive's path.
 * @param options Whether to replace an existing archive, keep a backup,
 * and flush.
 * @throws {Deno.errors.AlreadyExists} When the target holds something that
 * must not be replaced.
 * @throws {Deno.errors.NotADirectory} When the target is a file.
 * @throws {Deno.errors.Interrupted} When another save replaced or removed
 * the target (or its backup) meanwhile; everything is put back or left to
 * that save, and trying again is safe.
 */
export async function installArchive(
  temp: string,
  target: string,
  options: ArchiveSaveOptions = {},
): Promise<void> {
  const { backup = false, sync = true } = options;
  const state = await checkTarget(target, options);
  if (state !== "archive") {
    try {
      await Deno.rename(temp, target);
    } catch (error) {
      if ((error as { code?: string }).code === "ENOTEMPTY") {
        if (options.overwrite) throw meanwhile(target, error);
        throw new Deno.errors.AlreadyExists(
          `Cannot save an archive to "${target}": another process created it meanwhile; ` +
            "pass { overwrite: true } to replace it",
          { cause: error },
        );
      }
      throw error;
    }
  } else {
    const bak = `${target}.bak`;
    let oldBackup: string | undefined;
    if (backup && (await checkTarget(bak, { overwrite: true })) !== "absent") {
      oldBackup = tempPathFor(bak);
      if (!(await tryRename(bak, oldBackup))) throw meanwhile(bak);
    }
    /** Puts the older backup back, or drops it when a newer one took its place. */
    const restoreBackup = async () => {
      if (oldBackup === undefined) return;
      if (!(await tryRename(oldBackup, bak))) {
        // Another save made a newer backup meanwhile: ours is superseded.
        await Deno.remove(oldBackup, { recursive: true });
      }
    };
    const aside = backup ? bak : tempPathFor(target);
    if (!(await tryRename(target, aside))) {
      // Gone (another save moved it), or another save made a newer backup.
      const bakTaken = backup && await pathExists(bak);
      await restoreBackup();
      throw meanwhile(bakTaken ? bak : target);
    }
    try {
      await Deno.rename(temp, target);
    } catch (error) {
      // Put the old archive back. When another save put its archive there
      // meanwhile (it found the place empty, and may not have meant to
      // replace anything), the old one is kept where it can be found: as
      // the backup it already is, in <target>.bak if that is free, or in
      // its hidden folder, which the error names.
      let kept: string | undefined;
      if (!(await tryRename(aside, target))) {
        kept = backup || await tryRename(aside, bak) ? bak : aside;
      }
      await restoreBackup();
      const taken = error instanceof Deno.errors.AlreadyExists ||
        (error as { code?: string }).code === "ENOTEMPTY";
      throw taken ? meanwhile(target, error, kept) : error;
    }
    // Removing the old archive and flushing the renames are independent.
    const done = await Promise.allSettled([
      backup ? undefined : Deno.remove(aside, { recursive: true }),
      oldBackup === undefined
        ? undefined
        : Deno.remove(oldBackup, { recursive: true }),
      sync ? syncDir(dirname(target) || ".") : undefined,
    ]);
    for (const result of done) {
      if (result.status === "rejected") throw result.reason;
    }
    return;
  }
  if (sync) await syncDir(dirname(target) || ".");
}

/**
 * When a folder's `mod.js` is complete (the header line first and the end
 * line last), the time it was written; otherwise undefined.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Telling a whole archive from a partly written one
 * ```ts ignore
 * import { wholeArchiveTime } from "./install.ts";
 * const time = await wholeArchiveTime("runs/.run1.tmp-k2j3h4");
 * console.log(time === undefined ? "incomplete" : new Date(time));
 * ```
 *
 * @param folder A folder.
 * @returns When its complete `mod.js` was written, or `undefined`.
 */
export async function wholeArchiveTime(
  folder: string,
): Promise<number | undefined> {
  try {
    const path = join(folder, MODULE_FILE);
    // Deno.stat of the path: FsFile.stat() is checked against the real path,
    // which a process allowed only a symbolic link's path may not read.
    const { size, mtime } = await Deno.stat(path);
    using file = await Deno.open(path, { read: true });
    const head = new Uint8Array(HEADER_BYTES);
    const headLength = await readFull(file, head);
    // The end line, and some white space after it.
    const tail = new Uint8Array(Math.min(size, END_LINE.length + 64));
    await file.seek(size - tail.length, Deno.SeekMode.Start);
    if (await readFull(file, tail) !== tail.length) return undefined;
    const decoder = new TextDecoder();
    const first = decoder.decode(head.subarray(0, headLength));
    const last = decoder.decode(tail).trimEnd();
    return first.startsWith(HEADER_PREFIX) && last.endsWith(END_LINE)
      ? mtime?.getTime() ?? 0
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a temporary folder beside an archive must be kept: one built by a
 * save of this version (`locked`) when it holds a whole archive (header and
 * end line: the save was killed after finishing it); any other (the old
 * archive set aside by a replacement, perhaps hand-edited and without its
 * end line) when its `mod.js` starts with the header.
 */
async function keepArchive(path: string, locked: boolean): Promise<boolean> {
  return locked
    ? await wholeArchiveTime(path) !== undefined
    : await isArchiveFolder(path).catch(() => true);
}

/**
 * Removes the temporaries that killed writers left beside `target` (see
 * `sweepTempSiblingsSoon()` in `lib/fs`), keeping every one that holds an
 * archive. Runs before a save or convert builds its own.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the parent
 * folder (without them it does nothing).
 *
 * @example Before saving
 * ```ts ignore
 * import { sweepBeside } from "./install.ts";
 * await sweepBeside("runs/run1");
 * ```
 *
 * @param target The archive folder about to be written.
 */
export async function sweepBeside(target: string): Promise<void> {
  await sweepTempSiblingsSoon(target, { keep: keepArchive });
}

/**
 * Lists the temporaries beside an archive (`.<name>.tmp-*`) and what each
 * is, removing nothing: for `persist verify`.
 *
 * Requires `--allow-read` permission for the parent folder.
 *
 * @example Listing leftovers
 * ```ts ignore
 * import { leftoversBeside } from "./install.ts";
 * for (const t of await leftoversBeside("runs/run1")) console.log(t.path, t.state);
 * ```
 *
 * @param target The archive folder.
 * @returns The temporaries found.
 */
export async function leftoversBeside(
  target: string,
): Promise<TempLeftover[]> {
  return await sweepTempSiblings(target, { keep: keepArchive, dryRun: true });
}
