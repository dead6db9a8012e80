// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import {
  descrOf,
  isTypedArray,
  type NDArrayData,
  parseDescr,
  type TypedArray,
} from "./dtype.ts";

/** Memory layout of an N-D array: row-major (`"C"`) or column-major (`"F"`). */
export type Order = "C" | "F";

/** Options for the {@linkcode NDArray} constructor. */
export interface NDArrayOptions {
  /**
   * Memory layout of `data`: `"C"` (last index varies fastest) or `"F"`
   * (first index varies fastest).
   *
   * @default {"C"}
   */
  order?: Order;
  /**
   * NumPy type descr, in native byte order. Needed where the typed array kind
   * alone is ambiguous: `"|b1"` for booleans in a `Uint8Array`, `"<c8"` and
   * `"<c16"` for complex values interleaved in a `Float32Array` or
   * `Float64Array`, `"<M8[s]"` for datetimes in a `BigInt64Array`.
   *
   * @default {the natural dtype of the typed array kind, e.g. "<f8" for Float64Array}
   */
  dtype?: string;
}

/**
 * An N-dimensional array: a flat buffer of values with a shape, a memory
 * order and a NumPy dtype. This is what `.npy` files and HDF5 datasets hold.
 *
 * `data` holds native-endian values in the stated order. Complex numbers are
 * interleaved (real, imaginary), so a complex array has two typed array
 * values per element. Booleans are a `Uint8Array` with dtype `"|b1"`; 64-bit
 * integers are `BigInt64Array`/`BigUint64Array`; half floats are
 * `Float16Array`; NumPy unicode strings (`"<U5"`) are a `string[]`.
 *
 * @example A 2×3 matrix in row-major order
 * ```ts
 * import { NDArray } from "@persist/persist";
 * import assert from "node:assert/strict";
 *
 * const a = new NDArray(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]);
 * assert.equal(a.dtype, "<f8");
 * assert.equal(a.size, 6);
 * assert.equal(a.get(1, 0), 4);
 * ```
 *
 * @example Complex values, Fortran order
 * ```ts
 * import { NDArray } from "@persist/persist";
 * import assert from "node:assert/strict";
 *
 * // 2 complex numbers: 1+2i, 3-4i
 * const z = new NDArray(new Float64Array([1, 2, 3, -4]), [2], { dtype: "<c16" });
 * assert.equal(z.size, 2);
 * const f = new NDArray(new Int32Array([1, 3, 2, 4]), [2, 2], { order: "F" });
 * assert.equal(f.get(0, 1), 2);
 * ```
 */
export class NDArray<T extends NDArrayData = NDArrayData> {
  /** The values, native-endian, in {@linkcode NDArray.order}. */
  readonly data: T;
  /** The length of each axis; `[]` for a 0-d (scalar) array. */
  readonly shape: readonly number[];
  /** Memory layout of `data`. */
  readonly order: Order;
  /** NumPy type descr in native byte order, e.g. `"<f8"`, `"|b1"`, `"<c16"`. */
  readonly dtype: string;

