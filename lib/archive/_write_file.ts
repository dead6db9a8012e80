// Copyright 2026 the persist authors. MIT license.

import { writeAll } from "../fs/mod.ts";

/**
 * Creates a new file (it must not exist) and writes chunks to it, flushing
 * the data to disk when asked. For files inside a temporary folder that is
 * renamed into place as a whole, so no rename per file is needed.
 *
 * @param path The new file.
 * @param chunks The bytes, in order.
 * @param options Whether to flush (`fdatasync`) before closing.
 */
export async function writeFileSynced(
  path: string,
  chunks: readonly Uint8Array[],
  options: { sync: boolean },
): Promise<void> {
  using file = await Deno.open(path, { write: true, createNew: true });
  for (const chunk of chunks) await writeAll(file, chunk);
  if (options.sync) await file.syncData();
}
