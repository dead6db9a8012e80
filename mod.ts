// Copyright 2026 the persist authors. MIT license.

/**
 * persist: long-term archival of JavaScript values on disk, in an
 * importable, human-editable format, with large arrays in NumPy `.npy` files
 * or HDF5 files (h5wasm, loaded only when an HDF5 function is first called).
 *
 * @example The module text of an archive
 * ```ts
 * import { Archive } from "@persist/persist";
 * import assert from "node:assert/strict";
 *
 * const shared = { unit: "m" };
 * const text = new Archive().insert({ a: shared, b: [shared, -0, 2n] }).toString();
 * assert.match(text, /^export const a = \{ unit: "m" \};$/m);
 * assert.match(text, /^export const b = \[a, -0, 2n\];$/m);
 * ```
 *
 * @example Saving and loading an archive
 * ```ts ignore
 * import { load, save } from "@persist/persist";
 *
 * await save("runs/run1", { x: 1, y: new Float64Array(1e6) }); // y goes to y.npy
 * const { x, y } = await load("runs/run1"); // parses mod.js, never runs it
 * const mod = await import("./runs/run1/mod.js"); // the same values, as code
 * ```
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
  Archive,
  type ArchiveOptions,
  type ArchiveSaveOptions,
  type Constructor,
  convert,
  type ConvertOptions,
  type ConvertResult,
  type DataFormat,
  load,
  type LoadOptions,
  loadValue,
  type PersistRep,
  register,
  type RegisterOptions,
  save,
  type SaveOptions,
  saveValue,
  type SaveValueOptions,
  unregister,
} from "./lib/archive/mod.ts";
export {
  DataSet,
  type DataSetConvertOptions,
  type DataSetConvertResult,
  type DataSetInsertOptions,
  type DataSetLockMode,
  type DataSetMode,
  type DataSetOptions,
  type DataSetProblem,
  type DataSetReport,
  type DataSetSetOptions,
  type DataSetVerifyOptions,
  type DataSetWriteOptions,
} from "./lib/dataset/mod.ts";
export {
  type AllocateNameOptions,
  type DaemonAcquireOptions,
  type DaemonClientView,
  type DaemonHolderView,
  type DaemonLock,
  type DaemonResourceView,
  type DaemonStatus,
  type DaemonStatusOptions,
  type DaemonWaiterView,
  PersistdClient,
  type PersistdConnectOptions,
  type PersistdInfo,
} from "./lib/daemon/mod.ts";
export {
  ArchiveSyntaxError,
  DaemonUnavailableError,
  FormatError,
  LockLostError,
  LockTimeoutError,
  NotFoundError,
  type PersistErrorOptions,
  ReadOnlyError,
} from "./lib/errors.ts";
export {
  type AxisPick,
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
  Chest,
  type ChestKey,
  type ChestOptions,
  type ChestProblem,
  type ChestReport,
  type ChestUpdateOptions,
} from "./lib/chest/mod.ts";
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
