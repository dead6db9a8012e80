// Copyright 2026 the persist authors. MIT license.

import { statIfAnySync } from "./io.ts";

/** Options for {@linkcode fileIdentity} and {@linkcode identityOf}. */
export interface FileIdentityOptions {
  /**
   * Add the file's birth time, where the file system records it, so that a
   * new file given the inode number of a removed one (file systems reuse
   * them at once) is another identity. Without it, the identity is the
   * `"dev:ino"` that persistd sends its clients for the `.lock` file it
   * holds: keep that one as it is, or older daemons and newer clients would
   * each think the other's lock lost.
   *
   * @default {false}
   */
  birth?: boolean;
}

/**
 * Which file the path names: its device and inode (`"dev:ino"`), and its
 * birth time with `birth`; `undefined` when nothing is there. From the path
 * (`stat`), never from an open descriptor: Deno checks `FsFile.stat()`
 * against the real path of the file, which a process allowed only a
 * symbolic link's path may not read.
 *
 * Requires `--allow-read` permission for `path`.
 *
 * @example Telling a replaced file
 * ```ts
 * import { fileIdentity } from "./file_identity.ts";
 * const path = await Deno.makeTempFile();
 * const before = fileIdentity(path);
 * await Deno.writeTextFile(`${path}.new`, "");
 * await Deno.rename(`${path}.new`, path);
 * console.log(fileIdentity(path) === before); // false
 * ```
 *
 * @param path A file or folder (a symbolic link is followed).
 * @param options Whether to add the birth time.
 * @returns Its identity, or `undefined`.
 */
export function fileIdentity(
  path: string,
  options: FileIdentityOptions = {},
): string | undefined {
  const info = statIfAnySync(path);
  if (info === undefined) return undefined;
  return identityOf(info, options);
}

/**
 * The identity ({@linkcode fileIdentity}) of the file that a `stat` or
 * `lstat` result describes, for a caller that needs its size or type too.
 *
 * @example Comparing two stat results
 * ```ts
 * import { identityOf } from "./file_identity.ts";
 * const path = await Deno.makeTempFile();
 * const a = Deno.statSync(path);
 * const b = Deno.lstatSync(path);
 * console.log(identityOf(a, { birth: true }) === identityOf(b, { birth: true })); // true
 * ```
 *
 * @param info What `stat` or `lstat` returned.
 * @param options Whether to add the birth time.
 * @returns The identity.
 */
export function identityOf(
  info: Deno.FileInfo,
  options: FileIdentityOptions = {},
): string {
  const id = `${info.dev}:${info.ino}`;
  return options.birth ? `${id}:${info.birthtime?.getTime()}` : id;
}
