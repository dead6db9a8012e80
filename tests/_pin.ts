// Copyright 2026 the persist authors. MIT license.
// Making a file that cannot be removed, to test leftovers that stay: its
// folder made read-only, or, as root (whom that does not stop), the file
// made immutable.

import { dirname, join } from "node:path";
import { PYTHON, run, withTempDir } from "./_util.ts";

const IMMUTABLE = `
import array, fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
flags = array.array("l", [0])
fcntl.ioctl(fd, 0x80086601, flags, True)  # FS_IOC_GETFLAGS
flags[0] = flags[0] | 0x10 if sys.argv[2] == "on" else flags[0] & ~0x10
fcntl.ioctl(fd, 0x40086602, flags, True)  # FS_IOC_SETFLAGS (FS_IMMUTABLE_FL)
`;

/** Options for {@linkcode pin}. */
export interface PinOptions {
  /**
   * Whether the file's folder may be made read-only (nothing can then be
   * created in it either); otherwise only the immutable flag is tried.
   *
   * @default {true}
   */
  readOnlyFolder?: boolean;
}

/**
 * Makes `file` impossible to remove: its folder read-only (0o555), or,
 * where that does not stop a removal (running as root), the file immutable
 * (`chattr +i`, through Python). Returns the undo, or `undefined` when
 * neither works here.
 */
export async function pin(
  file: string,
  options: PinOptions = {},
): Promise<(() => Promise<void>) | undefined> {
  if (options.readOnlyFolder ?? true) {
    const dir = dirname(file);
    const mode = (await Deno.stat(dir)).mode! & 0o7777;
    const probe = join(dir, ".probe");
    await Deno.chmod(dir, 0o555);
    try {
      await Deno.writeTextFile(probe, "");
    } catch (error) {
      if (!(error instanceof Deno.errors.PermissionDenied)) throw error;
      return () => Deno.chmod(dir, mode);
    }
    await Deno.remove(probe);
    await Deno.chmod(dir, mode);
  }
  const set = async (on: string) =>
    (await run(PYTHON, ["-c", IMMUTABLE, file, on])).code === 0;
  if (!(await set("on"))) return undefined;
  return async () => {
    await set("off");
  };
}

/** Whether {@linkcode pin} works here with these options (probes once per call). */
export async function canPin(options: PinOptions = {}): Promise<boolean> {
  return await withTempDir(async (tmp) => {
    const file = join(tmp, "a");
    await Deno.writeTextFile(file, "");
    const undo = await pin(file, options);
    await undo?.();
    return undo !== undefined;
  });
}
