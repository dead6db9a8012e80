// Copyright 2026 the persist authors. MIT license.

import { atomicWrite } from "../fs/atomic_write.ts";
import type { TypedArray } from "./dtype.ts";
import { npyParts } from "./encode.ts";
import type { NDArray } from "./nd_array.ts";
import { toPath } from "./read.ts";

/** Options for {@linkcode writeNpy}. */
export interface WriteNpyOptions {
  /**
   * Flush the file and its folder to disk before returning, so the file
   * survives a power loss. The write is atomic (a reader never sees part of
   * it) either way.
   *
   * @default {true}
   */
  sync?: boolean;
}

/**
 * Writes an array to a `.npy` file that NumPy reads with `np.load`: format
 * version 1.0 (2.0 only for very long headers), header padded so the data
 * starts on a 64-byte boundary with NumPy's spare room to grow. The header
 * and the array's own bytes are written one after the other, with no copy.
 * The file is replaced atomically: readers see the old file or the new one.
 *
 * Requires `--allow-read` and `--allow-write` permissions for the folder.
 *
 * @example Writing a matrix for NumPy
 * ```ts ignore
 * import { NDArray, writeNpy } from "@persist/persist";
 * await writeNpy("m.npy", new NDArray(new Float64Array([1, 2, 3, 4]), [2, 2]));
 * // python3 -c "import numpy; print(numpy.load('m.npy'))"
 * ```
 *
 * @param path The file to write (a path or a `file:` URL).
 * @param array An NDArray, or a typed array (written as 1-D).
 * @param options Whether to flush to disk.
 */
export async function writeNpy(
  path: string | URL,
  array: NDArray | TypedArray,
  options: WriteNpyOptions = {},
): Promise<void> {
  const file = toPath(path);
  let parts;
  try {
    parts = npyParts(array);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new TypeError(
      `Cannot write "${file}": ${
        error.message.replace(/^Cannot write a \.npy file: /, "")
      }, got ${describe(array)}`,
      { cause: error },
    );
  }
  await atomicWrite(file, parts, { sync: options.sync });
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    return "a plain Array (make it an NDArray or a typed array, e.g. Float64Array.from(...))";
  }
  if (typeof value === "object") {
    const name = Object.getPrototypeOf(value)?.constructor?.name;
    return typeof name === "string" && name !== "" ? `a ${name}` : "an object";
  }
  return typeof value;
}
