// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The persistd wire protocol, shared by the daemon and its client: frames
 * (a 4-byte big-endian length, then one MessagePack map), the request and
 * reply shapes, their validation and the limits. `docs/PROTOCOL.md` is the
 * specification; this module is its implementation and never touches I/O.
 *
 * @example Encoding a request and decoding it again
 * ```ts
 * import { encodeFrame, FrameDecoder, parseRequest } from "./protocol.ts";
 *
 * const decoder = new FrameDecoder();
 * decoder.push(encodeFrame({ id: 1, op: "status" }));
 * const frame = decoder.next();
 * if (frame?.ok) console.log(parseRequest(frame.value)); // { ok: true, request: { id: 1, op: "status" } }
 * ```
 *
 * @module
 */

import { decode, encode } from "@msgpack/msgpack";

/** The protocol version this code speaks; the hello must carry it. */
export const PROTOCOL_VERSION = 1;

/** Bytes of the length prefix of every frame. */
export const FRAME_HEADER_SIZE = 4;

/**
 * The largest frame body (MessagePack bytes, without the prefix) either side
 * accepts: 1 MiB. A longer length prefix closes the connection at once.
 */
export const MAX_FRAME_SIZE: number = 1 << 20;

/** The longest path (in UTF-16 code units) a request may carry. */
export const MAX_PATH_LENGTH = 4096;

/** The longest name prefix an `allocate` request may carry. */
export const MAX_PREFIX_LENGTH = 255;

/** The longest client name a `hello` may carry. */
export const MAX_CLIENT_NAME_LENGTH = 255;

/** The largest request id: ids are unsigned 32-bit integers. */
export const MAX_REQUEST_ID = 0xffff_ffff;

/** At most this many waiters per resource are listed by `status`. */
export const MAX_STATUS_WAITERS = 100;

/**
 * Why the daemon refused a request. An error reply with `id: null` (always
 * a `Protocol`, `HelloRequired`, `VersionMismatch` or `Busy` error) is
 * followed by the daemon closing the connection.
 */
export type ErrorCode =
  | "Protocol"
  | "HelloRequired"
  | "VersionMismatch"
  | "UnknownOp"
  | "BadRequest"
  | "OutsideRoot"
  | "NotFound"
  | "NotADirectory"
  | "LockTimeout"
  | "Cancelled"
  | "NotHeld"
  | "LeaseExpired"
  | "Busy"
  | "ShuttingDown"
  | "Internal";

/** The body of an error reply: a code, a message and optional details. */
export interface ErrorBody {
  /** What kind of refusal this is. */
  code: ErrorCode;
  /** What was wrong, in the "Cannot <action> <object>: <state>" form. */
  message: string;
  /** `LockTimeout`: the pid of the holder, when known. */
  holderPid?: number;
  /** `LockTimeout`: how long the request waited, in milliseconds. */
  timeout?: number;
  /** `VersionMismatch`: the version the daemon speaks. */
  version?: number;
}

/** `hello`: the first request on every connection. */
export interface HelloRequest {
  /** The request id. */
  id: number;
  /** The operation. */
  op: "hello";
  /** The protocol version the client speaks. */
  version: number;
  /** The client's process id, shown in `status` and in lock timeouts. */
  pid?: number;
  /** A label for the client, shown in `status`. */
  name?: string;
}

/** `acquire`: wait in the FIFO queue of a folder for its write lock. */
export interface AcquireRequest {
  /** The request id (also what `cancel` names). */
  id: number;
  /** The operation. */
  op: "acquire";
  /** The absolute path of a folder under the daemon's root. */
  path: string;
  /** Milliseconds to wait; absent waits without limit, `0` tries once. */
  timeout?: number;
}

/** `release`: give back a lock this connection holds. */
export interface ReleaseRequest {
  /** The request id. */
  id: number;
  /** The operation. */
  op: "release";
  /** The lock id from the `acquire` reply. */
  lock: number;
}

/** `renew`: restart the lease of a held lock. */
export interface RenewRequest {
  /** The request id. */
  id: number;
  /** The operation. */
  op: "renew";
  /** The lock id from the `acquire` reply. */
  lock: number;
}

/** `cancel`: stop waiting on an `acquire` of this connection. */
export interface CancelRequest {
  /** The request id. */
  id: number;
  /** The operation. */
  op: "cancel";
  /** The id of the `acquire` request to cancel. */
  request: number;
}

