// Copyright 2026 the persist authors. MIT license.

/**
 * The parts of the `persist` command line tool (`cli.ts`): detecting what a
 * path is (`.npy` file, archive, DataSet, chest, HDF5 file), showing, reading,
 * verifying and converting it, and the pure formatting of
 * values, tables, JSON, progress and errors.
 *
 * @module
 */

export {
  type ArchiveInfo,
  type ArrayFileInfo,
  type ArrayProblem,
  formatVersion,
  isPermissionError,
  readArchiveInfo,
  type ReadArchiveInfoOptions,
  readArchiveValue,
  type ReadArchiveValueOptions,
  resolvePlaceholder,
} from "./archive_info.ts";
export {
  cannotConvertChest,
  checkChest,
  getChestValue,
  type GetChestValueOptions,
  parseKeyArgument,
  showChest,
} from "./chest_target.ts";
export {
  type ConvertOptions,
  type ConvertResult,
  convertTarget,
} from "./convert.ts";
export {
  type ArrayStub,
  describeValue,
  formatBytes,
  formatShape,
  sizeText,
  type ValueSummary,
} from "./describe.ts";
export {
  DamagedError,
  errorLine,
  EXIT,
  exitCodeOf,
  UsageError,
} from "./exit_code.ts";
export {
  ArrayExcerpt,
  arrayHeader,
  formatArray,
  type FormatArrayOptions,
  formatFloat,
  isArrayLike,
} from "./format_array.ts";
export {
  formatDuration,
  formatStatus,
  type FormatStatusOptions,
} from "./format_status.ts";
export {
  formatValue,
  type FormatValueOptions,
  previewValue,
} from "./format_value.ts";
export { getValue, type GetValueOptions } from "./get_value.ts";
export { type Command, commandHelp, COMMANDS, toolHelp } from "./help.ts";
export {
  fromJsonValue,
  type Json,
  type ToJsonOptions,
  toJsonValue,
} from "./json_value.ts";
export {
  placeholderArgs,
  placeholderClass,
  type PlaceholderInfo,
  placeholderOf,
} from "./placeholder.ts";
export {
  Progress,
  type ProgressOptions,
  renderProgress,
  type RenderProgressOptions,
} from "./progress.ts";
export {
  indexFirstAxis,
  parsePath,
  type PathStep,
  selectValue,
  type SelectValueOptions,
  type Slice,
  sliceFirstAxis,
  sliceIndices,
  sliceRange,
} from "./select_value.ts";
export { type ShowOptions, type ShowOutput, showTarget } from "./show.ts";
export { createStyle, stripStyle, type Style } from "./style.ts";
export {
  cellText,
  displayWidth,
  escapeInvisible,
  escapeJsonText,
  escapeUnsafe,
  formatTable,
  quoteString,
  type TableOptions,
  truncate,
  unsafeOnTerminal,
} from "./table.ts";
export { detectTarget, type Target, type TargetKind } from "./target.ts";
export {
  type Problem,
  type VerifyOptions,
  type VerifyReport,
  verifyTarget,
} from "./verify.ts";
