// Copyright 2026 the persist authors. MIT license.
// Helpers for the command line tests: running cli.ts as a user would, and
// archives to run it on.

import { join } from "node:path";
import { CONFIG, ROOT, runDeno, type RunResult } from "../_util.ts";

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

/** What {@linkcode persistWithin} gives: a {@linkcode RunResult} and whether it was killed. */
export interface TimedRunResult extends RunResult {
  /** Whether it was still running after the time allowed, and was killed. */
  timedOut: boolean;
}

/**
 * Like {@linkcode persist}, but kills the process (SIGKILL) if it is still
 * running after `ms` milliseconds: for commands that once hung.
 *
 * @param flags Permission flags.
 * @param args The tool's arguments.
 * @param ms The time allowed.
 * @returns Code and output, and whether it timed out.
 */
export async function persistWithin(
  flags: string[],
  args: string[],
  ms: number,
): Promise<TimedRunResult> {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      "--no-prompt",
      `--config=${CONFIG}`,
      ...flags,
      CLI,
      ...args,
    ],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, ms);
  try {
    const out = await child.output();
    const decoder = new TextDecoder();
    return {
      code: out.code,
      stdout: decoder.decode(out.stdout),
      stderr: decoder.decode(out.stderr),
      timedOut,
    };
  } finally {
    clearTimeout(timer);
  }
}