/** `allocate`: the next free generated name `<prefix><n>` of a folder. */
export interface AllocateRequest {
  /** The request id. */
  id: number;
  /** The operation. */
  op: "allocate";
  /** The absolute path of a folder under the daemon's root. */
  path: string;
  /** The name prefix, e.g. `"x_"`. */
  prefix: string;
  /** The highest `n` the client knows is taken, or `-1` for none. */
  seen?: number;
}

/** `status`: who holds and who waits, per folder. */
export interface StatusRequest {
  /** The request id. */
  id: number;
  /** The operation. */
  op: "status";
  /** Only this folder (absolute path), instead of all. */
  path?: string;
}

/** Any request a client may send. */
export type Request =
  | HelloRequest
  | AcquireRequest
  | ReleaseRequest
  | RenewRequest
  | CancelRequest
  | AllocateRequest
  | StatusRequest;

/** The operation names of {@linkcode Request}. */
export type Op = Request["op"];

/** A client connected to the daemon, as `status` shows it. */
export interface DaemonClientView {
  /** The daemon's number for the connection. */
  client: number;
  /** The client's process id, if it said. */
  pid?: number;
  /** The client's label, if it gave one. */
  name?: string;
  /** When it connected, in milliseconds since the epoch. */
  since: number;
}

/** The holder of a folder's lock, as `status` shows it. */
export interface DaemonHolderView extends DaemonClientView {
  /** The lock id. */
  lock: number;
  /**
   * `"held"` once the daemon also holds the folder's `.lock` file;
   * `"locking"` while it waits for a writer that does not use the daemon.
   */
  state: "held" | "locking";
  /** When the lease ends (milliseconds since the epoch), if leases are on. */
  leaseUntil?: number;
}

/** A client waiting for a folder's lock, as `status` shows it. */
export interface DaemonWaiterView extends DaemonClientView {
  /** The lock id it will hold once granted. */
  lock: number;
  /** When it gives up (milliseconds since the epoch), if it has a timeout. */
  deadline?: number;
}

/** One locked or awaited folder, as `status` shows it. */
export interface DaemonResourceView {
  /** The folder's real path. */
  path: string;
  /** The holder, if any. `since` is when it was granted. */
  holder?: DaemonHolderView;
  /** The first waiters in FIFO order (at most {@linkcode MAX_STATUS_WAITERS}); `since` is when each asked. */
  waiters: DaemonWaiterView[];
  /** How many wait in all. */
  waiting: number;
}

/** The daemon's state, as the `status` operation reports it. */
export interface DaemonStatus {
  /** The protocol version. */
  version: number;
  /** The daemon's process id. */
  pid: number;
  /** The real path of the root folder it serves. */
  root: string;
  /** When it started, in milliseconds since the epoch. */
  startedAt: number;
  /** The daemon's clock when it answered, in milliseconds since the epoch. */
  now: number;
  /** The lease timeout in milliseconds; `0` when leases are off. */
  leaseTimeout: number;
  /** The connected clients. */
  clients: DaemonClientView[];
  /** The folders that are held or awaited, in the order they were first asked for. */
  resources: DaemonResourceView[];
}

/** A daemon message: a reply to a request or an unsolicited event. */
export type ServerMessage =
  | { id: number; ok: true; [field: string]: unknown }
  | { id: number | null; ok: false; error: ErrorBody }
  | LostEvent;

/**
 * The event that tells a client it no longer holds a lock (its lease ran
 * out). It carries no request id.
 */
export interface LostEvent {
  /** The event name. */
  event: "lost";
  /** The lock id. */
  lock: number;
  /** The folder. */
  path: string;
  /** Why, for messages. */
  reason: string;
}

/**
 * Encodes one message as a frame: the 4-byte big-endian length of the
 * MessagePack body, then the body. `undefined` fields are left out.
 *
 * @example Framing a request
 * ```ts
 * import { encodeFrame } from "./protocol.ts";
 * const frame = encodeFrame({ id: 1, op: "status" });
 * console.log(new DataView(frame.buffer).getUint32(0) === frame.length - 4); // true
 * ```
 *
 * @param message The message, a plain object.
 * @returns The frame.
 * @throws {RangeError} When the body is longer than
 * {@linkcode MAX_FRAME_SIZE}.
 */
