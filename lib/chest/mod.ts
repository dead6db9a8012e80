// Copyright 2026 the persist authors. MIT license.

/**
 * Chest: a dictionary that spills to disk under a memory budget, persistent,
 * safe for several processes and for crashes. The on-disk format is
 * described in `docs/CHEST.md`.
 *
 * @module
 */

export {
  Chest,
  type ChestOptions,
  type ChestProblem,
  type ChestReport,
  type ChestUpdateOptions,
  INDEX_FILE,
  LOCK_FILE,
  SPILL_PREFIX,
} from "./chest.ts";
export { decodeValue, encodeValue, EXT, TYPED_KINDS } from "./codec.ts";
export {
  checkFolder,
  findLeftovers,
  readIndexFile,
  readValueFile,
  statValueFile,
  type StoredValue,
  verifyFolder,
  type VerifyFolderOptions,
} from "./folder.ts";
export {
  checkFileBase,
  fileBaseFor,
  fnv1a64,
  isSafeFileName,
} from "./file_name.ts";
export {
  type ChestIndex,
  CODEC_EXTENSIONS,
  formatIndex,
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexEntry,
  parseIndex,
  type ValueCodec,
} from "./index_format.ts";
export { type ChestKey, decodeKey, encodeKey } from "./key.ts";
export { sizeOf } from "./size.ts";
