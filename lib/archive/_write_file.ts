// Copyright 2026 the persist authors. MIT license.

import { writeAll } from "../fs/mod.ts";

/** A new file and its bytes, for {@linkcode writeFilesSynced}. */
export interface NewFile {
  /** The path (the file must not exist). */
  path: string;
  /** The bytes, in order. */
  chunks: readonly Uint8Array[];
}

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
  await writeFilesSynced([{ path, chunks }], options);
}

/**
 * Creates new files and writes them one after the other (each file exists
 * only once the ones before it are written), then flushes them all at once:
 * concurrent `fdatasync` calls share the file system's journal commits,
 * which saves about a millisecond per extra file on ext4.
 *
 * @param files The files, in the order they are to appear.
 * @param options Whether to flush (`fdatasync`) before closing.
 */
export async function writeFilesSynced(
  files: readonly NewFile[],
  options: { sync: boolean },
): Promise<void> {
  const open: Deno.FsFile[] = [];
  try {
    for (const { path, chunks } of files) {
      const file = await Deno.open(path, { write: true, createNew: true });
      open.push(file);
      for (const chunk of chunks) await writeAll(file, chunk);
    }
    if (options.sync) {
      // Every flush ends before the files are closed, even when one fails.
      const flushed = await Promise.allSettled(
        open.map((file) => file.syncData()),
      );
      for (const result of flushed) {
        if (result.status === "rejected") throw result.reason;
      }
    }
  } finally {
    for (const file of open) file.close();
  }
}
