// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { FormatError } from "../errors.ts";
import { isSafeFileName } from "./file_name.ts";
import { decodeKey } from "./key.ts";

/** How a value file was written. */
export type ValueCodec = "npy" | "msgpack" | "custom";

/** The file extension of each {@linkcode ValueCodec}. */
export const CODEC_EXTENSIONS: Readonly<Record<ValueCodec, string>> = {
  npy: ".npy",
  msgpack: ".msgpack",
  custom: ".bin",
};

/** One key of a chest index: where its value is and how to read it. */
export interface IndexEntry {
  /** The value file, relative to the chest folder. */
  readonly file: string;
  /** How the file was written. */
  readonly codec: ValueCodec;
  /** For `"npy"`: `true` when the value is an `NDArray`, not a bare typed array. */
  readonly ndarray?: boolean;
  /** The index generation that wrote this value (changes with every write). */
  readonly gen: number;
}

/** A whole chest index: generation and entries by canonical key text. */
export interface ChestIndex {
  /** Incremented by every write of the index. */
  gen: number;
  /** Entries by canonical key text (see `encodeKey`). */
  entries: Map<string, IndexEntry>;
}

/** The `format` field that marks a chest index. */
export const INDEX_FORMAT = "persist-chest";
/** The index version this code writes and reads. */
export const INDEX_VERSION = 1;

/**
 * Formats an index as JSON text with one entry per line, sorted by key, so
 * the file is deterministic and easy to read and diff.
 *
 * @example An index with one key
 * ```ts
 * import { formatIndex, parseIndex } from "./index_format.ts";
 * import assert from "node:assert/strict";
 *
 * const index = {
 *   gen: 1,
 *   entries: new Map([['"x"', { file: "x.msgpack", codec: "msgpack" as const, gen: 1 }]]),
 * };
 * const text = formatIndex(index);
 * assert.deepEqual(parseIndex(text, ".chest.json"), index);
 * ```
 *
 * @param index The index.
 * @returns JSON text ending in a newline.
 */
export function formatIndex(index: ChestIndex): string {
  const keys = [...index.entries.keys()].sort();
  const lines = keys.map((key) => {
    const { file, codec, ndarray, gen } = index.entries.get(key)!;
    return `    ${
      JSON.stringify(
        ndarray
          ? { key, file, codec, ndarray, gen }
          : { key, file, codec, gen },
      )
    }`;
  });
  const head =
    `{\n  "format": "${INDEX_FORMAT}",\n  "version": ${INDEX_VERSION},\n` +
    `  "gen": ${index.gen},\n  "entries": [`;
  return lines.length === 0
    ? `${head}]\n}\n`
    : `${head}\n${lines.join(",\n")}\n  ]\n}\n`;
}

/**
 * Parses and checks the text of a chest index.
 *
 * @example A damaged index is an error
 * ```ts
 * import { parseIndex } from "./index_format.ts";
 * import { FormatError } from "../errors.ts";
 * import assert from "node:assert/strict";
 *
 * assert.throws(() => parseIndex('{"format": "persist-chest", "ver', "c/.chest.json"), FormatError);
 * ```
 *
 * @param text The file's text.
 * @param path The file, for messages.
 * @returns The index.
 * @throws {FormatError} When the text is not a valid chest index.
 */
export function parseIndex(text: string, path: string): ChestIndex {
  const fail = (what: string, cause?: unknown) =>
    new FormatError(
      `Cannot read chest index "${path}": ${what}; the index is damaged, restore it from a backup`,
      { path, cause },
    );
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fail(`it is not valid JSON (${(error as Error).message})`, error);
  }
  if (json?.format !== INDEX_FORMAT) {
    throw fail(`"format" is not "${INDEX_FORMAT}"`);
  }
  if (json.version !== INDEX_VERSION) {
    throw fail(
      `version ${JSON.stringify(json.version)} is not ${INDEX_VERSION}`,
    );
  }
  if (!isGen(json.gen)) throw fail(`"gen" is not a whole number`);
  if (!Array.isArray(json.entries)) throw fail(`"entries" is not an array`);
  const entries = new Map<string, IndexEntry>();
  const files = new Set<string>();
  for (const [i, raw] of json.entries.entries()) {
    const { key, file, codec, ndarray, gen } = raw ?? {};
    if (typeof key !== "string") throw fail(`entry ${i} has no "key"`);
    try {
      decodeKey(key);
    } catch (error) {
      throw fail(
        `entry ${i} has the invalid key ${JSON.stringify(key)}`,
        error,
      );
    }
    if (entries.has(key)) throw fail(`the key ${key} appears twice`);
    if (!isSafeFileName(file)) {
      throw fail(
        `entry ${i} (${key}) has the unsafe file name ${JSON.stringify(file)}`,
      );
    }
    if (files.has(file.toLowerCase())) {
      throw fail(`the file "${file}" appears twice`);
    }
    if (!Object.hasOwn(CODEC_EXTENSIONS, codec)) {
      throw fail(
        `entry ${i} (${key}) has the unknown codec ${JSON.stringify(codec)}`,
      );
    }
    if (!isGen(gen) || gen > json.gen) {
      throw fail(`entry ${i} (${key}) has a bad "gen"`);
    }
    if (ndarray !== undefined && ndarray !== true) {
      throw fail(`entry ${i} (${key}) has a bad "ndarray"`);
    }
    files.add(file.toLowerCase());
    entries.set(
      key,
      ndarray ? { file, codec, ndarray, gen } : { file, codec, gen },
    );
  }
  return { gen: json.gen, entries };
}

function isGen(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
