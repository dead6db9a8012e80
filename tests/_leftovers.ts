// Copyright 2026 the persist authors. MIT license.
// Killing a writer in the middle of a write, to test what it leaves behind
// and who removes it.

import { join } from "node:path";
import { Child } from "./_child.ts";
import { until } from "./_util.ts";

/** The child that writes until killed (see its header for the modes). */
export const LEFTOVER_WRITER: string =
  new URL("./fs/_leftover_writer.ts", import.meta.url).href;

/** Whether something is at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

/** Whether a folder holds a mod.js that ends with the archive's end line. */
async function hasWholeModule(path: string): Promise<boolean> {
  try {
    const text = await Deno.readTextFile(join(path, "mod.js"));
    return text.trimEnd().endsWith("// end of persist archive");
  } catch {
    return false;
  }
}

/**
 * A temporary beside the target whose name starts with `prefix` and that
 * holds written bytes (a non-empty file, or a folder with one).
 */
async function tempBeingWritten(
  dir: string,
  prefix: string,
): Promise<string | undefined> {
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.name.startsWith(prefix)) continue;
    const path = join(dir, entry.name);
    try {
      if (entry.isFile && (await Deno.stat(path)).size > 0) return path;
      if (entry.isDirectory) {
        for await (const inner of Deno.readDir(path)) {
          if ((await Deno.stat(join(path, inner.name))).size > 0) return path;
        }
      }
    } catch {
      // renamed or removed meanwhile
    }
  }
  return undefined;
}

/**
 * Starts the writer with `flags` and `args`, waits until a temporary named
 * `prefix…` in `dir` holds data, kills the writer with SIGKILL, and returns
 * that temporary, which the kill left partly written (tries again when the
 * kill came after it was finished).
 */
export async function killMidWrite(
  flags: string[],
  args: string[],
  dir: string,
  prefix: string,
): Promise<string> {
  for (let round = 0; round < 5; round++) {
    const child = new Child(flags, LEFTOVER_WRITER, args);
    let temp: string | undefined;
    let status: Deno.CommandStatus;
    try {
      await child.waitFor("ready");
      await until(
        async () => (temp = await tempBeingWritten(dir, prefix)) !== undefined,
        30_000,
        `a temporary "${prefix}…" being written`,
      );
    } finally {
      status = await child.kill("SIGKILL");
      await child[Symbol.asyncDispose]();
    }
    if (status.signal !== "SIGKILL") {
      throw new Error(`the writer ended by itself: ${JSON.stringify(status)}`);
    }
    if (await exists(temp!) && !(await hasWholeModule(temp!))) return temp!;
  }
  throw new Error("the writer was never killed in the middle of a write");
}
