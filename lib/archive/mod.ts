// Copyright 2026 the persist authors. MIT license.

/**
 * Archives: values saved as an importable, hand-editable ES module (`mod.js`)
 * with big arrays in files beside it, and a loader that parses the module
 * instead of running it.
 *
 * Besides the public API (`Archive`, `save`, `load`, `register`, …), this
 * module exposes what other parts of persist build on: writing an archive
 * into a folder without installing it (`writeArchive`), installing a
 * finished folder atomically (`installArchive`), telling archive folders
 * apart (`isArchiveFolder`), converting array storage (`convert`),
 * single-value archives (`saveValue`,
 * `loadValue`, `singleArchive`), parsing module text (`evaluate`) and the
 * array store seam (`ArrayStore`, `ArrayFormat`, `ARRAY_FORMATS`).
 *
 * @module
 */

export {
  Archive,
  type ArchiveOptions,
  cleanPath,
  DEFAULT_ARRAY_THRESHOLD,
  save,
  type SaveOptions,
  saveValue,
  type SaveValueOptions,
  singleArchive,
  writeArchive,
} from "./archive.ts";
export {
  ARRAY_FORMATS,
  type ArrayFormat,
  arrayFormat,
  type ArrayRef,
  type ArrayStore,
  type DataFormat,
  formatOfRef,
  HDF5_FILE,
  HDF5_FORMAT,
  NPY_FORMAT,
  type OpenArrayStoreOptions,
} from "./array_store.ts";
export {
  convert,
  convertInto,
  type ConvertOptions,
  type ConvertResult,
} from "./convert.ts";
export {
  type ArchiveSaveOptions,
  checkTarget,
  installArchive,
  isArchiveFolder,
  leftoversBeside,
  sweepBeside,
  type TargetState,
  wholeArchiveTime,
} from "./install.ts";
export {
  type ArrayUse,
  arrayUses,
  evaluate,
  type EvaluateOptions,
  interruptedReplacement,
  load,
  loadArchive,
  type LoadHooks,
  type LoadOptions,
  loadValue,
  type ModuleUses,
  moduleUses,
  readModule,
} from "./load.ts";
export {
  type Constructor,
  PERSIST_REP,
  type PersistRep,
  register,
  registeredClass,
  type RegisterOptions,
  unregister,
} from "./register.ts";
export {
  END_LINE,
  FORMAT_VERSION,
  HEADER_BYTES,
  HEADER_PREFIX,
  MODULE_FILE,
  RUNTIME_FILE,
} from "./_syntax.ts";
