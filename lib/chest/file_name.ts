// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { type ChestKey, encodeKey } from "./key.ts";

/** Longest string key kept as its own file name. */
const MAX_PLAIN = 64;
/** Longest readable part in front of the hash of a hashed name. */
const MAX_SLUG = 40;
const PLAIN = /^[a-z0-9_][a-z0-9_.-]*$/;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/;

/**
 * The file name (without extension) under which a chest stores a key's
 * value by default. A short lower-case string key made of `a-z 0-9 _ . -`
 * is its own name (`"x"` → `x`); every other key gets a readable slug of its
 * canonical text, `~`, and 16 hex digits of the FNV-1a 64-bit hash of that
 * text (`1` → `1~…`, `["one", "two"]` → `one_two~…`, `"a/b"` → `a_b~…`).
 *
 * Names are one path component, never start with `.` (those are the
 * chest's own files), hold no control or upper-case characters (so two
 * keys never meet on a case-insensitive file system), avoid Windows device
 * names and are at most 64 characters long. Plain names contain no `~`, so
 * they never meet hashed ones.
 *
 * @example Names for a few keys
 * ```ts
 * import { fileBaseFor } from "./file_name.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(fileBaseFor("x"), "x");
 * assert.match(fileBaseFor(1), /^1~[0-9a-f]{16}$/);
 * assert.match(fileBaseFor(["one", "two"]), /^one_two~[0-9a-f]{16}$/);
 * assert.match(fileBaseFor("../etc/passwd"), /^etc_passwd~[0-9a-f]{16}$/);
 * ```
 *
 * @param key The key.
 * @returns A safe, bounded file name without extension.
 * @throws {TypeError} When the key is not a valid chest key.
 */
export function fileBaseFor(key: ChestKey): string {
  if (
    typeof key === "string" && key.length <= MAX_PLAIN && PLAIN.test(key) &&
    !key.endsWith(".") && !RESERVED.test(key)
  ) {
    return key;
  }
  const text = encodeKey(key);
  const slug = text.toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "_")
    .replace(/^[._-]+/, "")
    .slice(0, MAX_SLUG - 1)
    .replace(/[._]+$/, "");
  const safe = slug === "" ? "key" : RESERVED.test(slug) ? `_${slug}` : slug;
  return `${safe}~${fnv1a64(text)}`;
}

/**
 * The 64-bit FNV-1a hash of a string's UTF-8 bytes, as 16 hex digits.
 *
 * @example The reference value for "a"
 * ```ts
 * import { fnv1a64 } from "./file_name.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(fnv1a64("a"), "af63dc4c8601ec8c");
 * ```
 *
 * @param text The text to hash.
 * @returns 16 lower-case hex digits.
 */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // 0xcbf29ce484222325 as two 32-bit halves; the prime is 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of bytes) {
    lo ^= byte;
    const product = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(product / 0x1_0000_0000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = product >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/**
 * Checks a file name given by a chest's `fileName` option: one path
 * component, not starting with `.`, without control characters, slashes or
 * backslashes, at most 200 characters.
 *
 * @example A name with a slash is refused
 * ```ts
 * import { checkFileBase } from "./file_name.ts";
 * import assert from "node:assert/strict";
 *
 * assert.throws(() => checkFileBase("a/b", "x"), TypeError);
 * assert.equal(checkFileBase("x-1", "x"), "x-1");
 * ```
 *
 * @param name The name the function returned.
 * @param keyText The key's canonical text, for the message.
 * @returns The name.
 * @throws {TypeError} When the name is not safe.
 */
export function checkFileBase(name: unknown, keyText: string): string {
  if (!isSafeFileName(name, 200)) {
    throw new TypeError(
      `Cannot use ${
        JSON.stringify(name)
      } as the file name of chest key ${keyText}: ` +
        "a file name must be 1 to 200 characters, not start with a dot, and hold no slash, backslash or control character",
    );
  }
  return name;
}

/**
 * Tells whether a string is a safe file name inside a chest folder: one
 * path component of 1 to `maxLength` characters, not starting with `.`
 * (those are the chest's own files), without slash, backslash or control
 * characters.
 *
 * @example Checking names
 * ```ts
 * import { isSafeFileName } from "./file_name.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(isSafeFileName("x.npy"), true);
 * assert.equal(isSafeFileName("../x.npy"), false);
 * ```
 *
 * @param name The candidate.
 * @param maxLength The longest allowed name.
 * @returns `true` when the name is safe.
 */
export function isSafeFileName(name: unknown, maxLength = 255): name is string {
  if (
    typeof name !== "string" || name === "" || name.length > maxLength ||
    name.startsWith(".")
  ) {
    return false;
  }
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x2f || code === 0x5c) {
      return false;
    }
  }
  return true;
}
