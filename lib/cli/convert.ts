// Copyright 2026 the persist authors. MIT license.

/**
 * `persist convert`: rewrites the arrays of an archive, or of every item of
 * a DataSet, in another array format (`.npy` files or one HDF5 file), with
 * the library's `convert()` and `DataSet.convert()`: atomically (per item
 * for DataSets), values unchanged, `mod.js` kept except for its array calls.
 *
 * @module
 */

import { dirname } from "node:path";
import { cleanPath, convert, type DataFormat } from "../archive/mod.ts";
import { DataSet } from "../dataset/mod.ts";
import { LockTimeoutError } from "../errors.ts";
import { requirePermission } from "../fs/mod.ts";
import { cannotConvertChest } from "./chest_target.ts";
import { formatBytes } from "./describe.ts";
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
  /** The array formats used before, sorted. */
  from: DataFormat[];
  /** Distinct arrays rewritten. */
  arrays: number;
  /** Bytes of array data rewritten. */
  bytes: number;
  /** DataSets: items in the DataSet. */
  items?: number;
  /** DataSets: items rewritten. */
  converted?: number;
  /** What was done, in one sentence. */
  message: string;
}

/** Options for {@linkcode convertTarget}. */
export interface ConvertOptions {
  /**
   * Called as the conversion goes on: steps done, steps in all, what is
   * being done (arrays of an archive; items of a DataSet, by name).
   */
  onProgress?: (done: number, total: number, step: string) => void;
  /** Stops between arrays (and items) when aborted. */
  signal?: AbortSignal;
  /**
   * How long to wait for a DataSet's write lock, in milliseconds; `0`
   * tries once. On timeout the error says to pass a longer
   * `--lock-timeout`, the tool's option.
   *
   * @default {60_000}
   */
  lockTimeout?: number;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** How the library's lock timeout ends: the option to pass. */
const LIBRARY_HINT = "pass a longer lockTimeout";

/** Checked before anything is written: without them, Deno would prompt on a terminal. */
function requireReadWrite(path: string): void {
  requirePermission({ name: "read", path });
  requirePermission({ name: "write", path });
}

/**
 * Converts the arrays of an archive or a DataSet to an array format.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder
 * that holds an archive (or for the DataSet folder), and `--allow-env`
 * when either format is HDF5. A missing read or write permission fails
 * before anything is written (never prompting).
 *
 * @example Converting a DataSet
 * ```ts ignore
 * import { convertTarget } from "./convert.ts";
 * const result = await convertTarget({ kind: "dataset", path: "runs" }, "hdf5");
 * console.log(result.message);
 * ```
 *
 * @param target The path and its kind.
 * @param to The array format wanted.
 * @param options Progress reporting, an abort signal and the lock timeout.
 * @returns What was done.
 * @throws {Deno.errors.NotCapable} When read or write access to the folder
 * is not granted, naming the flag.
 * @throws {NotFoundError} When the archive or one of its files is missing.
 * @throws {FormatError} When a file is damaged.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset.
 * @throws {LockTimeoutError} When a DataSet's writers hold its lock too long.
 * @throws {TypeError} When the target is a `.npy` or HDF5 file, or a chest
 * (whose arrays are `.npy` files always: nothing to convert).
 * @throws {DamagedError} When the target is a chest whose index is missing
 * (`FormatError` when damaged).
 */
export async function convertTarget(
  target: Target,
  to: DataFormat,
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  const { path, kind } = target;
  const { onProgress, signal, lockTimeout = 60_000 } = options;
  switch (kind) {
    case "archive": {
      // The new archive is built beside the old one, in its parent folder.
      requireReadWrite(dirname(cleanPath(path)));
      const result = await convert(path, {
        to,
        signal,
        onProgress: (done, total) => onProgress?.(done, total, "arrays"),
      });
      return {
        path,
        kind,
        to,
        ...result,
        message: result.changed
          ? `rewrote "${path}": ${count(result.arrays, "array")} (${
            formatBytes(result.bytes)
          }) from ${result.from.join(" and ")} to ${to}`
          : result.from.length === 0
          ? `"${path}" has no array files (all its arrays are inline); nothing to do`
          : `the arrays of "${path}" are in ${to} already; nothing to do`,
      };
    }
    case "dataset": {
      requireReadWrite(path);
      let result;
      try {
        await using ds = await DataSet.open(path, { mode: "w", lockTimeout });
        result = await ds.convert({
          to,
          signal,
          onProgress: (done, total, name) => onProgress?.(done, total, name),
        });
      } catch (error) {
        if (
          !(error instanceof LockTimeoutError) ||
          !error.message.endsWith(LIBRARY_HINT)
        ) throw error; // such as the index lock's timeout, which says why
        // The library names the holder (a writer, or persistd for one of
        // its clients) and its own lockTimeout option: name the tool's.
        throw new LockTimeoutError(
          error.message.slice(0, -LIBRARY_HINT.length) +
            "pass a longer --lock-timeout (in milliseconds)",
          {
            path,
            timeout: lockTimeout,
            holderPid: error.holderPid,
            cause: error,
          },
        );
      }
      return {
        path,
        kind,
        to,
        changed: result.converted > 0,
        ...result,
        message: result.converted > 0
          ? `rewrote ${result.converted} of the ${
            count(result.items, "item")
          } of "${path}": ${count(result.arrays, "array")} (${
            formatBytes(result.bytes)
          }) to ${to}`
          : `the ${
            count(result.items, "item")
          } of "${path}" have no arrays in another format than ${to}; nothing to do`,
      };
    }
    case "chest":
      throw await cannotConvertChest(path);
    default:
      throw new TypeError(
        `Cannot convert "${path}": it is ${
          kind === "npy" ? "a .npy file" : "an HDF5 file"
        }, and convert rewrites the array files of archives and DataSets; save the array in an archive first`,
      );
  }
}
