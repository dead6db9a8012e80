// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { FormatError } from "../errors.ts";
import { LITTLE_ENDIAN } from "./dtype.ts";
import { decodeHeader, type HeaderSource, type NpyHeader } from "./header.ts";
import { NDArray } from "./nd_array.ts";

/** Options for {@linkcode decodeNpy}. */
export interface DecodeNpyOptions {
  /** The file name the bytes came from, used in error messages. */
  path?: string;
}

/**
 * Decodes the bytes of a `.npy` file into an {@linkcode NDArray}. The result
 * views `bytes` without copying when the data is aligned and little-endian;
 * otherwise (big-endian data, odd alignment) the values are copied.
 *
 * @example Decoding bytes made by encodeNpy
 * ```ts
 * import { decodeNpy, encodeNpy, NDArray } from "@persist/persist";
 * import assert from "node:assert/strict";
 *
 * const bytes = encodeNpy(new NDArray(new Int16Array([1, 2, 3, 4]), [2, 2]));
 * const back = decodeNpy(bytes);
 * assert.deepEqual(back.shape, [2, 2]);
 * assert.equal(back.dtype, "<i2");
 * ```
 *
 * @param bytes A whole `.npy` file.
 * @param options The file name for messages.
 * @returns The array.
 * @throws {FormatError} When the bytes are not a valid `.npy` file, are cut
 * short, or hold a dtype persist refuses (objects, structured records).
 */
export function decodeNpy(
  bytes: Uint8Array,
  options: DecodeNpyOptions = {},
): NDArray {
  const header = decodeHeader(bytes, options);
  checkDataLength(header, bytes.length - header.dataOffset, options);
  const data = bytes.subarray(
    header.dataOffset,
    header.dataOffset + header.dataBytes,
  );
  return arrayFromBytes(header, data, false);
}

/**
 * Fails with a clear message when fewer data bytes are present than the
 * header promises.
 *
 * @param header The decoded header.
 * @param available How many data bytes follow the header.
 * @param source The file, for messages.
 * @throws {FormatError} When the data is cut short.
 */
export function checkDataLength(
  header: NpyHeader,
  available: number,
  source: HeaderSource,
): void {
  if (available < header.dataBytes) {
    const where = source.path === undefined
      ? "the .npy bytes"
      : `"${source.path}"`;
    throw new FormatError(
      `Cannot read ${where}: the file ends after ${
        Math.max(available, 0)
      } of ${header.dataBytes} ` +
        `data bytes (shape (${
          header.shape.join(", ")
        }), dtype "${header.descr}"); ` +
        "it was truncated, perhaps by an interrupted copy",
      { path: source.path, offset: header.dataOffset + Math.max(available, 0) },
    );
  }
}

/**
 * Turns the data bytes of a `.npy` file into an {@linkcode NDArray}.
 *
 * @param header The decoded header.
 * @param data Exactly `header.dataBytes` bytes.
 * @param owned True when `data` may be changed in place (byte swapping); when
 * false, swapped or misaligned data is copied first.
 * @returns The array, viewing `data` whenever it can.
 */
export function arrayFromBytes(
  header: NpyHeader,
  data: Uint8Array,
  owned: boolean,
): NDArray {
  const { dtype, shape, order } = header;
  if (dtype.ctor === undefined) {
    return new NDArray(
      decodeUnicode(data, dtype.itemSize / 4, dtype.bigEndian),
      shape,
      {
        order,
        dtype: dtype.descr,
      },
    );
  }
  const swap = dtype.bigEndian === LITTLE_ENDIAN && dtype.laneSize > 1;
  let bytes = data;
  if ((!owned && swap) || data.byteOffset % dtype.laneSize !== 0) {
    bytes = data.slice();
  }
  if (swap) swapBytes(bytes, dtype.laneSize);
  const values = new dtype.ctor(
    bytes.buffer as ArrayBuffer,
    bytes.byteOffset,
    bytes.byteLength / dtype.laneSize,
  );
  return new NDArray(values, shape, { order, dtype: dtype.descr });
}

/**
 * Reverses the byte order of each `size`-byte value in place.
 *
 * @param bytes The values' bytes.
 * @param size 2, 4 or 8.
 */
export function swapBytes(bytes: Uint8Array, size: number): void {
  for (let i = 0; i + size <= bytes.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = bytes[a];
      bytes[a] = bytes[b];
      bytes[b] = t;
    }
  }
}

function decodeUnicode(
  data: Uint8Array,
  width: number,
  bigEndian: boolean,
): string[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = data.byteLength / (width * 4);
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    // NumPy pads with NULs and strips only those at the end: "a\0b" stays.
    let end = width;
    while (
      end > 0 && view.getUint32((i * width + end - 1) * 4, !bigEndian) === 0
    ) {
      end--;
    }
    let s = "";
    for (let k = 0; k < end; k++) {
      const cp = view.getUint32((i * width + k) * 4, !bigEndian);
      if (cp > 0x10ffff) {
        throw new FormatError(
          `Cannot decode unicode element ${i}: code point ${cp} is out of range`,
          { offset: (i * width + k) * 4 },
        );
      }
      s += String.fromCodePoint(cp);
    }
    out[i] = s;
  }
  return out;
}