export function encodeFrame(message: object): Uint8Array {
  const body = encode(message, { ignoreUndefined: true });
  if (body.length > MAX_FRAME_SIZE) {
    throw new RangeError(
      `Cannot encode the message: its ${body.length} bytes exceed the frame limit of ${MAX_FRAME_SIZE} bytes`,
    );
  }
  const frame = new Uint8Array(FRAME_HEADER_SIZE + body.length);
  new DataView(frame.buffer).setUint32(0, body.length);
  frame.set(body, FRAME_HEADER_SIZE);
  return frame;
}

/** One decoded frame, or why the byte stream cannot be decoded. */
export type FrameResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string };

/**
 * Splits a byte stream into frames and decodes their MessagePack bodies.
 * Feed it whatever the socket delivers with {@linkcode FrameDecoder.push}
 * and take frames with {@linkcode FrameDecoder.next}. After a failure (a
 * length of 0 or above the limit, undecodable MessagePack) the stream cannot
 * be trusted: every further `next()` returns the same failure.
 *
 * @example Frames split across reads
 * ```ts
 * import { encodeFrame, FrameDecoder } from "./protocol.ts";
 * const bytes = encodeFrame({ id: 7, op: "status" });
 * const decoder = new FrameDecoder();
 * decoder.push(bytes.subarray(0, 3));
 * console.log(decoder.next()); // undefined
 * decoder.push(bytes.subarray(3));
 * console.log(decoder.next()); // { ok: true, value: { id: 7, op: "status" } }
 * ```
 */
export class FrameDecoder {
  #buffer = new Uint8Array(0);
  #start = 0;
  #end = 0;
  #failure: { ok: false; message: string } | undefined;
  #maxFrameSize: number;

  /**
   * Constructs a new {@linkcode FrameDecoder}.
   *
   * @param maxFrameSize The largest body accepted, in bytes.
   */
  constructor(maxFrameSize: number = MAX_FRAME_SIZE) {
    this.#maxFrameSize = maxFrameSize;
  }

  /** Bytes received but not yet returned as frames. */
  get buffered(): number {
    return this.#end - this.#start;
  }

