// Copyright 2026 the persist authors. MIT license.

/**
 * `persist verify`: checks that a `.npy` file, an archive, a DataSet, a
 * chest or an HDF5 file is whole. Every problem found is reported with its file;
 * checking goes on after a problem wherever the rest can still be checked.
 *
 * For an archive: `mod.js` is there, is UTF-8, states a format this version
 * reads and ends with its last line; it parses; every array file it names
 * exists, has a valid header and exactly the size the header promises (for
 * HDF5: opens, and holds the datasets named); no array file or dataset lies
 * unused; `_persist.js` is there when `mod.js` imports it; and finally, when
 * nothing else was wrong, every value loads.
 *
 * For a DataSet: its marker and index read (`DataSet.open()`), the index
 * and the items agree (`DataSet.verify()`: every listed item's folder is
 * there, leftovers of crashed writers, a torn index tail), and every item
 * passes the archive checks. For a chest: what `Chest.verify()` finds
 * (every file the index names is there, leftovers), without opening it,
 * and every value file reads (see `chest_target.ts`). For an HDF5 file:
 * it opens and every dataset reads.
 *
 * @module
 */

import { dirname, join } from "node:path";
import {
  type ArrayUse,
  END_LINE,
  FORMAT_VERSION,
  HEADER_PREFIX,
  leftoversBeside,
  loadArchive,
  MODULE_FILE,
  type ModuleUses,
  moduleUses,
  RUNTIME_FILE,
} from "../archive/mod.ts";
import { DataSet, INDEX_FILE, MARKER_FILE } from "../dataset/mod.ts";
import { isGranted, type TempLeftover } from "../fs/mod.ts";
import { NotFoundError } from "../errors.ts";
import { type Hdf5DatasetInfo, Hdf5Reader } from "../hdf5/mod.ts";
import { readNpy, readNpyHeader } from "../npy/mod.ts";
import { isPermissionError, resolvePlaceholder } from "./archive_info.ts";
import { checkChest } from "./chest_target.ts";
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
  /** The DataSet item concerned, for DataSets. */
  item?: string;
  /** The key concerned, for chests: its canonical text (`"x"`, `1`, `["a",2]`). */
  key?: string;
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
  /** DataSets: the items the index lists. */
  items?: number;
  /** Chests: the keys the index lists. */
  keys?: number;
  /** Everything found wrong, in the order found. */
  problems: Problem[];
}

/** Options for {@linkcode verifyTarget}. */
export interface VerifyOptions {
  /**
   * Called as checking goes on: steps done, steps in all, the current file
   * (for DataSets: items done, items in all, the current item).
   */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * How long to wait for a chest's lock while another process flushes, in
   * milliseconds; `0` tries once. On timeout the error says to pass a
   * longer `--lock-timeout`, the tool's option. Nothing else verify reads
   * is locked.
   *
   * @default {60_000}
   */
  lockTimeout?: number;
}

type ProgressFn = (done: number, total: number, file: string) => void;

/**
 * Checks a `.npy` file, an archive folder, a DataSet or an HDF5 file.
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
 * @param options Progress reporting, and a chest's lock timeout.
 * @returns The report.
 * @throws {Deno.errors.NotCapable} When a permission is missing (HDF5 needs
 * `--allow-env`): never reported as damage.
 * @throws {LockTimeoutError} When another process holds a chest's lock for
 * longer than `lockTimeout`.
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
    case "dataset":
      await checkDataSet(target.path, report, progress);
      break;
    case "chest":
      await checkChest(target.path, report, progress, {
        lockTimeout: options.lockTimeout,
      });
      break;
    case "hdf5":
      await checkHdf5(target.path, report, progress);
      break;
  }
  if (target.kind === "archive" || target.kind === "npy") {
    await checkLeftovers(target.path, report);
  }
  report.ok = !report.problems.some((p) => p.severity === "error");
  return report;
}

/**
 * Warns about the hidden temporaries beside an archive or `.npy` file
 * (`.<name>.tmp-*`): what each is, and how to remove it. Looks only with
 * read permission on the parent folder (never prompts).
 */
async function checkLeftovers(path: string, report: VerifyReport) {
  const parent = dirname(path) || ".";
  if (!isGranted({ name: "read", path: parent })) return;
  let found: TempLeftover[];
  try {
    found = await leftoversBeside(path);
  } catch (error) {
    if (isPermissionError(error)) return;
    throw error;
  }
  for (const { path: temp, state, isDirectory } of found) {
    const what = isDirectory ? "folder" : "file";
    const remove = `rm -r ${JSON.stringify(temp)}`;
    problem(
      report,
      "warning",
      temp,
      state === "writing"
        ? `"${temp}" is the temporary ${what} of a save, convert or write running now (its process holds a lock on it); ` +
          "it goes away when that finishes"
        : state === "kept"
        ? `"${temp}" is a hidden folder holding a whole archive, left by a save or convert that was interrupted ` +
          `(the version it replaced, or a new one it had not yet put in place); saves never remove it: ` +
          `to keep it, rename it (to "${path}" after moving the current one away), otherwise remove it: ${remove}`
        : state === "starting"
        ? `"${temp}" is an empty temporary ${what} that nobody holds a lock on yet (a save or write may be starting); ` +
          `saves beside it remove it once it is a minute old, or, when none is running, remove it now: ${remove}`
        : state === "dead"
        ? `"${temp}" is a partly written temporary ${what} that a killed save, convert or write left; ` +
          `the next save or write beside it removes it, or remove it now: ${remove}`
        : `"${temp}" is a temporary ${what} without a lock (an older persist version makes those) that changed ` +
          "in the last hour, so it may belong to a save running now; saves beside it remove it once it is an hour " +
          `old, or, when no save is running, remove it now: ${remove}`,
    );
  }
}

