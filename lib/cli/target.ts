// Copyright 2026 the persist authors. MIT license.

/**
 * What a path given to the tool is: a `.npy` file, an archive folder, a
 * DataSet folder, a chest folder or an HDF5 file. Every command first detects the kind and
 * then takes the branch for it.
 *
 * @module
 */

import { join } from "node:path";
import { FormatError, NotFoundError } from "../errors.ts";
import {
  interruptedReplacement,
  isArchiveFolder,
  MODULE_FILE,
} from "../archive/mod.ts";
import { INDEX_FILE as CHEST_INDEX, LOCK_FILE } from "../chest/mod.ts";
import { isDataSetFolder } from "../dataset/mod.ts";
import { MAGIC as NPY_MAGIC } from "../npy/mod.ts";
import { pathExists, readFull, requirePermission } from "../fs/mod.ts";

/** The kinds of things the tool works on. */
export type TargetKind = "npy" | "archive" | "dataset" | "chest" | "hdf5";

/** A path and what it is. */
export interface Target {
  /** What it is. */
  kind: TargetKind;
  /** The path as given. */
  path: string;
}

/** The signature at the start of an HDF5 file (without a user block). */
const HDF5_MAGIC = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Tells what a path is. A file is a `.npy` file or an HDF5 file by its
 * first bytes (or, when those are damaged, by its extension, so the
 * command reports the damage); a folder is a DataSet when it holds the
 * `.persist-dataset` marker, else a chest when it holds a chest's index
 * `.chest.json` or its lock file `.chest.lock` (a chest whose index was
 * deleted is then reported as damaged), else an archive when it holds
 * `mod.js`. Nothing is created or written.
 *
 * Requires `--allow-read` permission for the path; without it, fails
 * before touching the path (never prompting).
 *
 * @example Detecting an archive
 * ```ts ignore
 * import { detectTarget } from "./target.ts";
 * const { kind } = await detectTarget("runs/run1"); // "archive"
 * ```
 *
 * @param path A file or folder.
 * @param action What the tool was about to do, for messages (`"show"`).
 * @returns Its kind.
 * @throws {Deno.errors.NotCapable} When read access to the path is not
 * granted, naming the flag.
 * @throws {NotFoundError} When nothing is at the path.
 * @throws {FormatError} When it is neither a `.npy` file, an HDF5 file,
 * nor a folder holding an archive, a DataSet or a chest.
 */
export async function detectTarget(
  path: string,
  action = "open",
): Promise<Target> {
  // Checked first: without it, Deno would prompt on a terminal.
  requirePermission({ name: "read", path });
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      // Looks in the parent folder only when that is allowed already.
      const why = await interruptedReplacement(path);
      throw new NotFoundError(
        why === undefined
          ? `Cannot ${action} "${path}": there is no such file or folder; check the path`
          : `Cannot ${action} "${path}": there is no such file or folder, but ${why}`,
        { path, cause: error },
      );
    }
    throw error;
  }
  if (info.isDirectory) {
    // A DataSet holds a mod.js too (its loader): its marker decides first.
    if (await isDataSetFolder(path)) return { kind: "dataset", path };
    if (
      await pathExists(join(path, CHEST_INDEX)) ||
      await pathExists(join(path, LOCK_FILE))
    ) {
      return { kind: "chest", path };
    }
    if (
      await isArchiveFolder(path) ||
      await pathExists(join(path, MODULE_FILE), { follow: true })
    ) {
      return { kind: "archive", path };
    }
    throw new FormatError(
      `Cannot ${action} "${path}": the folder holds no ${MODULE_FILE}, no .persist-dataset marker and no ${CHEST_INDEX}, so it is neither a persist archive, a DataSet nor a chest; ` +
        "give the path of an archive, a DataSet, a chest, a .npy or an HDF5 file",
      { path },
    );
  }
  const head = await readHead(path, 8);
  if (startsWith(head, NPY_MAGIC)) return { kind: "npy", path };
  if (startsWith(head, HDF5_MAGIC)) return { kind: "hdf5", path };
  if (/\.npy$/i.test(path)) return { kind: "npy", path };
  if (/\.(h5|hdf5)$/i.test(path)) return { kind: "hdf5", path };
  throw new FormatError(
    `Cannot ${action} "${path}": it is neither a .npy file nor an HDF5 file (its first bytes are not a known signature); ` +
      "give the path of an archive, a DataSet, a chest, a .npy or an HDF5 file",
    { path, offset: 0 },
  );
}

async function readHead(path: string, n: number): Promise<Uint8Array> {
  using file = await Deno.open(path, { read: true });
  const bytes = new Uint8Array(n);
  const got = await readFull(file, bytes);
  return bytes.subarray(0, got);
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    if (bytes[i] !== prefix[i]) return false;
  }
  return true;
}
