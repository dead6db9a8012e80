// Copyright 2026 the persist authors. MIT license.

/**
 * The persistd server: socket I/O around the pure {@linkcode LockTable} and
 * {@linkcode NameAllocator}. It accepts connections on a Unix socket, speaks
 * the protocol of `./protocol.ts` (see `docs/PROTOCOL.md`), and bridges every
 * granted lock to the OS file lock (`flock`) on `<folder>/.lock` that writers
 * without the daemon take, so both kinds of writers exclude each other.
 *
 * Requires `--allow-read` and `--allow-write` for the root folder and the
 * socket path, and `--allow-net=unix:<socket>`.
 *
 * @example Serving until SIGTERM
 * ```ts ignore
 * import { PersistdServer } from "./server.ts";
 * const server = await PersistdServer.listen({ socket: "/tmp/p.sock", root: "/data" });
 * Deno.addSignalListener("SIGTERM", () => server.close("SIGTERM"));
 * await server.finished;
 * ```
 *
 * @module
 */

import { dirname, join, normalize, relative, resolve } from "node:path";
import { LockTimeoutError, NotFoundError } from "../lib/errors.ts";
import { requirePermission, withAction, writeAll } from "../lib/fs/mod.ts";
import { FolderLock } from "./_folder_lock.ts";
import { type LockEvent, LockTable, type LockTicket } from "./lock_table.ts";
import { NameAllocator } from "./name_allocator.ts";
import {
  type AcquireRequest,
  type AllocateRequest,
  type CancelRequest,
  type DaemonClientView,
  type DaemonResourceView,
  type DaemonStatus,
  encodeFrame,
  type ErrorBody,
  FrameDecoder,
  isWithin,
  MAX_FRAME_SIZE,
  MAX_STATUS_WAITERS,
  parseRequest,
  PROTOCOL_VERSION,
  type ReleaseRequest,
  type RenewRequest,
  type StatusRequest,
} from "./protocol.ts";

/** Options for {@linkcode PersistdServer.listen}. */
export interface PersistdServerOptions {
  /** The Unix socket path to listen on. */
  socket: string;
  /** The folder under which clients may lock folders. */
  root: string;
  /**
   * How long a client keeps a lock without renewing it, in milliseconds;
   * `0` turns leases off (a lock then ends only when released or when its
   * client disconnects).
   *
   * @default {0}
   */
  leaseTimeout?: number;
  /**
   * How long a new connection may take to send its hello, in milliseconds.
   *
   * @default {10_000}
   */
  helloTimeout?: number;
  /**
   * How many clients may be connected at once; more are refused with a
   * `Busy` error.
   *
   * @default {1024}
   */
  maxConnections?: number;
  /**
   * Where log lines go.
   *
   * @default {one line to stderr, prefixed with the time and "persistd[pid]"}
   */
  log?: (message: string) => void;
}

/** Unix socket paths longer than this many bytes cannot be bound (sun_path). */
const MAX_SOCKET_PATH_BYTES = 107;
/** Stop reading from a client while this many reply bytes wait to be sent. */
const MAX_QUEUED_BYTES = 1 << 20;
/** Most acquires one connection may have waiting at once. */
const MAX_WAITING_PER_CLIENT = 1024;
/** How long a connection being closed after a fatal error may take to drain. */
const CLOSE_GRACE_MS = 1000;

interface Client {
  readonly id: number;
  readonly conn: Deno.UnixConn;
  readonly since: number;
  pid: number | undefined;
  name: string | undefined;
  greeted: boolean;
  /** A fatal reply is on its way: read nothing more. */
  closing: boolean;
  closed: boolean;
  /** Acquire request id → ticket id, until the acquire is answered. */
  waiting: Map<number, number>;
  writing: Promise<void>;
  queued: number;
  helloTimer: ReturnType<typeof setTimeout> | undefined;
}

/** One acquire, from its request until its lock ends. */
interface Entry {
  readonly ticket: LockTicket;
  readonly client: Client;
  readonly request: number;
  readonly timeout: number | undefined;
  state: "waiting" | "locking" | "held";
  abort: AbortController | undefined;
}

/**
 * A running persistd. Start it with {@linkcode PersistdServer.listen}, stop
 * it with {@linkcode PersistdServer.close} (releases every lock and removes
 * the socket).
 */
export class PersistdServer implements AsyncDisposable {
  /** The absolute socket path. */
  readonly socket: string;
  /** The real path of the root folder. */
  readonly root: string;
  /** The lease timeout in milliseconds (`0`: off). */
  readonly leaseTimeout: number;
  /** When the server started, in milliseconds since the epoch. */
  readonly startedAt: number;

