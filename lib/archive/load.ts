// Copyright 2026 the persist authors. MIT license.

import { basename, dirname, join, resolve } from "node:path";
import { isGranted, pathExists, TEMP_MARK } from "../fs/mod.ts";
import { pathToFileURL } from "node:url";
import { FormatError, NotFoundError } from "../errors.ts";
import { type NDArray, toPath } from "../npy/mod.ts";
import {
  type ArrayFormat,
  type ArrayRef,
  type ArrayStore,
  formatOfRef,
} from "./array_store.ts";
import { cleanPath } from "./archive.ts";
import { wholeArchiveTime } from "./install.ts";
import { build } from "./_build.ts";
import { parse, syntaxError } from "./_parse.ts";
import { type Constructor, registeredClass } from "./register.ts";
import {
  END_LINE,
  FORMAT_VERSION,
  HEADER_PREFIX,
  HELPERS,
  lineColumn,
  lineLocator,
  MAX_MODULE_LENGTH,
  MODULE_FILE,
  RUNTIME_SPECIFIER,
  utf16Length,
} from "./_syntax.ts";
import { type CallExpr, Expr, type Program } from "./_tree.ts";

/** Options for {@linkcode load}. */
export interface LoadOptions {
  /**
   * Import the modules of classes that are not registered (this runs their
   * code, and needs the permissions to import them). Without it, every
   * class an archive names must be registered with `register()`.
   *
   * @default {false}
   */
  allowImports?: boolean;
}

/**
 * How often `load()` starts over when the archive is replaced meanwhile. A
 * reader slower than a writer that replaces the archive back to back could
 * otherwise give up early; a short, growing, jittered pause between attempts
 * breaks lock-step with the writer.
 */
const ATTEMPTS = 20;

/**
 * Loads an archive folder **without running it**: reads `mod.js`, parses
 * the subset of JavaScript that archives are written in, reads the array
 * files it names, and builds the values. Gives the same values as
 * `await import("<dir>/mod.js")`, but executes nothing from the archive,
 * works where `import()` of files cannot (a compiled binary), and leaves no
 * module behind in memory, so loading a changing archive again and again
 * sees every change and does not grow memory.
 *
 * Classes named by the archive are taken from the registry (`register()`),
 * or imported with `allowImports: true`. If the archive is replaced while it
 * is being read, loading starts over, so the values come from one version.
 *
 * Requires `--allow-read` permission for the folder (and, with
 * `allowImports`, for the class modules).
 *
 * @example Loading an archive
 * ```ts ignore
 * import { load } from "@persist/persist";
 * const { x, y } = await load("runs/run1");
 * ```
 *
 * @param dir The archive folder (a path or a `file:` URL).
 * @param options Whether class modules may be imported.
 * @returns The archive's exports by name, in the order `mod.js` exports them.
 * @throws {NotFoundError} When the folder, its `mod.js`, an array file or
 * a class is missing.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset or has a
 * syntax error (with file, line and column).
 * @throws {FormatError} When `mod.js` is not UTF-8 or was written by a
 * newer format, or an array file is damaged.
 * @throws {RangeError} When `mod.js` is longer than the longest JavaScript
 * string (2^29 - 24 characters, about 512 MiB).
 */
export async function load(
  dir: string | URL,
  options: LoadOptions = {},
): Promise<Record<string, unknown>> {
  return await loadArchive(dir, { allowImports: options.allowImports });
}

/**
 * Hooks of the loader for tools inside persist (the command line tool
 * inspects archives whose classes it does not have, and lists arrays without
 * reading their data). Not part of the public API.
 */
export interface LoadHooks {
  /**
   * Gives the class for an import that is not registered, or `undefined`
   * (then `allowImports` decides). Called once per imported name.
   */
  resolveClass?: (module: string, name: string) => Constructor | undefined;
  /**
   * Reads one array instead of the archive's array store (for example only
   * its header). Must throw {@linkcode NotFoundError} for a missing file or
   * dataset.
   */
  readArray?: (dir: string, ref: ArrayRef) => Promise<NDArray>;
}

