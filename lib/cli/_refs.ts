// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// Finding objects that are referenced more than once (shared or cyclic), so
// the text and JSON forms can print them once and refer to them after.

import { isTypedArray, NDArray } from "../npy/mod.ts";
import { sparseIndices } from "../archive/_graph.ts";
import { ArrayExcerpt } from "./format_array.ts";
import { placeholderArgs } from "./placeholder.ts";

/** Whether a value is an object the printers descend into. */
export function isContainer(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  return !(value instanceof Date || value instanceof RegExp ||
    value instanceof NDArray || value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) || isTypedArray(value) ||
    value instanceof ArrayExcerpt);
}

/**
 * Whether an object is internally a Map (also when a restored instance of a
 * stand-in class has a prototype that is not Map's).
 */
export function isMap(value: object): value is Map<unknown, unknown> {
  if (isPlain(value)) return false;
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

/** Whether an object is internally a Set. */
export function isSet(value: object): value is Set<unknown> {
  if (isPlain(value)) return false;
  try {
    Set.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an object is an array or a plain object (or one without
 * prototype), which `load()` never makes of a Map or Set: answered without
 * the brand check, whose thrown error costs about 13 µs (a value of 100 000
 * records took seconds to print).
 */
function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The entries of an object that is internally a Map. */
export function mapEntries(value: Map<unknown, unknown>): [unknown, unknown][] {
  return [...Map.prototype.entries.call(value)];
}

/** The values of an object that is internally a Set. */
export function setValues(value: Set<unknown>): unknown[] {
  return [...Set.prototype.values.call(value)];
}

/**
 * Adds an array's elements to `out`: by key when it is sparse (it may be
 * 2^32 - 1 slots long), else slot by slot.
 */
function arrayElements(array: unknown[], out: unknown[]) {
  const indices = sparseIndices(array);
  if (indices !== undefined) {
    for (const k of indices) out.push(array[k]);
    return;
  }
  for (let i = 0; i < array.length; i++) if (i in array) out.push(array[i]);
}

/** The values directly inside a container, in printing order. */
export function childrenOf(value: object): unknown[] {
  const out: unknown[] = [];
  const args = placeholderArgs(value);
  if (args !== undefined) return args;
  if (isMap(value)) {
    for (const [k, v] of mapEntries(value)) out.push(k, v);
  } else if (isSet(value)) {
    for (const v of setValues(value)) out.push(v);
  } else if (Array.isArray(value)) {
    arrayElements(value, out);
  }
  if (!Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      out.push((value as Record<string, unknown>)[key]);
    }
  }
  return out;
}

/**
 * Counts how often each object is reached from the root (the root counts
 * once); objects are descended into on their first visit only.
 */
export function countRefs(root: unknown): Map<object, number> {
  const counts = new Map<object, number>();
  const visit = (value: unknown) => {
    if (value === null || typeof value !== "object") return;
    const n = counts.get(value);
    counts.set(value, (n ?? 0) + 1);
    if (n !== undefined || !isContainer(value)) return;
    for (const child of childrenOf(value)) visit(child);
  };
  visit(root);
  return counts;
}
