// Copyright 2026 the persist authors. MIT license.

/**
 * DataSets: folders of many items, each its own archive, loaded lazily, with
 * a small info value per item in an append-only index.
 *
 * Besides {@linkcode DataSet}, this module exposes what other parts of
 * persist build on: the writer coordination seam (`WriteCoordinator`,
 * `fileCoordinator`, `daemonCoordinator` for persistd), the index log format
 * (`IndexState`, `parseRecord`, …), the info codec and the name rules.
 *
 * @module
 */

export {
  DataSet,
  DATASET_FORMAT,
  DATASET_VERSION,
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
  INDEX_FILE,
  isDataSetFolder,
  ITEMS_DIR,
  MARKER_FILE,
  MAX_INFO_BYTES,
} from "./data_set.ts";
export type { DataFormat } from "../archive/mod.ts";
export {
  type CoordinatorLockOptions,
  fileCoordinator,
  LOCK_FILE,
  type WriteCoordinator,
  type WriteLock,
} from "./coordinator.ts";
export {
  daemonCoordinator,
  type DaemonCoordinatorOptions,
} from "./daemon_coordinator.ts";
export {
  decodeInfo,
  encodeInfo,
  INFO_KINDS,
  MAX_INFO_DEPTH,
} from "./info_codec.ts";
export {
  compactIndex,
  formatHeader,
  formatRecord,
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexEntry,
  type IndexHeader,
  type IndexRecord,
  IndexState,
  newIndexId,
  parseHeader,
  parseRecord,
} from "./index_log.ts";
export {
  checkItemName,
  checkPrefix,
  foldItemName,
  MAX_ITEM_NAME_BYTES,
  splitGeneratedName,
} from "./item_name.ts";