/**
 * {@linkcode load} with the {@linkcode LoadHooks} of tools inside persist.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Loading with a class resolver
 * ```ts ignore
 * import { loadArchive } from "./load.ts";
 * const values = await loadArchive("run1", { resolveClass: () => undefined });
 * ```
 *
 * @param dir The archive folder.
 * @param options The load options and hooks.
 * @returns The exports by name.
 * @throws {NotFoundError} When the folder, its `mod.js`, an array file or
 * a class is missing.
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset.
 * @throws {FormatError} When a file is damaged.
 */
export async function loadArchive(
  dir: string | URL,
  options: LoadOptions & LoadHooks = {},
): Promise<Record<string, unknown>> {
  const folder = cleanPath(toPath(dir));
  for (let attempt = 1;; attempt++) {
    let before: string;
    try {
      before = await snapshot(folder);
    } catch (error) {
      // A save replacing it moves it aside, then the new one in: between
      // the two renames the folder is missing. Try again while a temporary
      // sibling shows a replacement under way, or once the folder is back.
      if (
        error instanceof NotFoundError && attempt < ATTEMPTS &&
        (await beingReplaced(folder) ||
          await pathExists(folder).catch(() => false))
      ) {
        await new Promise((resolve) => setTimeout(resolve, 2 * attempt));
        continue;
      }
      throw await explainMissing(folder, error);
    }
    let values: Record<string, unknown> | undefined;
    let failure: unknown;
    try {
      const text = await readModule(folder);
      values = await evaluate(text, {
        dir: folder,
        path: join(folder, MODULE_FILE),
        allowImports: options.allowImports ?? false,
        resolveClass: options.resolveClass,
        readArray: options.readArray,
      });
    } catch (error) {
      failure = error;
    }
    if (await snapshot(folder).catch(() => "gone") !== before) {
      if (attempt < ATTEMPTS) {
        await new Promise((resolve) =>
          setTimeout(resolve, Math.random() * Math.min(2 * attempt, 20))
        );
        continue;
      }
      throw new Deno.errors.Busy(
        `Cannot load archive "${folder}": it was replaced ${ATTEMPTS} times while being read; try again later`,
        { cause: failure },
      );
    }
    if (values === undefined) throw failure;
    return values;
  }
}

/**
 * Loads a single-value archive (see `saveValue` and
 * `new Archive({ single: true })`) and returns its value: the module's
 * default export.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Loading one value
 * ```ts ignore
 * import { loadValue } from "@persist/persist";
 * const item = await loadValue("ds/x_0");
 * ```
 *
 * @param dir The archive folder.
 * @param options Whether class modules may be imported.
 * @returns The value.
 * @throws {NotFoundError} When the archive is missing, or has no default
 * export (it is not a single-value archive).
 * @throws {ArchiveSyntaxError} When `mod.js` is outside the subset.
 * @throws {FormatError} When a file is damaged.
 */
export async function loadValue(
  dir: string | URL,
  options: LoadOptions = {},
): Promise<unknown> {
  const values = await load(dir, options);
  if (!Object.hasOwn(values, "default")) {
    const path = cleanPath(toPath(dir));
    throw new NotFoundError(
      `Cannot load the value of "${path}": it is not a single-value archive (its ${MODULE_FILE} has no default export); use load() for named values`,
      { path, name: "default" },
    );
  }
  return values.default;
}

/** Options for {@linkcode evaluate}. */
export interface EvaluateOptions extends LoadHooks {
  /** The archive folder, where array files are read. */
  dir?: string;
  /** The module's file, for messages. */
  path?: string;
  /** Whether class modules may be imported. */
  allowImports?: boolean;
}

/**
 * Parses and builds an archive module from its text (as `load()` does
 * after reading `mod.js`). Array files are read from `options.dir`.
 *
 * @example Building values from module text
 * ```ts
 * import { evaluate } from "./load.ts";
 * import assert from "node:assert/strict";
 * const values = await evaluate("export const x = [1, 2];\nx[2] = x;\n");
 * assert.equal((values.x as unknown[])[2], values.x);
 * ```
 *
 * @param text The module text.
 * @param options Folder, file name for messages, class imports.
 * @returns The exports by name.
 * @throws {ArchiveSyntaxError} When the text is outside the subset.
 * @throws {NotFoundError} When an array file or class is missing.
 * @throws {FormatError} When the text was written by a newer format.
 */
