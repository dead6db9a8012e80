// Copyright 2026 the persist authors. MIT license.

/** Anything with a `write` that may write fewer bytes than given: a file or a socket. */
export interface Writer {
  /**
   * Writes some of `p` and returns how many bytes were written.
   *
   * @param p The bytes.
   * @returns How many were written.
   */
  write(p: Uint8Array): Promise<number>;
}

/**
 * Writes all of `bytes` to `file` (or a socket), looping over short writes.
 *
 * @example Writing a buffer completely
 * ```ts ignore
 * using file = await Deno.open("out.bin", { write: true, create: true });
 * await writeAll(file, new Uint8Array(1024));
 * ```
 *
 * @param file An open file or connection.
 * @param bytes The bytes to write.
 */
export async function writeAll(
  file: Writer,
  bytes: Uint8Array,
): Promise<void> {
  // Large single writes are fastest, but the kernel may stop short, and a
  // 2 GiB+ write fails on some platforms: cap each call.
  const step = 1 << 30;
  let offset = 0;
  while (offset < bytes.byteLength) {
    const end = Math.min(bytes.byteLength, offset + step);
    offset += await file.write(bytes.subarray(offset, end));
  }
}

/**
 * Reads exactly `buffer.byteLength` bytes from `file` into `buffer`, looping
 * over short reads. Returns how many bytes were read, which is less than the
 * buffer's length only when the file ended first.
 *
 * @example Reading a fixed-size header
 * ```ts ignore
 * using file = await Deno.open("a.npy");
 * const head = new Uint8Array(10);
 * const n = await readFull(file, head);
 * ```
 *
 * @param file An open file, positioned where reading starts.
 * @param buffer The bytes to fill.
 * @returns The number of bytes read.
 */
export async function readFull(
  file: Deno.FsFile,
  buffer: Uint8Array,
): Promise<number> {
  const step = 1 << 30;
  let offset = 0;
  while (offset < buffer.byteLength) {
    const end = Math.min(buffer.byteLength, offset + step);
    const n = await file.read(buffer.subarray(offset, end));
    if (n === null || n === 0) break;
    offset += n;
  }
  return offset;
}
