// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { decode, encode, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import { FormatError } from "../errors.ts";
import { decodeNpy } from "../npy/decode.ts";
import { isTypedArray, type TypedArray } from "../npy/dtype.ts";
import { encodeNpy } from "../npy/encode.ts";
import { NDArray } from "../npy/nd_array.ts";

/**
 * The MessagePack extension types of the default chest codec. The format is
 * documented in `docs/CHEST.md` so that other languages can read the files.
 */
export const EXT = {
  /** `undefined`; empty payload. */
  undefined: 0,
  /** The number `-0`; empty payload. */
  negativeZero: 1,
  /** A bigint; payload: its decimal digits in ASCII, with a leading `-` if negative. */
  bigint: 2,
  /** A `Map`; payload: a MessagePack array `[k1, v1, k2, v2, …]`. */
  map: 3,
  /** A `Set`; payload: a MessagePack array of the members. */
  set: 4,
  /** A typed array; payload: one kind byte (see {@linkcode TYPED_KINDS}) then the little-endian bytes. */
  typedArray: 5,
  /** An `NDArray`; payload: the bytes of a `.npy` file. */
  ndarray: 6,
  /** A string that is not well-formed UTF-16 (a lone surrogate); payload: UTF-16LE code units. */
  utf16: 7,
  /** An `ArrayBuffer`; payload: its bytes. */
  arrayBuffer: 8,
  /** A `Date` whose time is `NaN`; empty payload (valid dates use the standard timestamp type -1). */
  invalidDate: 9,
  /** A `RegExp`; payload: a MessagePack array `[source, flags]`. */
  regExp: 10,
  /** An object without prototype; payload: a MessagePack map of its entries. */
  nullObject: 11,
  /**
   * An array with holes; payload: a MessagePack array
   * `[length, i1, v1, i2, v2, …]` of the elements present, by index.
   */
  sparseArray: 12,
} as const;

/** Typed array kinds in the order of their kind byte in {@linkcode EXT}.typedArray. */
export const TYPED_KINDS = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  Float16Array,
] as const;

const EMPTY = new Uint8Array(0);

/**
 * Encodes a value with the chest's default codec: MessagePack, with
 * extension types for what MessagePack lacks (`undefined`, `-0`, bigint,
 * `Map`, `Set`, typed arrays, `NDArray`, `ArrayBuffer`, `RegExp`, strings
 * with lone surrogates, objects without prototype, arrays with holes) and
 * the standard timestamp type for `Date`. Plain objects and arrays are maps
 * and arrays; a value reached twice is stored twice. The output is the
 * same on every Deno version and readable by any MessagePack library.
 *
 * @example Values MessagePack alone would lose
 * ```ts
 * import { decodeValue, encodeValue } from "./codec.ts";
 * import assert from "node:assert/strict";
 *
 * const value = { a: undefined, z: -0, n: 2n ** 70n, m: new Map([[1, "x"]]) };
 * assert.deepEqual(decodeValue(encodeValue(value)), value);
 * ```
 *
 * @param value The value.
 * @returns The MessagePack bytes.
 * @throws {TypeError} For a function, a symbol, a cycle, an instance of a
 * class other than the built-ins above, an object with symbol keys, or an
 * array with properties other than its elements; the message gives the path
 * inside the value.
 */
export function encodeValue(value: unknown): Uint8Array {
  return encode(prepare(value, "value", new Set()), { maxDepth: 10_000 });
}

/**
 * Decodes bytes made by {@linkcode encodeValue}.
 *
 * @example Decoding a typed array
 * ```ts
 * import { decodeValue, encodeValue } from "./codec.ts";
 * import assert from "node:assert/strict";
 *
 * const back = decodeValue(encodeValue(new Float32Array([1.5, 2])));
 * assert.ok(back instanceof Float32Array);
 * ```
 *
 * @param bytes MessagePack bytes.
 * @param path The file the bytes came from, for messages.
 * @returns The value.
 * @throws {FormatError} When the bytes are not valid MessagePack of this
 * codec.
 */
