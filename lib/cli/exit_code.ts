// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The exit codes of the `persist` tool, and how an error becomes an exit
 * code and one line of text.
 *
 * @module
 */

import { escapeUnsafe } from "./table.ts";

/**
 * Exit codes of the tool. Scripts may rely on them.
 *
 * | Code | Meaning                                                                       |
 * | ---- | ----------------------------------------------------------------------------- |
 * | 0    | success (`verify`: no errors found)                                           |
 * | 1    | a failure not covered below                                                   |
 * | 2    | wrong usage: unknown command or option, missing or extra argument             |
 * | 3    | the file, folder, value or item named does not exist                          |
 * | 4    | damaged or not in a format persist reads (`verify`: problems were found);     |
 * |      | also a file or folder `mod.js` or a DataSet index lists that is missing       |
 * | 5    | persistd could not be reached or refused the request                         |
 * | 6    | Deno denied a permission; the message names the flag to add                   |
 * | 7    | a lock could not be taken in time                                             |
 */
export const EXIT = {
  /** Success. */
  OK: 0,
  /** A failure not covered below. */
  ERROR: 1,
  /** Wrong usage: unknown command or option, missing or extra argument. */
  USAGE: 2,
  /** The file, folder, value or item named does not exist. */
  NOT_FOUND: 3,
  /** Damaged, or not in a format persist reads; `verify` found problems. */
  FORMAT: 4,
  /** persistd could not be reached or refused the request. */
  DAEMON: 5,
  /** Deno denied a permission. */
  PERMISSION: 6,
  /** A lock could not be taken in time. */
  LOCKED: 7,
} as const;

/** Wrong use of the tool: an unknown command or option, a missing argument. */
export class UsageError extends Error {
  /**
   * Constructs a new {@linkcode UsageError}.
   *
   * @param message What is wrong with the command line.
   */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Something persist wrote is missing or damaged in a way that is not a
 * parse error: an array file or DataSet item folder that `mod.js` or the
 * index lists but that is not there. Exit code 4, like other damage.
 */
export class DamagedError extends Error {
  /** The file or folder concerned. */
  readonly path: string | undefined;

  /**
   * Constructs a new {@linkcode DamagedError}.
   *
   * @example A missing item folder
   * ```ts
   * import { DamagedError, EXIT, exitCodeOf } from "./exit_code.ts";
   * import assert from "node:assert/strict";
   * const error = new DamagedError('Cannot get "x_1": its folder is missing', { path: "ds/items/x_1" });
   * assert.equal(exitCodeOf(error), EXIT.FORMAT);
   * ```
   *
   * @param message What is missing or damaged, where, and what to do.
   * @param options The path and the cause.
   */
  constructor(
    message: string,
    options: { path?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "DamagedError";
    this.path = options.path;
  }
}

/**
 * The exit code for an error, by its class name (so errors from other
 * copies of the library, and Deno's own, are recognized).
 *
 * @example Mapping errors
 * ```ts
 * import { EXIT, exitCodeOf } from "./exit_code.ts";
 * import { FormatError, NotFoundError } from "../errors.ts";
 * import assert from "node:assert/strict";
 * assert.equal(exitCodeOf(new NotFoundError("Cannot read x")), EXIT.NOT_FOUND);
 * assert.equal(exitCodeOf(new FormatError("Cannot read x")), EXIT.FORMAT);
 * assert.equal(exitCodeOf(new Error("boom")), EXIT.ERROR);
 * ```
 *
 * @param error Anything thrown.
 * @returns The exit code.
 */
export function exitCodeOf(error: unknown): number {
  const name = error instanceof Error ? error.name : "";
  switch (name) {
    case "UsageError":
      return EXIT.USAGE;
    case "NotFoundError":
    case "NotFound":
      return EXIT.NOT_FOUND;
    case "FormatError":
    case "DamagedError":
    case "ArchiveSyntaxError":
    case "InvalidData":
      return EXIT.FORMAT;
    case "DaemonUnavailableError":
      return EXIT.DAEMON;
    case "NotCapable":
    case "PermissionDenied":
      return EXIT.PERMISSION;
    case "LockTimeoutError":
      return EXIT.LOCKED;
    default:
      return EXIT.ERROR;
  }
}

/**
 * The one line the tool prints for an error: the command, then what failed,
 * where, and what to do. Deno's permission errors get the exact flag to add.
 *
 * @example A permission error
 * ```ts
 * import { errorLine } from "./exit_code.ts";
 * import assert from "node:assert/strict";
 * const error = new Error('Requires read access to "/data/run1", run again with the --allow-read flag');
 * error.name = "NotCapable";
 * assert.equal(
 *   errorLine("show", error),
 *   'persist show: Cannot read "/data/run1": Deno denied read access; run again with --allow-read=/data/run1',
 * );
 * ```
 *
 * @param command The command that failed (`"show"`), or `""` for the tool.
 * @param error Anything thrown.
 * @returns One line, without a line break.
 */
export function errorLine(command: string, error: unknown): string {
  const prefix = command === "" ? "persist: " : `persist ${command}: `;
  let message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : "";
  const denied = /^Requires (\w+) access to "?([^",]*)"?/.exec(message);
  if (name === "NotCapable" && denied !== null) {
    const [, kind, requested] = denied;
    // A temporary file or folder beside the target (tempPathFor(): ".<name>.tmp-<id>")
    // is created where the target's parent folder is: name that folder.
    const temp = /^(.*)\/\.[^/]*\.tmp-[^/]*$/.exec(requested);
    const target = temp === null ? requested : temp[1] || "/";
    const verb = kind === "read"
      ? "read"
      : kind === "write"
      ? "write"
      : kind === "net"
      ? "connect to"
      : "use";
    const flag = target === ""
      ? `--allow-${kind}`
      : `--allow-${kind}=${target}`;
    message =
      `Cannot ${verb} "${target}": Deno denied ${kind} access; run again with ${flag}`;
  }
  if (name === "UsageError") {
    message += `; see "persist ${command === "" ? "" : `${command} `}--help"`;
  }
  // Names in messages come from the files read: no control or bidirectional
  // character of theirs reaches the terminal.
  return prefix + escapeUnsafe(message.replace(/\s*\n\s*/g, " ").trim());
}
