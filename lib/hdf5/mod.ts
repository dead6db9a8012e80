// Copyright 2026 the persist authors. MIT license.

/**
 * HDF5 files through h5wasm: one file holding many N-D arrays, written
 * atomically and read by name, readable by h5py; and reading of files h5py
 * wrote. h5wasm is loaded on first use only.
 *
 * @module
 */

export {
  type Hdf5AttributeValue,
  type Hdf5DatasetInfo,
  Hdf5Reader,
  type Hdf5ReaderOptions,
  type Hdf5ReadOptions,
  listHdf5,
  readHdf5,
} from "./reader.ts";
export {
  type Hdf5Entries,
  type Hdf5WriteOptions,
  Hdf5Writer,
  type Hdf5WriterOptions,
  writeHdf5,
} from "./writer.ts";
export {
  DEFAULT_SLICE_BYTES,
  DTYPE_ATTR,
  LAYOUT_ATTR,
  LAYOUT_VERSION,
  ORDER_ATTR,
} from "./_common.ts";