  #givenRoot: string;
  #listener: Deno.UnixListener;
  #ino: number | null;
  #log: (message: string) => void;
  #helloTimeout: number;
  #maxConnections: number;
  #table: LockTable;
  #names = new NameAllocator();
  #clients = new Set<Client>();
  #entries = new Map<number, Entry>();
  /** The `.lock` file locks of folders with a holder or a grant under way. */
  #folders = new Map<string, FolderLock>();
  #nextClient = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closing = false;
  #finished: Promise<void>;
  #resolveFinished!: () => void;

  /**
   * Starts a daemon: checks the root, replaces a stale socket left by a
   * daemon that was killed (a socket file nobody accepts on), refuses to
   * replace a live one, listens, and makes the socket usable by its owner
   * only (mode 0600).
   *
   * Requires `--allow-read` and `--allow-write` for the root and the socket,
   * and `--allow-net=unix:<socket>`.
   *
   * @example Starting and stopping
   * ```ts ignore
   * const server = await PersistdServer.listen({ socket: "/tmp/p.sock", root: "/data" });
   * await server.close();
   * ```
   *
   * @param options Socket, root, lease and limits.
   * @returns The running server.
   * @throws {NotFoundError} When the root does not exist.
   * @throws {Deno.errors.NotCapable} When read or write access to the root
   * or the socket, or net access to the socket, is not granted (checked
   * before anything is touched).
   */
  static async listen(options: PersistdServerOptions): Promise<PersistdServer> {
    const socket = resolve(options.socket);
    const {
      leaseTimeout = 0,
      helloTimeout = 10_000,
      maxConnections = 1024,
      log = logToStderr,
    } = options;
    if (!(leaseTimeout >= 0 && Number.isFinite(leaseTimeout))) {
      throw new RangeError(
        `Cannot start persistd: the lease timeout must be 0 or more milliseconds, got ${leaseTimeout}`,
      );
    }
    if (!(helloTimeout > 0)) {
      throw new RangeError(
        `Cannot start persistd: the hello timeout must be more than 0 milliseconds, got ${helloTimeout}`,
      );
    }
    if (!(Number.isInteger(maxConnections) && maxConnections >= 1)) {
      throw new RangeError(
        `Cannot start persistd: maxConnections must be a positive integer, got ${maxConnections}`,
      );
    }
    const bytes = new TextEncoder().encode(socket).length;
    if (bytes > MAX_SOCKET_PATH_BYTES) {
      throw new RangeError(
        `Cannot listen on "${socket}": the path is ${bytes} bytes long and Unix socket paths are limited to ${MAX_SOCKET_PATH_BYTES}; choose a shorter path`,
      );
    }
    const givenRoot = resolve(options.root);
    checkPermissions(givenRoot, socket);
    const root = await realRoot(givenRoot);
    await clearStaleSocket(socket, log);
    let listener: Deno.UnixListener;
    try {
      listener = Deno.listen({ transport: "unix", path: socket });
    } catch (error) {
      if (error instanceof Deno.errors.AddrInUse) {
        throw new Deno.errors.AddrInUse(
          `Cannot listen on "${socket}": another process began listening there at the same moment; stop it or choose another socket path`,
        );
      }
      if (error instanceof Deno.errors.NotFound) {
        throw new Deno.errors.NotFound(
          `Cannot listen on "${socket}": its folder "${
            dirname(socket)
          }" does not exist; create it (readable only by you) or choose another socket path`,
          { cause: error },
        );
      }
      if (error instanceof Deno.errors.PermissionDenied) {
        throw new Deno.errors.PermissionDenied(
          `Cannot listen on "${socket}": the operating system refuses to create it in "${
            dirname(socket)
          }" (${error.message}); choose a folder you may write to`,
          { cause: error },
        );
      }
      throw error;
    }
    let ino: number | null;
    try {
      // Synchronously, before the first accept: only the owner may connect.
      Deno.chmodSync(socket, 0o600);
      ino = Deno.lstatSync(socket).ino;
    } catch (error) {
      listener.close();
      throw error;
    }
    const server = new PersistdServer(
      socket,
      root,
      givenRoot,
      listener,
      ino,
      { leaseTimeout, helloTimeout, maxConnections, log },
    );
    log(
      `listening on "${socket}" (root "${root}", protocol ${PROTOCOL_VERSION}, lease timeout ${
        leaseTimeout > 0 ? `${leaseTimeout} ms` : "off"
      })`,
    );
    return server;
  }