function problem(
  report: VerifyReport,
  severity: Problem["severity"],
  file: string,
  message: string,
) {
  report.problems.push({ severity, file, message });
}

/**
 * Runs a check step; a failure becomes an error problem of `file` (or of
 * the file the error names), and `undefined`. Deno's refusal of a
 * permission is passed on: it is not damage.
 */
async function attempt<T>(
  report: VerifyReport,
  file: string,
  step: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (isPermissionError(error)) throw error;
    const named = (error as { path?: unknown }).path;
    problem(
      report,
      "error",
      typeof named === "string" && named !== "" ? named : file,
      messageOf(error),
    );
    return undefined;
  }
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

async function checkArchive(
  dir: string,
  report: VerifyReport,
  progress: ProgressFn,
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
  let parsed: ModuleUses | undefined;
  if (whole) {
    try {
      parsed = moduleUses(text, modPath);
    } catch (error) {
      problem(report, "error", modPath, messageOf(error));
    }
  }
  const uses = parsed?.arrays;
  const referenced = new Set<string>();
  const steps = (uses?.length ?? 0) + 2;
  let done = 1;
  const h5 = new Map<string, ArrayUse[]>();
  for (const use of uses ?? []) {
    const { file } = use.ref;
    progress(done++, steps, file);
    if (use.format.name === "hdf5") {
      h5.set(file, [...(h5.get(file) ?? []), use]);
      referenced.add(file);
      continue;
    }
    if (referenced.has(file)) continue;
    referenced.add(file);
    const path = join(dir, file);
    if (await missing(path, use, report)) continue;
    await checkNpy(path, report, false);
  }
  for (const [file, fileUses] of h5) {
    await checkHdf5Uses(join(dir, file), fileUses, report);
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
      else await checkHdf5File(join(dir, name), report, false);
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
  // A module that does not parse is already reported; whether it imports
  // _persist.js is then told from its text.
  const importsRuntime = parsed?.runtime ??
    [`"./${RUNTIME_FILE}"`, `'./${RUNTIME_FILE}'`].some((s) =>
      text.includes(s)
    );
  if (importsRuntime) {
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

/** Reports an array file `mod.js` names that does not exist. */
async function missing(
  path: string,
  use: ArrayUse,
  report: VerifyReport,
): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return false;
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
    return true;
  }
}

/**
 * Checks an HDF5 array file of an archive: it opens, holds every dataset
 * `mod.js` names (with a dtype persist reads), and no other (warning).
 */
async function checkHdf5Uses(
  path: string,
  uses: ArrayUse[],
  report: VerifyReport,
) {
  if (await missing(path, uses[0], report)) return;
  report.checked.push(path);
  const reader = await attempt(report, path, () => Hdf5Reader.open(path));
  if (reader === undefined) return;
  await using _ = reader;
  // One listing describes every dataset; info() is asked only about names
  // it lacks (to say why), so each dataset is described once, not twice.
  let listed: Hdf5DatasetInfo[] | undefined;
  let listError: unknown;
  try {
    listed = await reader.list();
  } catch (error) {
    if (isPermissionError(error)) throw error;
    listError = error;
  }
  const byName = new Map(listed?.map((info) => [info.name, info]));
  const named = new Set<string>();
  for (const use of uses) {
    const dataset = use.ref.dataset ?? "";
    const key = `/${dataset.replace(/^\/+/, "")}`;
    if (named.has(key)) continue;
    named.add(key);
    try {
      const info = byName.get(key) ?? await reader.info(dataset);
      if (info.dtype === undefined || info.shape === null) {
        problem(
          report,
          "error",
          path,
          `Cannot verify dataset "${dataset}" of "${path}" (named at ${MODULE_FILE}:${use.line}:${use.column}): ` +
            `its HDF5 type (${info.type}) is not an array persist reads`,
        );
      }
    } catch (error) {
      if (isPermissionError(error)) throw error;
      problem(
        report,
        "error",
        path,
        `Cannot find dataset "${dataset}" in "${path}": ${MODULE_FILE}:${use.line}:${use.column} reads it, ` +
          `but ${
            messageOf(error)
          }; the archive is incomplete: restore the file from a copy`,
      );
    }
  }
  const all = await attempt(report, path, () => {
    if (listed === undefined) throw listError;
    return Promise.resolve(listed);
  });
  for (const info of all ?? []) {
    if (named.has(info.name)) continue;
    problem(
      report,
      "warning",
      path,
      `"${path}" holds the dataset "${info.name}", which ${MODULE_FILE} does not read: a leftover, or a reference was removed while editing`,
    );
  }
}

/**
 * Checks an HDF5 file: it opens, and (with `data`) every dataset reads.
 * Datasets of types persist does not read are warnings.
 */
async function checkHdf5File(
  path: string,
  report: VerifyReport,
  data: boolean,
  progress: ProgressFn = () => {},
) {
  report.checked.push(path);
  const reader = await attempt(report, path, () => Hdf5Reader.open(path));
  if (reader === undefined) return;
  await using _ = reader;
  const datasets = await attempt(report, path, () => reader.list());
  if (datasets === undefined || !data) return;
  for (const [i, info] of datasets.entries()) {
    progress(i, datasets.length, info.name);
    if (info.dtype === undefined || info.shape === null) {
      problem(
        report,
        "warning",
        path,
        `"${path}": persist cannot read the dataset "${info.name}" (${
          info.shape === null ? "an empty dataspace" : info.type
        }); other HDF5 tools may`,
      );
      continue;
    }
    await attempt(report, path, () => reader.read(info.name));
  }
  progress(datasets.length, datasets.length, "");
}

async function checkHdf5(
  path: string,
  report: VerifyReport,
  progress: ProgressFn,
) {
  await checkHdf5File(path, report, true, progress);
}

/** The problems of one item that was still listed when they were found. */
class ItemProblems extends Error {
  readonly report: VerifyReport;
  constructor(report: VerifyReport) {
    super("the item has problems");
    this.report = report;
  }
}

/**
 * Checks a DataSet: opens it (marker and index), lets `DataSet.verify()`
 * check that index and item folders agree, then checks every item as an
 * archive, with progress per item.
 */
async function checkDataSet(
  path: string,
  report: VerifyReport,
  progress: ProgressFn,
) {
  const index = join(path, INDEX_FILE);
  report.checked.push(join(path, MARKER_FILE), index);
  const ds = await attempt(report, path, () => DataSet.open(path));
  if (ds === undefined) return;
  await using _ = ds;
  const found = await attempt(report, index, () => ds.verify());
  if (found === undefined) return;
  if (found.tornBytes > 0) {
    problem(
      report,
      "warning",
      index,
      `"${index}" ends with ${found.tornBytes} bytes of an unfinished line (a writer was killed while committing an item): ` +
        "readers ignore it and the next writer removes it; the item it was adding is not in the DataSet",
    );
  }
  const loader = join(path, MODULE_FILE);
  try {
    await Deno.lstat(loader);
    report.checked.push(loader);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    problem(
      report,
      "warning",
      loader,
      `"${loader}" is missing: import() of the DataSet needs it (persist's own readers do not); ` +
        "the next writer to open the DataSet writes it again",
    );
  }
  for (const leftover of found.leftovers) {
    problem(
      report,
      "warning",
      leftover,
      `"${leftover}" is a leftover (no index record names it: a writer was killed, is removing an old version right now, or could not remove one): harmless, and removed by the next writer that opens the DataSet`,
    );
  }
  const broken = new Map(found.problems.map((p) => [p.name, p]));
  const names = await ds.keys();
  report.items = names.length;
  for (const [i, name] of names.entries()) {
    progress(i, names.length, name);
    const listed = broken.get(name);
    if (listed !== undefined) {
      report.problems.push({
        severity: "error",
        file: listed.path,
        item: name,
        message: `Cannot verify item "${name}": ${listed.message}`,
      });
      continue;
    }
    let itemReport: VerifyReport;
    try {
      itemReport = await ds.readItem(name, async (folder) => {
        const sub: VerifyReport = {
          path: folder,
          kind: "archive",
          ok: true,
          checked: [],
          problems: [],
        };
        await checkArchive(folder, sub, () => {});
        // Found problems with a version another writer replaced meanwhile
        // are not problems: readItem() starts over with the new version.
        if (sub.problems.some((p) => p.severity === "error")) {
          throw new ItemProblems(sub);
        }
        return sub;
      });
    } catch (error) {
      if (error instanceof ItemProblems) itemReport = error.report;
      else if (isPermissionError(error)) throw error;
      else if (error instanceof NotFoundError && !(await ds.has(name))) {
        // Deleted by another writer since keys() listed it: not damage.
        report.items--;
        continue;
      } else {
        problem(report, "error", path, messageOf(error));
        continue;
      }
    }
    for (const file of itemReport.checked) report.checked.push(file);
    for (const p of itemReport.problems) {
      report.problems.push({ ...p, item: name });
    }
  }
  progress(names.length, names.length, "");
}
