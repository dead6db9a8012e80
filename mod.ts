// Copyright 2026 the persist authors. MIT license.

/**
 * persist: long-term archival of JavaScript values on disk, in an
 * importable, human-editable format, with large arrays in NumPy `.npy` files
 * or HDF5 files (h5wasm, loaded only when an HDF5 function is first called).
 *
 * @example Writing and reading a NumPy array
 * ```ts ignore
 * import { NDArray, readNpy, writeNpy } from "@persist/persist";
 *
 * await writeNpy("m.npy", new NDArray(new Float64Array([1, 2, 3, 4]), [2, 2]));
 * const m = await readNpy("m.npy");
 * console.log(m.shape, m.get(1, 0)); // [2, 2] 3
 * ```
 *
 * @module
 */

export {
  ArchiveSyntaxError,
  DaemonUnavailableError,
  FormatError,
  LockTimeoutError,
  NotFoundError,
  type PersistErrorOptions,
  ReadOnlyError,
} from "./lib/errors.ts";
export {
  decodeNpy,
  type DecodeNpyOptions,
  type DtypeInfo,
  encodeNpy,
  NDArray,
  type NDArrayData,
  type NDArrayOptions,
  type NpyFileInfo,
  type NpyHeader,
  type Order,
  type ParsedDescr,
  readNpy,
  readNpyHeader,
  type ReadNpyOptions,
  type TypedArray,
  type TypedArrayConstructor,
  writeNpy,
  type WriteNpyOptions,
} from "./lib/npy/mod.ts";
export {
  type Hdf5AttributeValue,
  type Hdf5DatasetInfo,
  type Hdf5Entries,
  Hdf5Reader,
  type Hdf5ReaderOptions,
  type Hdf5ReadOptions,
  type Hdf5WriteOptions,
  Hdf5Writer,
  type Hdf5WriterOptions,
  listHdf5,
  readHdf5,
  writeHdf5,
} from "./lib/hdf5/mod.ts";