  private constructor(
    socket: string,
    root: string,
    givenRoot: string,
    listener: Deno.UnixListener,
    ino: number | null,
    options: Required<Omit<PersistdServerOptions, "socket" | "root">>,
  ) {
    this.socket = socket;
    this.root = root;
    this.#givenRoot = givenRoot;
    this.#listener = listener;
    this.#ino = ino;
    this.leaseTimeout = options.leaseTimeout;
    this.#helloTimeout = options.helloTimeout;
    this.#maxConnections = options.maxConnections;
    this.#log = options.log;
    this.#table = new LockTable({ leaseTimeout: options.leaseTimeout });
    this.startedAt = Math.round(this.#now());
    this.#finished = new Promise((r) => this.#resolveFinished = r);
    this.#acceptLoop();
  }

  /** Settles once the server has stopped. */
  get finished(): Promise<void> {
    return this.#finished;
  }

  /** How many clients are connected. */
  get connections(): number {
    return this.#clients.size;
  }

  /**
   * Stops the server: stops accepting, tells every client it is shutting
   * down, releases every lock (and its `.lock` file), closes every
   * connection and removes the socket (unless another daemon has replaced
   * it). Idempotent.
   *
   * @example Stopping on a signal
   * ```ts ignore
   * Deno.addSignalListener("SIGTERM", () => server.close("SIGTERM"));
   * ```
   *
   * @param reason Why, for the log line.
   */
  async close(reason?: string): Promise<void> {
    if (this.#closing) return await this.#finished;
    this.#closing = true;
    clearTimeout(this.#timer);
    try {
      this.#listener.close();
    } catch {
      // already closed
    }
    const held = [...this.#entries.values()].filter((e) => e.state === "held")
      .length;
    for (const entry of [...this.#entries.values()]) this.#forget(entry);
    for (const folder of this.#folders.values()) folder.close();
    this.#folders.clear();
    const clients = [...this.#clients];
    for (const client of clients) {
      this.#send(client, {
        id: null,
        ok: false,
        error: {
          code: "ShuttingDown",
          message: "Cannot keep serving: persistd is shutting down",
        },
      });
      client.closing = true;
    }
    await Promise.race([
      Promise.all(clients.map((c) => c.writing)),
      new Promise((r) => setTimeout(r, 500)),
    ]);
    for (const client of clients) this.#drop(client);
    let removed = false;
    try {
      if (Deno.lstatSync(this.socket).ino === this.#ino) {
        Deno.removeSync(this.socket);
        removed = true;
      }
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) {
        this.#log(
          `cannot remove the socket "${this.socket}": ${message(error)}`,
        );
      }
    }
    this.#log(
      `stopped${
        reason ? ` on ${reason}` : ""
      }: released ${held} lock(s), closed ${clients.length} connection(s)${
        removed ? ", removed the socket" : ""
      }`,
    );
    this.#resolveFinished();
  }

  /** Same as {@linkcode PersistdServer.close}. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #now(): number {
    return performance.timeOrigin + performance.now();
  }

  async #acceptLoop(): Promise<void> {
    while (!this.#closing) {
      let conn: Deno.UnixConn;
      try {
        conn = await this.#listener.accept();
      } catch (error) {
        if (this.#closing || error instanceof Deno.errors.BadResource) return;
        this.#log(
          `cannot accept a connection (${message(error)}); retrying in 100 ms`,
        );
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      if (this.#closing) {
        closeQuietly(conn);
        return;
      }
      this.#open(conn);
    }
  }

  #open(conn: Deno.UnixConn): void {
    if (this.#clients.size >= this.#maxConnections) {
      this.#log(
        `refused a connection: ${this.#maxConnections} clients are connected already`,
      );
      const frame = encodeFrame({
        id: null,
        ok: false,
        error: {
          code: "Busy",
          message:
            `Cannot accept the connection: persistd serves ${this.#maxConnections} clients already; retry later`,
        },
      });
      writeAll(conn, frame).catch(() => {}).finally(() => closeQuietly(conn));
      return;
    }
    const client: Client = {
      id: this.#nextClient++,
      conn,
      since: this.#now(),
      pid: undefined,
      name: undefined,
      greeted: false,
      closing: false,
      closed: false,
      waiting: new Map(),
      writing: Promise.resolve(),
      queued: 0,
      helloTimer: undefined,
    };
    client.helloTimer = setTimeout(() => {
      if (!client.greeted) {
        this.#fail(client, null, {
          code: "HelloRequired",
          message:
            `Cannot serve the connection: no hello within ${this.#helloTimeout} ms`,
        });
      }
    }, this.#helloTimeout);
    this.#clients.add(client);
    this.#serve(client);
  }

  async #serve(client: Client): Promise<void> {
    const decoder = new FrameDecoder();
    const buffer = new Uint8Array(16 * 1024);
    try {
      while (!client.closing) {
        let n: number | null;
        try {
          n = await client.conn.read(buffer);
        } catch {
          break; // reset by the peer, or closed by us
        }
        if (n === null) {
          if (decoder.buffered > 0 && !client.closed) {
            this.#log(
              `${
                who(client)
              }: the connection closed in the middle of a frame (${decoder.buffered} byte(s) unread)`,
            );
          }
          break;
        }
        decoder.push(buffer.subarray(0, n));
        for (let f = decoder.next(); f !== undefined; f = decoder.next()) {
          if (!f.ok) {
            this.#fail(client, null, {
              code: "Protocol",
              message: `Cannot read the request: ${f.message}`,
            });
            break;
          }
          await this.#dispatch(client, f.value);
          if (client.closing) break;
        }
        if (client.queued > MAX_QUEUED_BYTES) await client.writing;
      }
    } catch (error) {
      this.#log(`${who(client)}: internal error: ${message(error)}`);
    } finally {
      if (!client.closing) this.#drop(client);
    }
  }

  async #dispatch(client: Client, value: unknown): Promise<void> {
    const parsed = parseRequest(value);
    if (!parsed.ok) {
      if (parsed.id === null) this.#fail(client, null, parsed.error);
      else this.#refuse(client, parsed.id, parsed.error);
      return;
    }
    const request = parsed.request;
    if (!client.greeted) {
      if (request.op !== "hello") {
        return this.#fail(client, request.id, {
          code: "HelloRequired",
          message:
            `Cannot handle request ${request.id} (${request.op}): the first request must be a hello with version ${PROTOCOL_VERSION}`,
        });
      }
      if (request.version !== PROTOCOL_VERSION) {
        return this.#fail(client, request.id, {
          code: "VersionMismatch",
          message:
            `Cannot talk protocol version ${request.version}: this persistd speaks version ${PROTOCOL_VERSION}; use persist and persistd of matching versions`,
          version: PROTOCOL_VERSION,
        });
      }
      client.greeted = true;
      clearTimeout(client.helloTimer);
      client.pid = request.pid;
      client.name = request.name;
      return this.#send(client, {
        id: request.id,
        ok: true,
        version: PROTOCOL_VERSION,
        server: "persistd",
        pid: Deno.pid,
        root: this.root,
        leaseTimeout: this.leaseTimeout,
        maxFrameSize: MAX_FRAME_SIZE,
      });
    }
    if (this.#closing) {
      return this.#refuse(client, request.id, {
        code: "ShuttingDown",
        message:
          `Cannot handle request ${request.id} (${request.op}): persistd is shutting down`,
      });
    }
    switch (request.op) {
      case "hello":
        return this.#refuse(client, request.id, {
          code: "BadRequest",
          message:
            `Cannot handle request ${request.id} (hello): this connection has already said hello`,
        });
      case "acquire":
        return await this.#acquire(client, request);
      case "release":
        return this.#release(client, request);
      case "renew":
        return this.#renew(client, request);
      case "cancel":
        return this.#cancel(client, request);
      case "allocate":
        return await this.#allocate(client, request);
      case "status":
        return await this.#status(client, request);
    }
  }

  async #acquire(client: Client, request: AcquireRequest): Promise<void> {
    const resource = await this.#resolve(request.path, "lock");
    if (client.closed) return;
    if (typeof resource !== "string") {
      return this.#refuse(client, request.id, resource);
    }
    if (client.waiting.has(request.id)) {
      return this.#refuse(client, request.id, {
        code: "BadRequest",
        message:
          `Cannot lock "${request.path}": request id ${request.id} is already waiting on this connection; use a new id per request`,
      });
    }
    if (client.waiting.size >= MAX_WAITING_PER_CLIENT) {
      return this.#refuse(client, request.id, {
        code: "Busy",
        message:
          `Cannot lock "${request.path}": this connection already waits for ${MAX_WAITING_PER_CLIENT} locks`,
      });
    }
    const { ticket, events } = this.#table.acquire(
      resource,
      client.id,
      this.#now(),
      request.timeout ?? Infinity,
    );
    this.#entries.set(ticket.id, {
      ticket,
      client,
      request: request.id,
      timeout: request.timeout,
      state: "waiting",
      abort: undefined,
    });
    client.waiting.set(request.id, ticket.id);
    this.#apply(events);
  }

  #release(client: Client, request: ReleaseRequest): void {
    const entry = this.#heldBy(client, request.lock);
    if (entry === undefined) {
      return this.#refuse(client, request.id, notHeld(request.lock, "release"));
    }
    this.#forget(entry); // hands the .lock flock on to the next holder, or lets go
    const events = this.#table.release(entry.ticket.id, this.#now());
    this.#send(client, { id: request.id, ok: true });
    this.#apply(events);
  }

  #renew(client: Client, request: RenewRequest): void {
    const entry = this.#heldBy(client, request.lock);
    if (entry === undefined) {
      return this.#refuse(client, request.id, notHeld(request.lock, "renew"));
    }
    const until = this.#table.renew(entry.ticket.id, this.#now())!;
    this.#send(client, { id: request.id, ok: true, leaseUntil: wall(until) });
    this.#schedule();
  }

  #cancel(client: Client, request: CancelRequest): void {
    const ticketId = client.waiting.get(request.request);
    const entry = ticketId === undefined
      ? undefined
      : this.#entries.get(ticketId);
    if (entry === undefined || entry.state === "held") {
      return this.#send(client, {
        id: request.id,
        ok: true,
        cancelled: false,
      });
    }
    this.#forget(entry);
    const events = this.#table.release(entry.ticket.id, this.#now());
    this.#send(client, {
      id: entry.request,
      ok: false,
      error: {
        code: "Cancelled",
        message:
          `Cannot lock "${entry.ticket.resource}": request ${entry.request} was cancelled`,
      },
    });
    this.#send(client, { id: request.id, ok: true, cancelled: true });
    this.#apply(events);
  }

  async #allocate(client: Client, request: AllocateRequest): Promise<void> {
    const resource = await this.#resolve(request.path, "allocate a name in");
    if (client.closed) return;
    if (typeof resource !== "string") {
      return this.#refuse(client, request.id, resource);
    }
    const n = this.#names.allocate(resource, request.prefix, request.seen);
    this.#send(client, {
      id: request.id,
      ok: true,
      name: `${request.prefix}${n}`,
      n,
    });
  }

  async #status(client: Client, request: StatusRequest): Promise<void> {
    let only: string | undefined;
    if (request.path !== undefined) {
      const resource = await this.#resolve(request.path, "show the status of");
      if (client.closed) return;
      if (typeof resource !== "string") {
        return this.#refuse(client, request.id, resource);
      }
      only = resource;
    }
    this.#send(client, { id: request.id, ok: true, status: this.#view(only) });
  }

  #view(only: string | undefined): DaemonStatus {
    const clientView = (c: Client): DaemonClientView => ({
      client: c.id,
      pid: c.pid,
      name: c.name,
      since: wall(c.since)!,
    });
    const resources: DaemonResourceView[] = [];
    for (const { resource, holder, waiters } of this.#table.resources()) {
      if (only !== undefined && resource !== only) continue;
      const held = holder && this.#entries.get(holder.id);
      resources.push({
        path: resource,
        holder: held && {
          ...clientView(held.client),
          lock: holder!.id,
          state: held.state === "held" ? "held" : "locking",
          since: wall(holder!.grantedAt!)!,
          leaseUntil: wall(holder!.leaseUntil),
        },
        waiters: waiters.slice(0, MAX_STATUS_WAITERS).map((t) => ({
          ...clientView(this.#entries.get(t.id)!.client),
          lock: t.id,
          since: wall(t.requestedAt)!,
          deadline: wall(t.deadline),
        })),
        waiting: waiters.length,
      });
    }
    return {
      version: PROTOCOL_VERSION,
      pid: Deno.pid,
      root: this.root,
      startedAt: this.startedAt,
      now: wall(this.#now())!,
      leaseTimeout: this.leaseTimeout,
      clients: [...this.#clients].map(clientView),
      resources,
    };
  }

  /** Resolves a requested folder to its real path under the root, or says why not. */
  async #resolve(path: string, action: string): Promise<string | ErrorBody> {
    if (!path.startsWith("/") || path.includes("\0")) {
      return {
        code: "BadRequest",
        message: `Cannot ${action} "${path}": the path must be absolute`,
      };
    }
    const outside = (real?: string): ErrorBody => ({
      code: "OutsideRoot",
      message: `Cannot ${action} "${path}": ${
        real === undefined ? "it is" : `it resolves to "${real}",`
      } outside the root "${this.root}" of this persistd; use a folder under the root or start persistd with another --root`,
    });
    // ".." is resolved lexically first, so nothing outside the root is touched.
    const lexical = normalize(path);
    if (!isWithin(this.root, lexical) && !isWithin(this.#givenRoot, lexical)) {
      return outside();
    }
    let real: string;
    let info: Deno.FileInfo;
    try {
      // Sync: microseconds on a local disk, against a trip through the
      // thread pool for each async call.
      real = Deno.realPathSync(lexical);
      if (!isWithin(this.root, real)) return outside(real);
      info = Deno.statSync(lexical); // the granted spelling: see #fsPath()
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) {
        // A missing folder behind a symlink that leads out is still outside.
        const parent = await this.#realParent(lexical);
        if (parent !== undefined && !isWithin(this.root, parent)) {
          return outside(parent);
        }
        return {
          code: "NotFound",
          message:
            `Cannot ${action} "${path}": no such folder; create it first`,
        };
      }
      if (error instanceof Deno.errors.NotCapable) return outside();
      if (error instanceof Deno.errors.NotADirectory) {
        return {
          code: "NotADirectory",
          message: `Cannot ${action} "${path}": a part of the path is a file`,
        };
      }
      return {
        code: "Internal",
        message: `Cannot ${action} "${path}": ${message(error)}`,
      };
    }
    if (!info.isDirectory) {
      return {
        code: "NotADirectory",
        message: `Cannot ${action} "${path}": it is a file, not a folder`,
      };
    }
    return real;
  }

  /**
   * The path to open files of a resolved folder with: under the root as it
   * was given. Deno grants paths as written, so when `--root` is a symbolic
   * link and the permissions name the link, the real path would be refused.
   */
  #fsPath(real: string): string {
    if (this.#givenRoot === this.root) return real;
    return join(this.#givenRoot, relative(this.root, real));
  }

  /** The real path of the nearest existing ancestor of `path`, if any. */
  async #realParent(path: string): Promise<string | undefined> {
    for (let p = dirname(path); p !== path; path = p, p = dirname(p)) {
      try {
        return await Deno.realPath(p);
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) return undefined;
      }
    }
    return undefined;
  }

  /** Turns table events into file locks and replies, in order. */
  #apply(events: LockEvent[]): void {
    for (const event of events) {
      const entry = this.#entries.get(event.ticket.id);
      if (entry === undefined) continue;
      const { client, ticket } = entry;
      switch (event.type) {
        case "granted":
          if (!this.#closing) this.#lockFile(entry);
          break;
        case "timedOut": {
          this.#forget(entry);
          const holderPid = event.holder &&
            this.#entries.get(event.holder.id)?.client.pid;
          this.#send(client, {
            id: entry.request,
            ok: false,
            error: {
              code: "LockTimeout",
              message: `Cannot lock "${ticket.resource}": it is still held${
                holderPid === undefined ? "" : ` by pid ${holderPid}`
              } after ${entry.timeout} ms; wait for the holder to finish or pass a longer timeout`,
              timeout: entry.timeout,
              holderPid,
            },
          });
          break;
        }
        case "expired": {
          // Only a held lock has a lease: it starts once the .lock flock is
          // taken (see #granted), so waiting for the flock never expires.
          this.#forget(entry);
          this.#log(
            `${
              who(client)
            }: the lease of its lock on "${ticket.resource}" ran out after ${this.leaseTimeout} ms without renewal; the lock is released`,
          );
          this.#send(client, {
            event: "lost",
            lock: ticket.id,
            path: ticket.resource,
            reason:
              `the lease ran out after ${this.leaseTimeout} ms without renewal`,
          });
          break;
        }
      }
    }
    this.#schedule();
  }

  /**
   * Takes the folder's `.lock` flock for a granted ticket, then replies. The
   * flock is handed on from the previous holder when the daemon still holds
   * it (see `./_folder_lock.ts`); else it is polled for.
   */
  #lockFile(entry: Entry): void {
    const { ticket, client } = entry;
    let folder = this.#folders.get(ticket.resource);
    if (folder === undefined) {
      folder = new FolderLock(this.#fsPath(ticket.resource), ticket.resource);
      this.#folders.set(ticket.resource, folder);
    }
    entry.state = "locking";
    if (folder.handOn(ticket.id)) return this.#granted(entry);
    const abort = new AbortController();
    entry.abort = abort;
    const lock = folder;
    lock.take(
      ticket.id,
      Math.max(0, ticket.deadline - this.#now()),
      abort.signal,
    ).then(() => {
      if (abort.signal.aborted) {
        lock.release(ticket.id);
        return this.#settle(lock);
      }
      entry.abort = undefined;
      this.#granted(entry);
    }, (error) => {
      if (abort.signal.aborted) return this.#settle(lock);
      this.#forget(entry);
      this.#settle(lock);
      const events = this.#table.release(ticket.id, this.#now());
      if (error instanceof LockTimeoutError) {
        const pid = error.holderPid === undefined
          ? ""
          : ` by pid ${error.holderPid}`;
        this.#send(client, {
          id: entry.request,
          ok: false,
          error: {
            code: "LockTimeout",
            message:
              `Cannot lock "${ticket.resource}": its .lock file is still held${pid} (a writer that does not use persistd) after ${entry.timeout} ms; wait for it to finish or pass a longer timeout`,
            timeout: entry.timeout,
            holderPid: error.holderPid,
          },
        });
      } else if (error instanceof Deno.errors.NotCapable) {
        // Deno's "run again with --allow-…" is about this daemon's flags;
        // the client reading it must not take it for its own.
        this.#refuse(client, entry.request, {
          code: "Internal",
          message:
            `Cannot lock "${ticket.resource}": persistd may not take its .lock file (${
              message(error)
            }); the permission is missing on the daemon, not on this client: restart persistd with --allow-read and --allow-write covering the folder`,
        });
      } else {
        this.#refuse(client, entry.request, {
          code: "Internal",
          message: `Cannot lock "${ticket.resource}/.lock": ${message(error)}`,
        });
      }
      this.#apply(events);
    });
  }

  /** Replies to a ticket whose folder's flock is now held for it. */
  #granted(entry: Entry): void {
    const { ticket, client } = entry;
    entry.state = "held";
    const now = this.#now();
    const leaseUntil = this.#table.renew(ticket.id, now)!;
    client.waiting.delete(entry.request);
    this.#send(client, {
      id: entry.request,
      ok: true,
      lock: ticket.id,
      path: ticket.resource,
      since: wall(ticket.grantedAt!),
      waited: Math.round(now - ticket.requestedAt),
      leaseUntil: wall(leaseUntil),
      lockFile: this.#folders.get(ticket.resource)?.fileId,
    });
    this.#schedule();
  }

  /**
   * Lets go of a folder's flock that no grant took over, and forgets the
   * folder once nothing uses it.
   */
  #settle(folder: FolderLock): void {
    folder.settle();
    if (!folder.held && folder.waiting === 0) {
      if (this.#folders.get(folder.key) === folder) {
        this.#folders.delete(folder.key);
      }
    }
  }

  #heldBy(client: Client, lock: number): Entry | undefined {
    const entry = this.#entries.get(lock);
    return entry?.client === client && entry.state === "held"
      ? entry
      : undefined;
  }

  /**
   * Ends an entry's I/O: stops waiting for its flock, or ends its hold on
   * it. A flock still held is handed to the next grant of this turn of the
   * event loop, or released after it.
   */
  #forget(entry: Entry): void {
    this.#entries.delete(entry.ticket.id);
    if (entry.state !== "held") entry.client.waiting.delete(entry.request);
    entry.abort?.abort();
    if (entry.state !== "held") return;
    const folder = this.#folders.get(entry.ticket.resource);
    if (folder === undefined) return;
    folder.release(entry.ticket.id);
    if (this.#closing) return this.#settle(folder);
    queueMicrotask(() => this.#settle(folder));
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const next = this.#table.nextDeadline();
    if (this.#closing || next === undefined) return;
    const delay = Math.min(Math.max(0, next - this.#now()) + 1, 2 ** 30);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#apply(this.#table.advance(this.#now()));
    }, delay);
  }

  #send(client: Client, reply: object): void {
    if (client.closed) return;
    let frame: Uint8Array;
    try {
      frame = encodeFrame(reply);
    } catch (error) {
      frame = encodeFrame({
        id: (reply as { id?: number | null }).id ?? null,
        ok: false,
        error: {
          code: "Internal",
          message: `Cannot send the reply: ${message(error)}`,
        },
      });
    }
    client.queued += frame.length;
    client.writing = client.writing.then(async () => {
      try {
        if (!client.closed) await writeAll(client.conn, frame);
      } catch (error) {
        if (client.closed) return;
        if (
          !(error instanceof Deno.errors.BrokenPipe ||
            error instanceof Deno.errors.ConnectionReset)
        ) {
          this.#log(
            `${who(client)}: cannot write to the connection (${
              message(error)
            }); closing it`,
          );
        }
        this.#drop(client);
      } finally {
        client.queued -= frame.length;
      }
    });
  }

  /** Replies with an error; the connection stays open. */
  #refuse(client: Client, id: number, error: ErrorBody): void {
    if (
      error.code !== "LockTimeout" && error.code !== "Cancelled" &&
      error.code !== "NotFound"
    ) {
      this.#log(`${who(client)}: ${error.message}`);
    }
    this.#send(client, { id, ok: false, error });
  }

  /** Replies with an error, then closes the connection. */
  #fail(client: Client, id: number | null, error: ErrorBody): void {
    if (client.closing) return;
    this.#log(`${who(client)}: ${error.message}; closing the connection`);
    this.#send(client, { id, ok: false, error });
    client.closing = true;
    const timer = setTimeout(() => this.#drop(client), CLOSE_GRACE_MS);
    client.writing.finally(() => {
      clearTimeout(timer);
      this.#drop(client);
    });
  }

  /** Forgets a connection: closes it and releases all its locks and waits. */
  #drop(client: Client): void {
    if (client.closed) return;
    client.closed = true;
    client.closing = true;
    clearTimeout(client.helloTimer);
    this.#clients.delete(client);
    closeQuietly(client.conn);
    const { tickets, events } = this.#table.releaseOwner(
      client.id,
      this.#now(),
    );
    for (const ticket of tickets) {
      const entry = this.#entries.get(ticket.id);
      if (entry === undefined) continue;
      if (entry.state === "held" && !this.#closing) {
        this.#log(
          `${
            who(client)
          } disconnected while holding the lock on "${ticket.resource}"; released it`,
        );
      }
      this.#forget(entry);
    }
    this.#apply(events);
  }
}

