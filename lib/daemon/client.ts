// Copyright 2026 the persist authors. MIT license.

import { isAbsolute, resolve } from "node:path";
import {
  DaemonUnavailableError,
  LockTimeoutError,
  NotFoundError,
} from "../errors.ts";
import { requirePermission, writeAll } from "../fs/mod.ts";
import {
  type DaemonStatus,
  encodeFrame,
  type ErrorBody,
  FrameDecoder,
  type LostEvent,
  MAX_PREFIX_LENGTH,
  parseServerMessage,
  PROTOCOL_VERSION,
  type ServerMessage,
} from "../../daemon/protocol.ts";

/**
 * How long, after a write fails, the client waits for the daemon's last
 * words (such as "Busy") before it ends the connection with the write error.
 */
const WRITE_FAILURE_GRACE_MS = 1000;

/** Options for {@linkcode PersistdClient.connect}. */
export interface PersistdConnectOptions {
  /** A label for this client, shown in the daemon's status view. */
  name?: string;
  /**
   * How long to wait for the daemon to answer the hello, in milliseconds.
   *
   * @default {10_000}
   */
  timeout?: number;
}

/** What the daemon said about itself in its hello reply. */
export interface PersistdInfo {
  /** The protocol version. */
  version: number;
  /** The daemon's process id. */
  pid: number;
  /** The real path of the folder it serves. */
  root: string;
  /** Its lease timeout in milliseconds (`0`: leases off). */
  leaseTimeout: number;
  /** The largest frame it accepts, in bytes. */
  maxFrameSize: number;
}

/** Options for {@linkcode PersistdClient.acquire}. */
export interface DaemonAcquireOptions {
  /**
   * How long to wait for the lock, in milliseconds: in the daemon's FIFO
   * queue, then for the folder's `.lock` file if a writer that does not use
   * the daemon holds it. `0` tries once; `Infinity` waits without limit.
   *
   * @default {60_000}
   */
  timeout?: number;
  /** Stops waiting when aborted (the promise rejects with the reason). */
  signal?: AbortSignal;
}

/** Options for {@linkcode PersistdClient.allocateName}. */
export interface AllocateNameOptions {
  /**
   * The name prefix: names are `<prefix><n>`.
   *
   * @default {"x_"}
   */
  prefix?: string;
  /**
   * The highest `n` the caller knows is taken (from the DataSet's index),
   * or `-1` for none. The daemon returns a larger `n` than this and than
   * every `n` it has handed out for this folder and prefix.
   *
   * @default {-1}
   */
  seen?: number;
}

/** Options for {@linkcode PersistdClient.status}. */
export interface DaemonStatusOptions {
  /** Only this folder, instead of all held or awaited ones. */
  path?: string;
}

/**
 * A write lock on a folder, held through persistd. While it is held the
 * daemon also holds the folder's `.lock` file lock, so writers that do not
 * use the daemon wait too. Release it with `release()` or `await using`.
 */
export interface DaemonLock extends AsyncDisposable {
  /** The daemon's id for the lock. */
  readonly id: number;
  /** The folder's real path, as the daemon resolved it. */
  readonly path: string;
  /** When it was granted, in milliseconds since the epoch (daemon clock). */
  readonly since: number;
  /** How long the request waited, in milliseconds. */
  readonly waited: number;
  /**
   * Which file the daemon holds the `flock` of `<path>/.lock` on, as
   * `"dev:ino"` (device and inode); `undefined` from an older daemon. If
   * the file at that path is another one, someone deleted or replaced it
   * and writers without the daemon lock the new one: the lock is lost.
   */
  readonly lockFile: string | undefined;
  /**
   * Aborted when the lock is lost without `release()`: its lease ran out,
   * the daemon stopped, or the connection broke. The reason is a
   * {@linkcode DaemonUnavailableError}. Before committing a write, call
   * {@linkcode DaemonLock.throwIfLost}, which also catches a lease that may
   * have run out while this process was stalled.
   */
  readonly signal: AbortSignal;
  /**
   * Throws when the lock is lost, or may be: the `signal`'s reason once it
   * has aborted, and — with leases on — a {@linkcode DaemonUnavailableError}
   * with `code` `"LeaseExpired"` as soon as three quarters of the lease have
   * passed since the daemon last confirmed it (the process was stalled, so
   * renewals did not go out), even before the daemon's `lost` event is read.
   * Call it right before each step that commits a write.
   *
   * @throws {DaemonUnavailableError} When the lock is or may be lost.
   */
  throwIfLost(): void;
  /** Whether `release()` was called. */
  readonly released: boolean;
  /** Releases the lock. Idempotent; a lock already lost resolves at once. */
  release(): Promise<void>;
}

