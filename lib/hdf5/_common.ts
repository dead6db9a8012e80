// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/** The default for `sliceBytes`: the most bytes moved in one wasm call. */
export const DEFAULT_SLICE_BYTES: number = 64 * 2 ** 20;

/** Attribute holding the NumPy descr of the array a dataset was written from. */
export const DTYPE_ATTR = "persist_dtype";

/** Attribute holding the memory order (`"C"` or `"F"`) of that array. */
export const ORDER_ATTR = "persist_order";

/** Root attribute holding the version of this layout. */
export const LAYOUT_ATTR = "persist_layout";

/** The version of the layout persist writes (the value of `persist_layout`). */
export const LAYOUT_VERSION = 1;

/**
 * Turns a dataset name into an absolute HDF5 path: `"a"`, `"/a"` and
 * `"g//a/"` become `"/a"` and `"/g/a"`.
 *
 * @param name The name, with `/` between groups.
 * @param action What is being done, for the error message.
 * @returns The absolute path.
 * @throws {TypeError} When the name is empty, or has a `.` or `..` part or
 * a NUL character.
 */
export function datasetPath(name: string, action: string): string {
  if (typeof name !== "string") {
    throw new TypeError(`Cannot ${action}: the dataset name must be a string`);
  }
  const parts = name.split("/").filter((p) => p !== "");
  const bad = parts.find((p) => p === "." || p === ".." || p.includes("\0"));
  if (parts.length === 0 || bad !== undefined) {
    throw new TypeError(
      `Cannot ${action}: ${
        JSON.stringify(name)
      } is not a valid dataset name; use names such as "a" or "group/a" ` +
        '(no empty, "." or ".." parts, no NUL characters)',
    );
  }
  return `/${parts.join("/")}`;
}

/**
 * Checks a `sliceBytes` option.
 *
 * @param value The option.
 * @returns The value, or the default when undefined.
 * @throws {RangeError} When it is not a whole number from 1 to 2**30.
 */
export function checkSliceBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_SLICE_BYTES;
  if (!Number.isSafeInteger(value) || value < 1 || value > 2 ** 30) {
    throw new RangeError(
      `Cannot use sliceBytes ${value}: it must be a whole number of bytes from 1 to 2**30 (1 GiB)`,
    );
  }
  return value;
}

/**
 * Lets timers and abort handlers run between slices of a large array, then
 * stops if aborted.
 *
 * @param signal The caller's abort signal.
 */
export async function tick(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
}