/**
 * Refuses to start without the permissions serving needs, before touching
 * anything (this never prompts, as Deno would on a terminal). Without write
 * access to the root the daemon would start, then fail every lock on its
 * `.lock` file, and clients would read Deno's "run again with
 * --allow-write" as meant for them.
 */
function checkPermissions(root: string, socket: string): void {
  const checks: [Deno.PermissionDescriptor, string][] = [
    [{ name: "read", path: root }, `Cannot serve the root "${root}"`],
    [{ name: "write", path: root }, `Cannot serve the root "${root}"`],
    [{ name: "read", path: socket }, `Cannot listen on "${socket}"`],
    [{ name: "write", path: socket }, `Cannot listen on "${socket}"`],
    [{ name: "net", host: `unix:${socket}` }, `Cannot listen on "${socket}"`],
  ];
  for (const [descriptor, action] of checks) {
    try {
      requirePermission(descriptor);
    } catch (error) {
      throw withAction(error, action);
    }
  }
}

/** Resolves the root to its real path and checks it is a folder. */
async function realRoot(root: string): Promise<string> {
  let real: string;
  try {
    real = await Deno.realPath(root);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new NotFoundError(
        `Cannot serve the root "${root}": it does not exist; create the folder first`,
        { path: root, cause: error },
      );
    }
    throw error;
  }
  if (!(await Deno.stat(root)).isDirectory) {
    throw new Deno.errors.NotADirectory(
      `Cannot serve the root "${root}": it is a file, not a folder`,
    );
  }
  return real;
}