export async function evaluate(
  text: string,
  options: EvaluateOptions = {},
): Promise<Record<string, unknown>> {
  const { dir, path, allowImports = false, resolveClass, readArray } = options;
  const program = parseModule(text, path);
  const helpers = helperNames(program, text, path);
  const classes = await resolveClasses(program, text, {
    dir,
    path,
    allowImports,
    resolveClass,
  });
  const arrays = await readArrays(
    arrayCalls(program, helpers, text, path),
    text,
    { dir, path, readArray },
  );
  return build(program, { text, path, helpers, classes, arrays });
}

/**
 * Parses module text after checking its format version and end line.
 *
 * @param text The module text.
 * @param path The module's file, for messages.
 * @returns The parsed module.
 * @throws {ArchiveSyntaxError} When the text is outside the subset or
 * truncated.
 * @throws {FormatError} When the text was written by a newer format.
 */
export function parseModule(text: string, path: string | undefined): Program {
  checkVersion(text, path);
  checkEnd(text, path);
  return parse(text, path);
}

function checkVersion(text: string, path: string | undefined) {
  if (!text.startsWith(HEADER_PREFIX)) return;
  const version = Number(/^\d+/.exec(text.slice(HEADER_PREFIX.length))?.[0]);
  if (version > FORMAT_VERSION) {
    throw new FormatError(
      `Cannot load "${
        path ?? "<archive>"
      }": it is written in archive format ${version}, ` +
        `newer than this version of persist reads (${FORMAT_VERSION}); upgrade @persist/persist`,
      { path, offset: 0 },
    );
  }
}

function checkEnd(text: string, path: string | undefined) {
  if (text.length < HEADER_PREFIX.length && HEADER_PREFIX.startsWith(text)) {
    throw syntaxError(
      text,
      text.length,
      "the module is empty or ends inside its first line: it is truncated",
      path,
    );
  }
  if (!text.startsWith(HEADER_PREFIX)) return;
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(END_LINE)) return;
  const end = endLineAt(text);
  if (end >= 0) {
    const after = text.slice(end + END_LINE.length);
    const first = end + END_LINE.length +
      (after.length - after.trimStart().length);
    throw syntaxError(
      text,
      first,
      `nothing may follow the last line "${END_LINE}", but something does here; ` +
        "move it above that line, or delete it",
      path,
    );
  }
  throw syntaxError(
    text,
    trimmed.length,
    `the module ends without its last line "${END_LINE}": it is truncated (an interrupted copy?), ` +
      "or the line was removed while editing (then add it back)",
    path,
  );
}

/** Where the last line that is exactly the end line starts, or -1. */
function endLineAt(text: string): number {
  let at = text.lastIndexOf(`\n${END_LINE}`);
  while (at >= 0) {
    const next = text.charCodeAt(at + 1 + END_LINE.length);
    if (Number.isNaN(next) || next === 10 || next === 13) return at + 1;
    at = text.lastIndexOf(`\n${END_LINE}`, at - 1);
  }
  return -1;
}

/**
 * The helpers a module imports from `_persist.js`: local name to helper.
 *
 * @param program The parsed module.
 * @param text Its text, for messages.
 * @param path Its file, for messages.
 * @returns Local names to helper names.
 * @throws {ArchiveSyntaxError} When it imports a helper that does not exist.
 */
export function helperNames(
  program: Program,
  text: string,
  path: string | undefined,
): Map<string, string> {
  const helpers = new Map<string, string>();
  for (const decl of program.imports) {
    if (decl.source !== RUNTIME_SPECIFIER) continue;
    for (const spec of decl.specifiers) {
      if (!HELPERS.includes(spec.imported)) {
        throw syntaxError(
          text,
          spec.pos,
          `${RUNTIME_SPECIFIER} has no export "${spec.imported}" (it exports ${
            HELPERS.join(", ")
          })`,
          path,
        );
      }
      helpers.set(spec.local, spec.imported);
    }
  }
  return helpers;
}

