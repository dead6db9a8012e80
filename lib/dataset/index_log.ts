// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { FormatError } from "../errors.ts";
import { foldItemName, splitGeneratedName } from "./item_name.ts";

/** The `format` field of the first line of `index.jsonl`. */
export const INDEX_FORMAT = "persist-dataset-index";
/** The index version this code writes and reads. */
export const INDEX_VERSION = 1;

/** The first line of `index.jsonl`. */
export interface IndexHeader {
  /** Always {@linkcode INDEX_FORMAT}. */
  format: string;
  /** The index version. */
  version: number;
  /** A random id, new for every index file (creation, compaction). */
  id: string;
  /** The last `seq` given out before this file's records. */
  seq: number;
  /** Per prefix, the highest generated `n` used before this file's records. */
  high: Record<string, number>;
}

/** One event of the index log (every line after the header). */
export type IndexRecord =
  | {
    /** Position in the DataSet's history: larger than every earlier one. */
    seq: number;
    /** An item was added or replaced. */
    op: "set";
    /** The item. */
    name: string;
    /** Its folder in `items/`. */
    dir: string;
    /** Its info, encoded (see `encodeInfo`). */
    info: unknown;
  }
  | {
    seq: number;
    /** An item's info was changed. */
    op: "info";
    name: string;
    info: unknown;
  }
  | {
    seq: number;
    /** An item was removed. */
    op: "delete";
    name: string;
  };

/** A live item as the index describes it. */
export interface IndexEntry {
  /** Its folder in `items/`. */
  readonly dir: string;
  /** Its info, encoded (decode with `decodeInfo`). */
  readonly info: unknown;
  /** The `seq` of the record that set its current value. */
  readonly seq: number;
}

/**
 * The state of a DataSet's index: the live items in the order they were
 * added, built by applying records one after the other. Also tracks what
 * writers need: the last `seq`, the highest generated number per prefix
 * (deleted items included, so generated names are not reused) and how many
 * records the log holds (to decide when to compact it).
 *
 * @example Applying records
 * ```ts
 * import { IndexState } from "./index_log.ts";
 * const state = new IndexState({ format: "persist-dataset-index", version: 1, id: "a", seq: 0, high: {} });
 * state.apply({ seq: 1, op: "set", name: "x_0", dir: "x_0~1", info: null });
 * state.apply({ seq: 2, op: "info", name: "x_0", info: [10, 1.2] });
 * console.log(state.get("x_0")); // { dir: "x_0~1", info: [10, 1.2], seq: 1 }
 * console.log(state.highest("x_")); // 0
 * ```
 */
export class IndexState {
  /** The header of the index file this state was read from. */
  readonly header: IndexHeader;
  readonly #entries = new Map<string, IndexEntry>();
  readonly #folds = new Map<string, string>();
  readonly #high = new Map<string, number>();
  #seq: number;
  #records = 0;

  /**
   * Constructs the state of an index with no records yet.
   *
   * @param header The index file's header.
   */
  constructor(header: IndexHeader) {
    this.header = header;
    this.#seq = header.seq;
    for (const [prefix, n] of Object.entries(header.high)) {
      this.#high.set(prefix, n);
    }
  }

  /** How many live items there are. */
  get size(): number {
    return this.#entries.size;
  }

  /** How many records the log holds after its header. */
  get records(): number {
    return this.#records;
  }

  /** The largest `seq` in the log. */
  get seq(): number {
    return this.#seq;
  }

  /**
   * The item names, in the order they were first added.
   *
   * @returns An iterator of names.
   */
  names(): IterableIterator<string> {
    return this.#entries.keys();
  }

  /**
   * The live items.
   *
   * @returns An iterator of `[name, entry]`.
   */
  entries(): IterableIterator<[string, IndexEntry]> {
    return this.#entries.entries();
  }

  /**
   * An item's entry.
   *
   * @param name The item.
   * @returns Its entry, or `undefined`.
   */
  get(name: string): IndexEntry | undefined {
    return this.#entries.get(name);
  }

  /**
   * Another live item whose name equals `name` but for letter case, if any.
   *
   * @param name A name.
   * @returns The colliding name, or `undefined`.
   */
  collision(name: string): string | undefined {
    const other = this.#folds.get(foldItemName(name));
    return other === name ? undefined : other;
  }

