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
  // A loop over a stack of values still to measure, not recursion: a value
  // may be a chain of objects far deeper than the call stack.
  const seen = new Set<object>();
  const todo: unknown[] = [value];
  let total = 0;
  while (todo.length > 0) {
    const item = todo.pop();
    if (typeof item !== "object" || item === null) {
      total += primitiveSize(item);
    } else if (!seen.has(item)) {
      seen.add(item);
      total += ownSize(item, todo);
    }
  }
  return total;
}

function primitiveSize(value: unknown): number {
  switch (typeof value) {
    case "string":
      return 16 + 2 * value.length;
    case "bigint":
      return 16 + Math.ceil(value.toString(16).length / 2);
    case "function":
      return 16;
    default:
      return 8;
  }
}

/** An object's own bytes; pushes what it holds onto `todo`. */
function ownSize(object: object, todo: unknown[]): number {
  if (isTypedArray(object) || object instanceof DataView) {
    return object.byteLength;
  }
  if (object instanceof ArrayBuffer) return object.byteLength;
  if (object instanceof NDArray) {
    if (!Array.isArray(object.data)) return object.data.byteLength;
    return object.data.reduce((sum, s) => sum + 2 * s.length, 0);
  }
  if (object instanceof Date) return 16;
  if (Array.isArray(object)) {
    for (const item of object) todo.push(item);
    return 16 + 8 * object.length;
  }
  if (object instanceof Map) {
    for (const [k, v] of object) todo.push(k, v);
    return 16 + 16 * object.size;
  }
  if (object instanceof Set) {
    for (const item of object) todo.push(item);
    return 16 + 8 * object.size;
  }
  let total = 16;
  for (const key in object) {
    total += 8 + 2 * key.length;
    todo.push((object as Record<string, unknown>)[key]);
  }
  return total;
}