async function resolveClasses(
  program: Program,
  text: string,
  options: {
    dir?: string;
    path?: string;
    allowImports: boolean;
    resolveClass?: LoadHooks["resolveClass"];
  },
): Promise<Map<string, Constructor>> {
  const classes = new Map<string, Constructor>();
  for (const decl of program.imports) {
    if (decl.source === RUNTIME_SPECIFIER) continue;
    for (const spec of decl.specifiers) {
      let cls = registeredClass(decl.source, spec.imported) ??
        options.resolveClass?.(decl.source, spec.imported);
      if (cls === undefined && options.allowImports) {
        cls = await importClass(decl.source, spec.imported, options.dir);
      }
      if (cls === undefined) {
        const { line, column } = lineColumn(text, spec.pos);
        throw new NotFoundError(
          `Cannot load "${
            options.path ?? "<archive>"
          }:${line}:${column}": class "${spec.imported}" from "${decl.source}" is not registered; ` +
            `call register(${spec.imported}, { module: ${
              JSON.stringify(decl.source)
            }, export: ${JSON.stringify(spec.imported)} }) before load(), ` +
            "or pass { allowImports: true } to import that module (which runs its code)",
          { path: options.path, name: spec.imported },
        );
      }
      classes.set(spec.local, cls);
    }
  }
  return classes;
}

async function importClass(
  source: string,
  name: string,
  dir: string | undefined,
): Promise<Constructor> {
  const relative = /^\.{0,2}\//.test(source);
  const specifier = relative && dir !== undefined
    ? new URL(source, pathToFileURL(resolve(dir, MODULE_FILE))).href
    : source;
  const mod = await import(specifier);
  const cls = mod[name];
  if (typeof cls !== "function") {
    throw new NotFoundError(
      `Cannot load class "${name}" from "${source}": the module does not export a class by that name`,
      { path: source, name },
    );
  }
  return cls;
}

/** An awaited `array()`/`ndarray()` call of a module and the array it reads. */
export interface ArrayCall {
  /** The call. */
  call: CallExpr;
  /** The array it reads. */
  ref: ArrayRef;
  /** The format of that array. */
  format: ArrayFormat;
}

/**
 * Finds the calls that read array files (`await array("y.npy")`,
 * `await ndarray("arrays.h5", { dataset: "m" })`), in source order.
 *
 * @param program The parsed module.
 * @param helpers Its helper imports (see {@linkcode helperNames}).
 * @param text Its text, for messages.
 * @param path Its file, for messages.
 * @returns The calls, their references and formats.
 * @throws {ArchiveSyntaxError} When a call's arguments are wrong, or name a
 * file outside the folder or of an unknown format.
 */
export function arrayCalls(
  program: Program,
  helpers: Map<string, string>,
  text: string,
  path: string | undefined,
): ArrayCall[] {
  const out: ArrayCall[] = [];
  function fail(call: CallExpr, message: string): never {
    throw syntaxError(text, call.pos, message, path);
  }
  for (const call of program.calls) {
    const helper = helpers.get(call.callee);
    if ((helper !== "array" && helper !== "ndarray") || !call.awaited) {
      continue;
    }
    const ref = refOf(call, fail);
    const format = formatOfRef(ref);
    if (format === undefined) {
      fail(
        call,
        `"${ref.file}" is not an array file persist reads (.npy, .h5, .hdf5)`,
      );
    }
    out.push({ call, ref, format });
  }
  return out;
}

/** One array file that `mod.js` reads, with its position. */
export interface ArrayUse {
  /** The reference as written: file and, for containers, dataset. */
  ref: ArrayRef;
  /** The format of that array. */
  format: ArrayFormat;
  /** The 1-based line of the `array(...)`/`ndarray(...)` call. */
  line: number;
  /** The 1-based column of the call. */
  column: number;
}

/**
 * Lists the array files an archive module reads (`await array("y.npy")`,
 * `await ndarray(...)`), in source order, without reading them or building
 * any value.
 *
 * @example Listing the array files of a module
 * ```ts
 * import { arrayUses } from "./load.ts";
 * import assert from "node:assert/strict";
 * const text = 'import { array } from "./_persist.js";\nexport const y = await array("y.npy");\n';
 * assert.deepEqual(arrayUses(text).map((u) => u.ref.file), ["y.npy"]);
 * ```
 *
 * @param text The module text.
 * @param path The module's file, for messages.
 * @returns The array files and where the module names them.
 * @throws {ArchiveSyntaxError} When the text is outside the subset or a
 * reference is malformed.
 */
