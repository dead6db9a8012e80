// Copyright 2026 the persist authors. MIT license.

/**
 * `persist verify`: checks that an archive or a `.npy` file is whole.
 * Every problem found is reported with its file; checking goes on after a
 * problem wherever the rest can still be checked.
 *
 * For an archive: `mod.js` is there, is UTF-8, states a format this version
 * reads and ends with its last line; it parses; every array file it names
 * exists, has a valid header and exactly the size the header promises; no
 * array file lies unused; `_persist.js` is there when `mod.js` imports it;
 * and finally, when nothing else was wrong, every value loads.
 *
 * @module
 */

import { join } from "node:path";
import {
  arrayUses,
  END_LINE,
  FORMAT_VERSION,
  HEADER_PREFIX,
  loadArchive,
  MODULE_FILE,
  RUNTIME_FILE,
} from "../archive/mod.ts";
import { readNpy, readNpyHeader } from "../npy/mod.ts";
import { resolvePlaceholder } from "./archive_info.ts";
import type { Target } from "./target.ts";

/** One thing found wrong. */
export interface Problem {
  /**
   * `"error"`: the archive or file is damaged or incomplete (`verify`
   * fails). `"warning"`: something to look at that does not stop it
   * from loading (a stray file, a missing header line).
   */
  severity: "error" | "warning";
  /** The file concerned. */
  file: string;
  /** What is wrong and what to do. */
  message: string;
}

/** What {@linkcode verifyTarget} found. */
export interface VerifyReport {
  /** The path checked. */
  path: string;
  /** What it is. */
  kind: Target["kind"];
  /** `true` when no error was found (warnings allowed). */
  ok: boolean;
  /** The files that were checked. */
  checked: string[];
  /** Everything found wrong, in the order found. */
  problems: Problem[];
}

/** Options for {@linkcode verifyTarget}. */
export interface VerifyOptions {
  /** Called as checking goes on: steps done, steps in all, the current file. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Checks a `.npy` file or an archive folder.
 *
 * Requires `--allow-read` permission for the path.
 *
 * @example Verifying an archive
 * ```ts ignore
 * import { verifyTarget } from "./verify.ts";
 * const report = await verifyTarget({ kind: "archive", path: "runs/run1" });
 * for (const p of report.problems) console.log(p.severity, p.file, p.message);
 * ```
 *
 * @param target The path and its kind.
 * @param options Progress reporting.
 * @returns The report.
 * @throws {TypeError} For kinds this version cannot verify yet (DataSets,
 * HDF5 files).
 */
export async function verifyTarget(
  target: Target,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const report: VerifyReport = {
    path: target.path,
    kind: target.kind,
    ok: true,
    checked: [],
    problems: [],
  };
  const progress = options.onProgress ?? (() => {});
  switch (target.kind) {
    case "npy":
      progress(0, 1, target.path);
      await checkNpy(target.path, report, true);
      progress(1, 1, target.path);
      break;
    case "archive":
      await checkArchive(target.path, report, progress);
      break;
    // DataSet: when lib/dataset lands, verify the index and every item
    // (each item is an archive: reuse checkArchive), reporting progress
    // per item.
    // HDF5: when lib/hdf5 lands, open the file and read every dataset.
    default:
      throw new TypeError(
        `Cannot verify "${target.path}": verifying ${
          target.kind === "hdf5" ? "HDF5 files" : "DataSets"
        } is not available yet in this version of persist`,
      );
  }
  report.ok = !report.problems.some((p) => p.severity === "error");
  return report;
}

function problem(
  report: VerifyReport,
  severity: Problem["severity"],
  file: string,
  message: string,
) {
  report.problems.push({ severity, file, message });
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/\s*\n\s*/g, " ");
}

/** Checks a `.npy` file's header, size and (with `data`) data. */
async function checkNpy(
  path: string,
  report: VerifyReport,
  data: boolean,
): Promise<boolean> {
  report.checked.push(path);
  try {
    const header = await readNpyHeader(path);
    const extra = header.fileBytes - header.dataOffset - header.dataBytes;
    if (extra > 0) {
      problem(
        report,
        "error",
        path,
        `Cannot verify "${path}": it has ${extra} bytes after the ${header.dataBytes} data bytes its header promises ` +
          "(the file was appended to or the header was changed); restore it from a copy",
      );
      return false;
    }
    if (data) await readNpy(path);
    return true;
  } catch (error) {
    if (isPermissionError(error)) throw error;
    problem(report, "error", path, messageOf(error));
    return false;
  }
}

function isPermissionError(error: unknown): boolean {
  return error instanceof Deno.errors.NotCapable ||
    error instanceof Deno.errors.PermissionDenied;
}

