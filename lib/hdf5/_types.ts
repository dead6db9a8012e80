// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * How NumPy dtypes map to HDF5 datatypes, in both directions, as plain data:
 * the HDF5 side is h5wasm's metadata object (`get_dataset_metadata()`), the
 * NumPy side a descr string (`"<f8"`). No I/O, no h5wasm.
 *
 * @module
 */

import { parseDescr } from "../npy/dtype.ts";

/** HDF5 datatype classes (`H5T_class_t`), as h5wasm reports them. */
export const H5T = {
  INTEGER: 0,
  FLOAT: 1,
  TIME: 2,
  STRING: 3,
  BITFIELD: 4,
  OPAQUE: 5,
  COMPOUND: 6,
  REFERENCE: 7,
  ENUM: 8,
  VLEN: 9,
  ARRAY: 10,
} as const;

/** HDF5 string character sets (`H5T_cset_t`). */
export const CSET_UTF8 = 1;

/** HDF5 string padding (`H5T_str_t`): space padded, as Fortran does. */
export const STRPAD_SPACE = 2;
/** H5T_STR_NULLTERM: the string ends at its first NUL. */
export const STRPAD_NULLTERM = 0;

/** h5wasm's description of a datatype, dataspace and layout. */
export interface H5Metadata {
  /** The datatype class, one of {@linkcode H5T}. */
  type: number;
  /** Bytes per element (4 for a pointer to a variable-length string). */
  size: number;
  /** Integers: signed or not. */
  signed: boolean;
  /** Byte order of the stored values. */
  littleEndian: boolean;
  /** True for variable-length strings. */
  vlen: boolean;
  /** Strings: character set. */
  cset?: number;
  /** Strings: padding. */
  strpad?: number;
  /** Axis lengths; `null` for a null dataspace (h5py's `Empty`). */
  shape: number[] | null;
  /** Maximum axis lengths; 2**64 - 1 means unlimited. */
  maxshape: number[] | null;
  /** Chunk shape, or `null` when not chunked. */
  chunks: number[] | null;
  /** Number of elements. */
  total_size: number;
  /** Compound members. */
  compound_type?: {
    nmembers: number;
    members: (H5Metadata & { name: string; offset: number })[];
  };
  /** Enumeration: base class and named values. */
  enum_type?: {
    type: number;
    nmembers: number;
    members: Record<string, number>;
  };
  /** Array datatype: the base type. */
  array_type?: H5Metadata;
  /** Variable-length sequence: the base type. */
  vlen_type?: H5Metadata;
  /** References: object or region. */
  ref_type?: string;
}

/** The datatype part of what h5wasm needs to create a dataset or attribute. */
export interface H5TypeSpec {
  /** The datatype class, one of {@linkcode H5T}. */
  type: number;
  /** Bytes per element. */
  size: number;
  /** Integers: signed or not. */
  signed: boolean;
  /** Always little-endian: h5wasm writes native order. */
  littleEndian: true;
  /** True for variable-length strings. */
  vlen: boolean;
  /** Strings: character set. */
  cset?: number;
  /** Compound members. */
  compound_type?: {
    nmembers: number;
    members: (H5TypeSpec & { name: string; offset: number })[];
  };
}

/**
 * How an NDArray dtype is held in the file:
 * - `"bytes"`: the array's own bytes, unchanged (every numeric dtype, bool as
 *   int8, datetimes as int64, complex as an `r`/`i` compound);
 * - `"f16"`: float16 widened to float32, because h5wasm 0.10.3 cannot create
 *   2-byte float datatypes (every float16 value is exact in float32);
 * - `"strings"`: variable-length UTF-8 strings.
 */
export type StorageKind = "bytes" | "f16" | "strings";

/** The HDF5 datatype chosen for an NDArray dtype, and how values are stored. */
export interface Storage {
  /** The HDF5 datatype to create. */
  spec: H5TypeSpec;
  /** How values are converted on the way in and out. */
  kind: StorageKind;
}

function plain(type: number, size: number, signed = false): H5TypeSpec {
  return { type, size, signed, littleEndian: true, vlen: false };
}

/** A complex dtype's storage: h5py's compound of two floats named `r` and `i`. */
function complexSpec(half: number): H5TypeSpec {
  return {
    ...plain(H5T.COMPOUND, 2 * half),
    compound_type: {
      nmembers: 2,
      members: [
        { ...plain(H5T.FLOAT, half), name: "r", offset: 0 },
        { ...plain(H5T.FLOAT, half), name: "i", offset: half },
      ],
    },
  };
}