export function decodeValue(bytes: Uint8Array, path?: string): unknown {
  try {
    return decode(bytes, { extensionCodec: codec() });
  } catch (error) {
    const where = path === undefined ? "the value bytes" : `"${path}"`;
    throw new FormatError(
      `Cannot decode ${where}: ${
        (error as Error).message
      }; the file is damaged or was not written by the chest's default codec`,
      { path, cause: error },
    );
  }
}

function prepare(value: unknown, path: string, stack: Set<object>): unknown {
  switch (typeof value) {
    case "undefined":
      return new ExtData(EXT.undefined, EMPTY);
    case "number":
      return Object.is(value, -0)
        ? new ExtData(EXT.negativeZero, EMPTY)
        : value;
    case "string":
      return value.isWellFormed()
        ? value
        : new ExtData(EXT.utf16, utf16(value));
    case "bigint":
      return new ExtData(EXT.bigint, new TextEncoder().encode(String(value)));
    case "boolean":
      return value;
    case "function":
    case "symbol":
      throw new TypeError(`Cannot encode ${path}: it is a ${typeof value}`);
  }
  if (value === null) return null;
  const object = value as object;
  if (stack.has(object)) {
    throw new TypeError(
      `Cannot encode ${path}: it contains itself (a cycle); store acyclic data or pass dump/load`,
    );
  }
  stack.add(object);
  try {
    return prepareObject(object, path, stack);
  } finally {
    stack.delete(object);
  }
}

function prepareObject(
  value: object,
  path: string,
  stack: Set<object>,
): unknown {
  if (Array.isArray(value)) return prepareArray(value, path, stack);
  if (isTypedArray(value)) {
    const kind = TYPED_KINDS.indexOf(
      value.constructor as typeof TYPED_KINDS[number],
    );
    const bytes = new Uint8Array(value.byteLength + 1);
    bytes[0] = kind;
    bytes.set(
      new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
      1,
    );
    return new ExtData(EXT.typedArray, bytes);
  }
  if (value instanceof NDArray) {
    return new ExtData(EXT.ndarray, encodeNpy(value));
  }
  if (value instanceof ArrayBuffer) {
    return new ExtData(EXT.arrayBuffer, new Uint8Array(value.slice(0)));
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? new ExtData(EXT.invalidDate, EMPTY)
      : value;
  }
  if (value instanceof Map) {
    const flat = [];
    let i = 0;
    for (const [k, v] of value) {
      flat.push(prepare(k, `${path} key #${i}`, stack));
      flat.push(prepare(v, `${path} value #${i++}`, stack));
    }
    return new ExtData(EXT.map, encode(flat, { maxDepth: 10_000 }));
  }
  if (value instanceof Set) {
    const items = [];
    let i = 0;
    for (const item of value) {
      items.push(prepare(item, `${path} #${i++}`, stack));
    }
    return new ExtData(EXT.set, encode(items, { maxDepth: 10_000 }));
  }
  if (value instanceof RegExp) {
    return new ExtData(EXT.regExp, encode([value.source, value.flags]));
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = value.constructor?.name ?? "an unknown class";
    throw new TypeError(
      `Cannot encode ${path}: instances of ${name} are not supported by the default codec; ` +
        "store plain data or pass dump/load to Chest.open()",
    );
  }
  if (Object.getOwnPropertySymbols(value).length > 0) {
    throw new TypeError(
      `Cannot encode ${path}: it has symbol keys, which the default codec cannot store`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === "__proto__") {
      throw new TypeError(
        `Cannot encode ${path}: it has an own "__proto__" key, which MessagePack readers refuse`,
      );
    }
    out[key] = prepare(
      (value as Record<string, unknown>)[key],
      `${path}.${key}`,
      stack,
    );
  }
  return proto === null
    ? new ExtData(EXT.nullObject, encode(out, { maxDepth: 10_000 }))
    : out;
}