export function arrayUses(text: string, path?: string): ArrayUse[] {
  return moduleUses(text, path).arrays;
}

/** What an archive module needs besides itself (see {@linkcode moduleUses}). */
export interface ModuleUses {
  /** The array files it reads, in source order. */
  arrays: ArrayUse[];
  /** Whether it imports `./_persist.js` (which `import()` then needs). */
  runtime: boolean;
}

/**
 * Tells what an archive module needs besides itself: the array files it
 * reads, and whether it imports `_persist.js`, from its parsed import
 * declarations (whatever their quotes; an import in a comment does not
 * count). Reads no file and builds no value.
 *
 * @example Telling whether a module imports _persist.js
 * ```ts
 * import { moduleUses } from "./load.ts";
 * import assert from "node:assert/strict";
 * const text = "import { array } from './_persist.js';\nexport const y = await array('y.npy');\n";
 * const uses = moduleUses(text);
 * assert.equal(uses.runtime, true);
 * assert.deepEqual(uses.arrays.map((u) => u.ref.file), ["y.npy"]);
 * ```
 *
 * @param text The module text.
 * @param path The module's file, for messages.
 * @returns The array files and whether it imports `_persist.js`.
 * @throws {ArchiveSyntaxError} When the text is outside the subset or a
 * reference is malformed.
 */
export function moduleUses(text: string, path?: string): ModuleUses {
  const program = parse(text, path);
  const helpers = helperNames(program, text, path);
  const locate = lineLocator(text);
  const arrays = arrayCalls(program, helpers, text, path).map((
    { call, ref, format },
  ) => ({
    ref,
    format,
    ...locate(call.pos),
  }));
  const runtime = program.imports.some((decl) =>
    decl.source === RUNTIME_SPECIFIER
  );
  return { arrays, runtime };
}

async function readArrays(
  calls: ArrayCall[],
  text: string,
  options: {
    dir: string | undefined;
    path: string | undefined;
    readArray: LoadHooks["readArray"];
  },
): Promise<Map<CallExpr, NDArray>> {
  const { dir, path } = options;
  const arrays = new Map<CallExpr, NDArray>();
  const stores = new ArrayReaders(options.readArray);
  try {
    for (const { call, ref, format } of calls) {
      if (dir === undefined) {
        throw syntaxError(
          text,
          call.pos,
          `this module reads the array file "${ref.file}"; load it from its folder`,
          path,
        );
      }
      arrays.set(
        call,
        await stores.read(dir, format, ref, { text, call, path }),
      );
    }
  } finally {
    await stores.close();
  }
  return arrays;
}

/**
 * Reads the arrays of one archive folder, opening one store per format on
 * first use, and explains a missing file or dataset by the call that names
 * it.
 */
export class ArrayReaders {
  readonly #stores = new Map<ArrayFormat, ArrayStore>();
  readonly #readArray: LoadHooks["readArray"];

  /**
   * Makes a reader.
   *
   * @param readArray Reads arrays instead of the stores (see
   * {@linkcode LoadHooks}).
   */
  constructor(readArray?: LoadHooks["readArray"]) {
    this.#readArray = readArray;
  }