  /**
   * The highest `n` among names `<prefix><n>` ever set, or `-1`.
   *
   * @param prefix A name prefix (not ending in a digit).
   * @returns The highest number used.
   */
  highest(prefix: string): number {
    return this.#high.get(prefix) ?? -1;
  }

  /**
   * Per prefix, the highest generated number used.
   *
   * @returns A plain object, for a compacted header.
   */
  highWater(): Record<string, number> {
    return Object.fromEntries(this.#high);
  }

  /**
   * Applies one record.
   *
   * @param record The record.
   * @param where Where it was read, for messages.
   * @throws {FormatError} When the record names an item that does not exist
   * (for `info`).
   */
  apply(record: IndexRecord, where = "the index"): void {
    this.#records++;
    if (record.seq > this.#seq) this.#seq = record.seq;
    const { name } = record;
    switch (record.op) {
      case "set": {
        this.#entries.set(name, {
          dir: record.dir,
          info: record.info,
          seq: record.seq,
        });
        this.#folds.set(foldItemName(name), name);
        const split = splitGeneratedName(name);
        if (split !== undefined && split[1] > this.highest(split[0])) {
          this.#high.set(split[0], split[1]);
        }
        break;
      }
      case "info": {
        const entry = this.#entries.get(name);
        if (entry === undefined) {
          throw new FormatError(
            `Cannot read ${where}: it sets the info of "${name}", which is not in the index; the index is damaged`,
          );
        }
        this.#entries.set(name, { ...entry, info: record.info });
        break;
      }
      case "delete":
        this.#entries.delete(name);
        if (this.#folds.get(foldItemName(name)) === name) {
          this.#folds.delete(foldItemName(name));
        }
        break;
    }
  }
}

/**
 * Parses the header line of `index.jsonl`.
 *
 * @example A header
 * ```ts
 * import { parseHeader } from "./index_log.ts";
 * const header = parseHeader('{"format":"persist-dataset-index","version":1,"id":"k","seq":0,"high":{}}', "index.jsonl");
 * console.log(header.id); // k
 * ```
 *
 * @param line The first line, without its newline.
 * @param path The index file, for messages.
 * @returns The header.
 * @throws {FormatError} When the line is not an index header, or is of a
 * newer version.
 */
export function parseHeader(line: string, path: string): IndexHeader {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch (error) {
    throw new FormatError(
      `Cannot read "${path}": its first line is not JSON; the index is damaged`,
      { path, offset: 0, cause: error },
    );
  }
  const h = header as Partial<IndexHeader>;
  if (h === null || typeof h !== "object" || h.format !== INDEX_FORMAT) {
    throw new FormatError(
      `Cannot read "${path}": its first line is not a DataSet index header ({"format":"${INDEX_FORMAT}",…}); the index is damaged`,
      { path, offset: 0 },
    );
  }
  if (typeof h.version !== "number" || h.version > INDEX_VERSION) {
    throw new FormatError(
      `Cannot read "${path}": it is index version ${h.version}, newer than this persist reads (${INDEX_VERSION}); upgrade @persist/persist`,
      { path, offset: 0 },
    );
  }
  if (
    typeof h.id !== "string" || !Number.isSafeInteger(h.seq) ||
    h.high === null || typeof h.high !== "object" ||
    Object.values(h.high).some((n) => !Number.isSafeInteger(n))
  ) {
    throw new FormatError(
      `Cannot read "${path}": its header lacks "id", "seq" or "high"; the index is damaged`,
      { path, offset: 0 },
    );
  }
  return h as IndexHeader;
}

/**
 * Parses one record line of `index.jsonl`.
 *
 * @example A set record
 * ```ts
 * import { parseRecord } from "./index_log.ts";
 * const r = parseRecord('{"seq":1,"op":"set","name":"a","dir":"a~1","info":null}', "index.jsonl line 2", 40);
 * console.log(r.op, r.name); // set a
 * ```
 *
 * @param line The line, without its newline.
 * @param where The file and line, for messages.
 * @param offset The line's byte offset in the file, for the error.
 * @param path The file, for the error.
 * @returns The record.
 * @throws {FormatError} When the line is not a valid record.
 */
export function parseRecord(
  line: string,
  where: string,
  offset?: number,
  path?: string,
): IndexRecord {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new FormatError(
      `Cannot read ${where}: it is not JSON; the index is damaged`,
      { path, offset, cause: error },
    );
  }
  return checkRecord(record, where, offset, path);
}

