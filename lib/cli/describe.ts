// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * One-line facts about a value for `persist show`: its type, shape, dtype,
 * size in bytes or entries, and where its data lives.
 *
 * @module
 */

import { descrOf, isTypedArray, NDArray } from "../npy/mod.ts";
import { isMap, isSet, mapEntries, setValues } from "./_refs.ts";
import { placeholderOf } from "./placeholder.ts";

/** What {@linkcode describeValue} says about a value. */
export interface ValueSummary {
  /**
   * The type: `"number"`, `"string"`, `"bigint"`, `"boolean"`, `"null"`,
   * `"undefined"`, `"Array"`, `"Object"`, `"Map"`, `"Set"`, `"Date"`,
   * `"RegExp"`, a typed array name (`"Float64Array"`), `"NDArray"`,
   * `"ArrayBuffer"`, `"DataView"`, or a class name.
   */
  type: string;
  /** Axis lengths of typed arrays (one axis) and NDArrays. */
  shape?: number[];
  /** The NumPy dtype (native byte order) of typed arrays and NDArrays. */
  dtype?: string;
  /** Bytes of binary data (typed arrays, NDArrays, buffers). */
  bytes?: number;
  /** Entries of arrays, objects (keys), Maps and Sets; characters of strings. */
  length?: number;
  /** The array file holding the data, when known. */
  file?: string;
  /** The dataset holding the data, in an HDF5 file. */
  dataset?: string;
  /** The module of a class, for instances of classes the archive imports. */
  module?: string;
  /** Why the array file holding the data cannot be read, when it cannot. */
  problem?: string;
}

/** What the caller knows about an array whose data was not read. */
export interface ArrayStub {
  /** The array file. */
  file: string;
  /** The dataset in the file, for HDF5. */
  dataset?: string;
  /** The NumPy dtype, native byte order. */
  dtype: string;
  /** Axis lengths, as the file holds them. */
  shape: number[];
  /** Bytes per element. */
  itemSize: number;
  /** Typed array values per element (2 for complex). */
  lanes: number;
  /**
   * Why the file cannot be read, when it cannot (then `dtype` is `""` and
   * `shape` is empty: they are not known).
   */
  problem?: string;
  /**
   * The stand-in NDArray the archive's `ndarray()` call gets for the file
   * (other stand-ins of it are views of its data).
   */
  ndarray?: object;
}

/**
 * Describes a value.
 *
 * @example Facts about values
 * ```ts
 * import { describeValue } from "./describe.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(describeValue(new Float64Array(4)), {
 *   type: "Float64Array", shape: [4], dtype: "<f8", bytes: 32,
 * });
 * assert.deepEqual(describeValue({ a: 1, b: 2 }), { type: "Object", length: 2 });
 * ```
 *
 * @param value Any value.
 * @param stubOf Tells about arrays whose data was not read (`persist show`
 * reads only headers): given a binary value, its stub or `undefined`.
 * @returns The facts.
 */