async function checkArchive(
  dir: string,
  report: VerifyReport,
  progress: (done: number, total: number, file: string) => void,
) {
  const modPath = join(dir, MODULE_FILE);
  report.checked.push(modPath);
  progress(0, 1, MODULE_FILE);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      await Deno.readFile(modPath),
    );
  } catch (error) {
    if (isPermissionError(error)) throw error;
    problem(
      report,
      "error",
      modPath,
      error instanceof Deno.errors.NotFound
        ? `Cannot verify "${dir}": it has no ${MODULE_FILE}, so it is not an archive (or its module was deleted)`
        : error instanceof TypeError
        ? `Cannot read "${modPath}": it is not UTF-8 text; the file is damaged`
        : messageOf(error),
    );
    return;
  }

  // The first and last lines.
  let whole = true;
  if (
    text.trimEnd().length < HEADER_PREFIX.length &&
    HEADER_PREFIX.startsWith(text.trimEnd())
  ) {
    problem(
      report,
      "error",
      modPath,
      `Cannot verify "${modPath}": it is empty or ends inside its first line, so it is truncated; restore it from a copy`,
    );
    whole = false;
  } else if (text.startsWith(HEADER_PREFIX)) {
    const version = Number(/^\d+/.exec(text.slice(HEADER_PREFIX.length))?.[0]);
    if (version > FORMAT_VERSION) {
      problem(
        report,
        "error",
        modPath,
        `Cannot verify "${modPath}": it is in archive format ${version}, newer than this version of persist reads (${FORMAT_VERSION}); upgrade persist`,
      );
      return;
    }
    if (!text.trimEnd().endsWith(END_LINE)) {
      whole = false;
      problem(
        report,
        "error",
        modPath,
        `Cannot verify "${modPath}": it ends without its last line "${END_LINE}", so it is truncated ` +
          "(an interrupted copy?); restore it from a copy, or add the line back if it was removed while editing",
      );
    }
  } else {
    problem(
      report,
      "warning",
      modPath,
      `"${modPath}" does not start with "${HEADER_PREFIX}${FORMAT_VERSION}": it loads, but save() will not replace this folder ` +
        "and a truncated copy cannot be detected; add the line back if it was removed while editing",
    );
  }

  // The array files mod.js names.
  let uses: ReturnType<typeof arrayUses> | undefined;
  if (whole) {
    try {
      uses = arrayUses(text, modPath);
    } catch (error) {
      problem(report, "error", modPath, messageOf(error));
    }
  }
  const referenced = new Set<string>();
  const steps = (uses?.length ?? 0) + 2;
  let done = 1;
  for (const use of uses ?? []) {
    const { file } = use.ref;
    progress(done++, steps, file);
    if (referenced.has(file)) continue;
    referenced.add(file);
    const path = join(dir, file);
    if (use.ref.dataset !== undefined || !/\.npy$/i.test(file)) {
      // HDF5: when lib/hdf5 lands, check the file and dataset here.
      report.checked.push(path);
      problem(
        report,
        "error",
        path,
        `Cannot verify "${path}" (named at ${MODULE_FILE}:${use.line}:${use.column}): ` +
          "this version of persist reads array files in .npy only (HDF5 support is not available yet)",
      );
      continue;
    }
    try {
      await Deno.lstat(path);
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      report.checked.push(path);
      problem(
        report,
        "error",
        path,
        `Cannot find "${path}": ${MODULE_FILE}:${use.line}:${use.column} reads it, but it does not exist; ` +
          "the archive is incomplete: restore the file from a copy",
      );
      continue;
    }
    await checkNpy(path, report, false);
  }

  // Files nobody reads, and the helper module.
  const unused: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.isFile) continue;
    if (/\.(npy|h5|hdf5)$/i.test(entry.name) && !referenced.has(entry.name)) {
      unused.push(entry.name);
    }
  }
  if (uses === undefined) {
    // mod.js cannot say which files it reads: check all of them.
    for (const name of unused.sort()) {
      if (/\.npy$/i.test(name)) await checkNpy(join(dir, name), report, false);
    }
  } else {
    for (const name of unused.sort()) {
      problem(
        report,
        "warning",
        join(dir, name),
        `"${
          join(dir, name)
        }" is not read by ${MODULE_FILE}: a leftover, or a reference was removed while editing`,
      );
    }
  }
  if (text.includes(`"./${RUNTIME_FILE}"`)) {
    try {
      await Deno.lstat(join(dir, RUNTIME_FILE));
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      problem(
        report,
        "error",
        join(dir, RUNTIME_FILE),
        `Cannot find "${
          join(dir, RUNTIME_FILE)
        }": ${MODULE_FILE} imports it, so import() of the archive fails (load() does not need it); ` +
          "copy it from any archive of the same format",
      );
    }
  }

  // Finally the values, when nothing else was wrong (it would fail on the
  // same problem again).
  progress(steps - 1, steps, "values");
  if (!report.problems.some((p) => p.severity === "error")) {
    try {
      await loadArchive(dir, { resolveClass: resolvePlaceholder });
    } catch (error) {
      if (isPermissionError(error)) throw error;
      const path = (error as { path?: string }).path ?? modPath;
      problem(report, "error", path, messageOf(error));
    }
  }
  progress(steps, steps, "");
}
