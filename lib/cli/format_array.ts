// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * NumPy-style text for typed arrays and N-D arrays: nested brackets, the
 * first and last `edgeItems` of each axis with `...` between them when the
 * array has more than `threshold` elements, elements padded to one width,
 * rows wrapped at `lineWidth` columns.
 *
 * @module
 */

import {
  isTypedArray,
  NDArray,
  parseDescr,
  type TypedArray,
} from "../npy/mod.ts";
import { stridesOf } from "../npy/nd_array.ts";
import { quoteString } from "./table.ts";

/** Options for {@linkcode formatArray}. */
export interface FormatArrayOptions {
  /**
   * Print every element, however many.
   *
   * @default {false}
   */
  full?: boolean;
  /**
   * Summarize (head, `...`, tail) arrays with more elements than this.
   *
   * @default {1000}
   */
  threshold?: number;
  /**
   * Elements kept at each end of a summarized axis.
   *
   * @default {3}
   */
  edgeItems?: number;
  /**
   * Wrap rows longer than this many columns.
   *
   * @default {75}
   */
  lineWidth?: number;
  /**
   * Everything on one line (for arrays nested in other values).
   *
   * @default {false}
   */
  oneLine?: boolean;
  /**
   * Start with the header (`Float64Array(3)`, `NDArray(2, 3) <f8`).
   *
   * @default {true}
   */
  header?: boolean;
}

/**
 * An array of which only the elements a summary shows were read: along each
 * axis longer than `2 * edgeItems`, its first and last `edgeItems` indices,
 * and along the others all. {@linkcode formatArray} and `toJsonValue()`
 * print it as they summarize the whole array (`persist get` reads no more
 * of a big array in a `.npy` file or an HDF5 dataset than that).
 *
 * @example The summary of a million numbers from six
 * ```ts
 * import { ArrayExcerpt, formatArray } from "./format_array.ts";
 * import assert from "node:assert/strict";
 * const edges = new Float64Array([0, 1, 2, 999997, 999998, 999999]);
 * assert.equal(
 *   formatArray(new ArrayExcerpt(edges, [1_000_000]), { oneLine: true }),
 *   "Float64Array(1000000) [0, 1, 2, ..., 999997, 999998, 999999]",
 * );
 * ```
 */
export class ArrayExcerpt {
  /** The elements shown, as a typed array or an NDArray like the whole one. */
  readonly edges: NDArray | TypedArray;
  /** The whole array's axis lengths. */
  readonly shape: readonly number[];
  /** Indices kept at each end of a long axis. */
  readonly edgeItems: number;

  /**
   * Makes an excerpt.
   *
   * @param edges The elements shown (a typed array for a typed array, of
   * one axis; an NDArray for an NDArray, in its memory order).
   * @param shape The whole array's axis lengths.
   * @param edgeItems Indices kept at each end of a long axis.
   * @throws {RangeError} When `edges` does not have the shape that `shape`
   * and `edgeItems` give.
   */
  constructor(
    edges: NDArray | TypedArray,
    shape: readonly number[],
    edgeItems = 3,
  ) {
    const edgeShape = edges instanceof NDArray ? edges.shape : [edges.length];
    const expected = shape.map((n) => (n > 2 * edgeItems ? 2 * edgeItems : n));
    if (
      edgeShape.length !== shape.length ||
      expected.some((n, axis) => edgeShape[axis] !== n)
    ) {
      throw new RangeError(
        `Cannot make an excerpt of shape [${
          shape.join(", ")
        }] from edges of shape [${edgeShape.join(", ")}]: they need shape [${
          expected.join(", ")
        }]`,
      );
    }
    this.edges = edges;
    this.shape = [...shape];
    this.edgeItems = edgeItems;
  }

  /** The whole array's number of elements. */
  get size(): number {
    return this.shape.reduce((a, b) => a * b, 1);
  }
}

/**
 * The header of an array's text: its kind and shape, and for an
 * {@linkcode NDArray} its dtype (and `order F` when Fortran-ordered).
 *
 * @example Headers
 * ```ts
 * import { arrayHeader } from "./format_array.ts";
 * import { NDArray } from "../npy/mod.ts";
 * import assert from "node:assert/strict";
 * assert.equal(arrayHeader(new Float64Array(5)), "Float64Array(5)");
 * assert.equal(arrayHeader(new NDArray(new Int32Array(6), [2, 3])), "NDArray(2, 3) <i4");
 * ```
 *
 * @param array A typed array, an NDArray or an excerpt of one.
 * @returns The header.
 */
