// Copyright 2026 the persist authors. MIT license.

/**
 * The one place that loads h5wasm: lazily, behind one promise, only when a
 * caller first touches an HDF5 file, so importing persist and using `.npy`
 * never loads the wasm module nor needs `--allow-env`.
 *
 * HDF5 reports errors by printing an error stack to stderr and returning a
 * negative status. h5wasm offers a "throwing" error handler instead, but it
 * throws from inside wasm without unwinding the C side: after about 2,000
 * errors in one process the wasm memory is corrupted (measured with 0.10.3).
 * So we keep HDF5's default handler, capture what it prints while our call
 * runs (nothing reaches the user's stderr), and turn it into our errors.
 *
 * HDF5 stores the time each dataset was last changed, from the wall clock,
 * and h5wasm 0.10.3 gives no way to turn that off (its `create_dataset`
 * builds its property list without `H5Pset_obj_track_times`, which it does
 * not export either). That made two saves of the same arrays differ in
 * those bytes. Its wall clock is JavaScript's `Date.now()` (emscripten's
 * `clock_time_get`), so while one of our calls runs, `Date.now()` returns 0:
 * HDF5 records 1970-01-01, the time its API reports for objects whose times
 * are not tracked, and equal arrays give byte-identical files.
 *
 * @module
 */

import type { H5Metadata, H5TypeSpec } from "./_types.ts";

/** What h5wasm's dataset and attribute writers take besides the datatype. */
export interface H5WriteSpec extends H5TypeSpec {
  /** Axis lengths. */
  shape: bigint[];
  /** Maximum axis lengths. */
  maxshape: bigint[];
  /** Chunk shape, or `null` for a contiguous dataset. */
  chunks: bigint[] | null;
  /** Filter id (0: none). */
  compression: number;
  /** Filter parameters. */
  compression_opts: number[];
  /** Track attribute creation order. */
  track_order: boolean;
}

/** A filter in a dataset's pipeline. */
export interface H5Filter {
  /** The HDF5 filter id (1: deflate, 2: shuffle, …). */
  id: number;
  /** The filter's name as stored in the file. */
  name: string;
  /** The filter's parameters. */
  cd_values: number[];
}

/** The parts of h5wasm's emscripten module that persist calls. */
export interface H5Module {
  readonly HEAPU8: Uint8Array;
  readonly H5F_ACC_RDONLY: number;
  readonly H5F_ACC_TRUNC: number;
  readonly H5F_LIBVER_EARLIEST: number;
  readonly H5F_LIBVER_V110: number;
  readonly H5G_GROUP: number;
  readonly H5G_DATASET: number;
  readonly H5G_LINK: number;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  UTF8ToString(pointer: number): string;
  open(
    path: string,
    mode: number,
    trackOrder: boolean,
    libverLow: number,
    libverHigh: number,
  ): bigint;
  close_file(file: bigint): number;
  get_type(file: bigint, path: string): number;
  get_external_link(
    file: bigint,
    path: string,
  ): { filename?: string; obj_path?: string };
  get_plugin_search_paths(): string[];
  remove_plugin_search_path(index: number): number;
  get_names(file: bigint, path: string, recursive: boolean): string[];
  get_dataset_metadata(file: bigint, path: string): H5Metadata;
  get_dataset_filters(file: bigint, path: string): H5Filter[];
  get_attribute_names(file: bigint, path: string): string[];
  get_attribute_metadata(file: bigint, path: string, name: string): H5Metadata;
  get_attribute_data(
    file: bigint,
    path: string,
    name: string,
    pointer: bigint,
  ): number;
  get_dataset_data(
    file: bigint,
    path: string,
    count: bigint[] | null,
    offset: bigint[] | null,
    stride: bigint[] | null,
    pointer: bigint,
  ): number;
  set_dataset_data(
    file: bigint,
    path: string,
    count: bigint[] | null,
    offset: bigint[] | null,
    stride: bigint[] | null,
    pointer: bigint,
  ): number;
  reclaim_vlen_memory(
    file: bigint,
    path: string,
    attribute: string,
    pointer: bigint,
  ): number;
  reclaim_vlen_memory_count(
    file: bigint,
    path: string,
    attribute: string,
    pointer: bigint,
    count: bigint[],
  ): number;
  create_group(file: bigint, path: string, trackOrder: boolean): number;
  create_dataset(
    file: bigint,
    path: string,
    pointer: bigint,
    spec: H5WriteSpec,
  ): number;
  create_vlen_str_dataset(
    file: bigint,
    path: string,
    data: string[],
    spec: H5WriteSpec,
  ): number;
  create_attribute(
    file: bigint,
    path: string,
    name: string,
    pointer: bigint,
    spec: H5WriteSpec,
  ): number;
  create_vlen_str_attribute(
    file: bigint,
    path: string,
    name: string,
    data: string[],
    spec: H5WriteSpec,
  ): number;
  resize_dataset(file: bigint, path: string, shape: bigint[]): number;
}