/**
 * Chooses the HDF5 datatype for a (native-order) NumPy descr.
 *
 * @param descr An NDArray's dtype, e.g. `"<f8"`, `"|b1"`, `"<U4"`.
 * @returns The datatype and the storage kind.
 * @throws {TypeError} When the descr is not one NDArray supports.
 */
export function storageFor(descr: string): Storage {
  const info = parseDescr(descr);
  if (info === undefined || info.bigEndian) {
    throw new TypeError(`Cannot store dtype "${descr}" in HDF5: unknown dtype`);
  }
  if (info.ctor === undefined) {
    return {
      spec: { ...plain(H5T.STRING, 4), vlen: true, cset: CSET_UTF8 },
      kind: "strings",
    };
  }
  const kind = /[a-zA-Z]/.exec(descr)![0];
  switch (kind) {
    case "b": // h5py's bool is an int8 enum, which h5wasm cannot create
    case "i":
    case "M":
    case "m":
      return { spec: plain(H5T.INTEGER, info.itemSize, true), kind: "bytes" };
    case "u":
      return { spec: plain(H5T.INTEGER, info.itemSize), kind: "bytes" };
    case "f":
      return info.itemSize === 2
        ? { spec: plain(H5T.FLOAT, 4), kind: "f16" }
        : { spec: plain(H5T.FLOAT, info.itemSize), kind: "bytes" };
    case "c":
      return { spec: complexSpec(info.itemSize / 2), kind: "bytes" };
  }
  throw new TypeError(`Cannot store dtype "${descr}" in HDF5: unknown dtype`);
}

/**
 * The NumPy descr that an HDF5 datatype reads as when the file carries no
 * persist attributes: what h5py would give, in native byte order. Strings
 * give `"<U"` (the width is found from the values). Returns `undefined` for
 * datatypes persist cannot represent.
 *
 * @param meta The datatype, as h5wasm describes it.
 * @returns The descr, `"<U"` for strings, or `undefined`.
 */
export function naturalDescr(meta: H5Metadata): string | undefined {
  switch (meta.type) {
    case H5T.INTEGER:
      return intDescr(meta.size, meta.signed);
    case H5T.FLOAT:
      return [2, 4, 8].includes(meta.size) ? `<f${meta.size}` : undefined;
    case H5T.STRING:
      return "<U";
    case H5T.ENUM: {
      const e = meta.enum_type;
      if (e === undefined || e.type !== H5T.INTEGER) return undefined;
      if (meta.size === 1 && isBoolEnum(e.members)) return "|b1";
      return intDescr(meta.size, meta.signed);
    }
    case H5T.COMPOUND:
      return isComplex(meta) ? `<c${meta.size}` : undefined;
  }
  return undefined;
}

function intDescr(size: number, signed: boolean): string | undefined {
  if (![1, 2, 4, 8].includes(size)) return undefined;
  return `${size === 1 ? "|" : "<"}${signed ? "i" : "u"}${size}`;
}

/** h5py's convention: an enum with exactly FALSE = 0 and TRUE = 1 is a bool. */
function isBoolEnum(members: Record<string, number>): boolean {
  const names = Object.keys(members);
  return names.length === 2 && members.FALSE === 0 && members.TRUE === 1;
}

/** h5py's convention: a compound of two equal floats named r and i is complex. */
function isComplex(meta: H5Metadata): boolean {
  const members = meta.compound_type?.members ?? [];
  if (members.length !== 2) return false;
  const [r, i] = members;
  return r.name === "r" && i.name === "i" && r.type === H5T.FLOAT &&
    i.type === H5T.FLOAT && r.size === i.size && (r.size === 4 ||
      r.size === 8) &&
    r.offset === 0 && i.offset === r.size &&
    meta.size === 2 * r.size;
}

/**
 * Tells whether data stored with `meta` can be read back as `descr` (checks a
 * file's `persist_dtype` attribute against what the dataset really holds).
 *
 * @param meta The dataset's datatype.
 * @param descr The NumPy descr the attribute names.
 * @returns True when the stored values can be taken as `descr`.
 */
