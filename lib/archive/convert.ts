// Copyright 2026 the persist authors. MIT license.

import { dirname, join } from "node:path";
import { NotFoundError } from "../errors.ts";
import { createTempSibling, syncDir } from "../fs/mod.ts";
import { toPath } from "../npy/mod.ts";
import {
  type ArrayFormat,
  arrayFormat,
  type ArrayRef,
  type DataFormat,
} from "./array_store.ts";
import { cleanPath } from "./archive.ts";
import { installArchive, isArchiveFolder, sweepBeside } from "./install.ts";
import {
  type ArrayCall,
  arrayCalls,
  ArrayReaders,
  helperNames,
  parseModule,
  readModule,
  snapshot,
} from "./load.ts";
import { syntaxError } from "./_parse.ts";
import { RUNTIME_SOURCE } from "./_runtime.ts";
import { MODULE_FILE, RUNTIME_FILE } from "./_syntax.ts";
import { writeFileSynced } from "./_write_file.ts";

/** Options for {@linkcode convert}. */
export interface ConvertOptions {
  /** The array format to store the archive's arrays in. */
  to: DataFormat;
  /**
   * Keep the archive as it was in `<dir>.bak` (replacing an older backup,
   * which must itself be an archive).
   *
   * @default {false}
   */
  backup?: boolean;
  /**
   * Flush the new files and the renames to disk.
   *
   * @default {true}
   */
  sync?: boolean;
  /** Stops between arrays when aborted; the archive is then left as it was. */
  signal?: AbortSignal;
  /**
   * Called after each array is converted, with how many are done and how
   * many there are (for progress displays).
   */
  onProgress?: (done: number, total: number) => void;
}

/** What {@linkcode convert} did. */
export interface ConvertResult {
  /** Whether the archive was rewritten (`false`: it was in that format already). */
  changed: boolean;
  /** The array formats the archive used before, sorted (empty without arrays). */
  from: DataFormat[];
  /** The number of distinct arrays rewritten. */
  arrays: number;
  /** The bytes of array data rewritten. */
  bytes: number;
}

/**
 * Converts the array files of an archive to another format (`.npy` files or
 * one HDF5 file), atomically: the converted archive is built in a hidden
 * temporary folder beside `dir`, flushed to disk, and put in place with the
 * same two renames as `save(dir, values, { overwrite: true })`. Readers see
 * the old archive or the new one; if anything fails (or the process is
 * killed) before the renames, the archive is unchanged and the temporary
 * folder is removed (or, after a kill, left as `.<name>.tmp-*.part`, which
 * the next save or convert beside it removes: see `save()`).
 *
 * `mod.js` is kept as it is, hand edits, comments and class imports
 * included: only the arguments of the calls that read arrays change
 * (`await array("y.npy")` becomes
 * `await array("arrays.h5", { dataset: "y" })` and back). Nothing in the
 * archive runs, and classes need not be registered. Arrays are copied
 * exactly (dtype, shape, memory order); an array referenced by several
 * calls is stored once. `_persist.js` is replaced by the current one (which
 * reads both formats); other files in the folder are copied unchanged.
 *
 * An archive whose arrays are all in the target format already (or that
 * has no array files) is left untouched: the result says
 * `changed: false`.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the parent
 * folder of `dir`, and `--allow-env` when HDF5 is read or written.
 *
 * @example Converting an archive to HDF5
 * ```ts ignore
 * import { convert } from "@persist/persist";
 * const { changed, arrays } = await convert("runs/run1", { to: "hdf5" });
 * console.log(changed ? `converted ${arrays} arrays` : "already HDF5");
 * ```
 *
 * @param dir The archive folder (a path or a `file:` URL).
 * @param options The target format, backup, flushing, abort signal and
 * progress callback.
 * @returns Whether it changed, from which formats, how many arrays and bytes.
 * @throws {TypeError} When `to` is not an array format.
 * @throws {NotFoundError} When `dir` is not an archive, or an array file it
 * names is missing.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset `load()`
 * reads.
 * @throws {FormatError} When an array file is damaged.
 * @throws {Deno.errors.Busy} When the archive was replaced while being
 * converted.
 * @throws {Deno.errors.AlreadyExists} When the folder holds an unused file
 * with the name the new array file needs.
 */