  /**
   * Appends received bytes (copied; the caller may reuse its buffer).
   *
   * @param chunk The bytes.
   */
  push(chunk: Uint8Array): void {
    if (this.#failure !== undefined || chunk.length === 0) return;
    if (this.#end + chunk.length > this.#buffer.length) {
      const live = this.#end - this.#start;
      const needed = live + chunk.length;
      if (needed <= this.#buffer.length) {
        this.#buffer.copyWithin(0, this.#start, this.#end);
      } else {
        const grown = new Uint8Array(Math.max(needed, this.#buffer.length * 2));
        grown.set(this.#buffer.subarray(this.#start, this.#end));
        this.#buffer = grown;
      }
      this.#start = 0;
      this.#end = live;
    }
    this.#buffer.set(chunk, this.#end);
    this.#end += chunk.length;
  }

  /**
   * Returns the next whole frame, `undefined` when more bytes are needed, or
   * a failure when the stream is malformed.
   *
   * @returns The decoded body, a failure, or `undefined`.
   */
  next(): FrameResult | undefined {
    if (this.#failure !== undefined) return this.#failure;
    if (this.buffered < FRAME_HEADER_SIZE) return undefined;
    const view = new DataView(
      this.#buffer.buffer,
      this.#buffer.byteOffset + this.#start,
      FRAME_HEADER_SIZE,
    );
    const length = view.getUint32(0);
    if (length === 0 || length > this.#maxFrameSize) {
      return this.#fail(
        length === 0
          ? "a frame has length 0; every frame holds one MessagePack map"
          : `a frame length of ${length} bytes exceeds the limit of ${this.#maxFrameSize} bytes${
            looksLikeText(this.#buffer.subarray(this.#start, this.#end))
              ? " (the peer seems to send text, not persistd frames)"
              : ""
          }`,
      );
    }
    if (this.buffered < FRAME_HEADER_SIZE + length) return undefined;
    const bodyStart = this.#start + FRAME_HEADER_SIZE;
    const body = this.#buffer.subarray(bodyStart, bodyStart + length);
    this.#start = bodyStart + length;
    if (this.#start === this.#end) this.#start = this.#end = 0;
    try {
      return { ok: true, value: decode(body) };
    } catch (error) {
      return this.#fail(
        `a frame body is not valid MessagePack (${(error as Error).message})`,
      );
    }
  }

  #fail(message: string): FrameResult {
    this.#failure = { ok: false, message };
    this.#buffer = new Uint8Array(0);
    this.#start = this.#end = 0;
    return this.#failure;
  }
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8);
  return head.length >= 4 && head.every((b) => b >= 0x20 && b < 0x7f);
}

/** A validated request, or the error to reply with. */
export type ParseResult =
  | { ok: true; request: Request }
  | { ok: false; id: number | null; error: ErrorBody };

const OPS: readonly Op[] = [
  "hello",
  "acquire",
  "release",
  "renew",
  "cancel",
  "allocate",
  "status",
];

/**
 * Checks that a decoded frame is a well-formed request. A frame that is not
 * a map or has no valid `id` yields an error with `id: null` (the daemon then
 * closes the connection); a bad `op` or field yields an error carrying the
 * request's id. Unknown extra fields are ignored, so later versions may add
 * optional ones.
 *
 * @example Refusing a wrong field type
 * ```ts
 * import { parseRequest } from "./protocol.ts";
 * const result = parseRequest({ id: 3, op: "release", lock: "7" });
 * console.log(result.ok ? "" : result.error.code); // BadRequest
 * ```
 *
 * @param value A decoded frame body.
 * @returns The request, or the error reply's id and body.
 */
export function parseRequest(value: unknown): ParseResult {
  if (!isRecord(value)) {
    return refuse(
      null,
      "Protocol",
      `a frame holds ${describe(value)}, not a map`,
    );
  }
  const id = value.id;
  if (!isUint(id, MAX_REQUEST_ID)) {
    return refuse(
      null,
      "Protocol",
      `a request has id ${
        describe(id)
      }; ids are integers from 0 to ${MAX_REQUEST_ID}`,
    );
  }
  const op = value.op;
  if (typeof op !== "string") {
    return refuse(
      id,
      "BadRequest",
      `request ${id} has op ${describe(op)}, not a string`,
    );
  }
  if (!OPS.includes(op as Op)) {
    return refuse(
      id,
      "UnknownOp",
      `request ${id} has the unknown op "${op.slice(0, 64)}"; the ops are ${
        OPS.join(", ")
      }`,
    );
  }
  const check = new FieldCheck(id, op, value);
  switch (op as Op) {
    case "hello":
      return check.done({
        id,
        op: "hello",
        version: check.uint("version", MAX_REQUEST_ID),
        pid: check.optional("pid", () => check.uint("pid", MAX_REQUEST_ID)),
        name: check.optional(
          "name",
          () => check.string("name", MAX_CLIENT_NAME_LENGTH, 0),
        ),
      });
    case "acquire":
      return check.done({
        id,
        op: "acquire",
        path: check.string("path", MAX_PATH_LENGTH),
        timeout: check.optional(
          "timeout",
          () => check.uint("timeout", Number.MAX_SAFE_INTEGER),
        ),
      });
    case "release":
    case "renew":
      return check.done({
        id,
        op: op as "release" | "renew",
        lock: check.uint("lock", Number.MAX_SAFE_INTEGER),
      });
    case "cancel":
      return check.done({
        id,
        op: "cancel",
        request: check.uint("request", MAX_REQUEST_ID),
      });
    case "allocate":
      return check.done({
        id,
        op: "allocate",
        path: check.string("path", MAX_PATH_LENGTH),
        prefix: check.string("prefix", MAX_PREFIX_LENGTH, 0),
        seen: check.optional("seen", () => check.seen()),
      });
    case "status":
      return check.done({
        id,
        op: "status",
        path: check.optional(
          "path",
          () => check.string("path", MAX_PATH_LENGTH),
        ),
      });
  }
}

/** Validates the fields of one request, remembering the first problem. */
class FieldCheck {
  #problem: string | undefined;
  #id: number;
  #op: string;
  #value: Record<string, unknown>;

  constructor(id: number, op: string, value: Record<string, unknown>) {
    this.#id = id;
    this.#op = op;
    this.#value = value;
  }

  uint(key: string, max: number): number {
    const v = this.#value[key];
    if (isUint(v, max)) return v;
    this.#complain(key, `an integer from 0 to ${max}`);
    return 0;
  }

  seen(): number {
    const v = this.#value.seen;
    if (v === -1 || isUint(v, Number.MAX_SAFE_INTEGER - 1)) return v as number;
    this.#complain("seen", "-1 or a non-negative integer");
    return -1;
  }

  string(key: string, maxLength: number, minLength = 1): string {
    const v = this.#value[key];
    if (
      typeof v === "string" && v.length >= minLength && v.length <= maxLength
    ) {
      return v;
    }
    this.#complain(
      key,
      `a string of ${minLength} to ${maxLength} characters`,
    );
    return "";
  }

  optional<T>(key: string, read: () => T): T | undefined {
    return this.#value[key] === undefined || this.#value[key] === null
      ? undefined
      : read();
  }

  done(request: Request): ParseResult {
    if (this.#problem !== undefined) {
      return refuse(this.#id, "BadRequest", this.#problem);
    }
    for (const key of Object.keys(request) as (keyof Request)[]) {
      if (request[key] === undefined) delete request[key];
    }
    return { ok: true, request };
  }

  #complain(key: string, expected: string): void {
    this.#problem ??= `request ${this.#id} (${this.#op}) has ${key} ${
      describe(this.#value[key])
    }; expected ${expected}`;
  }
}

/**
 * Checks the shape of a message from the daemon: a reply (`id`, `ok`, and
 * an `error` body when `ok` is false) or a `lost` event. Fields specific to
 * an operation are checked by the caller.
 *
 * @example Recognising an error reply
 * ```ts
 * import { parseServerMessage } from "./protocol.ts";
 * const message = parseServerMessage({
 *   id: 2,
 *   ok: false,
 *   error: { code: "NotHeld", message: "Cannot release lock 9: not held" },
 * });
 * console.log(message !== undefined && "ok" in message && !message.ok); // true
 * ```
 *
 * @param value A decoded frame body.
 * @returns The message, or `undefined` when it has neither shape.
 */
export function parseServerMessage(value: unknown): ServerMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.event === "lost") {
    return isUint(value.lock, Number.MAX_SAFE_INTEGER) &&
        typeof value.path === "string" && typeof value.reason === "string"
      ? value as unknown as LostEvent
      : undefined;
  }
  if (value.ok === true) {
    return isUint(value.id, MAX_REQUEST_ID)
      ? value as ServerMessage
      : undefined;
  }
  if (value.ok !== false) return undefined;
  const error = value.error;
  if (
    (value.id !== null && !isUint(value.id, MAX_REQUEST_ID)) ||
    !isRecord(error) || typeof error.code !== "string" ||
    typeof error.message !== "string"
  ) {
    return undefined;
  }
  return value as ServerMessage;
}

/**
 * Whether `path` is `root` or inside it, comparing normalized absolute POSIX
 * paths (no symlinks resolved: the daemon resolves them first).
 *
 * @example Prefixes are not containment
 * ```ts
 * import { isWithin } from "./protocol.ts";
 * console.log(isWithin("/data", "/data/runs"), isWithin("/data", "/database")); // true false
 * ```
 *
 * @param root The root folder.
 * @param path The path to test.
 * @returns `true` when `path` is under `root`.
 */
export function isWithin(root: string, path: string): boolean {
  if (path === root) return true;
  const prefix = root.endsWith("/") ? root : `${root}/`;
  return path.startsWith(prefix);
}

function refuse(
  id: number | null,
  code: ErrorCode,
  problem: string,
): ParseResult {
  return {
    ok: false,
    id,
    error: { code, message: `Cannot handle the request: ${problem}` },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null &&
    Object.getPrototypeOf(value) === Object.prototype;
}

function isUint(value: unknown, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 &&
    value <= max;
}

function describe(value: unknown): string {
  if (value === undefined) return "no value";
  if (value === null) return "null";
  if (typeof value === "string") {
    return value.length > 40
      ? `a string of ${value.length} characters`
      : JSON.stringify(value);
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "binary data";
  return `a value of type ${
    typeof value === "object"
      ? value.constructor?.name ?? "object"
      : typeof value
  }`;
}
