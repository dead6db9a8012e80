// Copyright 2026 the persist authors. MIT license.

/**
 * File system primitives: crash-safe atomic writes, OS file locks, and
 * temporaries beside a target that sweeps remove when their writer died.
 *
 * @module
 */

export {
  atomicWrite,
  type AtomicWriteOptions,
  syncDir,
  TEMP_MARK,
  tempPathFor,
} from "./atomic_write.ts";
export {
  fileIdentity,
  type FileIdentityOptions,
  identityOf,
} from "./file_identity.ts";
export {
  fileKind,
  fileSize,
  fileSizeSync,
  pathExists,
  readFull,
  statIfAny,
  statIfAnySync,
  writeAll,
  type Writer,
} from "./io.ts";
export {
  acquireLock,
  type AcquireLockOptions,
  describeHolder,
  encodePid,
  type FileLock,
  MAX_POLL_MS,
  openLockFile,
  pollLock,
  type PollLockOptions,
  readHolder,
  readHolderPid,
} from "./lock.ts";
export { withAction } from "./os_error.ts";
export {
  createTempSibling,
  type CreateTempSiblingOptions,
  EMPTY_GRACE_MS,
  LARGE_FOLDER,
  PART_SUFFIX,
  sweepDue,
  sweepTempSiblings,
  type SweepTempSiblingsOptions,
  sweepTempSiblingsSoon,
  sweptFolder,
  type TempLeftover,
  type TempSibling,
  type TempState,
  UNLOCKED_GRACE_MS,
} from "./temp_sibling.ts";
export { isGranted, requirePermission } from "./require_permission.ts";