/** The emscripten file system object, of which we wrap `write`. */
interface EmscriptenFs {
  write(
    stream: { fd?: number },
    buffer: Uint8Array,
    ...rest: unknown[]
  ): number;
}

/** A failure HDF5 reported, with the error stack it printed. */
export class Hdf5Failure extends Error {
  /** The most specific line of HDF5's error stack, for messages. */
  readonly detail: string;

  constructor(diagnostics: string, cause?: unknown) {
    const detail = summarize(diagnostics, cause);
    super(diagnostics.trim() || detail, { cause });
    this.name = "Hdf5Failure";
    this.detail = detail;
  }
}

/**
 * The loaded HDF5 library: h5wasm's module plus a wrapper that runs calls
 * with HDF5's error output captured.
 */
export class Hdf5Lib {
  /** h5wasm's emscripten module. */
  readonly module: H5Module;
  readonly #capture: { lines: string[] | undefined };
  /** Calls that threw through the wasm code (each leaks some wasm stack). */
  #thrown = 0;
  /** Why the module can no longer be trusted, once that happened. */
  #broken: string | undefined;

  constructor(module: H5Module, capture: { lines: string[] | undefined }) {
    this.module = module;
    this.#capture = capture;
  }

  /**
   * Runs one synchronous h5wasm call. Whatever HDF5 prints to stderr during
   * it is captured; when it printed an error stack, or threw, or `failed`
   * says the returned status means failure, throws an {@linkcode Hdf5Failure}.
   *
   * @param fn The call.
   * @param failed Tells from the returned value whether the call failed.
   * @param tolerated Matches error reports that do not mean failure.
   * @returns What the call returned.
   */
  call<T>(
    fn: (m: H5Module) => T,
    failed?: (value: T) => boolean,
    tolerated?: RegExp,
  ): T {
    this.checkUsable("use HDF5");
    const lines: string[] = [];
    const previous = this.#capture.lines;
    this.#capture.lines = lines;
    let value: T;
    try {
      value = atEpoch(() => fn(this.module));
    } catch (error) {
      // An exception unwinding through wasm skips the C side's clean-up.
      // h5wasm's own "name not defined" errors (after HDF5 printed its
      // stack) only leak a little wasm stack: allow a bounded number. Any
      // other (a JS error from the file system, a wasm abort) may leave
      // HDF5's state inconsistent: refuse further calls.
      const reported = lines.join("").includes("HDF5-DIAG") &&
        (error as Error)?.constructor === Error;
      if (!reported) {
        this.#broken = String((error as Error)?.message ?? error);
      } else if (++this.#thrown >= MAX_THROWN) {
        this.#broken = `${MAX_THROWN} HDF5 errors were thrown through it`;
      }
      throw new Hdf5Failure(lines.join(""), error);
    } finally {
      this.#capture.lines = previous;
    }
    const diagnostics = lines.join("");
    const reports = diagnostics.split("HDF5-DIAG").slice(1);
    const errors = reports.filter((r) => !(tolerated?.test(r) ?? false));
    if (errors.length > 0 || (failed?.(value) ?? false)) {
      throw new Hdf5Failure(diagnostics);
    }
    return value;
  }

