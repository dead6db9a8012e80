// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { FormatError } from "../errors.ts";

/** How deeply info values may nest. */
export const MAX_INFO_DEPTH = 100;

/**
 * What info may hold, for messages: the values {@linkcode encodeInfo}
 * accepts.
 */
export const INFO_KINDS: string =
  "null, booleans, numbers (NaN, Infinity and -0 included), BigInts, strings, undefined, Dates, " +
  "and arrays and plain objects of these";

/**
 * Encodes an item's info as a JSON value, for one line of the index. JSON
 * values stand for themselves; what JSON lacks is written as an object with
 * one `$`-key: `{"$number":"NaN"}` (also `"Infinity"`, `"-Infinity"`,
 * `"-0"`), `{"$bigint":"12"}`, `{"$undefined":true}`,
 * `{"$date":"2024-01-31T12:00:00.000Z"}` (`null` for an invalid Date), and a
 * plain object with a key starting with `$` as `{"$object":{…}}`.
 *
 * Anything else (Map, Set, typed arrays, class instances, functions,
 * symbols, cycles, arrays with holes or extra properties) is refused:
 * info is a small tree of plain values, and big or rich data belongs in
 * the item itself. Shared references come back as copies. Objects without
 * prototype come back as plain objects.
 *
 * @example Encoding the info of a run
 * ```ts
 * import { decodeInfo, encodeInfo } from "./info_codec.ts";
 * import assert from "node:assert/strict";
 *
 * const info = { nx: 10, mu: 1.2, tol: -0, steps: 10n ** 20n };
 * const json = encodeInfo(info, 'set the info of "x_0"');
 * assert.equal(
 *   JSON.stringify(json),
 *   '{"nx":10,"mu":1.2,"tol":{"$number":"-0"},"steps":{"$bigint":"100000000000000000000"}}',
 * );
 * assert.deepEqual(decodeInfo(json), info);
 * ```
 *
 * @param info The info value.
 * @param action What was being done, for messages (`set the info of "x_0"`).
 * @returns A value `JSON.stringify` writes exactly.
 * @throws {TypeError} When the value holds something info cannot hold (the
 * message gives its path, such as `info.params[2]`).
 * @throws {RangeError} When the value nests deeper than
 * {@linkcode MAX_INFO_DEPTH}.
 */
export function encodeInfo(info: unknown, action: string): unknown {
  const stack = new Set<object>();
  const refuse = (path: string, what: string): never => {
    throw new TypeError(
      `Cannot ${action}: ${path} is ${what}; info may hold ${INFO_KINDS}; store other values in the item itself`,
    );
  };
  const encode = (value: unknown, path: string, depth: number): unknown => {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        return Number.isFinite(value) && !Object.is(value, -0)
          ? value
          : { $number: Object.is(value, -0) ? "-0" : String(value) };
      case "bigint":
        return { $bigint: value.toString() };
      case "undefined":
        return { $undefined: true };
      case "function":
        return refuse(
          path,
          `a function${value.name ? ` (${value.name})` : ""}`,
        );
      case "symbol":
        return refuse(path, "a symbol");
    }
    if (value === null) return null;
    const object = value as object;
    if (depth >= MAX_INFO_DEPTH) {
      throw new RangeError(
        `Cannot ${action}: ${path} is nested more than ${MAX_INFO_DEPTH} levels deep; keep info shallow`,
      );
    }
    if (stack.has(object)) {
      return refuse(path, "the object that contains it (a cycle)");
    }
    const proto = Object.getPrototypeOf(object);
    if (proto === Date.prototype) {
      const time = (object as Date).getTime();
      return {
        $date: Number.isNaN(time) ? null : (object as Date).toISOString(),
      };
    }
    stack.add(object);
    try {
      if (proto === Array.prototype) {
        const array = object as unknown[];
        if (Object.keys(array).length !== array.length) {
          const hole = Array.from(array.keys()).find((i) => !(i in array));
          return refuse(
            path,
            hole === undefined
              ? "an array with named properties"
              : `an array with a hole at index ${hole}`,
          );
        }
        return array.map((item, i) => encode(item, `${path}[${i}]`, depth + 1));
      }
      if (proto === Object.prototype || proto === null) {
        const out: Record<string, unknown> = {};
        let escape = false;
        for (const key of Object.keys(object)) {
          if (key.startsWith("$")) escape = true;
          define(
            out,
            key,
            encode(
              (object as Record<string, unknown>)[key],
              `${path}${propertyPath(key)}`,
              depth + 1,
            ),
          );
        }
        return escape ? { $object: out } : out;
      }
      return refuse(path, describeObject(object));
    } finally {
      stack.delete(object);
    }
  };
  return encode(info, "info", 0);
}

