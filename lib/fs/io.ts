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

/**
 * The size of an open file, found by seeking to its end; the file position is
 * restored. Use it instead of `FsFile.stat()`: Deno checks the permission of
 * `stat()` on an open file against the file's real path, so a file opened
 * through a symbolic link (`--allow-read=/data` where `/data` links to
 * `/mnt/disk1`) fails with `NotCapable`, while `seek` needs nothing more.
 *
 * @example Sizing a file opened through a link
 * ```ts ignore
 * using file = await Deno.open("data/a.npy");
 * const size = await fileSize(file);
 * ```
 *
 * @param file An open regular file.
 * @returns Its size in bytes.
 */
export async function fileSize(file: Deno.FsFile): Promise<number> {
  const at = await file.seek(0, Deno.SeekMode.Current);
  const size = await file.seek(0, Deno.SeekMode.End);
  await file.seek(at, Deno.SeekMode.Start);
  return size;
}

/**
 * {@linkcode fileSize}, synchronously.
 *
 * @example Sizing a file synchronously
 * ```ts ignore
 * using file = Deno.openSync("data/index.jsonl");
 * const size = fileSizeSync(file);
 * ```
 *
 * @param file An open regular file.
 * @returns Its size in bytes.
 */
export function fileSizeSync(file: Deno.FsFile): number {
  const at = file.seekSync(0, Deno.SeekMode.Current);
  const size = file.seekSync(0, Deno.SeekMode.End);
  file.seekSync(at, Deno.SeekMode.Start);
  return size;
}

/**
 * Whether something is at a path (a symbolic link counts as itself unless
 * `follow`). Other errors than "not found", such as a missing permission,
 * are thrown.
 *
 * Requires `--allow-read` permission for `path`.
 *
 * @example Checking for a folder
 * ```ts
 * import { pathExists } from "./io.ts";
 * console.log(await pathExists(await Deno.makeTempDir())); // true
 * ```
 *
 * @param path The path.
 * @param options `follow`: look through a symbolic link (`stat`, not `lstat`).
 * @returns Whether it exists.
 */
export async function pathExists(
  path: string,
  options: { follow?: boolean } = {},
): Promise<boolean> {
  try {
    await (options.follow ? Deno.stat(path) : Deno.lstat(path));
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

/**
 * The `stat` of a path (through a symbolic link), or `undefined` when
 * nothing is there; other errors are thrown.
 *
 * @example A file that may be missing
 * ```ts
 * import { statIfAny } from "./io.ts";
 * const dir = await Deno.makeTempDir();
 * console.log(await statIfAny(`${dir}/missing`)); // undefined
 * ```
 *
 * @param path The path.
 * @returns Its `stat`, or `undefined`.
 */
export async function statIfAny(
  path: string,
): Promise<Deno.FileInfo | undefined> {
  try {
    return await Deno.stat(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/**
 * {@linkcode statIfAny}, synchronous.
 *
 * @example A file that may be missing
 * ```ts
 * import { statIfAnySync } from "./io.ts";
 * const dir = Deno.makeTempDirSync();
 * console.log(statIfAnySync(`${dir}/missing`)); // undefined
 * ```
 *
 * @param path The path.
 * @returns Its `stat`, or `undefined`.
 */
export function statIfAnySync(path: string): Deno.FileInfo | undefined {
  try {
    return Deno.statSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/**
 * What a path is, in words for a message: `"a file"` (a regular file),
 * `"a folder"`, `"a named pipe (FIFO)"`, `"a socket"`, `"a device"`, `"a
 * symbolic link"` (from `lstat`). Reading anything but a regular file fails
 * obscurely or, for a FIFO, blocks until something writes to it.
 *
 * @example A folder
 * ```ts
 * import { fileKind } from "./io.ts";
 * console.log(fileKind(await Deno.stat(await Deno.makeTempDir()))); // "a folder"
 * ```
 *
 * @param info The path's `stat` or `lstat`.
 * @returns The words.
 */
export function fileKind(info: Deno.FileInfo): string {
  if (info.isFile) return "a file";
  if (info.isDirectory) return "a folder";
  if (info.isSymlink) return "a symbolic link";
  if (info.isFifo) return "a named pipe (FIFO)";
  if (info.isSocket) return "a socket";
  if (info.isCharDevice || info.isBlockDevice) return "a device";
  return "not a regular file";
}
