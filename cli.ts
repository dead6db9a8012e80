// Copyright 2026 the persist authors. MIT license.

/**
 * The `persist` command line tool: show what archives, DataSets, chests,
 * `.npy` and HDF5 files hold, print values, verify them, convert archives
 * and DataSets, run persistd and show its locks. Output is for people by default and JSON with `--json`; errors are
 * one line and a documented exit code ({@linkcode EXIT}).
 *
 * It never imports code from the archives it reads (classes they name are
 * replaced by stand-ins), so it runs the same compiled with `deno compile`.
 *
 * @example Showing what an archive holds
 * ```sh
 * deno run --allow-read=runs cli.ts show runs/run1
 * deno run --allow-read=runs cli.ts get runs/run1 energy --json
 * ```
 *
 * @module
 */

import { parseArgs } from "node:util";
import denoJson from "./deno.json" with { type: "json" };
import { main as daemonMain } from "./daemon/main.ts";
import { PersistdClient } from "./mod.ts";
import { socketFromEnv } from "./lib/daemon/mod.ts";
import { writeAll } from "./lib/fs/mod.ts";
import {
  cellText,
  type Command,
  commandHelp,
  COMMANDS,
  convertTarget,
  createStyle,
  detectTarget,
  errorLine,
  escapeInvisible,
  escapeJsonText,
  escapeUnsafe,
  EXIT,
  exitCodeOf,
  formatStatus,
  formatValue,
  getValue,
  Progress,
  showTarget,
  type Style,
  toJsonValue,
  toolHelp,
  UsageError,
  verifyTarget,
} from "./lib/cli/mod.ts";

export { EXIT };

const VERSION: string = denoJson.version;

/** How the tool writes: colours and widths of its two streams. */
interface Io {
  /** Colours for standard output. */
  out: Style;
  /** Colours for standard error. */
  err: Style;
  /** Columns of standard output (`Infinity` when not a terminal). */
  width: number;
  /** Whether standard output is a terminal. */
  terminal: boolean;
  /** Writes progress lines to standard error, when it is a terminal. */
  progress: ((text: string) => void) | undefined;
}

/**
 * Whether colours are allowed: never with `NO_COLOR` set. Deno reads
 * `NO_COLOR` at start-up (`Deno.noColor`); the variable itself is read
 * only when env permission for it is granted already (never prompting).
 */
function noColor(): boolean {
  if (Deno.noColor) return true;
  const { state } = Deno.permissions.querySync({
    name: "env",
    variable: "NO_COLOR",
  });
  return state === "granted" && (Deno.env.get("NO_COLOR") ?? "") !== "";
}

function makeIo(quiet: boolean): Io {
  const colours = !noColor();
  const outTty = Deno.stdout.isTerminal();
  const errTty = Deno.stderr.isTerminal();
  const encoder = new TextEncoder();
  return {
    out: createStyle(colours && outTty),
    err: createStyle(colours && errTty),
    width: outTty ? terminalWidth() : Infinity,
    terminal: outTty,
    progress: errTty && !quiet
      ? (text) => Deno.stderr.writeSync(encoder.encode(text))
      : undefined,
  };
}

/** Columns of the terminal (80 when it does not say). */
function terminalWidth(): number {
  try {
    return Deno.consoleSize().columns || 80;
  } catch {
    return 80;
  }
}