  /**
   * Constructs a new {@linkcode NDArray}, checking that data, shape and dtype
   * agree.
   *
   * @param data The values, flat, in the given order.
   * @param shape The axis lengths; defaults to one axis holding every element.
   * @param options Memory order and dtype.
   * @throws {TypeError} When the dtype is unknown or does not fit the data.
   * @throws {RangeError} When the shape does not match the number of values.
   */
  constructor(
    data: T,
    shape?: readonly number[],
    options: NDArrayOptions = {},
  ) {
    const { order = "C" } = options;
    if (order !== "C" && order !== "F") {
      throw new TypeError(
        `Cannot create an NDArray: order must be "C" or "F", got ${
          JSON.stringify(order)
        }`,
      );
    }
    const isStrings = Array.isArray(data);
    if (!isStrings && !isTypedArray(data)) {
      throw new TypeError(
        "Cannot create an NDArray: data must be a typed array or an array of strings",
      );
    }
    const dtype = options.dtype ??
      (isStrings
        ? `<U${maxLength(data as string[])}`
        : descrOf(data as TypedArray));
    const info = parseDescr(dtype);
    if (info === undefined || info.bigEndian || info.descr !== dtype) {
      const hint = info !== undefined && info.descr !== dtype
        ? `; data is native (little-endian), so use ${
          JSON.stringify(info.descr)
        }`
        : "";
      throw new TypeError(
        `Cannot create an NDArray with dtype ${JSON.stringify(dtype)}: ` +
          `it is not a supported NumPy descr${hint}`,
      );
    }
    if (isStrings) {
      if (info.ctor !== undefined) {
        throw new TypeError(
          `Cannot create an NDArray of strings with dtype "${dtype}": use a unicode dtype such as "<U8"`,
        );
      }
      const width = info.itemSize / 4;
      for (const [i, s] of (data as string[]).entries()) {
        if (typeof s !== "string" || codePoints(s) > width) {
          throw new TypeError(
            `Cannot create an NDArray with dtype "${dtype}": element ${i} is ${
              typeof s === "string"
                ? `longer than ${width} characters`
                : "not a string"
            }`,
          );
        }
      }
    } else if (
      info.ctor === undefined ||
      !(data instanceof info.ctor ||
        (info.ctor === Uint8Array && data instanceof Uint8ClampedArray))
    ) {
      throw new TypeError(
        `Cannot create an NDArray with dtype "${dtype}" from a ${data.constructor.name}: ` +
          `"${dtype}" needs a ${info.ctor?.name ?? "string[]"}`,
      );
    }
    const lanes = Math.max(info.lanes, 1);
    const dims = shape === undefined ? [data.length / lanes] : [...shape];
    for (const [i, n] of dims.entries()) {
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new RangeError(
          `Cannot create an NDArray: shape[${i}] must be a whole number >= 0, got ${n}`,
        );
      }
    }
    const size = dims.reduce((a, b) => a * b, 1);
    if (size * lanes !== data.length) {
      const per = lanes === 2 ? " (2 values per complex element)" : "";
      throw new RangeError(
        `Cannot create an NDArray of shape [${dims.join(", ")}]: it needs ${
          size * lanes
        } values${per} but data holds ${data.length}`,
      );
    }
    this.data = data;
    this.shape = Object.freeze(dims);
    this.order = order;
    this.dtype = dtype;
  }

  /** The number of elements (a complex number is one element). */
  get size(): number {
    return this.shape.reduce((a, b) => a * b, 1);
  }

  /** The number of axes. */
  get ndim(): number {
    return this.shape.length;
  }

  /** Bytes per element in a `.npy` file (16 for `<c16`, 20 for `<U5`). */
  get itemSize(): number {
    return parseDescr(this.dtype)!.itemSize;
  }

  /** Bytes of the array's values in a `.npy` file: `size * itemSize`. */
  get byteLength(): number {
    return this.size * this.itemSize;
  }

  /**
   * Reads one element by its N-D index, honouring the memory order. A
   * complex element is returned as `[re, im]`.
   *
   * @param index One integer per axis (none for a 0-d array).
   * @returns The element.
   * @throws {RangeError} When the index has the wrong length or is out of bounds.
   */
  get(...index: number[]): T[number] | [number, number] {
    const flat = this.#offset(index);
    if (parseDescr(this.dtype)!.lanes === 2) {
      const d = this.data as Float32Array | Float64Array;
      return [d[2 * flat], d[2 * flat + 1]];
    }
    return this.data[flat] as T[number];
  }

  #offset(index: number[]): number {
    const { shape } = this;
    if (index.length !== shape.length) {
      throw new RangeError(
        `Cannot index an NDArray of ${shape.length} axes with ${index.length} indices`,
      );
    }
    let flat = 0;
    let stride = 1;
    for (let k = 0; k < shape.length; k++) {
      const axis = this.order === "C" ? shape.length - 1 - k : k;
      const i = index[axis];
      if (!Number.isInteger(i) || i < 0 || i >= shape[axis]) {
        throw new RangeError(
          `Cannot index axis ${axis} of length ${shape[axis]} with ${i}`,
        );
      }
      flat += i * stride;
      stride *= shape[axis];
    }
    return flat;
  }
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function maxLength(strings: string[]): number {
  let max = 1;
  for (const s of strings) {
    if (typeof s === "string") max = Math.max(max, codePoints(s));
  }
  return max;
}

/**
 * The element strides of an array of `shape` stored in `order`: how many
 * elements apart two neighbours along each axis are (the last axis is the
 * fastest in C order, the first in Fortran order).
 *
 * @param shape The shape.
 * @param order `"C"` or `"F"`.
 * @returns One stride per axis.
 */
export function stridesOf(shape: readonly number[], order: Order): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let k = 0; k < shape.length; k++) {
    const axis = order === "C" ? shape.length - 1 - k : k;
    strides[axis] = stride;
    stride *= shape[axis];
  }
  return strides;
}