  /**
   * Reads one array.
   *
   * @param dir The archive folder.
   * @param format The array's format.
   * @param ref The array.
   * @param where The module text, the call and the module's file, for messages.
   * @returns The array.
   * @throws {NotFoundError} When the file or dataset does not exist.
   */
  async read(
    dir: string,
    format: ArrayFormat,
    ref: ArrayRef,
    where: { text: string; call: CallExpr; path: string | undefined },
  ): Promise<NDArray> {
    try {
      if (this.#readArray !== undefined) return await this.#readArray(dir, ref);
      let store = this.#stores.get(format);
      if (store === undefined) {
        store = await format.open(dir, { write: false, sync: false });
        this.#stores.set(format, store);
      }
      return await store.read(ref);
    } catch (error) {
      if (error instanceof Deno.errors.IsADirectory) {
        const { line, column } = lineColumn(where.text, where.call.pos);
        const file = join(dir, ref.file);
        throw new Deno.errors.IsADirectory(
          `Cannot load "${where.path}:${line}:${column}": the array file "${file}" is a folder, not a file; ` +
            "put the array file there, or point the call at another file",
          { cause: error },
        );
      }
      if (!(error instanceof NotFoundError)) throw error;
      const { line, column } = lineColumn(where.text, where.call.pos);
      const file = join(dir, ref.file);
      // A reader's NotFoundError names the dataset when the file exists.
      const missing = ref.dataset === undefined || error.item === undefined
        ? `the array file "${file}" does not exist`
        : `the array file "${file}" has no dataset "${ref.dataset}"`;
      throw new NotFoundError(
        `Cannot load "${where.path}:${line}:${column}": ${missing}; the archive is incomplete`,
        { path: file, name: ref.dataset, cause: error },
      );
    }
  }

  /** Closes every store opened. */
  async close(): Promise<void> {
    const stores = [...this.#stores.values()];
    this.#stores.clear();
    for (const store of stores) await store.close();
  }
}

function refOf(
  call: CallExpr,
  fail: (call: CallExpr, message: string) => never,
): ArrayRef {
  const [file, options, ...rest] = call.args;
  const usage = `${call.callee}() takes a file name and optionally { dataset }`;
  if (typeof file !== "string" || rest.length > 0) fail(call, usage);
  if (
    file === "" || file === "." || file === ".." || /[/\\]/.test(file)
  ) {
    fail(
      call,
      `array files must be beside ${MODULE_FILE}; "${file}" is not a plain file name`,
    );
  }
  if (options === undefined) return { file };
  if (
    options === null || options instanceof Expr ||
    typeof options !== "object" ||
    Object.keys(options).some((k) => k !== "dataset") ||
    typeof (options as { dataset?: unknown }).dataset !== "string"
  ) {
    return fail(call, usage);
  }
  return { file, dataset: (options as { dataset: string }).dataset };
}

/**
 * What identifies one version of an archive folder: the folder's and its
 * module's inode, birth and change times. A folder replaced by another (even
 * one that reuses the inode number, as ext4 does at once) differs.
 *
 * @param folder The archive folder.
 * @returns A string that changes when the folder or its module is replaced.
 * @throws {NotFoundError} When the folder does not exist or is a file.
 */
export async function snapshot(folder: string): Promise<string> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(folder);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new NotFoundError(
        `Cannot load archive "${folder}": the folder does not exist`,
        { path: folder, cause: error },
      );
    }
    throw error;
  }
  if (!info.isDirectory) {
    throw new NotFoundError(
      `Cannot load archive "${folder}": it is a file, not an archive folder`,
      { path: folder },
    );
  }
  const module = await Deno.stat(join(folder, MODULE_FILE)).catch(() => null);
  return [info, module].map((i) =>
    i === null ? "-" : [
      i.dev,
      i.ino,
      i.size,
      i.birthtime?.getTime(),
      i.mtime?.getTime(),
    ].join(":")
  ).join("/");
}

/**
 * The error for an archive folder that is not there: NotFoundError, with
 * {@linkcode interruptedReplacement}'s explanation when there is one.
 */
async function explainMissing(
  folder: string,
  error: unknown,
): Promise<unknown> {
  if (!(error instanceof NotFoundError)) return error;
  const why = await interruptedReplacement(folder);
  if (why === undefined) return error;
  return new NotFoundError(
    `Cannot load archive "${folder}": the folder does not exist, but ${why}`,
    { path: folder, cause: error },
  );
}

/**
 * Explains a missing archive folder left by a save that replaced it and
 * was killed between its two renames: whole archives then wait beside it
 * in hidden folders `.<name>.tmp-*`, in `<name>.bak`, or in
 * `.<name>.bak.tmp-*` (the backup before it, set aside by a save with
 * `backup`): the version it replaced, the new one if it was complete, and
 * the older backup. Names them, newest first,
 * and how to put one back.
 *
 * Requires `--allow-read` permission for the parent folder (without it,
 * there is nothing to say).
 *
 * @example Explaining a missing archive
 * ```ts ignore
 * import { interruptedReplacement } from "./load.ts";
 * const why = await interruptedReplacement("runs/run1");
 * // 'a save that was replacing it stopped between its two renames, and a
 * // whole archive waits beside it: "runs/.run1.tmp-…" (mod.js written …);
 * // rename the one to keep to "runs/run1" (…)', or undefined
 * ```
 *
 * @param folder The archive folder that does not exist.
 * @returns The explanation (to follow "does not exist, but"), or undefined
 * when the folder exists or no whole archive waits beside it.
 */
