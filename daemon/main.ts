// Copyright 2026 the persist authors. MIT license.

/**
 * persistd, the local lock daemon of persist. Writers on one machine get
 * their DataSet write locks (FIFO per folder, released when a client
 * disconnects or dies) and generated names from it over a Unix socket. It
 * serves folders under `--root` only, and while a client holds a folder's
 * lock it also holds the folder's `.lock` file lock, so writers that do not
 * use the daemon stay safe alongside. SIGTERM or SIGINT stops it: it stops
 * accepting, releases every lock, removes the socket and exits with 0. It
 * logs one line per event (start, stop, client errors) to stderr.
 *
 * Requires `--allow-read` and `--allow-write` for the root and the socket,
 * and `--allow-net=unix:<socket>` (Deno cannot grant a folder of sockets).
 *
 * @example Starting the daemon
 * ```sh
 * S=$XDG_RUNTIME_DIR/persistd.sock
 * deno run --allow-read=/data,$S --allow-write=/data,$S --allow-net=unix:$S \
 *   daemon/main.ts --socket $S --root /data
 * ```
 *
 * @module
 */

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { socketFromEnv } from "../lib/daemon/mod.ts";
import { PersistdServer } from "./server.ts";

const HELP = `persistd: the persist lock daemon

Usage: persistd --socket <path> --root <folder> [options]

Options:
  --socket <path>          the Unix socket to listen on (default: $PERSISTD_SOCKET
                           when --allow-env=PERSISTD_SOCKET is granted)
  --root <folder>          serve only folders under this one
  --lease-timeout <ms>     release a lock whose client stops renewing it for this
                           long (default 0: leases off; locks end on release or
                           disconnect)
  --hello-timeout <ms>     close connections that send no hello in time (10000)
  --max-connections <n>    refuse clients beyond this many (1024)
  -h, --help               this help

Permissions: --allow-read=<root>,<socket> --allow-write=<root>,<socket>
             --allow-net=unix:<socket>

Stop it with SIGTERM or SIGINT (Ctrl-C).

Exit codes: 0 after SIGTERM or SIGINT, 1 when it cannot start, 2 for wrong
usage, 6 when Deno denied a permission (the message names the flags).
`;

/**
 * Runs the daemon with the given command line until SIGTERM or SIGINT and
 * returns the exit code: 0 after a clean stop, 1 when it cannot start, 2 for
 * wrong usage, 6 when Deno denied a permission it needs.
 *
 * @example Running from another entry point
 * ```ts ignore
 * import { main } from "./main.ts";
 * Deno.exit(await main(["--socket", "/tmp/p.sock", "--root", "/data"]));
 * ```
 *
 * @param args The command line, without the program name.
 * @returns The exit code.
 */
export async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        socket: { type: "string" },
        root: { type: "string" },
        "lease-timeout": { type: "string" },
        "hello-timeout": { type: "string" },
        "max-connections": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const socket = values.socket ?? socketFromEnv();
  if (socket === undefined) {
    return usage(
      "--socket is required (or set PERSISTD_SOCKET and grant --allow-env=PERSISTD_SOCKET)",
    );
  }
  if (values.root === undefined) return usage("--root is required");
  const numbers: Record<string, number | undefined> = {};
  for (const key of ["lease-timeout", "hello-timeout", "max-connections"]) {
    const text = values[key as "lease-timeout"];
    if (text === undefined) continue;
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n) || n < 0) {
      return usage(`--${key} must be a number of 0 or more, got "${text}"`);
    }
    numbers[key] = n;
  }
  let server: PersistdServer;
  try {
    server = await PersistdServer.listen({
      socket,
      root: values.root,
      leaseTimeout: numbers["lease-timeout"],
      helloTimeout: numbers["hello-timeout"],
      maxConnections: numbers["max-connections"],
    });
  } catch (error) {
    let text = error instanceof Error ? error.message : String(error);
    if (error instanceof Deno.errors.NotCapable) {
      // Deno takes unix sockets in --allow-net by absolute path only.
      text += `; persistd needs --allow-read=${values.root},${socket} ` +
        `--allow-write=${values.root},${socket} --allow-net=unix:${
          resolve(socket)
        }`;
    }
    console.error(`persistd: ${text}`);
    // The persist tool's exit codes: 6 when Deno denied a permission.
    return error instanceof Deno.errors.NotCapable ? 6 : 1;
  }
  // A bug must not take every client's locks down with it: log and go on.
  const onUnhandled = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    const reason = event.reason;
    console.error(
      `${new Date().toISOString()} persistd[${Deno.pid}]: internal error: ${
        reason instanceof Error ? reason.stack : String(reason)
      }`,
    );
  };
  globalThis.addEventListener("unhandledrejection", onUnhandled);
  const stop = (signal: Deno.Signal) => () => server.close(signal);
  const onTerm = stop("SIGTERM");
  const onInt = stop("SIGINT");
  Deno.addSignalListener("SIGTERM", onTerm);
  Deno.addSignalListener("SIGINT", onInt);
  await server.finished;
  Deno.removeSignalListener("SIGTERM", onTerm);
  Deno.removeSignalListener("SIGINT", onInt);
  globalThis.removeEventListener("unhandledrejection", onUnhandled);
  return 0;
}

function usage(problem: string): number {
  console.error(`persistd: ${problem}; see "persistd --help"`);
  return 2;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