/**
 * Checks a parsed line of `index.jsonl` (see {@linkcode parseRecord}).
 *
 * @example Checking a parsed record
 * ```ts
 * import { checkRecord } from "./index_log.ts";
 * const r = checkRecord({ seq: 2, op: "delete", name: "a" }, "index.jsonl line 3");
 * console.log(r.op); // delete
 * ```
 *
 * @param record The value `JSON.parse` gave for the line.
 * @param where The file and line, for messages.
 * @param offset The line's byte offset in the file, for the error.
 * @param path The file, for the error.
 * @returns The record.
 * @throws {FormatError} When the value is not a valid record.
 */
export function checkRecord(
  record: unknown,
  where: string,
  offset?: number,
  path?: string,
): IndexRecord {
  const r = record as Record<string, unknown>;
  const fail = (why: string): never => {
    throw new FormatError(
      `Cannot read ${where}: ${why}; the index is damaged`,
      {
        path,
        offset,
      },
    );
  };
  if (r === null || typeof r !== "object" || Array.isArray(r)) {
    fail("it is not a JSON object");
  }
  if (!Number.isSafeInteger(r.seq)) fail(`its "seq" is not an integer`);
  if (typeof r.name !== "string") fail(`its "name" is not a string`);
  switch (r.op) {
    case "set":
      if (typeof r.dir !== "string" || !isPlainDir(r.dir)) {
        fail(`its "dir" is not a folder name`);
      }
      if (!("info" in r)) fail(`it has no "info"`);
      break;
    case "info":
      if (!("info" in r)) fail(`it has no "info"`);
      break;
    case "delete":
      break;
    default:
      fail(
        `its "op" ${
          JSON.stringify(r.op)
        } is unknown (a newer persist may have written it)`,
      );
  }
  return r as unknown as IndexRecord;
}

/**
 * Formats a record as one line of `index.jsonl`, newline included.
 *
 * @example A delete record
 * ```ts
 * import { formatRecord } from "./index_log.ts";
 * console.log(formatRecord({ seq: 3, op: "delete", name: "a" })); // {"seq":3,"op":"delete","name":"a"}\n
 * ```
 *
 * @param record The record.
 * @returns The line.
 */
export function formatRecord(record: IndexRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Formats the header line of a new index file, newline included.
 *
 * @example A new index
 * ```ts
 * import { formatHeader } from "./index_log.ts";
 * console.log(formatHeader({ id: "k", seq: 0, high: {} }));
 * // {"format":"persist-dataset-index","version":1,"id":"k","seq":0,"high":{}}\n
 * ```
 *
 * @param fields The id, last seq and high-water marks.
 * @returns The line.
 */
export function formatHeader(
  fields: Pick<IndexHeader, "id" | "seq" | "high">,
): string {
  const header: IndexHeader = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    id: fields.id,
    seq: fields.seq,
    high: fields.high,
  };
  return `${JSON.stringify(header)}\n`;
}

/**
 * The text of a compacted index: a new header and one `set` record per live
 * item, in order, with its current info.
 *
 * @example Compacting
 * ```ts
 * import { compactIndex, IndexState } from "./index_log.ts";
 * const state = new IndexState({ format: "persist-dataset-index", version: 1, id: "a", seq: 0, high: {} });
 * state.apply({ seq: 1, op: "set", name: "a", dir: "a~1", info: null });
 * state.apply({ seq: 2, op: "info", name: "a", info: "A" });
 * console.log(compactIndex(state, "b").split("\n").length); // 3 (header, record, "")
 * ```
 *
 * @param state The index state.
 * @param id The new file's id.
 * @returns The text.
 */
export function compactIndex(state: IndexState, id: string): string {
  const lines = [formatHeader({ id, seq: state.seq, high: state.highWater() })];
  for (const [name, entry] of state.entries()) {
    lines.push(formatRecord({
      seq: entry.seq,
      op: "set",
      name,
      dir: entry.dir,
      info: entry.info,
    }));
  }
  return lines.join("");
}

/**
 * A fresh random id for an index file.
 *
 * @returns 16 base-36 characters or so.
 */
export function newIndexId(): string {
  const random = crypto.getRandomValues(new Uint32Array(3));
  return Array.from(random, (n) => n.toString(36)).join("");
}

function isPlainDir(dir: string): boolean {
  return dir !== "" && dir !== "." && dir !== ".." && !/[/\\]/.test(dir);
}