interface Pending {
  resolve(reply: Record<string, unknown>): void;
  reject(error: Error): void;
  /** What the request does, for messages: "lock \"/data/runs\"". */
  action: string;
  path: string | undefined;
  timeout: number | undefined;
}

/**
 * A connection to persistd, the local lock daemon. One client may hold
 * several locks and wait for several at once; the daemon releases all of
 * them when the connection closes, including when this process dies.
 *
 * The connection does not keep the process alive while nothing is awaited
 * from the daemon.
 *
 * Requires `--allow-read`, `--allow-write` and `--allow-net=unix:` for the
 * socket path.
 *
 * @example Appending to a folder under the daemon's lock
 * ```ts ignore
 * import { PersistdClient } from "@persist/persist";
 *
 * await using client = await PersistdClient.connect("/run/user/1000/persistd.sock");
 * {
 *   await using lock = await client.acquire("/data/runs", { timeout: 10_000 });
 *   const name = await client.allocateName(lock.path, { prefix: "x_" });
 *   lock.throwIfLost(); // still ours?
 *   // ... write the item and the index ...
 * }
 * ```
 */
export class PersistdClient implements AsyncDisposable {
  /** The socket path. */
  readonly socket: string;
  #conn: Deno.UnixConn;
  #info: PersistdInfo | undefined;
  #pending = new Map<number, Pending>();
  #locks = new Map<number, HeldLock>();
  #nextId = 1;
  #writing: Promise<void> = Promise.resolve();
  #closed = false;
  #closeReason = "";
  #closeCode: string | undefined;
  /** Why the last write failed, once one did. */
  #writeFailure: string | undefined;
  #reading: Promise<void>;

  private constructor(socket: string, conn: Deno.UnixConn) {
    this.socket = socket;
    this.#conn = conn;
    this.#conn.unref();
    this.#reading = this.#readLoop();
  }

