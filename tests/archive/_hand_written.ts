// Copyright 2026 the persist authors. MIT license.
// Archives written by hand, as people edit them: a mod.js of the given
// statements (between the header and end lines) beside the current
// _persist.js, and import() of them in another process, to compare with
// load().

import assert from "node:assert/strict";
import { join } from "node:path";
import { RUNTIME_SOURCE } from "../../lib/archive/_runtime.ts";
import { runDeno } from "../_util.ts";

const CHILD = new URL("./_import_child.ts", import.meta.url).href;

/**
 * Makes the archive folder `dir` with a `mod.js` holding `body` between the
 * header and end lines, and `_persist.js`.
 *
 * @param dir The folder to make.
 * @param body The statements.
 * @returns The path of `mod.js`.
 */
export async function writeHandWritten(
  dir: string,
  body: string,
): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(join(dir, "_persist.js"), RUNTIME_SOURCE);
  const path = join(dir, "mod.js");
  await Deno.writeTextFile(
    path,
    `// persist archive, format 1\n${body}\n// end of persist archive\n`,
  );
  return path;
}

/**
 * Imports each folder's `mod.js` in a child process that may read only
 * `root` (plus `flags`), as a user would.
 *
 * @param root The folder holding the archives.
 * @param dirs The archive folders.
 * @param flags More permission flags.
 * @returns Per folder, the description of its exports or `{ error }`.
 */
export async function importInChild(
  root: string,
  dirs: string[],
  flags: string[] = [],
): Promise<Record<string, unknown>> {
  const result = await runDeno(
    [`--allow-read=${root}`, "--no-lock", ...flags],
    CHILD,
    dirs,
  );
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}
