// Copyright 2026 the persist authors. MIT license.
// Helpers for the command line tests: running cli.ts as a user would, and
// archives to run it on.

import { join } from "node:path";
import { ROOT, runDeno, type RunResult } from "../_util.ts";

/** The tool's entry point. */
export const CLI: string = join(ROOT, "cli.ts");

/**
 * Runs `deno run <flags> cli.ts <args>` in a new process with exactly the
 * given permission flags.
 *
 * @param flags Permission flags.
 * @param args The tool's arguments.
 * @returns Code and output.
 */
export function persist(flags: string[], args: string[]): Promise<RunResult> {
  return runDeno(flags, CLI, args);
}

/** `--allow-read=<paths>`. */
export function read(...paths: string[]): string {
  return `--allow-read=${paths.join(",")}`;
}

/** `--allow-write=<paths>`. */
export function write(...paths: string[]): string {
  return `--allow-write=${paths.join(",")}`;
}

/** The lines of a text, without the empty last one. */
export function lines(text: string): string[] {
  return text.replace(/\n$/, "").split("\n");
}