  /**
   * Connects to the daemon and says hello. Without `socket`, uses the
   * `PERSISTD_SOCKET` environment variable, but only when env permission for
   * it is granted already (it never prompts).
   *
   * Requires `--allow-read=<socket> --allow-write=<socket>
   * --allow-net=unix:<socket>`; a missing permission is thrown as Deno's
   * `NotCapable` error before connecting, not hidden and never prompted for.
   *
   * @example Connecting with an explicit socket
   * ```ts ignore
   * const client = await PersistdClient.connect("/tmp/persistd.sock", { name: "ingest" });
   * console.log(client.server.pid, client.server.root);
   * await client.close();
   * ```
   *
   * @param socket The daemon's socket path.
   * @param options A label and the hello timeout.
   * @returns The connected client.
   * @throws {DaemonUnavailableError} When nothing listens on the socket (no
   * file, or a stale one left by a daemon that was killed), it is not
   * accessible, or the daemon does not answer the hello or speaks another
   * protocol version.
   */
  static async connect(
    socket?: string,
    options: PersistdConnectOptions = {},
  ): Promise<PersistdClient> {
    const path = socket ?? socketFromEnv();
    if (path === undefined) {
      throw new TypeError(
        "Cannot connect to persistd: no socket path was given and PERSISTD_SOCKET is not available; " +
          "pass the socket path, or set PERSISTD_SOCKET and grant --allow-env=PERSISTD_SOCKET",
      );
    }
    const { timeout = 10_000, name } = options;
    const deadline = performance.now() + timeout;
    let busy: DaemonUnavailableError | undefined;
    for (let delay = 5;; delay = Math.min(delay * 2, 200)) {
      try {
        return await PersistdClient.#open(path, name, deadline, timeout, busy);
      } catch (error) {
        // "Busy": the daemon serves its maximum of clients; it said to retry.
        if (
          !(error instanceof DaemonUnavailableError &&
            error.code === "Busy") ||
          performance.now() + delay > deadline
        ) {
          throw error;
        }
        busy = error;
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  /**
   * Connects and says hello once. `busy` is the daemon's last "Busy"
   * refusal, the error when the deadline passes before it answers again: a
   * retry that runs out of time found the daemon as full as before.
   */
  static async #open(
    path: string,
    name: string | undefined,
    deadline: number,
    timeout: number,
    busy: DaemonUnavailableError | undefined,
  ): Promise<PersistdClient> {
    // Checked first: without them, Deno would prompt on a terminal.
    requirePermission({ name: "read", path });
    requirePermission({ name: "write", path });
    requirePermission({ name: "net", host: `unix:${path}` });
    let conn: Deno.UnixConn;
    try {
      conn = await connectUnix(path, deadline);
    } catch (error) {
      if (error instanceof Deno.errors.NotCapable) throw error;
      const why = error instanceof Deno.errors.NotFound
        ? "there is no socket file; start persistd with --socket " +
          JSON.stringify(path)
        : error instanceof Deno.errors.ConnectionRefused
        ? "connection refused (the daemon stopped, leaving a stale socket); start persistd again"
        : error instanceof Deno.errors.PermissionDenied
        ? "permission denied (the socket belongs to another user)"
        : `${(error as Error).message}`;
      throw new DaemonUnavailableError(
        `Cannot connect to persistd at "${path}": ${why}`,
        { socket: path, cause: error },
      );
    }
    const client = new PersistdClient(path, conn);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const hello = client.#request(
        { op: "hello", version: PROTOCOL_VERSION, pid: Deno.pid, name },
        "connect",
      ).reply;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(
            busy ?? new DaemonUnavailableError(
              `Cannot connect to persistd at "${path}": no answer to the hello within ${timeout} ms; is a persistd listening there?`,
              { socket: path },
            ),
          );
        }, Math.max(0, deadline - performance.now()));
      });
      const reply = await Promise.race([hello, timedOut]);
      client.#info = {
        version: numberIn(reply, "version", path),
        pid: numberIn(reply, "pid", path),
        root: stringIn(reply, "root", path),
        leaseTimeout: numberIn(reply, "leaseTimeout", path),
        maxFrameSize: numberIn(reply, "maxFrameSize", path),
      };
    } catch (error) {
      client.#shutdown("the hello failed");
      await client.#reading;
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return client;
  }

  /** What the daemon said about itself when the client connected. */
  get server(): PersistdInfo {
    return this.#info!;
  }

  /** Whether the connection is closed (by `close()` or by the daemon). */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Waits in the daemon's FIFO queue for the write lock on a folder under
   * the daemon's root (resolved with realpath; `..` and symlinks leading
   * outside the root are refused), then returns it. The daemon also takes
   * the folder's `.lock` file lock, the one writers without the daemon take
   * with `acquireLock(join(dir, ".lock"))`.
   *
   * @example Holding a lock for a block
   * ```ts ignore
   * {
   *   await using lock = await client.acquire("/data/runs", { timeout: 5_000 });
   *   // ... write ...
   * }
   * ```
   *
   * @param path The folder (relative paths are resolved against the current
   * folder).
   * @param options Timeout and abort signal.
   * @returns The held lock.
   * @throws {LockTimeoutError} When the lock is still held by another after
   * `timeout` milliseconds.
   * @throws {NotFoundError} When the folder does not exist.
   * @throws {DaemonUnavailableError} When the daemon refuses (the folder is
   * outside its root: `code` `"OutsideRoot"`) or the connection is lost.
   */
  async acquire(
    path: string,
    options: DaemonAcquireOptions = {},
  ): Promise<DaemonLock> {
    const { timeout = 60_000, signal } = options;
    if (!(timeout >= 0)) {
      throw new RangeError(
        `Cannot lock "${path}": the timeout must be 0 or more milliseconds, got ${timeout}`,
      );
    }
    signal?.throwIfAborted();
    const target = absolute(path);
    const sent = performance.now();
    const { id, reply } = this.#request(
      {
        op: "acquire",
        path: target,
        timeout: Number.isFinite(timeout) ? Math.ceil(timeout) : undefined,
      },
      `lock "${path}"`,
      path,
      timeout,
    );
    let abandoned = false;
    // A grant that arrives after the caller gave up is handed straight back.
    reply.then((r) => {
      if (abandoned) this.#send({ op: "release", lock: r.lock }, "release");
    }, () => {});
    let onAbort: (() => void) | undefined;
    let aborted: Promise<never> | undefined;
    if (signal !== undefined) {
      aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          abandoned = true;
          reject(signal.reason);
          this.#send({ op: "cancel", request: id }, "cancel");
        };
        signal.addEventListener("abort", onAbort, { once: true });
      });
    }
    try {
      const r = await (aborted ? Promise.race([reply, aborted]) : reply);
      const lease = this.#info?.leaseTimeout ?? 0;
      const waited = numberIn(r, "waited", this.socket);
      const lock = new HeldLock(
        numberIn(r, "lock", this.socket),
        stringIn(r, "path", this.socket),
        numberIn(r, "since", this.socket),
        waited,
        typeof r.lockFile === "string" ? r.lockFile : undefined,
        (held) => this.#release(held),
        // The daemon started the lease `waited` ms (rounded) after it
        // received the request, so no earlier than this on our clock.
        { socket: this.socket, lease, start: sent + waited - 1 },
      );
      this.#locks.set(lock.id, lock);
      if (lease > 0) {
        lock.renewEvery(Math.max(lease / 3, 5), () => this.#renew(lock));
      }
      return lock;
    } finally {
      if (onAbort) signal?.removeEventListener("abort", onAbort);
    }
  }

  /**
   * Allocates the next free generated name `<prefix><n>` for a folder: `n`
   * is larger than `seen` and than every `n` this daemon has handed out for
   * the folder and prefix, so concurrent clients get distinct names without
   * reading the index. No lock is needed. Names taken by writers that do not
   * use the daemon are only known through `seen`: check the name against
   * the index under the lock before committing, and allocate again with the
   * index's highest `n` when it is taken (see `docs/PROTOCOL.md`).
   *
   * @example Allocating past what the index holds
   * ```ts ignore
   * const name = await client.allocateName("/data/runs", { prefix: "x_", seen: 41 });
   * console.log(name); // "x_42" (or later)
   * ```
   *
   * @param path The folder.
   * @param options The prefix and the highest `n` known to be taken.
   * @returns The name.
   * @throws {NotFoundError} When the folder does not exist.
   * @throws {DaemonUnavailableError} When the daemon refuses or the
   * connection is lost.
   */
  async allocateName(
    path: string,
    options: AllocateNameOptions = {},
  ): Promise<string> {
    const { prefix = "x_", seen = -1 } = options;
    if (typeof prefix !== "string" || prefix.length > MAX_PREFIX_LENGTH) {
      throw new RangeError(
        `Cannot allocate a name in "${path}": the prefix must be a string of at most ${MAX_PREFIX_LENGTH} characters`,
      );
    }
    if (!(Number.isSafeInteger(seen) && seen >= -1)) {
      throw new RangeError(
        `Cannot allocate a name in "${path}": seen must be -1 or a non-negative integer, got ${seen}`,
      );
    }
    const reply = await this.#request(
      { op: "allocate", path: absolute(path), prefix, seen },
      `allocate a name in "${path}"`,
      path,
    ).reply;
    return stringIn(reply, "name", this.socket);
  }

  /**
   * Returns the daemon's status view: connected clients, and per held or
   * awaited folder the holder, the waiters in FIFO order, and since when.
   *
   * @example Printing who holds what
   * ```ts ignore
   * const status = await client.status();
   * for (const r of status.resources) {
   *   console.log(r.path, r.holder?.pid, r.waiting);
   * }
   * ```
   *
   * @param options Only one folder.
   * @returns The status.
   * @throws {DaemonUnavailableError} When the connection is lost.
   */
  async status(options: DaemonStatusOptions = {}): Promise<DaemonStatus> {
    const path = options.path === undefined
      ? undefined
      : absolute(options.path);
    const reply = await this.#request(
      { op: "status", path },
      "read the status",
      options.path,
    ).reply;
    const status = reply.status as DaemonStatus | undefined;
    if (
      typeof status !== "object" || status === null ||
      !Array.isArray(status.resources) || !Array.isArray(status.clients)
    ) {
      throw malformed(this.socket, "status");
    }
    return status;
  }

  /**
   * Closes the connection; the daemon releases every lock this client holds
   * and drops its waits. Idempotent.
   *
   * @example Closing explicitly
   * ```ts ignore
   * await client.close();
   * ```
   */
  async close(): Promise<void> {
    this.#shutdown("the client was closed");
    await this.#reading;
  }

  /** Same as {@linkcode PersistdClient.close}. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #request(
    message: Record<string, unknown>,
    action: string,
    path?: string,
    timeout?: number,
  ): { id: number; reply: Promise<Record<string, unknown>> } {
    const id = this.#nextId++;
    const reply = new Promise<Record<string, unknown>>((resolve, reject) => {
      if (this.#closed) {
        reject(this.#gone(action));
        return;
      }
      this.#pending.set(id, { resolve, reject, action, path, timeout });
      this.#conn.ref();
      this.#write({ ...message, id });
    });
    return { id, reply };
  }

  /** Sends a request whose answer nobody awaits (errors are dropped). */
  #send(message: Record<string, unknown>, action: string): void {
    this.#request(message, action).reply.catch(() => {});
  }

  #write(message: Record<string, unknown>): void {
    const frame = encodeFrame(message);
    this.#writing = this.#writing.then(async () => {
      if (this.#closed || this.#writeFailure !== undefined) return;
      try {
        await writeAll(this.#conn, frame);
      } catch (error) {
        // The daemon may have closed the connection right after saying why
        // (a full daemon answers "Busy" before reading the hello): the read
        // loop reads that first and ends the connection with its code. The
        // write failure is the reason only when the daemon said nothing.
        this.#writeFailure = `writing failed (${(error as Error).message})`;
        const timer = setTimeout(
          () => this.#shutdown(this.#writeFailure!),
          WRITE_FAILURE_GRACE_MS,
        );
        Deno.unrefTimer(timer);
      }
    });
  }

  async #release(lock: HeldLock): Promise<void> {
    this.#locks.delete(lock.id);
    if (this.#closed) return; // the daemon released it when we disconnected
    try {
      await this.#request(
        { op: "release", lock: lock.id },
        `release the lock on "${lock.path}"`,
        lock.path,
      ).reply;
    } catch (error) {
      // Lost already (lease ran out, connection gone): nothing left to release.
      if (error instanceof DaemonUnavailableError) return;
      throw error;
    }
  }

  async #renew(lock: HeldLock): Promise<void> {
    const sent = performance.now();
    try {
      await this.#request(
        { op: "renew", lock: lock.id },
        `renew the lock on "${lock.path}"`,
        lock.path,
      ).reply;
      lock.confirm(sent);
    } catch (error) {
      this.#locks.delete(lock.id);
      lock.lose(error as Error);
    }
  }

  async #readLoop(): Promise<void> {
    const decoder = new FrameDecoder();
    const buffer = new Uint8Array(16 * 1024);
    let reason = "the daemon closed the connection";
    let code: string | undefined;
    try {
      reading: for (;;) {
        const n = await this.#conn.read(buffer);
        if (n === null) break;
        decoder.push(buffer.subarray(0, n));
        for (let f = decoder.next(); f !== undefined; f = decoder.next()) {
          const message = f.ok ? parseServerMessage(f.value) : undefined;
          if (message === undefined) {
            reason = `the daemon sent a malformed frame (${
              f.ok ? "unknown shape" : f.message
            })`;
            code = "Protocol";
            break reading;
          }
          const fatal = this.#receive(message);
          if (fatal !== undefined) {
            ({ reason, code } = fatal);
            break reading;
          }
        }
      }
    } catch (error) {
      if (!this.#closed) {
        reason = `the connection failed (${(error as Error).message})`;
      }
    }
    if (code === undefined && this.#writeFailure !== undefined) {
      reason = this.#writeFailure;
    }
    this.#shutdown(reason, code);
  }

  /** Handles one daemon message; returns why to stop on a fatal error. */
  #receive(
    message: ServerMessage,
  ): { reason: string; code: string } | undefined {
    if ("event" in message) {
      const event = message as LostEvent;
      const lock = this.#locks.get(event.lock);
      this.#locks.delete(event.lock);
      lock?.lose(
        new DaemonUnavailableError(
          `Cannot keep the lock on "${event.path}": ${event.reason}; persistd at "${this.socket}" released it`,
          { socket: this.socket, code: "LeaseExpired" },
        ),
      );
      return undefined;
    }
    if (message.id === null) {
      const error = (message as { error: ErrorBody }).error;
      return { reason: error.message, code: error.code };
    }
    const pending = this.#pending.get(message.id);
    if (pending === undefined) return undefined;
    this.#pending.delete(message.id);
    if (this.#pending.size === 0) this.#conn.unref();
    if (message.ok) pending.resolve(message);
    else pending.reject(this.#refusal(message.error, pending));
    return undefined;
  }

  #refusal(error: ErrorBody, pending: Pending): Error {
    switch (error.code) {
      case "LockTimeout":
        return new LockTimeoutError(error.message, {
          path: pending.path ?? "",
          timeout: error.timeout ?? pending.timeout ?? 0,
          holderPid: error.holderPid,
        });
      case "NotFound":
        return new NotFoundError(error.message, { path: pending.path });
      default:
        return new DaemonUnavailableError(error.message, {
          socket: this.socket,
          code: error.code,
        });
    }
  }

  #gone(action: string): DaemonUnavailableError {
    const what = action === "connect"
      ? `connect to persistd at "${this.socket}"`
      : `${action} through persistd at "${this.socket}"`;
    return new DaemonUnavailableError(
      `Cannot ${what}: ${this.#closeReason}`,
      { socket: this.socket, code: this.#closeCode },
    );
  }

  #shutdown(reason: string, code?: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#closeReason = reason;
    this.#closeCode = code;
    try {
      this.#conn.close();
    } catch {
      // already closed
    }
    for (const pending of this.#pending.values()) {
      pending.reject(this.#gone(pending.action));
    }
    this.#pending.clear();
    for (const lock of this.#locks.values()) {
      lock.lose(
        new DaemonUnavailableError(
          `Cannot keep the lock on "${lock.path}": the connection to persistd at "${this.socket}" ended (${reason}); the daemon released it`,
          { socket: this.socket, code },
        ),
      );
    }
    this.#locks.clear();
  }
}

