// Copyright 2026 the persist authors. MIT license.
// Shared helpers for the test suite: temporary folders, subprocesses, NumPy.

import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** The repository root. */
export const ROOT: string = dirname(dirname(fileURLToPath(import.meta.url)));

/** `../shared/fixtures` beside the repository. */
export const FIXTURES: string = join(ROOT, "..", "shared", "fixtures");

/** The Python with Debian's numpy and h5py. */
export const PYTHON = "/usr/bin/python3";

/**
 * Makes a temporary folder, runs `fn` in it and removes it afterwards.
 *
 * @param fn The body, given the folder.
 * @returns What `fn` returns.
 */
export async function withTempDir<T>(
  fn: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "persist-test-" });
  try {
    return await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}

/**
 * Polls `fn` every 10 ms until it returns true or `timeoutMs` passes: for
 * tests that must know another party reached a state (a waiter waits)
 * before they act, instead of sleeping a fixed time.
 */
export async function until(
  fn: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = "a condition",
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await fn())) {
    if (performance.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The output of a finished subprocess. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to completion and returns its exit code and output.
 *
 * @param cmd The executable.
 * @param args Its arguments.
 * @param options Working folder, standard input, extra environment variables.
 * @returns Code and output.
 */
export async function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  const child = new Deno.Command(cmd, {
    args,
    cwd: options.cwd,
    env: options.env,
    stdin: options.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (options.stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(options.stdin));
    await writer.close();
  }
  const out = await child.output();
  const decoder = new TextDecoder();
  return {
    code: out.code,
    stdout: decoder.decode(out.stdout),
    stderr: decoder.decode(out.stderr),
  };
}

/** The project's deno.json, passed to child processes (see runDeno). */
export const CONFIG: string = join(ROOT, "deno.json");

/**
 * Runs a Deno script in a new process with exactly the given permission
 * flags, as a user would. The project's `deno.json` is passed explicitly:
 * Deno finds no config for a `data:` script, and without its import map the
 * library's npm imports (`@msgpack/msgpack`) do not resolve.
 *
 * @param flags Permission flags such as `--allow-read=/tmp/x`.
 * @param script The script (path or `data:`/`file:` URL).
 * @param args Arguments after the script.
 * @param options Extra environment variables.
 * @returns Code and output.
 */
export function runDeno(
  flags: string[],
  script: string,
  args: string[] = [],
  options: { env?: Record<string, string> } = {},
): Promise<RunResult> {
  return run(Deno.execPath(), [
    "run",
    "--quiet",
    "--no-prompt",
    `--config=${CONFIG}`,
    ...flags,
    script,
    ...args,
  ], options);
}

function probePython(modules: string): boolean {
  try {
    const { code } = new Deno.Command(PYTHON, {
      args: ["-c", `import ${modules}`],
      stdout: "null",
      stderr: "null",
    }).outputSync();
    return code === 0;
  } catch {
    return false;
  }
}

/** The Node.js used to import archives and DataSets without persist. */
export const NODE = "/usr/bin/node";

/** True when {@linkcode NODE} runs. */
export const HAS_NODE: boolean = (() => {
  // Suites run without --allow-run for Node (such as the chest tests) skip
  // the Node tests rather than fail at import.
  const run = Deno.permissions.querySync({ name: "run", command: NODE });
  if (run.state !== "granted") return false;
  try {
    return new Deno.Command(NODE, { args: ["--version"], stdout: "null" })
      .outputSync().success;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
})();

/** True when `/usr/bin/python3` runs (it also runs the pseudo-terminal). */
export const HAS_PYTHON: boolean = probePython("pty");
/** True when `/usr/bin/python3` can import numpy. */
export const HAS_NUMPY: boolean = probePython("numpy");
/** True when `/usr/bin/python3` can import numpy and h5py. */
export const HAS_H5PY: boolean = probePython("numpy, h5py");
/** True when `/usr/bin/python3` can import numpy and msgpack. */
export const HAS_MSGPACK: boolean = probePython("numpy, msgpack");

if (!HAS_NUMPY) {
  console.warn(
    "SKIPPING NumPy interop tests: /usr/bin/python3 cannot import numpy " +
      "(install Debian's python3-numpy; CI does)",
  );
}

/**
 * Runs a Python snippet with Debian's python3 and returns its stdout; fails
 * the test with Python's stderr when it exits non-zero.
 *
 * @param code The Python program.
 * @param args `sys.argv[1:]`.
 * @param options The working folder.
 * @returns Standard output.
 */
export async function python(
  code: string,
  args: string[] = [],
  options: { cwd?: string } = {},
): Promise<string> {
  const result = await run(PYTHON, ["-c", code, ...args], options);
  if (result.code !== 0) {
    throw new Error(`python3 failed (${result.code}):\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Creates a symlink. `Deno.symlink` needs unscoped read and write
 * permissions, which the test task does not grant, so a `deno eval` child
 * (all permissions) makes it.
 */
export async function symlink(target: string, path: string): Promise<void> {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "eval",
      `Deno.symlinkSync(${JSON.stringify(target)}, ${JSON.stringify(path)})`,
    ],
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) throw new Error(new TextDecoder().decode(stderr));
}

/** What a command run on a pseudo-terminal printed, and how it ended. */
export interface TerminalResult {
  /** The exit code, or `null` when it was killed after the timeout. */
  code: number | null;
  /** Everything it wrote to the terminal (stdout and stderr). */
  out: string;
  /** Whether it was still running after the timeout (and was killed). */
  timedOut: boolean;
}

/** Options for {@linkcode onTerminal}. */
export interface TerminalOptions {
  /** Extra environment variables. */
  env?: Record<string, string>;
  /**
   * Run without `--no-prompt`, as a user typing `deno run` would: a
   * permission Deno prompts for then waits for an answer nobody gives.
   *
   * @default {false}
   */
  prompt?: boolean;
  /**
   * Seconds after which the command is killed.
   *
   * @default {60}
   */
  timeout?: number;
}

/**
 * Runs `deno run <args>` on a pseudo-terminal (stdin, stdout and stderr all
 * on it) with the project's config, through `tests/_pty.py`.
 *
 * @param args Flags, the script and its arguments.
 * @param options Environment, prompting and timeout.
 * @returns Code, output, and whether it timed out.
 */
export async function onTerminal(
  args: string[],
  options: TerminalOptions = {},
): Promise<TerminalResult> {
  const { env = {}, prompt = false, timeout = 60 } = options;
  const argv = [
    Deno.execPath(),
    "run",
    "--quiet",
    ...(prompt ? [] : ["--no-prompt"]),
    `--config=${CONFIG}`,
    ...args,
  ];
  const base: Record<string, string> = { TERM: "xterm" };
  for (const name of ["HOME", "PATH", "DENO_DIR", "XDG_CACHE_HOME"]) {
    const value = Deno.env.get(name);
    if (value !== undefined) base[name] = value;
  }
  const result = await run(PYTHON, [
    join(ROOT, "tests", "_pty.py"),
    JSON.stringify(argv),
    JSON.stringify({ ...base, ...env }),
    String(timeout),
  ]);
  if (result.code !== 0) {
    throw new Error(`tests/_pty.py failed (${result.code}):\n${result.stderr}`);
  }
  return JSON.parse(result.stdout);
}