export function arrayHeader(
  array: NDArray | TypedArray | ArrayExcerpt,
): string {
  if (array instanceof ArrayExcerpt) {
    const { edges, shape } = array;
    if (!(edges instanceof NDArray)) {
      return `${edges.constructor.name}(${shape[0]})`;
    }
    const order = edges.order === "F" && shape.length > 1 ? " order F" : "";
    return `NDArray(${shape.join(", ")}) ${edges.dtype}${order}`;
  }
  if (!(array instanceof NDArray)) {
    return `${array.constructor.name}(${array.length})`;
  }
  const order = array.order === "F" && array.ndim > 1 ? " order F" : "";
  return `NDArray(${array.shape.join(", ")}) ${array.dtype}${order}`;
}

/**
 * Formats a typed array or an N-D array the way NumPy prints arrays: the
 * header line, then the values in nested brackets. Arrays with more than
 * `threshold` elements show only the first and last `edgeItems` along each
 * axis, unless `full` is set. Elements are padded to one width (except on
 * one line). Floats have up to 8 significant digits,
 * complex numbers read `1+2j`, 64-bit integers are exact, NaT is `NaT`.
 *
 * @example A summarized vector and a small matrix
 * ```ts
 * import { formatArray } from "./format_array.ts";
 * import { NDArray } from "../npy/mod.ts";
 * import assert from "node:assert/strict";
 *
 * const v = new Float64Array(2000).map((_, i) => i / 4);
 * assert.equal(
 *   formatArray(v),
 *   "Float64Array(2000)\n[     0,   0.25,    0.5, ..., 499.25,  499.5, 499.75]",
 * );
 * assert.equal(
 *   formatArray(v, { oneLine: true }),
 *   "Float64Array(2000) [0, 0.25, 0.5, ..., 499.25, 499.5, 499.75]",
 * );
 * const m = new NDArray(new Int32Array([1, 20, 3, 40]), [2, 2]);
 * assert.equal(formatArray(m), "NDArray(2, 2) <i4\n[[ 1, 20],\n [ 3, 40]]");
 * ```
 *
 * @param array A typed array (one axis), an NDArray, or an excerpt of one.
 * @param options Summary, wrapping and header.
 * @returns The text (no final line break).
 * @throws {RangeError} When an {@linkcode ArrayExcerpt} lacks elements the
 * options show (`full`, a bigger `threshold`, other `edgeItems`).
 */