export function describeValue(
  value: unknown,
  stubOf?: (value: object) => ArrayStub | undefined,
): ValueSummary {
  if (value === null) return { type: "null" };
  if (typeof value === "string") {
    return { type: "string", length: value.length };
  }
  if (typeof value !== "object") return { type: typeof value };
  const stub = stubOf?.(value);
  if (stub !== undefined) {
    const size = stub.shape.reduce((a, b) => a * b, 1);
    const bytes = size * stub.itemSize;
    const where = stub.dataset === undefined
      ? { file: stub.file }
      : { file: stub.file, dataset: stub.dataset };
    if (stub.problem !== undefined) {
      // Its type, shape and dtype are in the file that cannot be read.
      return {
        type: value instanceof NDArray ? "NDArray" : "array",
        ...where,
        problem: stub.problem,
      };
    }
    if (value instanceof NDArray) {
      return {
        type: "NDArray",
        shape: stub.shape,
        dtype: stub.dtype,
        bytes,
        ...where,
      };
    }
    if (isTypedArray(value)) {
      return {
        type: value.constructor.name,
        shape: [size * Math.max(stub.lanes, 1)],
        dtype: descrOf(value),
        bytes,
        ...where,
      };
    }
    return { type: value.constructor.name, bytes, ...where };
  }
  if (value instanceof NDArray) {
    return {
      type: "NDArray",
      shape: [...value.shape],
      dtype: value.dtype,
      bytes: value.byteLength,
    };
  }
  if (isTypedArray(value)) {
    return {
      type: value.constructor.name,
      shape: [value.length],
      dtype: descrOf(value),
      bytes: value.byteLength,
    };
  }
  if (value instanceof ArrayBuffer) {
    return { type: "ArrayBuffer", bytes: value.byteLength };
  }
  if (value instanceof DataView) {
    return { type: "DataView", bytes: value.byteLength };
  }
  if (value instanceof Date) return { type: "Date" };
  if (value instanceof RegExp) return { type: "RegExp" };
  const info = placeholderOf(value);
  if (info !== undefined) {
    return { type: info.export, module: info.module };
  }
  const proto = Object.getPrototypeOf(value);
  const builtin = proto === null || proto === Object.prototype ||
    proto === Array.prototype || proto === Map.prototype ||
    proto === Set.prototype;
  const type = builtin
    ? (Array.isArray(value)
      ? "Array"
      : isMap(value)
      ? "Map"
      : isSet(value)
      ? "Set"
      : "Object")
    : proto.constructor?.name ?? "Object";
  const length = Array.isArray(value)
    ? value.length
    : isMap(value)
    ? mapEntries(value).length
    : isSet(value)
    ? setValues(value).length
    : Object.keys(value).length;
  return { type, length };
}

/**
 * Formats a byte count for people: `512 B`, `1.5 KiB`, `16.0 MiB`.
 *
 * @example Sizes
 * ```ts
 * import { formatBytes } from "./describe.ts";
 * import assert from "node:assert/strict";
 * assert.equal(formatBytes(512), "512 B");
 * assert.equal(formatBytes(16_000_000), "15.3 MiB");
 * ```
 *
 * @param bytes A count of bytes.
 * @returns The text.
 */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return u === 0 ? `${bytes} B` : `${n.toFixed(1)} ${units[u]}`;
}

/**
 * Formats a shape as NumPy prints it: `(1000, 2000)`, `(5,)`, `()`.
 *
 * @example Shapes
 * ```ts
 * import { formatShape } from "./describe.ts";
 * import assert from "node:assert/strict";
 * assert.equal(formatShape([5]), "(5,)");
 * assert.equal(formatShape([2, 3]), "(2, 3)");
 * ```
 *
 * @param shape Axis lengths.
 * @returns The text.
 */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/**
 * The SIZE cell of `persist show`: bytes for binary data, else the number
 * of entries, keys or characters.
 *
 * @example Size cells
 * ```ts
 * import { sizeText } from "./describe.ts";
 * import assert from "node:assert/strict";
 * assert.equal(sizeText({ type: "Object", length: 1 }), "1 key");
 * assert.equal(sizeText({ type: "Float64Array", bytes: 2048 }), "2.0 KiB");
 * ```
 *
 * @param summary What {@linkcode describeValue} said.
 * @returns The text, `""` when there is nothing to say.
 */
export function sizeText(summary: ValueSummary): string {
  if (summary.bytes !== undefined) return formatBytes(summary.bytes);
  if (summary.length === undefined) return "";
  const n = summary.length;
  const unit = summary.type === "string"
    ? "char"
    : summary.type === "Object"
    ? "key"
    : summary.type === "Map"
    ? "entry"
    : "item";
  const plural = n === 1 ? unit : unit === "entry" ? "entries" : `${unit}s`;
  return `${n} ${plural}`;
}