export async function convert(
  dir: string | URL,
  options: ConvertOptions,
): Promise<ConvertResult> {
  const { backup = false, sync = true } = options ?? {};
  const target = cleanPath(toPath(dir));
  return await build(target, options, async (temp, before) => {
    if (await snapshot(target).catch(() => "gone") !== before) {
      throw replacedMeanwhile(target);
    }
    await installArchive(temp, target, { overwrite: true, backup, sync });
  });
}

/**
 * Writes a converted copy of the archive at `dir` into the folder `into`
 * (which must be missing or empty, in an existing folder), leaving `dir` as
 * it is: what {@linkcode convert} does, with the result put at another
 * path. The copy is built in a temporary folder beside `into` and renamed
 * to `into` when complete. When nothing needs converting, `into` is not
 * touched and the result says `changed: false`. DataSets convert their
 * items with it (each into a new item version). `backup` is ignored.
 *
 * Requires `--allow-read` for `dir` and `--allow-read` and `--allow-write`
 * for the parent folder of `into`, and `--allow-env` when HDF5 is read or
 * written.
 *
 * @example Converting into a new folder
 * ```ts ignore
 * import { convertInto } from "./convert.ts";
 * const { changed } = await convertInto("runs/run1", "runs/run1-hdf5", { to: "hdf5" });
 * ```
 *
 * @param dir The archive folder.
 * @param into The folder to write the converted archive to.
 * @param options The target format, flushing, abort signal and progress.
 * @returns Whether a converted copy was written, and what it holds.
 * @throws {TypeError} When `to` is not an array format.
 * @throws {NotFoundError} When `dir` is not an archive, or an array file it
 * names is missing.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset.
 * @throws {FormatError} When an array file is damaged.
 * @throws {Deno.errors.AlreadyExists} When `into` holds something.
 */
export async function convertInto(
  dir: string | URL,
  into: string,
  options: ConvertOptions,
): Promise<ConvertResult> {
  const target = cleanPath(toPath(dir));
  return await build(target, options, async (temp) => {
    try {
      await Deno.rename(temp, into);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
      throw new Deno.errors.AlreadyExists(
        `Cannot convert "${target}" into "${into}": that folder is not empty; choose another path`,
        { cause: error },
      );
    }
    if (options.sync ?? true) await syncDir(dirname(into) || ".");
  }, into);
}

/**
 * Builds the converted archive in a temporary folder (beside the archive,
 * or beside `into`), locked while being built, and hands it to `install`;
 * removes it if anything fails.
 */