/**
 * Decodes an info value written by {@linkcode encodeInfo}, giving a new
 * value each call.
 *
 * @example Decoding tagged values
 * ```ts
 * import { decodeInfo } from "./info_codec.ts";
 * console.log(decodeInfo({ $number: "NaN" })); // NaN
 * console.log(decodeInfo([1, { $bigint: "-5" }])); // [1, -5n]
 * ```
 *
 * @param json The encoded value, as parsed from JSON.
 * @param where Where it was read, for messages (`"runs/index.jsonl" line 3`).
 * @returns The info value.
 * @throws {FormatError} When a `$`-tag is unknown or malformed.
 */
export function decodeInfo(json: unknown, where = "the index"): unknown {
  const bad = (why: string): never => {
    throw new FormatError(
      `Cannot read the info in ${where}: ${why}; the index is damaged or was written by a newer persist`,
    );
  };
  const decode = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map(decode);
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    if (keys.length === 1 && keys[0].startsWith("$")) {
      const tag = keys[0];
      const body = record[tag];
      switch (tag) {
        case "$number":
          if (body === "NaN") return NaN;
          if (body === "Infinity") return Infinity;
          if (body === "-Infinity") return -Infinity;
          if (body === "-0") return -0;
          return bad(`{"$number": ${JSON.stringify(body)}} is not a number`);
        case "$bigint":
          if (typeof body === "string" && /^-?\d+$/.test(body)) {
            return BigInt(body);
          }
          return bad(`{"$bigint": ${JSON.stringify(body)}} is not a BigInt`);
        case "$undefined":
          return undefined;
        case "$date":
          if (body === null) return new Date(NaN);
          if (typeof body === "string") {
            const date = new Date(body);
            if (!Number.isNaN(date.getTime())) return date;
          }
          return bad(`{"$date": ${JSON.stringify(body)}} is not a date`);
        case "$object":
          if (
            body !== null && typeof body === "object" && !Array.isArray(body)
          ) {
            return decodeObject(body as Record<string, unknown>);
          }
          return bad(`"$object" must hold an object`);
        default:
          return bad(`the tag "${tag}" is unknown`);
      }
    }
    if (keys.some((key) => key.startsWith("$"))) {
      return bad(
        `an object has a "$" key beside others (${
          JSON.stringify(keys.find((k) => k.startsWith("$")))
        })`,
      );
    }
    return decodeObject(record);
  };
  const decodeObject = (record: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      define(out, key, decode(record[key]));
    }
    return out;
  };
  return decode(json);
}

function define(out: Record<string, unknown>, key: string, value: unknown) {
  if (key === "__proto__") {
    Object.defineProperty(out, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    out[key] = value;
  }
}

function propertyPath(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key)
    ? `.${key}`
    : `[${JSON.stringify(key)}]`;
}

function describeObject(object: object): string {
  const name = (object as { constructor?: { name?: unknown } }).constructor
    ?.name;
  if (object instanceof Map) return "a Map";
  if (object instanceof Set) return "a Set";
  if (ArrayBuffer.isView(object)) {
    return `a ${typeof name === "string" ? name : "typed array"}`;
  }
  if (Array.isArray(object)) return "an instance of an Array subclass";
  return typeof name === "string" && name !== ""
    ? `an instance of the class ${name}`
    : "an object with a prototype that is not Object.prototype";
}
