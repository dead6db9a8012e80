// Copyright 2026 the persist authors. MIT license.

/**
 * `persist show`, `get` and `verify` of a chest's folder. The folder is
 * read as files (its index, then value files), never opened as a
 * {@linkcode Chest}: `Chest.open()` removes leftovers and makes the folder
 * and index of a new chest, and needs write access; this only reads, so
 * `--allow-read` on the folder is all it needs.
 *
 * Keys on the command line: text that is a key in JSON (`1`, `"1"`,
 * `["a",2]`, `true`) or in a chest's canonical key text (`12n`, `NaN`,
 * `["a",12n]`, as `persist show` prints keys, with `\uXXXX` escapes in
 * strings) is that key; any other text is a string key as written (`x`,
 * `run 1`).
 *
 * @module
 */

import { join } from "node:path";
import {
  type ChestIndex,
  type ChestKey,
  decodeKey,
  encodeKey,
  INDEX_FILE,
  INDEX_VERSION,
  type IndexEntry,
  LOCK_FILE,
  readIndexFile,
  readValueFile,
  statValueFile,
  verifyFolder,
} from "../chest/mod.ts";
import { FormatError, LockTimeoutError, NotFoundError } from "../errors.ts";
import { readNpyHeader } from "../npy/mod.ts";
import { npySource, readArrayExcerpt } from "./_array_part.ts";
import { isPermissionError } from "./archive_info.ts";
import { formatBytes, formatShape } from "./describe.ts";
import { DamagedError, UsageError } from "./exit_code.ts";
import { toJsonValue } from "./json_value.ts";
import type { ShowOutput } from "./show.ts";
import { cellText, displayWidth, escapeInvisible, truncate } from "./table.ts";
import type { VerifyReport } from "./verify.ts";

/** How often a reader follows a value replaced by a flush before giving up. */
const FOLLOW = 100;

/** The share of the terminal's width the KEY column of `show` may take. */
const KEY_SHARE = 0.3;
/** The least width the KEY column is cut to, on a narrow terminal. */
const KEY_MIN_WIDTH = 20;

/**
 * The key a command-line argument names: JSON (`1`, `"1"`, `["a",2]`,
 * `true`) or canonical key text (`12n`, `NaN`, `["a",12n]`, its strings
 * with any JSON escapes, as {@linkcode keyText} prints them) when the text
 * is a key in one of them, else the text itself as a string key.
 *
 * @example Telling 1 from "1"
 * ```ts
 * import { parseKeyArgument } from "./chest_target.ts";
 * import assert from "node:assert/strict";
 * assert.equal(parseKeyArgument("1"), 1);
 * assert.equal(parseKeyArgument('"1"'), "1");
 * assert.equal(parseKeyArgument("x"), "x");
 * assert.deepEqual(parseKeyArgument('["a", 2]'), ["a", 2]);
 * assert.equal(parseKeyArgument("12n"), 12n);
 * assert.equal(parseKeyArgument("null"), "null");
 * assert.deepEqual(parseKeyArgument('["a\\u202eb",-5n]'), ["a\u202eb", -5n]);
 * ```
 *
 * @param text The argument.
 * @returns The key.
 */
export function parseKeyArgument(text: string): ChestKey {
  const canon = canonicalStrings(text);
  try {
    if (canon !== undefined) return decodeKey(canon);
  } catch {
    // not canonical key text
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text;
  }
  return isKey(json) ? json : text;
}

/**
 * Key text with each of its strings written as in canonical key text
 * (`JSON.stringify`), so that the `\uXXXX` escapes {@linkcode keyText}
 * adds (or any other JSON escapes) name the same key; `undefined` when a
 * string in it is not a JSON string.
 */
function canonicalStrings(text: string): string | undefined {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('"', at);
    if (open < 0) return out + text.slice(at);
    let end = open + 1;
    while (end < text.length && text[end] !== '"') {
      end += text[end] === "\\" ? 2 : 1;
    }
    if (end >= text.length) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text.slice(open, end + 1));
    } catch {
      return undefined;
    }
    out += text.slice(at, open) + JSON.stringify(value);
    at = end + 1;
  }
  return out;
}

/**
 * A key's canonical text as the tool prints it: characters a terminal
 * would act on or not show (U+202E, U+2028, zero-width and other invisible
 * characters, non-ASCII spaces) are `\uXXXX` escapes inside its strings,
 * so the printed text, copied back to `persist get`, names the same key
 * (see {@linkcode parseKeyArgument}).
 *
 * @example A key with a zero-width space
 * ```ts
 * import { keyText, parseKeyArgument } from "./chest_target.ts";
 * import assert from "node:assert/strict";
 * assert.equal(keyText('"z\u200bw"'), '"z\\u200bw"');
 * assert.equal(parseKeyArgument(keyText('"z\u200bw"')), "z\u200bw");
 * ```
 *
 * @param canon The key's canonical text.
 * @returns The text to print.
 */