async function build(
  target: string,
  options: ConvertOptions,
  install: (temp: string, before: string) => Promise<void>,
  into: string = target,
): Promise<ConvertResult> {
  const { sync = true, signal, onProgress } = options ?? {};
  const format = arrayFormat(options?.to);
  await checkArchive(target);
  const before = await snapshot(target);
  const text = await readModule(target);
  const path = join(target, MODULE_FILE);
  const calls = arrayCallsOf(text, path);
  const sources = distinct(calls);
  const from = [...new Set(sources.map((s) => s.format.name))].sort();
  if (from.every((name) => name === format.name)) {
    return { changed: false, from, arrays: 0, bytes: 0 };
  }
  signal?.throwIfAborted();
  const others = await otherEntries(target, sources);
  const files = new Set(others.map((name) => name.toLowerCase()));
  const container = format.ref("a").file;
  if (container === format.ref("b").file && files.has(container)) {
    throw new Deno.errors.AlreadyExists(
      `Cannot convert "${target}" to ${format.name}: the folder holds "${container}", which ${MODULE_FILE} does not use, ` +
        "and the converted arrays need that name; move the file away first",
    );
  }
  await sweepBeside(into);
  using locked = await createTempSibling(into, { directory: true });
  const temp = locked.path;
  try {
    const { refs, bytes } = await copyArrays(target, temp, sources, format, {
      text,
      path,
      sync,
      files,
      signal,
      onProgress,
    });
    for (const name of others) {
      await copyEntry(join(target, name), join(temp, name), sync);
    }
    await writeFileSynced(
      join(temp, RUNTIME_FILE),
      [new TextEncoder().encode(RUNTIME_SOURCE)],
      { sync },
    );
    const newRef = new Map(sources.map((s, i) => [key(s.ref), refs[i]]));
    const converted = rewrite(text, calls, (ref) => newRef.get(key(ref))!);
    checkRewrite(converted, path, calls, newRef);
    // mod.js last: a folder with a mod.js header is a complete archive.
    await writeFileSynced(
      join(temp, MODULE_FILE),
      [new TextEncoder().encode(converted)],
      { sync },
    );
    if (sync) await syncDir(temp);
    signal?.throwIfAborted();
    await install(temp, before);
    return { changed: true, from, arrays: sources.length, bytes };
  } catch (error) {
    await Deno.remove(temp, { recursive: true }).catch(() => {});
    // A file that vanished or changed under us is the sign of a save() that
    // replaced the archive meanwhile: say so rather than "missing file".
    if (
      !(error instanceof Deno.errors.Busy) &&
      !(error instanceof DOMException && error.name === "AbortError") &&
      await snapshot(target).catch(() => "gone") !== before
    ) {
      throw replacedMeanwhile(target, error);
    }
    throw error;
  }
}

function replacedMeanwhile(target: string, cause?: unknown): Error {
  return new Deno.errors.Busy(
    `Cannot convert "${target}": it was replaced while being converted; convert it again`,
    { cause },
  );
}

async function checkArchive(target: string): Promise<void> {
  if (await isArchiveFolder(target)) return;
  let exists = true;
  try {
    await Deno.stat(target);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    exists = false;
  }
  throw new NotFoundError(
    exists
      ? `Cannot convert "${target}": it is not a persist archive (it has no ${MODULE_FILE} starting with the archive header); ` +
        "convert works on folders written by save()"
      : `Cannot convert "${target}": the folder does not exist`,
    { path: target },
  );
}

/** One array to convert: the first call that reads it. */
type Source = ArrayCall;

/** The calls of module text that read arrays. */
function arrayCallsOf(text: string, path: string): ArrayCall[] {
  const program = parseModule(text, path);
  return arrayCalls(program, helperNames(program, text, path), text, path);
}

function key(ref: ArrayRef): string {
  return `${ref.file}\0${ref.dataset ?? ""}`;
}

/** The distinct arrays read by the calls, in order of first use. */
function distinct(calls: ArrayCall[]): Source[] {
  const seen = new Map<string, Source>();
  for (const call of calls) {
    if (!seen.has(key(call.ref))) seen.set(key(call.ref), call);
  }
  return [...seen.values()];
}

/** Entries of the folder other than the module, the runtime and used array files. */
async function otherEntries(
  folder: string,
  sources: Source[],
): Promise<string[]> {
  const skip = new Set([
    MODULE_FILE,
    RUNTIME_FILE,
    ...sources.map((s) => s.ref.file),
  ]);
  const names: string[] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (!skip.has(entry.name)) names.push(entry.name);
  }
  return names.sort();
}

/** Reads each array from the archive and writes it to the new store. */
async function copyArrays(
  folder: string,
  temp: string,
  sources: Source[],
  format: ArrayFormat,
  options: {
    text: string;
    path: string;
    sync: boolean;
    files: Set<string>;
    signal: AbortSignal | undefined;
    onProgress: ((done: number, total: number) => void) | undefined;
  },
): Promise<{ refs: ArrayRef[]; bytes: number }> {
  const { text, path, files, signal, onProgress } = options;
  const names = new Set<string>();
  const readers = new ArrayReaders();
  const refs: ArrayRef[] = [];
  let bytes = 0;
  try {
    const store = await format.open(temp, { write: true, sync: options.sync });
    try {
      for (const { call, ref, format: from } of sources) {
        signal?.throwIfAborted();
        const array = await readers.read(folder, from, ref, {
          text,
          call,
          path,
        });
        const name = arrayName(ref, format, names, files);
        refs.push(await store.write(name, array));
        bytes += array.byteLength;
        onProgress?.(refs.length, sources.length);
      }
    } finally {
      await store.close();
    }
  } finally {
    await readers.close();
  }
  return { refs, bytes };
}