  /**
   * Throws when an earlier failure left the wasm module unusable in this
   * process. Not an {@linkcode Hdf5Failure}: the file at hand is not to
   * blame, so callers pass it on instead of calling the file damaged.
   *
   * @param action What the caller is doing, for the message (`read "a.h5"`).
   */
  checkUsable(action: string): void {
    if (this.#broken === undefined) return;
    throw new Error(
      `Cannot ${action}: an earlier failure left the HDF5 module unusable in this process (${this.#broken}); restart the process`,
    );
  }

  /**
   * Allocates memory in the wasm heap (at least one byte). Free it with
   * `module._free()`.
   *
   * @param bytes How many bytes.
   * @param action What the caller is doing, for the error message.
   * @returns The pointer.
   * @throws {RangeError} When the heap (at most 2 GiB) has no room.
   */
  malloc(bytes: number, action: string): number {
    const pointer = this.module._malloc(Math.max(1, bytes));
    if (pointer === 0) {
      throw new RangeError(
        `Cannot ${action}: the wasm heap (at most 2 GiB) has no room for ${bytes} more bytes; ` +
          "pass a smaller sliceBytes",
      );
    }
    return pointer;
  }

  /**
   * A view of wasm heap bytes. Take a new view after every call into the
   * module: the heap's buffer is replaced when it grows.
   *
   * @param pointer Where the bytes start.
   * @param length How many bytes.
   * @returns The bytes.
   */
  heap(pointer: number, length: number): Uint8Array {
    return this.module.HEAPU8.subarray(pointer, pointer + length);
  }
}

/** `Date.now()` while an h5wasm call runs: the Unix epoch. */
const EPOCH = () => 0;

/**
 * Runs a synchronous h5wasm call with `Date.now()` returning 0, so that the
 * times HDF5 stores in the objects it creates or changes are 0 (see the
 * module's comment). No other JavaScript runs meanwhile but what the wasm
 * code calls back (the file system), and `Date.now` is put back before
 * anything else can run. When `Date.now` cannot be replaced (a frozen
 * `Date`), the call runs as it is.
 */
function atEpoch<T>(fn: () => T): T {
  const now = Date.now;
  try {
    Date.now = EPOCH;
  } catch {
    return fn();
  }
  try {
    return fn();
  } finally {
    Date.now = now;
  }
}

/**
 * How many errors may be thrown through the wasm code before we stop using
 * it: each leaks about 100 to 200 bytes of its 2 MiB stack (measured: the
 * 10,000th to 20,000th corrupts memory).
 */
const MAX_THROWN = 500;

let loading: Promise<Hdf5Lib> | undefined;

/**
 * Loads h5wasm once per process and returns the library. The first call
 * imports the npm package and instantiates its wasm module; later calls
 * return the same promise.
 *
 * Requires `--allow-env` (unscoped): h5wasm's emscripten runtime copies the
 * whole environment at start-up.
 *
 * @param action What the caller is doing, for the error message ("read
 * \"a.h5\"").
 * @returns The library.
 * @throws {Deno.errors.NotCapable} When environment access is not granted,
 * saying which flag to add.
 * @throws {Error} When an earlier failure left the module unusable.
 */
export async function loadHdf5(action: string): Promise<Hdf5Lib> {
  // Not granted yet ("prompt" on a terminal) counts as missing: loading
  // would make Deno prompt, and a process nobody answers hangs.
  if (Deno.permissions.querySync({ name: "env" }).state !== "granted") {
    throw envError(action);
  }
  loading ??= instantiate();
  let lib: Hdf5Lib;
  try {
    lib = await loading;
  } catch (error) {
    if (
      error instanceof Deno.errors.NotCapable ||
      error instanceof Deno.errors.PermissionDenied
    ) {
      throw envError(action, error);
    }
    const message = String((error as Error)?.message ?? error);
    const why = /not a dependency|Relative import path/.test(message)
      ? 'the import map does not map "h5wasm"; run with persist\'s deno.json ' +
        '(--config) or add "h5wasm": "npm:h5wasm@^0.10.3" to your deno.json imports'
      : message;
    throw new Error(
      `Cannot ${action}: the HDF5 backend (npm:h5wasm) failed to load: ${why}`,
      { cause: error },
    );
  }
  lib.checkUsable(action);
  return lib;
}

function envError(action: string, cause?: unknown): Error {
  return new Deno.errors.NotCapable(
    `Cannot ${action}: the HDF5 backend (npm:h5wasm) needs access to all environment variables; ` +
      "run again with --allow-env (a list such as --allow-env=HOME is not enough), or use the .npy format",
    { cause },
  );
}

async function instantiate(): Promise<Hdf5Lib> {
  const h5wasm = await import("h5wasm/node");
  const module = await h5wasm.ready as unknown as H5Module;
  const fs = h5wasm.FS as unknown as EmscriptenFs;
  const capture: { lines: string[] | undefined } = { lines: undefined };
  const write = fs.write;
  const decoder = new TextDecoder();
  fs.write = function (stream, buffer, ...rest) {
    // fd 2 is the wasm side's stderr: while one of our calls runs, HDF5's
    // error stack goes to the failure we throw instead of the terminal.
    if (capture.lines !== undefined && stream?.fd === 2) {
      const [offset, length] = rest as [number, number];
      capture.lines.push(
        decoder.decode(buffer.subarray(offset, offset + length)),
      );
      return length;
    }
    return write.call(this, stream, buffer, ...rest);
  };
  const lib = new Hdf5Lib(module, capture);
  // No plugin search: h5wasm ships no filter plugins, and searching opens
  // folders (e.g. /usr/local/hdf5/lib/plugin, or HDF5_PLUGIN_PATH) that a
  // permission-scoped process may not read. A missing filter then fails
  // cleanly as "required filter ... is not registered".
  lib.call((m) => {
    while (m.get_plugin_search_paths().length > 0) {
      m.remove_plugin_search_path(0);
    }
  });
  return lib;
}

/**
 * Picks the most telling line of an HDF5 error stack: the innermost frame of
 * the first stack, skipping the plugin search HDF5 does after a missing
 * filter, with an errno text preferred when there is one.
 */
function summarize(diagnostics: string, cause: unknown): string {
  const first = diagnostics.split("HDF5-DIAG").find((s) => s.includes("#"));
  const frames = [
    ...(first ?? "").matchAll(
      /#\d+: .*? in [\w.]+\(\): (.*)\n\s*major: (.*)/g,
    ),
  ].filter((f) => !f[2].startsWith("Plugin"));
  const innermost = frames.at(-1)?.[1].trim();
  if (innermost !== undefined) {
    const errno = /error message = '([^']*)'/.exec(innermost);
    return errno ? errno[1] : innermost;
  }
  if (cause instanceof Error) return cause.message;
  return cause === undefined ? "HDF5 reported a failure" : String(cause);
}
