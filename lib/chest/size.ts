// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { isTypedArray } from "../npy/dtype.ts";
import { NDArray } from "../npy/nd_array.ts";

/**
 * Estimates the bytes a value holds in memory, the measure a chest keeps
 * under its budget. Typed arrays, `ArrayBuffer`s and `DataView`s count their
 * `byteLength` exactly, an {@linkcode NDArray} the `byteLength` of its data
 * (2 bytes per character for string data); other values are estimated:
 * 8 bytes for a number, boolean, `null` or `undefined`, 16 + 2 per UTF-16
 * unit for a string, 16 + the digits for a bigint, 16 for a `Date`, and for
 * arrays, plain objects, `Map`s and `Set`s 16 plus 8 per slot plus their
 * keys and contents. An object reached twice (shared, or a cycle) counts
 * once.
 *
 * @example A typed array counts its bytes
 * ```ts
 * import { sizeOf } from "./size.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(sizeOf(new Int32Array(1000)), 4000);
 * assert.equal(sizeOf("abc"), 22);
 * ```
 *
 * @param value Any value.
 * @returns Estimated bytes, at least 0.
 */
export function sizeOf(value: unknown): number {
  return measure(value, new Set());
}

function measure(value: unknown, seen: Set<object>): number {
  switch (typeof value) {
    case "string":
      return 16 + 2 * value.length;
    case "bigint":
      return 16 + Math.ceil(value.toString(16).length / 2);
    case "object":
      break;
    case "function":
      return 16;
    default:
      return 8;
  }
  if (value === null) return 8;
  if (seen.has(value)) return 0;
  seen.add(value);
  if (isTypedArray(value) || value instanceof DataView) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (value instanceof NDArray) {
    if (!Array.isArray(value.data)) return value.data.byteLength;
    return value.data.reduce((sum, s) => sum + 2 * s.length, 0);
  }
  if (value instanceof Date) return 16;
  let total = 16;
  if (Array.isArray(value)) {
    for (const item of value) total += 8 + measure(item, seen);
  } else if (value instanceof Map) {
    for (const [k, v] of value) {
      total += 16 + measure(k, seen) + measure(v, seen);
    }
  } else if (value instanceof Set) {
    for (const item of value) total += 8 + measure(item, seen);
  } else {
    for (const key in value) {
      total += 8 + 2 * key.length +
        measure((value as Record<string, unknown>)[key], seen);
    }
  }
  return total;
}
