// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * A key of a {@linkcode Chest}: a string, a number, a bigint, a boolean, or
 * an array of these (nested arrays too), like a Python tuple. Keys of
 * different types are different keys: `1`, `"1"`, `1n`, `[1]` and `["1"]`
 * are five keys. Numbers compare like `Map` keys (`-0` is `0`, `NaN` is one
 * key).
 */
export type ChestKey =
  | string
  | number
  | bigint
  | boolean
  | readonly ChestKey[];

/**
 * Encodes a key as its canonical text: one string per key, different for
 * different keys. Strings are JSON strings (`"a"`), numbers are written by
 * `Number.prototype.toString` with `-0` as `0` (`1`, `1.5`, `NaN`,
 * `-Infinity`), bigints end in `n` (`12n`), booleans are `true`/`false`, and
 * arrays are `[` their elements joined by `,` `]`, with no spaces. For keys
 * without bigints, `NaN` or infinities the text is JSON.
 *
 * @example Keys of different types stay apart
 * ```ts
 * import { encodeKey } from "./key.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(encodeKey(1), "1");
 * assert.equal(encodeKey("1"), '"1"');
 * assert.equal(encodeKey(["a", 2n, [true]]), '["a",2n,[true]]');
 * ```
 *
 * @param key The key.
 * @returns Its canonical text.
 * @throws {TypeError} When the key is not a string, number, bigint, boolean
 * or an array of these, or when an array contains itself.
 */
export function encodeKey(key: ChestKey): string {
  switch (typeof key) {
    case "string":
      return JSON.stringify(key);
    case "number":
      return key === 0 ? "0" : String(key);
    case "bigint":
      return `${key}n`;
    case "boolean":
      return key ? "true" : "false";
  }
  return encodeArray(key, new Set());
}

function encodeArray(key: unknown, stack: Set<unknown>): string {
  if (!Array.isArray(key)) throw badKey(key);
  if (stack.has(key)) {
    throw new TypeError(
      "Cannot use an array that contains itself as a chest key",
    );
  }
  stack.add(key);
  const parts = [];
  for (let i = 0; i < key.length; i++) {
    const item = key[i];
    parts.push(
      Array.isArray(item) ? encodeArray(item, stack) : encodeKey(item),
    );
  }
  stack.delete(key);
  return `[${parts.join(",")}]`;
}

function badKey(key: unknown): TypeError {
  const what = key === null
    ? "null"
    : typeof key === "object"
    ? `an instance of ${key.constructor?.name ?? "Object"}`
    : typeof key;
  return new TypeError(
    `Cannot use ${what} as a chest key: keys are strings, numbers, bigints, booleans or arrays of these`,
  );
}

const NUMBER = /^(?:-?(?:\d+(?:\.\d+)?(?:e[+-]\d+)?|Infinity)|NaN)/;
const BIGINT = /^-?\d+n/;

/**
 * Decodes the canonical text made by {@linkcode encodeKey} back into a key.
 *
 * @example Round trip of a tuple-like key
 * ```ts
 * import { decodeKey, encodeKey } from "./key.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(decodeKey(encodeKey(["run", 3])), ["run", 3]);
 * ```
 *
 * @param text Canonical key text.
 * @returns The key.
 * @throws {SyntaxError} When the text is not the canonical text of a key.
 */
export function decodeKey(text: string): ChestKey {
  const [key, end] = parseAt(text, 0);
  if (end !== text.length || encodeKey(key) !== text) {
    throw new SyntaxError(
      `Cannot decode chest key ${
        JSON.stringify(text)
      }: it is not canonical key text`,
    );
  }
  return key;
}

function parseAt(text: string, at: number): [ChestKey, number] {
  const c = text[at];
  if (c === '"') {
    let i = at + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) throw truncated(text);
    return [JSON.parse(text.slice(at, i + 1)), i + 1];
  }
  if (c === "[") {
    const items: ChestKey[] = [];
    let i = at + 1;
    if (text[i] === "]") return [items, i + 1];
    for (;;) {
      const [item, next] = parseAt(text, i);
      items.push(item);
      if (text[next] === "]") return [items, next + 1];
      if (text[next] !== ",") throw truncated(text);
      i = next + 1;
    }
  }
  const rest = text.slice(at);
  if (rest.startsWith("true")) return [true, at + 4];
  if (rest.startsWith("false")) return [false, at + 5];
  const big = BIGINT.exec(rest);
  if (big) return [BigInt(big[0].slice(0, -1)), at + big[0].length];
  const num = NUMBER.exec(rest);
  if (num) return [Number(num[0]), at + num[0].length];
  throw truncated(text);
}

function truncated(text: string): SyntaxError {
  return new SyntaxError(
    `Cannot decode chest key ${
      JSON.stringify(text)
    }: it is not canonical key text`,
  );
}
