// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/** Any typed array kind that an {@linkcode NDArray} can hold. */
export type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float16Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/**
 * The values of an {@linkcode NDArray}: a native-endian typed array, or for
 * NumPy's fixed-width unicode dtype (`<U5`) an array of strings.
 */
export type NDArrayData = TypedArray | string[];

/** A constructor of one of the typed array kinds. */
export type TypedArrayConstructor =
  | Int8ArrayConstructor
  | Uint8ArrayConstructor
  | Uint8ClampedArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Float16ArrayConstructor
  | Float32ArrayConstructor
  | Float64ArrayConstructor
  | BigInt64ArrayConstructor
  | BigUint64ArrayConstructor;

/** What we know about one NumPy dtype, after its byte order is removed. */
export interface DtypeInfo {
  /** The native-order NumPy descr, as stored in an NDArray (`"<f8"`, `"|b1"`). */
  readonly descr: string;
  /** Bytes per array element (a complex number counts as one element). */
  readonly itemSize: number;
  /** Typed array values per element: 2 for complex, 1 otherwise, 0 for strings. */
  readonly lanes: number;
  /** The typed array kind holding the values, or `undefined` for strings. */
  readonly ctor: TypedArrayConstructor | undefined;
  /** Bytes per typed array value, the unit of byte swapping. */
  readonly laneSize: number;
}

/** Kind letter and size → the typed array that holds it, with lane count. */
const NUMERIC: Record<string, [TypedArrayConstructor, number]> = {
  b1: [Uint8Array, 1],
  i1: [Int8Array, 1],
  u1: [Uint8Array, 1],
  i2: [Int16Array, 1],
  u2: [Uint16Array, 1],
  i4: [Int32Array, 1],
  u4: [Uint32Array, 1],
  i8: [BigInt64Array, 1],
  u8: [BigUint64Array, 1],
  f2: [Float16Array, 1],
  f4: [Float32Array, 1],
  f8: [Float64Array, 1],
  c8: [Float32Array, 2],
  c16: [Float64Array, 2],
};

/** NumPy's datetime and timedelta units, which are held as int64 counts. */
const TIME_UNITS = new Set([
  "Y",
  "M",
  "W",
  "D",
  "h",
  "m",
  "s",
  "ms",
  "us",
  "μs",
  "ns",
  "ps",
  "fs",
  "as",
  "generic",
]);

/** The result of parsing a descr: its native form and its byte order. */
export interface ParsedDescr extends DtypeInfo {
  /** True when the stored bytes are big-endian and must be swapped. */
  readonly bigEndian: boolean;
}

/**
 * Parses a NumPy type descr such as `"<f8"`, `">i4"`, `"|b1"`, `"<U5"` or
 * `"<M8[ns]"`. Returns `undefined` for descrs this library does not support;
 * callers turn that into an error naming the file.
 *
 * @param descr The descr string from a header or an NDArray.
 * @returns Its size, typed array kind and byte order, or `undefined`.
 */
export function parseDescr(descr: string): ParsedDescr | undefined {
  const match = /^([<>|=]?)([a-zA-Z])(\d*)(?:\[([^\]]+)\])?$/.exec(descr);
  if (match === null) return undefined;
  const [, orderChar, kind, digits, unit] = match;
  const size = digits === "" ? undefined : Number(digits);
  const bigEndian = orderChar === ">";
  if (unit !== undefined) {
    // datetime64 / timedelta64: int64 counts of the unit.
    if ((kind !== "M" && kind !== "m") || (size ?? 8) !== 8) return undefined;
    if (!TIME_UNITS.has(unit.replace(/^\d+/, ""))) return undefined;
    return {
      descr: `<${kind}8[${unit}]`,
      itemSize: 8,
      lanes: 1,
      ctor: BigInt64Array,
      laneSize: 8,
      bigEndian,
    };
  }
  if (kind === "U") {
    if (size === undefined || !Number.isSafeInteger(size) || size < 1) {
      return undefined;
    }
    return {
      descr: `<U${size}`,
      itemSize: size * 4,
      lanes: 0,
      ctor: undefined,
      laneSize: 4,
      bigEndian,
    };
  }
  const code = kind === "?" ? "b1" : `${kind}${digits}`;
  const entry = NUMERIC[code];
  if (entry === undefined) return undefined;
  const [ctor, lanes] = entry;
  const laneSize = ctor.BYTES_PER_ELEMENT;
  return {
    descr: laneSize === 1 ? `|${code}` : `<${code}`,
    itemSize: laneSize * lanes,
    lanes,
    ctor,
    laneSize,
    bigEndian: bigEndian && laneSize > 1,
  };
}

/**
 * The default NumPy descr for a typed array kind (1-D, real values):
 * `Float64Array` → `"<f8"`, `Uint8Array` → `"|u1"`.
 *
 * @param data A typed array.
 * @returns Its descr.
 */
export function descrOf(data: TypedArray): string {
  switch (data.constructor) {
    case Int8Array:
      return "|i1";
    case Uint8Array:
    case Uint8ClampedArray:
      return "|u1";
    case Int16Array:
      return "<i2";
    case Uint16Array:
      return "<u2";
    case Int32Array:
      return "<i4";
    case Uint32Array:
      return "<u4";
    case Float16Array:
      return "<f2";
    case Float32Array:
      return "<f4";
    case Float64Array:
      return "<f8";
    case BigInt64Array:
      return "<i8";
    case BigUint64Array:
      return "<u8";
  }
  throw new TypeError(
    `Cannot find a dtype for ${data.constructor.name}: pass a typed array`,
  );
}

/**
 * Tells whether a value is one of the typed array kinds (not a DataView).
 *
 * @param value Anything.
 * @returns `true` for typed arrays.
 */
export function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** True when this machine stores numbers little-endian (every Deno target). */
export const LITTLE_ENDIAN: boolean =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