const COMMON = {
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

const OPTIONS = {
  show: COMMON,
  get: { ...COMMON, full: { type: "boolean" } },
  verify: { ...COMMON, "lock-timeout": { type: "string" } },
  convert: {
    ...COMMON,
    to: { type: "string" },
    "lock-timeout": { type: "string" },
  },
  locks: { ...COMMON, socket: { type: "string" }, path: { type: "string" } },
} as const;

/** Positional arguments each command takes: [least, most]. */
const ARITY = {
  show: [1, 1],
  get: [1, 2],
  verify: [1, 1],
  convert: [1, 1],
  locks: [0, 0],
} as const;

const USAGE = {
  show: "<path>",
  get: "<path> [name]",
  verify: "<path> [--lock-timeout ms]",
  convert: "<path> --to npy|hdf5 [--lock-timeout ms]",
  locks: "",
} as const;

/**
 * Runs the tool with the given arguments and returns the exit code.
 *
 * @example Printing the version
 * ```ts ignore
 * import { main } from "@persist/persist/cli";
 * const code = await main(["--version"]); // prints "persist 0.1.0", returns 0
 * ```
 *
 * @param args The command line, without the program name.
 * @returns The exit code (see {@linkcode EXIT}).
 */
export async function main(args: string[]): Promise<number> {
  const first = args.findIndex((a) => !a.startsWith("-"));
  const command = first < 0 ? undefined : args[first];
  const before = first < 0 ? args : args.slice(0, first);
  const rest = first < 0 ? [] : args.slice(first + 1);
  let io: Io | undefined;
  let where = "";
  try {
    // Options before the command: only --help and --version.
    for (const arg of before) {
      if (arg === "--version") {
        console.log(`persist ${VERSION}`);
        return EXIT.OK;
      }
      if (arg !== "--help" && arg !== "-h") {
        throw new UsageError(
          `unknown option "${arg}" before the command`,
        );
      }
    }
    if (command === undefined) {
      if (before.length > 0) {
        console.log(toolHelp(VERSION));
        return EXIT.OK;
      }
      console.error(toolHelp(VERSION));
      return EXIT.USAGE;
    }
    if (command === "help") {
      const topic = rest[0];
      if (topic === undefined) console.log(toolHelp(VERSION));
      else if (isCommand(topic)) console.log(commandHelp(topic));
      else throw new UsageError(`unknown command "${topic}"`);
      return EXIT.OK;
    }
    if (!isCommand(command)) {
      throw new UsageError(`unknown command "${command}"`);
    }
    if (before.length > 0) {
      console.log(commandHelp(command));
      return EXIT.OK;
    }
    where = command;
    if (command === "daemon") {
      if (rest.includes("--help") || rest.includes("-h")) {
        console.log(commandHelp("daemon"));
      }
      return await daemonMain(rest);
    }
    const { values, positionals } = parseCommand(command, rest);
    if (values.help) {
      console.log(commandHelp(command));
      return EXIT.OK;
    }
    io = makeIo(values.quiet === true);
    return await run(command, positionals, values, io);
  } catch (error) {
    if (error instanceof Deno.errors.BrokenPipe) return EXIT.OK;
    const style = io?.err ??
      createStyle(!noColor() && Deno.stderr.isTerminal());
    const line = errorLine(where, error);
    const cut = line.indexOf(": ");
    console.error(style.red(line.slice(0, cut + 1)) + line.slice(cut + 1));
    return exitCodeOf(error);
  }
}

function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

interface Values {
  json?: boolean;
  quiet?: boolean;
  help?: boolean;
  full?: boolean;
  to?: string;
  "lock-timeout"?: string;
  socket?: string;
  path?: string;
}

/**
 * A negative number (`-1`, `-1.5`, `-1e-7`), bigint (`-5n`) or `-Infinity`:
 * no option looks like one, so after the path it is an argument (a key of
 * a chest, as "persist show" lists it), not an option.
 */
const NEGATIVE = /^-(?:\d|\.\d|Infinity$)/;

/**
 * The arguments with each negative number after the first positional (the
 * path) swapped for a stand-in the option parser takes for a positional,
 * and the function that gives it back. Not after `--` (all positional
 * there), nor as the value of an option that takes one.
 */
function shieldNegatives(
  args: string[],
  takesValue: (arg: string) => boolean,
): { args: string[]; restore: (positional: string) => string } {
  const shielded: string[] = [];
  const saved: string[] = [];
  let afterPath = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      shielded.push(...args.slice(i));
      break;
    }
    const isValue = i > 0 && takesValue(args[i - 1]);
    if (afterPath && !isValue && NEGATIVE.test(arg)) {
      shielded.push(`\0${saved.length}`);
      saved.push(arg);
      continue;
    }
    if (!arg.startsWith("-") && !isValue) afterPath = true;
    shielded.push(arg);
  }
  return {
    args: shielded,
    restore: (p) => p.startsWith("\0") ? saved[Number(p.slice(1))] : p,
  };
}

