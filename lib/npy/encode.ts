// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { isTypedArray, type NDArrayData, type TypedArray } from "./dtype.ts";
import { encodeHeader } from "./header.ts";
import { NDArray } from "./nd_array.ts";

/**
 * Returns the `.npy` file of an array as two parts, the header and the data
 * bytes (a view of the array's own buffer, not a copy), so a writer can send
 * them one after the other.
 *
 * @param array An NDArray or a typed array (1-D, C order).
 * @returns The header and the data bytes.
 */
export function npyParts(
  array: NDArray | TypedArray,
): [header: Uint8Array, data: Uint8Array] {
  const nd = toNDArray(array);
  const header = encodeHeader(nd.dtype, nd.shape, nd.order);
  return [header, dataBytes(nd.data, nd.itemSize)];
}

/**
 * Encodes an array as the bytes of a `.npy` file, byte for byte what NumPy's
 * `np.save` writes for the same array.
 *
 * @example Encoding a typed array
 * ```ts
 * import { encodeNpy } from "@persist/persist";
 * import assert from "node:assert/strict";
 *
 * const bytes = encodeNpy(new Float64Array([1, 2, 3]));
 * assert.equal(bytes.length, 128 + 24); // 64-byte aligned header, then data
 * ```
 *
 * @param array An NDArray or a typed array (1-D, C order).
 * @returns The file's bytes.
 */
export function encodeNpy(array: NDArray | TypedArray): Uint8Array {
  const [header, data] = npyParts(array);
  const out = new Uint8Array(header.length + data.length);
  out.set(header, 0);
  out.set(data, header.length);
  return out;
}

/**
 * Accepts an NDArray or a bare typed array (taken as 1-D, C order).
 *
 * @param array An NDArray or a typed array.
 * @returns An NDArray.
 * @throws {TypeError} For anything else.
 */
export function toNDArray(array: NDArray | TypedArray): NDArray {
  if (array instanceof NDArray) return array;
  if (isTypedArray(array)) return new NDArray(array);
  throw new TypeError(
    "Cannot write a .npy file: expected an NDArray or a typed array",
  );
}

function dataBytes(data: NDArrayData, itemSize: number): Uint8Array {
  if (!Array.isArray(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  const width = itemSize / 4;
  const out = new Uint8Array(data.length * itemSize);
  const view = new DataView(out.buffer);
  for (const [i, s] of data.entries()) {
    let k = 0;
    for (const ch of s) {
      view.setUint32((i * width + k++) * 4, ch.codePointAt(0)!, true);
    }
  }
  return out;
}
