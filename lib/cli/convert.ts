// Copyright 2026 the persist authors. MIT license.

/**
 * `persist convert`: rewrites the arrays of an archive in another array
 * format (`.npy` files or one HDF5 file), atomically and with the values
 * unchanged: the archive is loaded, written into a temporary folder beside
 * it, loaded back and compared with the original values, and only then
 * renamed into place. A failure at any step leaves the original as it was.
 *
 * @module
 */

import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import {
  Archive,
  ARRAY_FORMATS,
  arrayUses,
  type DataFormat,
  formatOfRef,
  installArchive,
  loadArchive,
  MODULE_FILE,
  singleArchive,
  writeArchive,
} from "../archive/mod.ts";
import { tempPathFor } from "../fs/mod.ts";
import { resolvePlaceholder } from "./archive_info.ts";
import type { Target } from "./target.ts";

/** What {@linkcode convertTarget} did. */
export interface ConvertResult {
  /** The path converted. */
  path: string;
  /** What it is. */
  kind: Target["kind"];
  /** The array format asked for. */
  to: DataFormat;
  /** Whether anything was rewritten (`false`: it was in that format already). */
  changed: boolean;
  /** What was done, in one sentence. */
  message: string;
}

/** Options for {@linkcode convertTarget} and {@linkcode rewriteArchive}. */
export interface ConvertOptions {
  /** Called after each step: steps done, steps in all, the step. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/**
 * Converts the arrays of a target to an array format.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder
 * that holds the target.
 *
 * @example Converting an archive
 * ```ts ignore
 * import { convertTarget } from "./convert.ts";
 * const result = await convertTarget({ kind: "archive", path: "runs/run1" }, "npy");
 * console.log(result.message);
 * ```
 *
 * @param target The path and its kind.
 * @param to The array format wanted.
 * @param options Progress reporting.
 * @returns What was done.
 * @throws {NotFoundError} When the archive or one of its files is missing.
 * @throws {FormatError} When a file is damaged.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset.
 * @throws {Error} When the format is not available in this version.
 */
export async function convertTarget(
  target: Target,
  to: DataFormat,
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  const { path, kind } = target;
  const format = ARRAY_FORMATS[to];
  if (format === undefined) {
    // HDF5: available once lib/hdf5 sets ARRAY_FORMATS.hdf5.
    throw new Error(
      `Cannot convert "${path}" to ${to}: the ${to.toUpperCase()} array store is not available yet in this version of persist; ` +
        `convert to "npy"`,
    );
  }
  switch (kind) {
    case "npy":
      if (to === "npy") {
        return {
          path,
          kind,
          to,
          changed: false,
          message: `"${path}" is a .npy file already; nothing to do`,
        };
      }
      // HDF5: when lib/hdf5 lands, write the array as one dataset of a new
      // .h5 file beside it (atomicWrite through Hdf5Writer).
      break;
    case "archive": {
      const text = await Deno.readTextFile(join(path, MODULE_FILE));
      const uses = arrayUses(text, join(path, MODULE_FILE));
      if (uses.every((u) => formatOfRef(u.ref) === format)) {
        return {
          path,
          kind,
          to,
          changed: false,
          message: uses.length === 0
            ? `"${path}" has no array files (all its arrays are inline); nothing to do`
            : `the ${uses.length} array file${
              uses.length === 1 ? " is" : "s are"
            } ${to} already; nothing to do`,
        };
      }
      await rewriteArchive(path, to, options);
      return {
        path,
        kind,
        to,
        changed: true,
        message: `rewrote "${path}" with its arrays in ${to}`,
      };
    }
      // DataSet: when lib/dataset lands, rewrite each item under the
      // DataSet's write lock (each item is an archive: rewriteArchive), with
      // progress per item.
  }
  throw new Error(
    `Cannot convert "${path}" to ${to}: converting ${
      kind === "hdf5"
        ? "HDF5 files"
        : kind === "dataset"
        ? "DataSets"
        : ".npy files"
    } is not available yet in this version of persist`,
  );
}

/**
 * Rewrites an archive with its arrays in `to`: loads it, writes it into a
 * temporary folder beside it, loads that back and checks that the values
 * are equal, then replaces the archive atomically. Classes the archive
 * imports are kept (through stand-ins); `mod.js` is written anew, so hand
 * edits, comments and the original array threshold are not kept.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the parent
 * folder.
 *
 * @example Rewriting an archive in place
 * ```ts ignore
 * import { rewriteArchive } from "./convert.ts";
 * await rewriteArchive("runs/run1", "npy");
 * ```
 *
 * @param dir The archive folder.
 * @param to The array format.
 * @param options Progress reporting.
 * @throws {NotFoundError} When the archive or one of its files is missing.
 * @throws {FormatError} When a file is damaged.
 * @throws {Error} When the rewritten archive does not load to equal values
 * (the original is left unchanged).
 */
export async function rewriteArchive(
  dir: string,
  to: DataFormat,
  options: ConvertOptions = {},
): Promise<void> {
  const progress = options.onProgress ?? (() => {});
  const steps = 4;
  progress(0, steps, "load");
  const values = await loadArchive(dir, { resolveClass: resolvePlaceholder });
  const names = Object.keys(values);
  const archive = names.length === 1 && names[0] === "default"
    ? singleArchive(values.default, { dataFormat: to })
    : new Archive({ dataFormat: to }).insert(values);
  progress(1, steps, "write");
  const temp = tempPathFor(dir);
  await Deno.mkdir(temp);
  try {
    await writeArchive(temp, archive);
    progress(2, steps, "check");
    const back = await loadArchive(temp, { resolveClass: resolvePlaceholder });
    if (!isDeepStrictEqual(back, values)) {
      throw new Error(
        `Cannot convert "${dir}": the rewritten archive does not load to the same values, so the original was left unchanged; ` +
          "please report this with the archive",
      );
    }
    progress(3, steps, "install");
    await installArchive(temp, dir, { overwrite: true });
  } catch (error) {
    await Deno.remove(temp, { recursive: true }).catch(() => {});
    throw error;
  }
  progress(steps, steps, "");
}