export async function interruptedReplacement(
  folder: string,
): Promise<string | undefined> {
  if (await Deno.lstat(folder).then(() => true, () => false)) return undefined;
  const parent = dirname(folder) || ".";
  // Only when allowed already: asking would prompt on a terminal.
  if (!isGranted({ name: "read", path: parent })) return undefined;
  const prefix = `.${basename(folder)}${TEMP_MARK}`;
  const waiting: { path: string; time: number }[] = [];
  const backup = `${basename(folder)}.bak`; // where save({ backup }) puts it
  const olderBackup = `.${backup}${TEMP_MARK}`; // the backup before, set aside
  try {
    for await (const entry of Deno.readDir(parent)) {
      if (
        !entry.isDirectory ||
        !(entry.name.startsWith(prefix) || entry.name === backup ||
          entry.name.startsWith(olderBackup))
      ) continue;
      const path = join(dirname(folder), entry.name);
      const time = await wholeArchiveTime(path);
      if (time !== undefined) waiting.push({ path, time });
    }
  } catch {
    return undefined; // the parent cannot be listed: nothing to add
  }
  if (waiting.length === 0) return undefined;
  waiting.sort((a, b) => b.time - a.time);
  const list = waiting.map((w) =>
    `"${w.path}" (${MODULE_FILE} written ${new Date(w.time).toISOString()})`
  ).join(", ");
  const head = "a save that was replacing it stopped between its two renames";
  return waiting.length === 1
    ? `${head}, and a whole archive waits beside it: ${list}; rename it to "${folder}" to restore it`
    : `${head}, and whole archives wait beside it, newest first: ${list}; rename the one to keep to "${folder}" ` +
      "(the newest is the save that stopped, the others the versions before it)";
}

/** Whether a replacement of the folder is under way (its temporary sibling exists). */
async function beingReplaced(folder: string): Promise<boolean> {
  const prefix = `.${basename(folder)}${TEMP_MARK}`;
  const parent = dirname(folder) || ".";
  if (!isGranted({ name: "read", path: parent })) return false;
  try {
    for await (const entry of Deno.readDir(parent)) {
      if (entry.name.startsWith(prefix)) return true;
    }
  } catch {
    // No permission to list the parent folder: the archive is just missing.
  }
  return false;
}

/**
 * Reads an archive folder's `mod.js` as UTF-8 text.
 *
 * @param folder The archive folder.
 * @returns The module text.
 * @throws {NotFoundError} When there is no `mod.js`.
 * @throws {FormatError} When it is not UTF-8.
 * @throws {RangeError} When it is longer than the longest JavaScript string.
 */
export async function readModule(folder: string): Promise<string> {
  const path = join(folder, MODULE_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new NotFoundError(
        `Cannot load archive "${folder}": it has no ${MODULE_FILE}, so it is not an archive`,
        { path, cause: error },
      );
    }
    throw error;
  }
  if (
    bytes.length > MAX_MODULE_LENGTH && utf16Length([bytes]) > MAX_MODULE_LENGTH
  ) {
    throw new RangeError(
      `Cannot load "${path}": it is ${bytes.length} bytes long, more than the ${MAX_MODULE_LENGTH} characters ` +
        "a JavaScript string can hold, so neither load() nor import() can read it (persist never writes such a module); " +
        "split its values over several archives with a tool that reads the file in parts",
    );
  }
  // Invalid UTF-8 always decodes to U+FFFD; only a text holding one needs
  // the (slower) strict decoder to tell a damaged file from a real U+FFFD.
  const text = new TextDecoder().decode(bytes);
  if (!text.includes("\ufffd")) return text;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new FormatError(
      `Cannot load "${path}": it is not UTF-8 text; the file is damaged or not an archive module`,
      { path, cause: error },
    );
  }
}
