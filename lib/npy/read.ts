// Copyright 2026 the persist authors. MIT license.

import { fileURLToPath } from "node:url";
import { FormatError, NotFoundError } from "../errors.ts";
import { fileSize, readFull } from "../fs/io.ts";
import { withAction } from "../fs/os_error.ts";
import { arrayFromBytes, checkDataLength } from "./decode.ts";
import {
  decodeHeader,
  decodePrefix,
  type NpyHeader,
  PREFIX_BYTES,
} from "./header.ts";
import type { NDArray } from "./nd_array.ts";

/** Options for {@linkcode readNpy}. */
export interface ReadNpyOptions {
  /** Stops the read between chunks when aborted. */
  signal?: AbortSignal;
}

/** A `.npy` file's header, with the file's actual size for checking. */
export interface NpyFileInfo extends NpyHeader {
  /** The file's size in bytes. */
  fileBytes: number;
}

/**
 * Reads a `.npy` file into an {@linkcode NDArray}. The data is read straight
 * into a buffer of its exact size, and the typed array views that buffer (no
 * extra copy). Big-endian files are converted to native order; Fortran-order
 * files keep `order: "F"` without reordering. Object (pickle) arrays are
 * always refused, never executed.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @example Reading a file written by NumPy
 * ```ts ignore
 * import { readNpy } from "@persist/persist";
 * const a = await readNpy("results/energy.npy");
 * console.log(a.shape, a.dtype, a.order);
 * ```
 *
 * @param path A file path or a `file:` URL.
 * @param options An abort signal.
 * @returns The array.
 * @throws {NotFoundError} When the file does not exist.
 * @throws {FormatError} When the file is not a valid `.npy` file, is cut
 * short, or holds a dtype persist refuses.
 */
export async function readNpy(
  path: string | URL,
  options: ReadNpyOptions = {},
): Promise<NDArray> {
  const file = toPath(path);
  using handle = await openForRead(file);
  const { header } = await readHeader(handle, file);
  options.signal?.throwIfAborted();
  const data = new Uint8Array(header.dataBytes);
  const n = await readFull(handle, data);
  checkDataLength(header, n, { path: file });
  options.signal?.throwIfAborted();
  return arrayFromBytes(header, data, true);
}

/**
 * Reads only the header of a `.npy` file and the file's size: enough to
 * list shapes and dtypes, or to check that the data is all there, without
 * reading the data.
 *
 * Requires `--allow-read` permission for the file.
 *
 * @example Checking a file's shape cheaply
 * ```ts ignore
 * import { readNpyHeader } from "@persist/persist";
 * const info = await readNpyHeader("big.npy");
 * console.log(info.shape, info.descr, info.fileBytes >= info.dataOffset + info.dataBytes);
 * ```
 *
 * @param path A file path or a `file:` URL.
 * @returns The header and the file size.
 * @throws {NotFoundError} When the file does not exist.
 * @throws {FormatError} When the header is damaged or refused.
 */
export async function readNpyHeader(path: string | URL): Promise<NpyFileInfo> {
  const file = toPath(path);
  using handle = await openForRead(file);
  const { header, fileBytes } = await readHeader(handle, file);
  return { ...header, fileBytes };
}

async function readHeader(
  handle: Deno.FsFile,
  path: string,
): Promise<{ header: NpyHeader; fileBytes: number }> {
  try {
    return await readHeaderOf(handle, path);
  } catch (error) {
    if (!(error instanceof Deno.errors.IsADirectory)) throw error;
    throw withAction(
      error,
      `Cannot read "${path}"`,
      "it is a folder, not a .npy file",
    );
  }
}

async function readHeaderOf(
  handle: Deno.FsFile,
  path: string,
): Promise<{ header: NpyHeader; fileBytes: number }> {
  const fileBytes = await fileSize(handle);
  const prefix = new Uint8Array(PREFIX_BYTES);
  const got = await readFull(handle, prefix);
  const { dataOffset } = decodePrefix(prefix.subarray(0, got), { path });
  if (dataOffset > fileBytes) {
    throw new FormatError(
      `Cannot read "${path}": its header claims ${dataOffset} bytes but the file has only ${fileBytes}; ` +
        "the header length field is damaged or the file was truncated",
      { path, offset: 8 },
    );
  }
  const bytes = new Uint8Array(dataOffset);
  bytes.set(prefix.subarray(0, Math.min(got, dataOffset)));
  if (dataOffset > got) {
    await readFull(handle, bytes.subarray(got));
  } else {
    await handle.seek(dataOffset, Deno.SeekMode.Start);
  }
  const header = decodeHeader(bytes, { path });
  checkDataLength(header, fileBytes - dataOffset, { path });
  return { header, fileBytes };
}

async function openForRead(path: string): Promise<Deno.FsFile> {
  try {
    return await Deno.open(path, { read: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new NotFoundError(
        `Cannot read "${path}": the file does not exist`,
        {
          path,
          cause: error,
        },
      );
    }
    throw error;
  }
}

/**
 * Accepts a path or a `file:` URL.
 *
 * @param path A path or URL.
 * @returns A path.
 * @throws {TypeError} For URLs other than `file:`.
 */
export function toPath(path: string | URL): string {
  if (path instanceof URL) {
    if (path.protocol !== "file:") {
      throw new TypeError(
        `Cannot open "${path.href}": only file: URLs are supported`,
      );
    }
    return fileURLToPath(path);
  }
  return path;
}
