// Copyright 2026 the persist authors. MIT license.
// The 128 MiB float64 array of the array benches, and the plain file I/O of
// its bytes that they take as the physical limit.

import { fileSize, readFull, writeAll } from "../lib/fs/mod.ts";
import { NDArray } from "../mod.ts";

/** The size of the array, in MiB. */
export const MIB = 128;

/** Runs and warm-up runs of each array bench. */
export const OPTS = { n: 20, warmup: 3 };

const data = new Float64Array((MIB * 2 ** 20) / 8);
for (let i = 0; i < data.length; i++) data[i] = i * 0.5;

/** The array: `MIB` MiB of float64 (`i * 0.5`). */
export const ARRAY: NDArray<Float64Array> = new NDArray(data);

/** The array's bytes. */
export const BYTES: Uint8Array = new Uint8Array(data.buffer);

/**
 * Writes bytes (by default the array's) to a plain file, with fdatasync when
 * `sync`.
 */
export async function plainWrite(
  path: string,
  sync: boolean,
  bytes: Uint8Array = BYTES,
): Promise<void> {
  using file = await Deno.open(path, {
    write: true,
    create: true,
    truncate: true,
  });
  await writeAll(file, bytes);
  if (sync) await file.syncData();
}

/** Reads a plain file into a new buffer of its size. */
export async function plainRead(path: string): Promise<Uint8Array> {
  using file = await Deno.open(path);
  const buffer = new Uint8Array(await fileSize(file));
  await readFull(file, buffer);
  return buffer;
}