export function keyText(canon: string): string {
  return escapeInvisible(canon);
}

function isKey(value: unknown): value is ChestKey {
  return typeof value === "string" || typeof value === "number" ||
    typeof value === "boolean" || (Array.isArray(value) && value.every(isKey));
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** The first keys of an index, for messages. */
function someKeys(index: ChestIndex): string {
  const keys = [...index.entries.keys()].map(keyText);
  if (keys.length === 0) return "it has no keys";
  const shown = keys.slice(0, 10).join(", ");
  return `its keys are ${shown}${
    keys.length > 10 ? ` and ${keys.length - 10} more` : ""
  }`;
}

/** How keys are written, for messages. */
const KEY_SYNTAX =
  `write a key as "persist show" lists it: x or '"x"' for a string, 1 for a number, '"1"' for the string "1", '["a",2]' for an array`;

/** The index, or the damage of a folder that has a lock file but no index. */
async function readIndex(path: string, action: string): Promise<ChestIndex> {
  const read = await readIndexFile(path);
  if (read !== undefined) return read.index;
  throw missingIndex(path, action);
}

function missingIndex(path: string, action: string): DamagedError {
  const index = join(path, INDEX_FILE);
  return new DamagedError(
    `Cannot ${action} chest "${path}": it holds the lock file ${LOCK_FILE} but no index "${index}", so the index was deleted ` +
      "(or a chest is being created there right now); the values cannot be found without it: restore the index from a backup",
    { path: index },
  );
}

// -- show --------------------------------------------------------------------

/** One row of `persist show` of a chest. */
interface KeyRow {
  canon: string;
  entry: IndexEntry;
  bytes?: number;
  type?: string;
  dtype?: string;
  shape?: number[];
  problem?: string;
}

/**
 * `persist show` of a chest: its keys with each value's codec, size and
 * file, and for `.npy` values their type, shape and dtype (from the
 * header). A value file that is missing, not a file (a folder, a FIFO) or
 * whose header is damaged is a problem (the tool exits with code 4). Keys
 * wider than a share of a limited `width` are cut with `…` (a line after
 * the table says so; the JSON document has them whole).
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Showing a chest
 * ```ts ignore
 * import { showChest } from "./chest_target.ts";
 * const { text } = await showChest("results.chest", (s) => s, (rows) => rows.join("\n"));
 * ```
 *
 * @param path The chest's folder.
 * @param title Makes the first line from what follows the path.
 * @param table Formats rows as an aligned table.
 * @param width The widest a line of the text may be.
 * @returns The JSON document, the text and the problems.
 * @throws {FormatError} When the index is damaged.
 * @throws {DamagedError} When the index is missing.
 */
export async function showChest(
  path: string,
  title: (what: string) => string,
  table: (rows: string[][], align: ("left" | "right")[]) => string,
  width = Infinity,
): Promise<ShowOutput> {
  let index!: ChestIndex;
  let rows: KeyRow[] = [];
  let indexBytes = 0;
  // A flush of another process may replace a value file between the index
  // read and its stat: then the index changed, and is read again.
  for (let attempt = 0; attempt < FOLLOW; attempt++) {
    const read = await readIndexFile(path);
    if (read === undefined) throw missingIndex(path, "show");
    index = read.index;
    indexBytes = (await Deno.stat(join(path, INDEX_FILE))).size;
    rows = [];
    for (const [canon, entry] of index.entries) {
      rows.push(await describeEntry(path, canon, entry));
    }
    if (!rows.some((r) => r.problem !== undefined)) break;
    const again = await readIndexFile(path);
    if (again?.stamp === read.stamp) break;
  }
  const valueBytes = rows.reduce((sum, r) => sum + (r.bytes ?? 0), 0);
  const lines = [
    title(
      `chest, format ${INDEX_VERSION}, ${count(rows.length, "key")}, ${
        formatBytes(valueBytes + indexBytes)
      } on disk`,
    ),
  ];
  // One long key must not push the other columns off the terminal.
  const keyWidth = Math.max(KEY_MIN_WIDTH, Math.floor(width * KEY_SHARE));
  const keys = rows.map((r) => keyText(r.canon));
  const cut = keys.some((k) => displayWidth(k) > keyWidth);
  if (rows.length > 0) {
    lines.push(
      "",
      table([
        ["KEY", "TYPE", "SHAPE", "DTYPE", "CODEC", "SIZE", "FILE"],
        ...rows.map((r, i) => [
          truncate(keys[i], keyWidth),
          r.type ?? "",
          r.shape === undefined ? "" : formatShape(r.shape),
          r.dtype ?? "",
          r.entry.codec,
          r.bytes === undefined ? "" : formatBytes(r.bytes),
          `${cellText(r.entry.file)}${
            r.problem === undefined ? "" : " (cannot be read)"
          }`,
        ]),
      ], ["left", "left", "left", "left", "left", "right"]),
    );
    if (cut) {
      lines.push(
        "",
        `Keys ending in "…" are cut to fit the terminal; "persist show ${
          cellText(path)
        } --json" lists every key whole (keyText: as "persist get" takes it).`,
      );
    }
  }
  const problems = rows.filter((r) => r.problem !== undefined).map((r) => ({
    file: join(path, r.entry.file),
    message: r.problem!,
  }));
  if (problems.length > 0) {
    lines.push(
      "",
      ...problems.map((p) =>
        `${cellText(p.file)}: error: ${cellText(p.message)}`
      ),
    );
  }
  return {
    json: {
      path,
      kind: "chest",
      format: INDEX_VERSION,
      gen: index.gen,
      count: rows.length,
      bytes: valueBytes + indexBytes,
      indexBytes,
      keys: rows.map((r) => ({
        key: toJsonValue(decodeKey(r.canon)),
        keyText: r.canon,
        codec: r.entry.codec,
        file: r.entry.file,
        ...(r.bytes === undefined ? {} : { bytes: r.bytes }),
        ...(r.type === undefined ? {} : { type: r.type }),
        ...(r.shape === undefined ? {} : { shape: r.shape }),
        ...(r.dtype === undefined ? {} : { dtype: r.dtype }),
        ...(r.problem === undefined ? {} : { problem: r.problem }),
      })),
      problems,
    },
    text: lines.join("\n"),
    problems,
  };
}

async function describeEntry(
  path: string,
  canon: string,
  entry: IndexEntry,
): Promise<KeyRow> {
  const file = join(path, entry.file);
  const row: KeyRow = { canon, entry };
  try {
    // A folder or a FIFO in its place is damage; a FIFO is never opened.
    const info = await statValueFile(file);
    if (info === undefined) throw new Deno.errors.NotFound(file);
    if (entry.codec === "npy") {
      const header = await readNpyHeader(file);
      row.bytes = header.fileBytes;
      row.type = entry.ndarray
        ? "NDArray"
        : header.dtype.ctor?.name ?? "NDArray";
      row.shape = header.shape;
      row.dtype = header.dtype.descr;
    } else {
      row.bytes = info.size;
    }
  } catch (error) {
    if (isPermissionError(error)) throw error;
    row.problem = isNotFound(error)
      ? `the file "${file}" of key ${
        keyText(canon)
      } is missing; the chest is damaged (run "persist verify ${path}" to list every problem)`
      : messageOf(error);
  }
  return row;
}

// -- get ---------------------------------------------------------------------

/** Options for {@linkcode getChestValue}. */
export interface GetChestValueOptions {
  /**
   * Read every element of a big array. Without it a typed array or NDArray
   * of more than 1000 elements is an `ArrayExcerpt` of what its summary
   * shows: only those elements are read.
   *
   * @default {false}
   */
  full?: boolean;
}

/**
 * `persist get` of a chest: the value of the key `name` names (see
 * {@linkcode parseKeyArgument}). Of a big typed array or NDArray only what
 * its summary shows is read, unless `full`; other values are read whole. A
 * value written by a chest's custom `dump` cannot be read here.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Getting the value of the key ["run", 2]
 * ```ts ignore
 * import { getChestValue } from "./chest_target.ts";
 * const value = await getChestValue("results.chest", '["run",2]');
 * ```
 *
 * @param path The chest's folder.
 * @param name The key, as written on the command line.
 * @param options Whether big arrays are read in full.
 * @returns The value.
 * @throws {UsageError} When no key is given.
 * @throws {NotFoundError} When the chest has no such key.
 * @throws {FormatError} When the value was written by a custom `dump`, or
 * the index or the value's file is damaged.
 * @throws {DamagedError} When the index or the value's file is missing.
 */
export async function getChestValue(
  path: string,
  name: string | undefined,
  options: GetChestValueOptions = {},
): Promise<unknown> {
  let index = await readIndex(path, "get from");
  if (name === undefined) {
    throw new UsageError(
      `a chest holds many keys, so name one: "persist get ${path} <key>" (${
        someKeys(index)
      }; see "persist show ${path}")`,
    );
  }
  const key = parseKeyArgument(name);
  const canon = encodeKey(key);
  const shown = keyText(canon);
  for (let attempt = 0;; attempt++) {
    const entry = index.entries.get(canon);
    if (entry === undefined) throw noSuchKey(path, name, key, canon, index);
    const file = join(path, entry.file);
    if (entry.codec === "custom") {
      throw new FormatError(
        `Cannot get key ${shown} from chest "${path}": its value was written by the chest's own dump function ` +
          `(codec "custom", file "${file}"), which only the same load function can read, so persist cannot show it; ` +
          `read it in code: (await Chest.open({ path: ${
            JSON.stringify(path)
          }, dump, load })).get(${shown})`,
        { path: file },
      );
    }
    try {
      if (entry.codec === "npy" && !options.full) {
        await statValueFile(file); // not a folder or a FIFO
        const source = await npySource(file);
        const type = source.dtype.ctor;
        const excerpt = await readArrayExcerpt(
          source,
          entry.ndarray || type === undefined
            ? { kind: "ndarray" }
            : { kind: "typed", type },
        );
        if (excerpt !== undefined) return excerpt;
      }
      return await readValueFile(file, entry);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      // Replaced or deleted by a flush since the index was read: follow it.
      index = await readIndex(path, "get from");
      const now = index.entries.get(canon);
      if (now !== undefined && now.file !== entry.file && attempt < FOLLOW) {
        continue;
      }
      if (now === undefined) throw noSuchKey(path, name, key, canon, index);
      throw new DamagedError(
        `Cannot get key ${shown} from chest "${path}": the index names the file "${file}" for it, but it does not exist; ` +
          `the chest is damaged (run "persist verify ${path}" to list every problem)`,
        { path: file, cause: error },
      );
    }
  }
}

function noSuchKey(
  path: string,
  name: string,
  key: ChestKey,
  canon: string,
  index: ChestIndex,
): NotFoundError {
  // The other reading of the text, when the chest has that key.
  const other: ChestKey | undefined = typeof key !== "string"
    ? name
    : parseKeyArgument(key) !== key
    ? parseKeyArgument(key)
    : undefined;
  const otherCanon = other === undefined ? undefined : encodeKey(other);
  const otherText = otherCanon === undefined ? "" : keyText(otherCanon);
  const hint = otherCanon !== undefined && index.entries.has(otherCanon)
    ? ` (it has the key ${otherText}: ${
      typeof other === "string"
        ? `write it as '${otherText}'`
        : `write it as ${otherText}`
    })`
    : "";
  return new NotFoundError(
    `Cannot get key ${
      keyText(canon)
    } from chest "${path}": it has no such key${hint}; ${
      someKeys(index)
    } (see "persist show ${path}"; ${KEY_SYNTAX})`,
    { path, name: canon },
  );
}

// -- verify ------------------------------------------------------------------

/**
 * `persist verify` of a chest: what `Chest.verify()` checks (every file the
 * index names is there; leftovers of killed processes, as warnings), found
 * without opening the chest (see `verifyFolder()`), and then every value
 * file reads: `.npy` files have a valid header and exactly the data bytes it
 * promises (the data is not read: it may be bigger than memory), MessagePack
 * files decode. Values of a custom `dump` are warnings: they cannot be
 * decoded here. A value replaced or deleted by another process meanwhile is
 * not a problem.
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example Verifying a chest into a report
 * ```ts ignore
 * import { checkChest } from "./chest_target.ts";
 * const report = { path: "c", kind: "chest" as const, ok: true, checked: [], problems: [] };
 * await checkChest("c", report, () => {});
 * ```
 *
 * @param path The chest's folder.
 * @param report The report to add to.
 * @param progress Called with keys done, keys in all and the current key.
 * @param options How long to wait for the chest's lock.
 * @throws {LockTimeoutError} When a flush (or anything else) holds the
 * chest's lock for longer than `lockTimeout`: the message says to pass a
 * longer `--lock-timeout`, the tool's option.
 */
export async function checkChest(
  path: string,
  report: VerifyReport,
  progress: (done: number, total: number, file: string) => void,
  options: { lockTimeout?: number } = {},
): Promise<void> {
  const { lockTimeout = 60_000 } = options;
  const indexPath = join(path, INDEX_FILE);
  report.checked.push(indexPath);
  let found;
  try {
    found = await verifyFolder(path, { lockTimeout });
  } catch (error) {
    if (error instanceof LockTimeoutError) {
      throw new LockTimeoutError(
        // acquireLock()'s message ends with its advice: name the option.
        `${
          error.message.replace(/ or pass a longer timeout$/, "")
        }, or pass a longer --lock-timeout (in milliseconds)`,
        {
          path,
          timeout: lockTimeout,
          holderPid: error.holderPid,
          cause: error,
        },
      );
    }
    if (!(error instanceof FormatError)) throw error;
    report.problems.push({
      severity: "error",
      file: error.path ?? indexPath,
      message: messageOf(error),
    });
    return;
  }
  if (found === undefined) {
    report.problems.push({
      severity: "error",
      file: indexPath,
      message: missingIndex(path, "verify").message,
    });
    return;
  }
  const { index } = found;
  report.keys = found.report.keys;
  const missing = new Set<string>();
  for (const p of found.report.problems) {
    const canon = encodeKey(p.key);
    missing.add(canon);
    report.problems.push({
      severity: "error",
      file: p.path,
      key: canon,
      message: p.message,
    });
  }
  for (const leftover of found.report.leftovers) {
    report.problems.push({
      severity: "warning",
      file: leftover,
      message:
        `"${leftover}" is a leftover (no index entry names it: left by a flush or a process that was killed, ` +
        `or put there by hand): harmless and never read; the next Chest.open() of "${path}" removes it, or remove it by hand`,
    });
  }
  const entries = [...index.entries];
  for (const [i, [canon, entry]] of entries.entries()) {
    progress(i, entries.length, canon);
    if (missing.has(canon)) continue;
    const file = join(path, entry.file);
    report.checked.push(file);
    if (entry.codec === "custom") {
      report.problems.push({
        severity: "warning",
        file,
        key: canon,
        message:
          `the value of key ${
            keyText(canon)
          } was written by the chest's own dump function (codec "custom"), which persist cannot decode: ` +
          "its file is there, but whether it reads only the chest's load function can tell",
      });
      continue;
    }
    try {
      if (entry.codec === "npy") await checkNpyValue(file, canon);
      else await readValueFile(file, entry);
    } catch (error) {
      if (isPermissionError(error)) throw error;
      // Replaced or deleted by a flush since the index was read: not damage.
      if (isNotFound(error)) {
        const now = (await readIndexFile(path))?.index.entries.get(canon);
        if (now?.file !== entry.file) continue;
      }
      report.problems.push({
        severity: "error",
        file,
        key: canon,
        message: messageOf(error),
      });
    }
  }
  progress(entries.length, entries.length, "");
}

/**
 * Checks a `.npy` value file as `Chest.get()` reads it, without reading its
 * data (which may be bigger than memory): a header persist reads, and the
 * data bytes it promises, no fewer (`readNpyHeader()` checks) and no more.
 */
async function checkNpyValue(file: string, canon: string): Promise<void> {
  await statValueFile(file); // not a folder or a FIFO
  const header = await readNpyHeader(file);
  const extra = header.fileBytes - header.dataOffset - header.dataBytes;
  if (extra > 0) {
    throw new FormatError(
      `Cannot verify "${file}" (key ${
        keyText(canon)
      }): it has ${extra} bytes after the ${header.dataBytes} data bytes its header promises ` +
        "(the file was appended to or its header was changed); restore it from a backup, or delete the key",
      { path: file },
    );
  }
}

/**
 * What `persist convert` says of a chest: there is nothing to convert; or,
 * when its index is missing or damaged, that damage (as `show` says it).
 *
 * Requires `--allow-read` permission for the folder.
 *
 * @example The message
 * ```ts ignore
 * import { cannotConvertChest } from "./chest_target.ts";
 * const error = await cannotConvertChest("results.chest");
 * console.log(error.message); // ... so there is nothing to convert; ...
 * ```
 *
 * @param path The chest's folder.
 * @returns The error to throw: a `TypeError`, or a `DamagedError` or
 * `FormatError` naming the index.
 */
export async function cannotConvertChest(path: string): Promise<Error> {
  try {
    await readIndex(path, "convert");
  } catch (error) {
    if (error instanceof DamagedError || error instanceof FormatError) {
      return error;
    }
    throw error;
  }
  return new TypeError(
    `Cannot convert "${path}": it is a chest, which always stores typed arrays and NDArrays as .npy files ` +
      "(one per value; numpy.load reads them) and reads no other array format, so there is nothing to convert; " +
      "convert rewrites the array files of archives and DataSets",
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof Deno.errors.NotFound ||
    error instanceof NotFoundError;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/\s*\n\s*/g, " ");
}
