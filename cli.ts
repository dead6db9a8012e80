// Copyright 2026 the persist authors. MIT license.

/**
 * The `persist` command line tool: inspect archives and arrays.
 *
 * @example Showing what a .npy file holds
 * ```sh
 * deno run --allow-read cli.ts show results/energy.npy
 * ```
 *
 * @module
 */

import { parseArgs } from "node:util";
import denoJson from "./deno.json" with { type: "json" };
import { FormatError, NotFoundError, readNpyHeader } from "./mod.ts";

/** Exit codes of the tool. */
export const EXIT = {
  /** Success. */
  OK: 0,
  /** A failure not covered below. */
  ERROR: 1,
  /** Wrong usage: unknown command or option, missing argument. */
  USAGE: 2,
  /** The file or folder named does not exist. */
  NOT_FOUND: 3,
  /** The file exists but is damaged or not in a format persist reads. */
  FORMAT: 4,
} as const;

const HELP =
  `persist ${denoJson.version}: inspect persist archives and NumPy arrays

Usage: persist <command> [options]

Commands:
  show <file.npy>   dtype, shape, order and size of a .npy file

Options:
  --json            machine-readable output
  -h, --help        this help
  --version         the version

Example:
  persist show results/energy.npy --json
`;

/**
 * Runs the tool with the given arguments and returns the exit code.
 *
 * @example Printing the version
 * ```ts ignore
 * import { main } from "@persist/persist/cli";
 * const code = await main(["--version"]);
 * ```
 *
 * @param args The command line, without the program name.
 * @returns The exit code (see {@linkcode EXIT}).
 */
export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (error) {
    console.error(`persist: ${(error as Error).message}; see "persist --help"`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    console.log(`persist ${denoJson.version}`);
    return EXIT.OK;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(HELP);
    return command === undefined && !values.help ? EXIT.USAGE : EXIT.OK;
  }
  try {
    switch (command) {
      case "show": {
        if (rest.length !== 1) {
          console.error(
            'persist show: expected one file; see "persist --help"',
          );
          return EXIT.USAGE;
        }
        const info = await readNpyHeader(rest[0]);
        const summary = {
          path: rest[0],
          dtype: info.descr,
          shape: info.shape,
          order: info.order,
          version: info.version.join("."),
          dataBytes: info.dataBytes,
        };
        if (values.json) console.log(JSON.stringify(summary));
        else {
          for (const [k, v] of Object.entries(summary)) {
            console.log(
              `${k.padEnd(9)} ${Array.isArray(v) ? `(${v.join(", ")})` : v}`,
            );
          }
        }
        return EXIT.OK;
      }
      default:
        console.error(
          `persist: unknown command "${command}"; see "persist --help"`,
        );
        return EXIT.USAGE;
    }
  } catch (error) {
    console.error(`persist: ${(error as Error).message}`);
    if (error instanceof NotFoundError) return EXIT.NOT_FOUND;
    if (error instanceof FormatError) return EXIT.FORMAT;
    return EXIT.ERROR;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