/** An array: a MessagePack array, or with holes the sparse extension. */
function prepareArray(
  value: unknown[],
  path: string,
  stack: Set<object>,
): unknown {
  const out = new Array(value.length);
  let present = 0;
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (v === undefined && !(i in value)) continue; // a hole
    out[i] = prepare(v, `${path}[${i}]`, stack);
    present++;
  }
  if (
    Object.keys(value).length !== present ||
    Object.getOwnPropertySymbols(value).length > 0
  ) {
    // Own keys list the indices, then "length", then the rest.
    const keys = Reflect.ownKeys(value);
    const extra = keys.slice(keys.indexOf("length") + 1).map(String);
    throw new TypeError(
      `Cannot encode ${path}: the array has properties other than its elements (${
        extra.slice(0, 3).join(", ")
      }), which the default codec would drop; store them in a plain object, or pass dump/load to Chest.open()`,
    );
  }
  if (present === value.length) return out;
  const flat: unknown[] = [value.length];
  for (let i = 0; i < value.length; i++) {
    if (i in out) flat.push(i, out[i]);
  }
  return new ExtData(EXT.sparseArray, encode(flat, { maxDepth: 10_000 }));
}

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) {
    view.setUint16(i * 2, text.charCodeAt(i), true);
  }
  return bytes;
}

let cached: ExtensionCodec | undefined;

/** The decoding side, built on first use so that importing costs nothing. */
function codec(): ExtensionCodec {
  if (cached !== undefined) return cached;
  const c = new ExtensionCodec();
  const nested = (data: Uint8Array) =>
    decode(data, { extensionCodec: c }) as unknown[];
  const add = (type: number, fn: (data: Uint8Array) => unknown) =>
    c.register({ type, encode: () => null, decode: fn });
  add(EXT.undefined, () => undefined);
  add(EXT.negativeZero, () => -0);
  add(EXT.bigint, (data) => BigInt(new TextDecoder().decode(data)));
  add(EXT.map, (data) => {
    const flat = nested(data);
    const map = new Map();
    for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
    return map;
  });
  add(EXT.set, (data) => new Set(nested(data)));
  add(EXT.typedArray, (data) => {
    const Kind = TYPED_KINDS[data[0]];
    if (Kind === undefined) {
      throw new RangeError(`unknown typed array kind ${data[0]}`);
    }
    const body = data.slice(1);
    if (body.byteLength % Kind.BYTES_PER_ELEMENT !== 0) {
      throw new RangeError(
        `${Kind.name} payload of ${body.byteLength} bytes is not a whole number of elements`,
      );
    }
    return new Kind(body.buffer) as TypedArray;
  });
  add(EXT.ndarray, (data) => decodeNpy(data.slice()));
  add(EXT.utf16, (data) => {
    const units = new Uint16Array(data.slice().buffer);
    let text = "";
    for (let i = 0; i < units.length; i += 4096) {
      text += String.fromCharCode(...units.subarray(i, i + 4096));
    }
    return text;
  });
  add(EXT.arrayBuffer, (data) => data.slice().buffer);
  add(EXT.invalidDate, () => new Date(NaN));
  add(EXT.regExp, (data) => {
    const [source, flags] = nested(data) as [string, string];
    return new RegExp(source, flags);
  });
  add(EXT.nullObject, (data) => {
    const entries = decode(data, { extensionCodec: c });
    if (
      entries === null || typeof entries !== "object" ||
      Object.getPrototypeOf(entries) !== Object.prototype
    ) throw new RangeError("a null-prototype object's payload is not a map");
    return Object.assign(Object.create(null), entries);
  });
  add(EXT.sparseArray, (data) => {
    const flat = nested(data);
    const length = flat[0];
    if (
      !Array.isArray(flat) || !Number.isInteger(length) ||
      (length as number) < 0 || (length as number) >= 2 ** 32 ||
      flat.length % 2 !== 1
    ) throw new RangeError("a sparse array's payload is damaged");
    const array = new Array(length as number);
    let last = -1;
    for (let k = 1; k < flat.length; k += 2) {
      const i = flat[k] as number;
      if (!Number.isInteger(i) || i <= last || i >= (length as number)) {
        throw new RangeError("a sparse array's indices are damaged");
      }
      array[i] = flat[k + 1];
      last = i;
    }
    return array;
  });
  cached = c;
  return c;
}