/**
 * A name for an array in the new store: its dataset or file name without
 * extension, made of letters, digits, `.`, `_` and `-`, unique among the
 * arrays and, for one file per array, among the other files of the folder
 * (ignoring case).
 */
function arrayName(
  ref: ArrayRef,
  format: ArrayFormat,
  names: Set<string>,
  files: Set<string>,
): string {
  const stem = ref.dataset ?? ref.file.replace(/\.[^.]*$/, "");
  let base = stem.replace(/[^A-Za-z0-9_-]+/g, ".").replace(/^\.+|\.+$/g, "")
    .slice(0, 60);
  if (base === "") base = "array";
  const taken = (name: string) =>
    names.has(name.toLowerCase()) ||
    files.has(format.ref(name).file.toLowerCase());
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base}-${n}`;
  names.add(name.toLowerCase());
  return name;
}

/** Copies a file, folder or symbolic link. */
async function copyEntry(from: string, to: string, sync: boolean) {
  const info = await Deno.lstat(from);
  if (info.isSymlink) {
    await Deno.symlink(await Deno.readLink(from), to);
  } else if (info.isDirectory) {
    await Deno.mkdir(to);
    for await (const entry of Deno.readDir(from)) {
      await copyEntry(join(from, entry.name), join(to, entry.name), sync);
    }
    if (sync) await syncDir(to);
  } else {
    await Deno.copyFile(from, to);
    if (sync) {
      using file = await Deno.open(to, { read: true, write: true });
      await file.syncData();
    }
  }
}

/**
 * Replaces the argument list of each array call with one naming the new
 * reference. The parser gives where each call's name starts; its argument
 * list is the parenthesized text after it (strings, comments and nested
 * brackets skipped).
 */
function rewrite(
  text: string,
  calls: ArrayCall[],
  newRef: (ref: ArrayRef) => ArrayRef,
): string {
  let out = "";
  let at = 0;
  for (const { call, ref } of calls) {
    const [start, end] = argumentSpan(text, call.pos);
    const next = newRef(ref);
    const args = [JSON.stringify(next.file)];
    if (next.dataset !== undefined) {
      args.push(`{ dataset: ${JSON.stringify(next.dataset)} }`);
    }
    out += `${text.slice(at, start)}(${args.join(", ")})`;
    at = end;
  }
  return out + text.slice(at);
}

/** The `(…)` after position `pos`: [offset of "(", offset after ")"]. */
function argumentSpan(text: string, pos: number): [number, number] {
  let depth = 0;
  let start = -1;
  for (let i = pos; i < text.length;) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const end = text.slice(i).search(/[\n\r\u2028\u2029]/);
      i = end < 0 ? text.length : i + end;
    } else if (c === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === "\\" ? 2 : 1;
      i++;
    } else {
      if (c === "(" || c === "[" || c === "{") {
        if (start < 0) start = i;
        depth++;
      } else if (c === ")" || c === "]" || c === "}") {
        if (--depth === 0) return [start, i + 1];
      }
      i++;
    }
  }
  // The parser accepted the call, so its argument list is closed.
  throw new Error(`unreachable: no argument list after offset ${pos}`);
}

/** Checks that the rewritten module reads exactly the new references. */
function checkRewrite(
  converted: string,
  path: string,
  calls: ArrayCall[],
  newRef: Map<string, ArrayRef>,
): void {
  const after = arrayCallsOf(converted, path);
  const expected = calls.map((c) => key(newRef.get(key(c.ref))!));
  const got = after.map((c) => key(c.ref));
  if (got.join("\n") !== expected.join("\n")) {
    throw syntaxError(
      converted,
      0,
      "rewriting the array calls of this module failed; the archive was left unchanged (please report this)",
      path,
    );
  }
}