export function matchesStorage(meta: H5Metadata, descr: string): boolean {
  const { spec } = storageFor(descr);
  if (spec.type === H5T.STRING) return meta.type === H5T.STRING;
  if (spec.type === H5T.COMPOUND) {
    return meta.type === H5T.COMPOUND && isComplex(meta) &&
      meta.size === spec.size;
  }
  const type = meta.type === H5T.ENUM ? meta.enum_type?.type : meta.type;
  if (type !== spec.type || meta.size !== spec.size) return false;
  // a bool's bytes read the same from int8, uint8 and h5py's bool enum
  return spec.type !== H5T.INTEGER || descr === "|b1" ||
    meta.signed === spec.signed;
}

/**
 * Describes an HDF5 datatype for people: `"float64"`, `"int8 enum (FALSE,
 * TRUE)"`, `"compound {r: float64, i: float64}"`, `"variable-length UTF-8
 * string"`, `"object reference"`.
 *
 * @param meta The datatype.
 * @returns A short description.
 */
export function describeType(meta: H5Metadata): string {
  const endian = meta.littleEndian || meta.size === 1 ? "" : " big-endian";
  switch (meta.type) {
    case H5T.INTEGER:
      return `${meta.signed ? "int" : "uint"}${meta.size * 8}${endian}`;
    case H5T.FLOAT:
      return `float${meta.size * 8}${endian}`;
    case H5T.STRING: {
      const cset = meta.cset === CSET_UTF8 ? "UTF-8" : "ASCII";
      return meta.vlen
        ? `variable-length ${cset} string`
        : `${meta.size}-byte ${cset} string`;
    }
    case H5T.ENUM: {
      const names = Object.keys(meta.enum_type?.members ?? {}).join(", ");
      const base = `${meta.signed ? "int" : "uint"}${meta.size * 8}`;
      return `${base} enum (${names})`;
    }
    case H5T.COMPOUND: {
      const members = (meta.compound_type?.members ?? []).map((m) =>
        `${m.name}: ${describeType(m)}`
      );
      return `compound {${members.join(", ")}}`;
    }
    case H5T.ARRAY:
      return `array of ${
        meta.array_type ? describeType(meta.array_type) : "?"
      }`;
    case H5T.VLEN:
      return `variable-length sequence of ${
        meta.vlen_type ? describeType(meta.vlen_type) : "?"
      }`;
    case H5T.REFERENCE:
      return `${meta.ref_type ?? "object"} reference`;
    case H5T.TIME:
      return "time";
    case H5T.BITFIELD:
      return `${meta.size * 8}-bit bitfield`;
    case H5T.OPAQUE:
      return `${meta.size}-byte opaque`;
  }
  return `HDF5 type class ${meta.type}`;
}

/**
 * Widens float16 values to float32, bit-exactly: every half value, NaN
 * payloads included, has one float32 that narrows back to it.
 *
 * @param half The float16 values.
 * @returns The same values as float32.
 */
export function widenFloat16(half: Float16Array): Float32Array {
  const out = new Float32Array(half.length);
  const bits = new Uint16Array(half.buffer, half.byteOffset, half.length);
  const outBits = new Uint32Array(out.buffer);
  for (let i = 0; i < half.length; i++) {
    const h = bits[i];
    if ((h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0) {
      // NaN: keep sign and payload (a plain assignment would canonicalise it)
      outBits[i] = ((h & 0x8000) << 16) | 0x7f800000 | ((h & 0x3ff) << 13);
    } else {
      out[i] = half[i];
    }
  }
  return out;
}

/**
 * Narrows float32 values to float16, the inverse of
 * {@linkcode widenFloat16}: exact for values that came from float16, rounded
 * to nearest-even otherwise, NaN payloads kept where they fit.
 *
 * @param single The float32 values.
 * @returns The float16 values.
 */
export function narrowToFloat16(single: Float32Array): Float16Array {
  const out = new Float16Array(single.length);
  const bits = new Uint32Array(
    single.buffer,
    single.byteOffset,
    single.length,
  );
  const outBits = new Uint16Array(out.buffer);
  for (let i = 0; i < single.length; i++) {
    const f = bits[i];
    if ((f & 0x7f800000) === 0x7f800000 && (f & 0x7fffff) !== 0) {
      const payload = (f & 0x7fffff) >>> 13;
      outBits[i] = ((f >>> 16) & 0x8000) | 0x7c00 | (payload || 0x200);
    } else {
      out[i] = single[i];
    }
  }
  return out;
}