function parseCommand(
  command: Exclude<Command, "daemon">,
  args: string[],
): { values: Values; positionals: string[] } {
  const options: Record<string, { type: string }> = OPTIONS[command];
  const shield = shieldNegatives(
    args,
    (arg) => options[arg.replace(/^--/, "")]?.type === "string",
  );
  let parsed;
  try {
    parsed = parseArgs({
      args: shield.args,
      options: OPTIONS[command],
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      (error as Error).message
        .replace(/\. To specify a positional.*$/s, "")
        .replace(/^Unknown option '(.*)'$/, 'unknown option "$1"')
        .replace(/^Option '(\S+).*' argument missing$/, "$1 needs a value"),
    );
  }
  const values = parsed.values as Values;
  const positionals = parsed.positionals.map(shield.restore);
  if (values.help) return { values, positionals };
  const [least, most] = ARITY[command];
  if (positionals.length < least || positionals.length > most) {
    const usage = `persist ${command} ${USAGE[command]}`.trim();
    throw new UsageError(
      positionals.length < least
        ? `missing argument: the usage is "${usage}"`
        : `too many arguments (${
          positionals.slice(most).map((p) => JSON.stringify(p)).join(", ")
        }): the usage is "${usage}"`,
    );
  }
  return { values, positionals };
}

async function run(
  command: Exclude<Command, "daemon">,
  positionals: string[],
  values: Values,
  io: Io,
): Promise<number> {
  switch (command) {
    case "show":
      return await show(positionals[0], values, io);
    case "get":
      return await get(positionals[0], positionals[1], values, io);
    case "verify":
      return await verify(positionals[0], values, io);
    case "convert":
      return await convert(positionals[0], values, io);
    case "locks":
      return await locks(values, io);
  }
}

/**
 * Prints one JSON document. Characters that JSON leaves raw but a terminal
 * acts on (C1 and bidirectional controls) are written as `\\u` escapes:
 * the same JSON value, safe to print.
 */
function printJson(value: unknown) {
  console.log(escapeJsonText(JSON.stringify(value)));
}

// -- show --------------------------------------------------------------------

async function show(path: string, values: Values, io: Io): Promise<number> {
  const target = await detectTarget(path, "show");
  const { json, text, problems } = await showTarget(target, {
    style: io.out,
    width: io.width,
  });
  if (values.json) printJson(json);
  else console.log(text);
  if (problems.length === 0) return EXIT.OK;
  // Listed what it could; the damage still fails the command (exit code 4).
  // One entry per file, or per HDF5 dataset: count the files.
  const count = new Set(problems.map((p) => p.file)).size;
  const what = target.kind === "chest" ? "value file" : "array file";
  const files = count === 1 ? `1 ${what}` : `${count} ${what}s`;
  console.error(
    `${io.err.red("persist show:")} ${
      cellText(path)
    } is damaged: ${files} cannot be read; run "persist verify ${
      cellText(path)
    }" to check everything`,
  );
  return EXIT.FORMAT;
}

// -- get ---------------------------------------------------------------------

async function get(
  path: string,
  name: string | undefined,
  values: Values,
  io: Io,
): Promise<number> {
  const target = await detectTarget(path, "get");
  const value = await getValue(target, name, { full: values.full });
  if (values.json) {
    printJson(toJsonValue(value, { full: values.full }));
  } else if (typeof value === "string" && !io.terminal) {
    // To a pipe or a file a string is written exactly, with no line break
    // added: `persist get run1 note > note.txt` copies it.
    await writeAll(Deno.stdout, new TextEncoder().encode(value));
  } else {
    console.log(formatValue(value, {
      full: values.full,
      width: Math.min(io.width, 100),
      // A string is printed as it is for scripts (a pipe or a file), but
      // quoted and escaped on a terminal when it holds ESC, BEL, U+202E, …
      escapeControls: io.terminal,
    }));
  }
  return EXIT.OK;
}

/** The progress bar of a long operation: drawn only on a terminal, without --quiet. */
function progressBar(io: Io, label: string): Progress {
  return new Progress({ write: io.progress, label, width: terminalWidth() });
}

// -- verify ------------------------------------------------------------------

async function verify(path: string, values: Values, io: Io): Promise<number> {
  const lockTimeout = milliseconds("--lock-timeout", values["lock-timeout"]);
  const target = await detectTarget(path, "verify");
  const progress = progressBar(io, `verify ${cellText(path)}`);
  let report;
  try {
    report = await verifyTarget(target, {
      lockTimeout,
      onProgress: (done, total, file) =>
        progress.update(done, total, file === "" ? "" : cellText(file)),
    });
  } finally {
    progress.end();
  }
  if (values.json) {
    printJson(report);
  } else {
    for (const p of report.problems) {
      const tag = p.severity === "error"
        ? io.out.red("error")
        : io.out.yellow("warning");
      const item = p.item !== undefined
        ? `item ${cellText(JSON.stringify(p.item))}: `
        : p.key !== undefined
        ? `key ${escapeInvisible(p.key)}: `
        : "";
      // Names in messages come from the files read: escaped, as in errors.
      console.log(
        `${cellText(p.file)}: ${tag}: ${item}${escapeUnsafe(p.message)}`,
      );
    }
    const errors = report.problems.filter((p) => p.severity === "error");
    const warnings = report.problems.length - errors.length;
    const items = report.items !== undefined
      ? `${report.items} item${report.items === 1 ? "" : "s"}, `
      : report.keys !== undefined
      ? `${report.keys} key${report.keys === 1 ? "" : "s"}, `
      : "";
    const files = `${items}${report.checked.length} file${
      report.checked.length === 1 ? "" : "s"
    } checked`;
    const counts = [
      errors.length > 0
        ? `${errors.length} error${errors.length === 1 ? "" : "s"}`
        : "",
      warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : "",
    ].filter((s) => s !== "").join(", ");
    console.log(
      report.ok
        ? `${io.out.green("ok")}: ${cellText(path)}: ${files}${
          counts === "" ? "" : `, ${counts}`
        }`
        : `${io.out.red("FAILED")}: ${cellText(path)}: ${files}, ${counts}`,
    );
  }
  return report.ok ? EXIT.OK : EXIT.FORMAT;
}

// -- convert -----------------------------------------------------------------

async function convert(path: string, values: Values, io: Io): Promise<number> {
  const to = values.to;
  if (to !== "npy" && to !== "hdf5") {
    throw new UsageError(
      to === undefined
        ? "--to is required: --to npy or --to hdf5"
        : `--to must be "npy" or "hdf5", got "${to}"`,
    );
  }
  const lockTimeout = milliseconds("--lock-timeout", values["lock-timeout"]);
  const target = await detectTarget(path, "convert");
  const progress = progressBar(io, `convert ${cellText(path)}`);
  let result;
  try {
    result = await convertTarget(target, to, {
      lockTimeout,
      onProgress: (done, total, step) =>
        progress.update(done, total, cellText(step)),
    });
  } finally {
    progress.end();
  }
  if (values.json) printJson(result);
  else console.log(result.message);
  return EXIT.OK;
}

/** A number of milliseconds given as an option, or `undefined` when absent. */
function milliseconds(option: string, text: string | undefined) {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (text.trim() === "" || !Number.isFinite(ms) || ms < 0) {
    throw new UsageError(
      `${option} must be a number of 0 or more milliseconds, got "${text}"`,
    );
  }
  return ms;
}

// -- locks -------------------------------------------------------------------

async function locks(values: Values, io: Io): Promise<number> {
  const socket = values.socket ?? socketFromEnv();
  if (socket === undefined) {
    throw new UsageError(
      "--socket is required (or set PERSISTD_SOCKET and grant --allow-env=PERSISTD_SOCKET)",
    );
  }
  await using client = await PersistdClient.connect(socket, {
    name: "persist locks",
  });
  const status = await client.status({ path: values.path });
  if (values.json) printJson(status);
  else console.log(formatStatus(status, { style: io.out, width: io.width }));
  return EXIT.OK;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
