// Copyright 2026 the persist authors. MIT license.
// Helpers for the persistd tests: the fixed socket paths the test task may
// use, the exact flags of the daemon and of its clients, and a handle on a
// daemon process whose stderr log lines can be awaited.

import { join } from "node:path";
import { Child } from "../_child.ts";
import { ROOT } from "../_util.ts";

export { until } from "../_util.ts";

/**
 * The socket paths granted to the test process by `deno task test`
 * (`--allow-net=unix:` takes exact paths, not folders). Tests run one at a
 * time, so two fixed paths are enough.
 */
export const SOCKETS: readonly [string, string] = [
  join(ROOT, ".tmp", "sockets", "a.sock"),
  join(ROOT, ".tmp", "sockets", "b.sock"),
];

/** The daemon's entry point. */
export const MAIN: string = join(ROOT, "daemon", "main.ts");

/** The flags persistd needs: read and write on the root and the socket, net on the socket. */
export function daemonFlags(root: string, socket: string): string[] {
  return [
    `--allow-read=${root},${socket}`,
    `--allow-write=${root},${socket}`,
    `--allow-net=unix:${socket}`,
  ];
}

/** The flags a client needs for the socket, plus read/write on `dirs`. */
export function clientFlags(socket: string, ...dirs: string[]): string[] {
  const paths = [socket, ...dirs].join(",");
  return [
    `--allow-read=${paths}`,
    `--allow-write=${paths}`,
    `--allow-net=unix:${socket}`,
  ];
}

/** The test client program (`_client.ts`), run as a child process. */
export const CLIENT: string = new URL("./_client.ts", import.meta.url).href;

/**
 * Starts a client process that takes the daemon's lock on `dir` as `name`
 * and holds it until killed; returns once it holds the lock.
 */
export async function holdForever(
  socket: string,
  dir: string,
  name = "h",
): Promise<Child> {
  const holder = new Child(clientFlags(socket, dir), CLIENT, [
    socket,
    "hold",
    dir,
    name,
    "forever",
  ]);
  try {
    await holder.waitFor("locked");
  } catch (error) {
    await holder.kill();
    throw error;
  }
  return holder;
}

/** Removes whatever is at the socket path and makes sure its folder exists. */
export async function freeSocket(socket: string): Promise<void> {
  await Deno.mkdir(join(ROOT, ".tmp", "sockets"), { recursive: true });
  await Deno.remove(socket).catch(() => {});
}

/** A persistd process started with exact flags; its stderr is collected. */
export class Daemon implements AsyncDisposable {
  readonly process: Deno.ChildProcess;
  readonly socket: string;
  /** The stderr lines so far. */
  readonly lines: string[] = [];
  #listeners = new Set<() => void>();
  #ended = false;
  #reading: Promise<void>;

  /**
   * Spawns `deno run <flags> daemon/main.ts --socket S --root R <args>`
   * without waiting for it.
   */
  constructor(
    root: string,
    socket: string,
    options: { args?: string[]; flags?: string[] } = {},
  ) {
    this.socket = socket;
    this.process = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--quiet",
        "--no-prompt",
        ...(options.flags ?? daemonFlags(root, socket)),
        MAIN,
        "--socket",
        socket,
        "--root",
        root,
        ...(options.args ?? []),
      ],
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    }).spawn();
    this.#reading = this.#read();
  }

  /** Starts a daemon and waits until it listens. */
  static async start(
    root: string,
    socket: string,
    options: { args?: string[]; flags?: string[] } = {},
  ): Promise<Daemon> {
    const daemon = new Daemon(root, socket, options);
    try {
      await daemon.waitForLog(/: listening on "/);
    } catch (error) {
      await daemon.kill();
      throw error;
    }
    return daemon;
  }

  async #read(): Promise<void> {
    let buffer = "";
    for await (
      const chunk of this.process.stderr.pipeThrough(new TextDecoderStream())
    ) {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        this.lines.push(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
      }
      for (const notify of this.#listeners) notify();
    }
    if (buffer !== "") this.lines.push(buffer);
    this.#ended = true;
    for (const notify of this.#listeners) notify();
  }

  /** The whole log so far. */
  get log(): string {
    return this.lines.join("\n");
  }

  /** Waits for a log line matching `pattern`; fails if the daemon exits first. */
  waitForLog(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = this.lines.find((l) => pattern.test(l));
        if (line !== undefined) done(() => resolve(line));
        else if (this.#ended) {
          done(() =>
            reject(
              new Error(
                `persistd exited before logging ${pattern}:\n${this.log}`,
              ),
            )
          );
        }
      };
      const timer = setTimeout(
        () =>
          done(() =>
            reject(
              new Error(`timed out waiting for ${pattern}; log:\n${this.log}`),
            )
          ),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        this.#listeners.delete(check);
        settle();
      };
      this.#listeners.add(check);
      check();
    });
  }

  /** Sends a signal and waits for the exit status. */
  async stop(signal: Deno.Signal = "SIGTERM"): Promise<Deno.CommandStatus> {
    try {
      this.process.kill(signal);
    } catch {
      // already exited
    }
    const status = await this.process.status;
    await this.#reading;
    return status;
  }

  /** Kills with SIGKILL (idempotent). */
  kill(): Promise<Deno.CommandStatus> {
    return this.stop("SIGKILL");
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.kill();
  }
}

/**
 * Runs `fn` with a fresh root folder under a temp dir and the socket freed,
 * and a daemon on it; everything is cleaned up afterwards.
 */
export async function withDaemon<T>(
  fn: (daemon: Daemon, root: string, tmp: string) => Promise<T>,
  options: { args?: string[]; socket?: string } = {},
): Promise<T> {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = options.socket ?? SOCKETS[0];
  try {
    const root = join(tmp, "root");
    await Deno.mkdir(root);
    await freeSocket(socket);
    await using daemon = await Daemon.start(root, socket, options);
    return await fn(daemon, root, tmp);
  } finally {
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
    await Deno.remove(socket).catch(() => {});
  }
}

/** Awaits a promise that must reject and returns its error. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}