export function formatArray(
  array: NDArray | TypedArray | ArrayExcerpt,
  options: FormatArrayOptions = {},
): string {
  const {
    full = false,
    threshold = 1000,
    edgeItems = 3,
    lineWidth = 75,
    oneLine = false,
    header = true,
  } = options;
  const excerpt = array instanceof ArrayExcerpt ? array : undefined;
  const source = excerpt?.edges ?? array as NDArray | TypedArray;
  const nd = source instanceof NDArray ? source : undefined;
  const data = nd?.data ?? (source as TypedArray);
  const held = nd?.shape ?? [data.length];
  const shape = excerpt?.shape ?? held;
  const dtype = nd?.dtype ?? "";
  const info = nd === undefined ? undefined : parseDescr(dtype);
  const lanes = info?.lanes === 2 ? 2 : 1;
  const ndim = shape.length;
  const size = shape.reduce((a, b) => a * b, 1);
  const summarize = !full && size > threshold;
  if (excerpt && (!summarize || edgeItems !== excerpt.edgeItems)) {
    throw new RangeError(
      `Cannot format an excerpt of ${size} elements ${
        summarize ? `with ${edgeItems} edge items` : "in full"
      }: it holds only the first and last ${excerpt.edgeItems} along each axis`,
    );
  }
  // Strides of the elements held; an excerpt holds index i of a long axis
  // at i, or, near its end, at i - (length - 2 * edgeItems).
  const strides = stridesOf(held, nd?.order ?? "C");
  const at = (axis: number, i: number) =>
    i < edgeItems ? i : i - shape[axis] + held[axis];
  const cellOf = cellFormatter(data, dtype, lanes);

  // Pass 1: the text of every element shown, in order, for a common width.
  const cells: string[] = [];
  const shown = (n: number) =>
    summarize && n > 2 * edgeItems
      ? [...range(0, edgeItems), -1, ...range(n - edgeItems, n)]
      : range(0, n);
  const collect = (axis: number, flat: number) => {
    if (axis === ndim) {
      cells.push(cellOf(flat));
      return;
    }
    for (const i of shown(shape[axis])) {
      if (i >= 0) collect(axis + 1, flat + at(axis, i) * strides[axis]);
    }
  };
  if (size > 0) collect(0, 0);
  const numeric = !Array.isArray(data) && !oneLine;
  const width = numeric
    ? cells.reduce((max, c) => Math.max(max, c.length), 0)
    : 0;
  let next = 0;
  const cell = () => cells[next++].padStart(width);

  // Pass 2: brackets, separators and wrapping.
  const block = (axis: number, flat: number, hanging: string): string => {
    if (axis === ndim) return cell();
    const n = shape[axis];
    if (n === 0) return "[]";
    const indices = shown(n);
    if (axis === ndim - 1) {
      let out = "[";
      let column = hanging.length + 1;
      indices.forEach((i, k) => {
        const piece = (i < 0 ? "..." : cell()) +
          (k < indices.length - 1 ? "," : "");
        if (k > 0) {
          if (!oneLine && column + 1 + piece.length > lineWidth) {
            out += `\n${hanging} `;
            column = hanging.length + 1;
          } else {
            out += " ";
            column += 1;
          }
        }
        out += piece;
        column += piece.length;
      });
      return `${out}]`;
    }
    const inner = `${hanging} `;
    const parts = indices.map((i) =>
      i < 0 ? "..." : block(axis + 1, flat + at(axis, i) * strides[axis], inner)
    );
    const separator = oneLine
      ? ", "
      : `,${"\n".repeat(ndim - axis - 1)}${inner}`;
    return `[${parts.join(separator)}]`;
  };
  const body = ndim === 0 ? cell() : block(0, 0, "");
  if (!header) return body;
  return `${arrayHeader(array)}${oneLine ? " " : "\n"}${body}`;
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}

/**
 * Formats a number as the tool prints array elements: up to 8 significant
 * digits, `-0`, `NaN`, `Infinity`.
 *
 * @example Rounding to 8 digits
 * ```ts
 * import { formatFloat } from "./format_array.ts";
 * import assert from "node:assert/strict";
 * assert.equal(formatFloat(Math.fround(0.1)), "0.1");
 * assert.equal(formatFloat(1 / 3), "0.33333333");
 * assert.equal(formatFloat(-0), "-0");
 * ```
 *
 * @param x A number.
 * @returns Its text.
 */
export function formatFloat(x: number): string {
  if (Object.is(x, -0)) return "-0";
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(8)));
}

const NAT = -(2n ** 63n);

function cellFormatter(
  data: TypedArray | string[],
  dtype: string,
  lanes: number,
): (flat: number) => string {
  if (Array.isArray(data)) return (i) => quoteString(data[i]);
  if (lanes === 2) {
    const d = data as Float32Array | Float64Array;
    return (i) => {
      const re = d[2 * i];
      const im = d[2 * i + 1];
      const sign = im < 0 || Object.is(im, -0) ? "-" : "+";
      const abs = Number.isNaN(im) ? "NaN" : formatFloat(Math.abs(im));
      return `${formatFloat(re)}${sign}${abs}j`;
    };
  }
  if (dtype === "|b1") return (i) => (data[i] ? "true" : "false");
  if (/^<[mM]8/.test(dtype)) {
    return (i) => (data[i] === NAT ? "NaT" : String(data[i]));
  }
  if (
    data instanceof Float64Array || data instanceof Float32Array ||
    data instanceof Float16Array
  ) {
    return (i) => formatFloat(data[i] as number);
  }
  return (i) => String(data[i]);
}

/**
 * Tells whether a value is printed as an array by {@linkcode formatArray}.
 *
 * @example Arrays and others
 * ```ts
 * import { isArrayLike } from "./format_array.ts";
 * import assert from "node:assert/strict";
 * assert.equal(isArrayLike(new Uint8Array(1)), true);
 * assert.equal(isArrayLike([1]), false);
 * ```
 *
 * @param value Any value.
 * @returns `true` for typed arrays, NDArrays and excerpts of them.
 */
export function isArrayLike(
  value: unknown,
): value is NDArray | TypedArray | ArrayExcerpt {
  return value instanceof NDArray || isTypedArray(value) ||
    value instanceof ArrayExcerpt;
}