/** The lock object handed to callers; see {@linkcode DaemonLock}. */
class HeldLock implements DaemonLock {
  readonly id: number;
  readonly path: string;
  readonly since: number;
  readonly waited: number;
  readonly lockFile: string | undefined;
  #controller = new AbortController();
  #released = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #release: (lock: HeldLock) => Promise<void>;
  #socket: string;
  #lease: number;
  /** No later than when the daemon last started the lease (`performance.now()`). */
  #leaseStart: number;

  constructor(
    id: number,
    path: string,
    since: number,
    waited: number,
    lockFile: string | undefined,
    release: (lock: HeldLock) => Promise<void>,
    lease: { socket: string; lease: number; start: number },
  ) {
    this.id = id;
    this.path = path;
    this.since = since;
    this.waited = waited;
    this.lockFile = lockFile;
    this.#release = release;
    this.#socket = lease.socket;
    this.#lease = lease.lease;
    this.#leaseStart = lease.start;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  throwIfLost(): void {
    this.#controller.signal.throwIfAborted();
    if (this.#lease === 0) return;
    const age = performance.now() - this.#leaseStart;
    if (age > this.#lease * 0.75) {
      throw new DaemonUnavailableError(
        `Cannot keep the lock on "${this.path}": persistd at "${this.#socket}" last confirmed it ${
          Math.round(age)
        } ms ago and its lease of ${this.#lease} ms may run out at any moment (this process was stalled); the write was not committed`,
        { socket: this.#socket, code: "LeaseExpired" },
      );
    }
  }

  /** The daemon renewed the lease after `sent` (our clock). */
  confirm(sent: number): void {
    this.#leaseStart = Math.max(this.#leaseStart, sent);
  }

  get released(): boolean {
    return this.#released;
  }

  renewEvery(ms: number, renew: () => Promise<void>): void {
    const timer = setInterval(renew, ms);
    Deno.unrefTimer(timer);
    this.#timer = timer;
  }

  lose(reason: Error): void {
    clearInterval(this.#timer);
    if (!this.#released) this.#controller.abort(reason);
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    clearInterval(this.#timer);
    if (this.#controller.signal.aborted) return;
    await this.#release(this);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.release();
  }
}

/**
 * Reads `PERSISTD_SOCKET` when env permission for it is already granted;
 * never prompts.
 *
 * @returns The socket path, or `undefined`.
 */
export function socketFromEnv(): string | undefined {
  const { state } = Deno.permissions.querySync({
    name: "env",
    variable: "PERSISTD_SOCKET",
  });
  if (state !== "granted") return undefined;
  return Deno.env.get("PERSISTD_SOCKET") || undefined;
}

/**
 * Connects to a Unix socket, retrying while the daemon's accept queue is
 * full (`WouldBlock`: the kernel's answer when connections arrive faster
 * than the daemon accepts them).
 */
async function connectUnix(
  path: string,
  deadline: number,
): Promise<Deno.UnixConn> {
  for (let delay = 1;; delay = Math.min(delay * 2, 50)) {
    try {
      return await Deno.connect({ transport: "unix", path });
    } catch (error) {
      if (
        !(error instanceof Deno.errors.WouldBlock) ||
        performance.now() + delay > deadline
      ) {
        throw error;
      }
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(path);
}

function numberIn(
  reply: Record<string, unknown>,
  key: string,
  socket: string,
): number {
  const value = reply[key];
  if (typeof value !== "number") throw malformed(socket, key);
  return value;
}

function stringIn(
  reply: Record<string, unknown>,
  key: string,
  socket: string,
): string {
  const value = reply[key];
  if (typeof value !== "string") throw malformed(socket, key);
  return value;
}

function malformed(socket: string, field: string): DaemonUnavailableError {
  return new DaemonUnavailableError(
    `Cannot understand persistd at "${socket}": its reply lacks a valid "${field}"; use persist and persistd of matching versions`,
    { socket, code: "Protocol" },
  );
}