/**
 * Removes a socket file nobody accepts on (left by a daemon that was
 * killed); refuses to touch a live socket or a file that is not a socket.
 */
async function clearStaleSocket(
  socket: string,
  log: (message: string) => void,
): Promise<void> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(socket);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return;
    throw error;
  }
  if (!info.isSocket) {
    throw new Deno.errors.AlreadyExists(
      `Cannot listen on "${socket}": a ${
        info.isDirectory ? "folder" : "file"
      } that is not a socket is in the way; remove it or choose another socket path`,
    );
  }
  try {
    const conn = await Deno.connect({ transport: "unix", path: socket });
    closeQuietly(conn);
  } catch (error) {
    if (error instanceof Deno.errors.ConnectionRefused) {
      await Deno.remove(socket);
      log(
        `removed the stale socket "${socket}" (connection refused: its daemon is gone)`,
      );
      return;
    }
    throw error;
  }
  throw new Deno.errors.AddrInUse(
    `Cannot listen on "${socket}": a live daemon is serving it already; stop it first or choose another socket path`,
  );
}

function who(client: Client): string {
  return `client ${client.id}${
    client.pid === undefined ? "" : ` (pid ${client.pid})`
  }`;
}

function notHeld(lock: number, action: string): ErrorBody {
  return {
    code: "NotHeld",
    message:
      `Cannot ${action} lock ${lock}: this connection does not hold it (released already, lease ran out, or never granted)`,
  };
}

/** A time from the server's clock as whole milliseconds since the epoch. */
function wall(time: number): number | undefined {
  return Number.isFinite(time) ? Math.round(time) : undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function closeQuietly(conn: Deno.Conn): void {
  try {
    conn.close();
  } catch {
    // already closed
  }
}

function logToStderr(line: string): void {
  try {
    console.error(`${new Date().toISOString()} persistd[${Deno.pid}]: ${line}`);
  } catch {
    // stderr is gone; keep serving
  }
}
