// Copyright 2026 the persist authors. MIT license.

/**
 * NumPy `.npy` files and the {@linkcode NDArray} they hold.
 *
 * @module
 */

export {
  arrayFromBytes,
  decodeNpy,
  type DecodeNpyOptions,
  swapBytes,
} from "./decode.ts";
export {
  descrOf,
  type DtypeInfo,
  isTypedArray,
  LITTLE_ENDIAN,
  type NDArrayData,
  type ParsedDescr,
  parseDescr,
  type TypedArray,
  type TypedArrayConstructor,
} from "./dtype.ts";
export { encodeNpy, npyParts, toNDArray } from "./encode.ts";
export { decodeHeader, encodeHeader, MAGIC, type NpyHeader } from "./header.ts";
export { NDArray, type NDArrayOptions, type Order } from "./nd_array.ts";
export {
  type AxisPick,
  type NpyFileInfo,
  readNpy,
  readNpyHeader,
  type ReadNpyOptions,
  readNpySelection,
  type ReadNpySelectionOptions,
  toPath,
} from "./read.ts";
export { writeNpy, type WriteNpyOptions } from "./write.ts";
