// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The error classes of persist. Built-in errors (`TypeError`, `RangeError`)
 * are used for wrong arguments; the classes here are for conditions callers
 * catch and act on, and each carries the data needed to act (path, item name,
 * holder pid, position).
 *
 * @module
 */

/** Options common to the error constructors: the underlying cause, if any. */
export interface PersistErrorOptions {
  /** The error that led to this one. */
  cause?: unknown;
}

/**
 * Bytes or text that cannot be decoded: a damaged `.npy` header, a truncated
 * file, a damaged index. Carries the file and the byte offset where the
 * problem was found (when known).
 *
 * @example Catching a damaged file
 * ```ts
 * import { FormatError } from "@persist/persist";
 * const error = new FormatError('Cannot read "a.npy": the magic string is missing', {
 *   path: "a.npy",
 *   offset: 0,
 * });
 * console.log(error instanceof SyntaxError, error.path, error.offset); // true "a.npy" 0
 * ```
 */
export class FormatError extends SyntaxError {
  /** The file the bytes came from, or `undefined` for in-memory bytes. */
  readonly path: string | undefined;
  /** The byte offset of the problem in the file, when known. */
  readonly offset: number | undefined;

  /**
   * Constructs a new {@linkcode FormatError}.
   *
   * @param message What was wrong, where, and what to do.
   * @param options The file, the byte offset and the cause.
   */
  constructor(
    message: string,
    options: PersistErrorOptions & { path?: string; offset?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "FormatError";
    this.path = options.path;
    this.offset = options.offset;
  }
}

/**
 * Archive source text outside the subset that `load()` understands, or with a
 * syntax error. Carries the file, line and column (both 1-based).
 *
 * @example Reading the position of a parse error
 * ```ts
 * import { ArchiveSyntaxError } from "@persist/persist";
 * const error = new ArchiveSyntaxError("Cannot parse the archive: unexpected token", {
 *   path: "run1/mod.js",
 *   line: 3,
 *   column: 7,
 * });
 * console.log(`${error.path}:${error.line}:${error.column}`); // run1/mod.js:3:7
 * ```
 */
export class ArchiveSyntaxError extends SyntaxError {
  /** The file that was parsed, or `undefined` for in-memory text. */
  readonly path: string | undefined;
  /** The 1-based line of the problem. */
  readonly line: number;
  /** The 1-based column of the problem. */
  readonly column: number;

  /**
   * Constructs a new {@linkcode ArchiveSyntaxError}.
   *
   * @param message What was wrong and what to do.
   * @param options The file, the 1-based line and column, and the cause.
   */
  constructor(
    message: string,
    options: PersistErrorOptions & {
      path?: string;
      line: number;
      column: number;
    },
  ) {
    super(message, { cause: options.cause });
    this.name = "ArchiveSyntaxError";
    this.path = options.path;
    this.line = options.line;
    this.column = options.column;
  }
}

/**
 * Something asked for does not exist: an archive folder, a DataSet, an item
 * of a DataSet, a key of a Chest, a dataset inside an HDF5 file.
 *
 * @example Telling a missing item from other failures
 * ```ts
 * import { NotFoundError } from "@persist/persist";
 * const error = new NotFoundError('Cannot get "x_9" from "runs": no such item', {
 *   path: "runs",
 *   name: "x_9",
 * });
 * console.log(error.name, error.path, error.item); // NotFoundError runs x_9
 * ```
 */
export class NotFoundError extends Error {
  /** The folder or file concerned. */
  readonly path: string | undefined;
  /** The item, key or dataset name that was missing, if it was one. */
  readonly item: string | undefined;

  /**
   * Constructs a new {@linkcode NotFoundError}.
   *
   * @param message What was missing, where, and what to do.
   * @param options The path, the missing item's name and the cause.
   */
  constructor(
    message: string,
    options: PersistErrorOptions & { path?: string; name?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "NotFoundError";
    this.path = options.path;
    this.item = options.name;
  }
}

/**
 * A write was attempted through something opened read-only, or after it was
 * closed.
 *
 * @example Refusing writes on a read-only DataSet
 * ```ts
 * import { ReadOnlyError } from "@persist/persist";
 * const error = new ReadOnlyError('Cannot set "a" in "runs": the DataSet is open read-only', {
 *   path: "runs",
 * });
 * console.log(error.name, error.path); // ReadOnlyError runs
 * ```
 */
export class ReadOnlyError extends Error {
  /** The folder or file concerned. */
  readonly path: string | undefined;

  /**
   * Constructs a new {@linkcode ReadOnlyError}.
   *
   * @param message What was refused and how to open for writing.
   * @param options The path and the cause.
   */
  constructor(
    message: string,
    options: PersistErrorOptions & { path?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ReadOnlyError";
    this.path = options.path;
  }
}

/**
 * A lock could not be taken within the allowed time. Carries the locked path,
 * the timeout and, when known, the process id of the holder.
 *
 * @example Reporting who holds a lock
 * ```ts
 * import { LockTimeoutError } from "@persist/persist";
 * const error = new LockTimeoutError('Cannot lock "runs": still held by pid 42 after 0 ms', {
 *   path: "runs",
 *   timeout: 0,
 *   holderPid: 42,
 * });
 * console.log(error.holderPid); // 42
 * ```
 */
export class LockTimeoutError extends Error {
  /** The path whose lock could not be taken. */
  readonly path: string;
  /** How long the caller waited, in milliseconds. */
  readonly timeout: number;
  /** The pid of the process holding the lock, when known. */
  readonly holderPid: number | undefined;

  /**
   * Constructs a new {@linkcode LockTimeoutError}.
   *
   * @param message What could not be locked, by whom it is held, what to do.
   * @param options The path, the timeout, the holder's pid and the cause.
   */
  constructor(
    message: string,
    options: PersistErrorOptions & {
      path: string;
      timeout: number;
      holderPid?: number;
    },
  ) {
    super(message, { cause: options.cause });
    this.name = "LockTimeoutError";
    this.path = options.path;
    this.timeout = options.timeout;
    this.holderPid = options.holderPid;
  }
}

/**
 * The persistd daemon could not be reached, refused a request, or went away.
 * Carries the socket path and, for a refusal, the daemon's error code.
 *
 * @example Naming the socket in the message
 * ```ts
 * import { DaemonUnavailableError } from "@persist/persist";
 * const error = new DaemonUnavailableError(
 *   'Cannot connect to persistd at "/tmp/p.sock": connection refused; start it with "persist daemon"',
 *   { socket: "/tmp/p.sock" },
 * );
 * console.log(error.socket); // /tmp/p.sock
 * ```
 */
export class DaemonUnavailableError extends Error {
  /** The Unix socket path of the daemon. */
  readonly socket: string;
  /**
   * The daemon's error code when it refused a request or closed the
   * connection on purpose (e.g. `"OutsideRoot"`, `"ShuttingDown"`; see
   * `docs/PROTOCOL.md`), `undefined` when it could not be reached.
   */
  readonly code: string | undefined;

  /**
   * Constructs a new {@linkcode DaemonUnavailableError}.
   *
   * @param message What failed, on which socket, and what to do.
   * @param options The socket path, the daemon's error code and the cause.
   */
  constructor(
    message: string,
    options: PersistErrorOptions & { socket: string; code?: string },
  ) {
    super(message, { cause: options.cause });
    this.name = "DaemonUnavailableError";
    this.socket = options.socket;
    this.code = options.code;
  }
}

/**
 * A write lock taken on a lock file that is no longer the one at its path:
 * the file was deleted or replaced (by hand, or by a tool that removes
 * "stale" lock files) while it was held, so a process opening the path now
 * locks another file and could write at the same time. The write that
 * checked was not made; try it again (the next lock is taken on the file
 * now at the path). Lock files must never be deleted while in use.
 *
 * @example Telling a lost lock from other failures
 * ```ts
 * import { LockLostError } from "@persist/persist";
 * const error = new LockLostError(
 *   'Cannot keep the lock on "runs": its lock file "runs/.lock" was deleted while held; the write was not made, try it again',
 *   { path: "runs/.lock" },
 * );
 * console.log(error.path); // runs/.lock
 * ```
 */
export class LockLostError extends Error {
  /** The lock file that was deleted or replaced. */
  readonly path: string;

  /**
   * Constructs a new {@linkcode LockLostError}.
   *
   * @param message Which lock was lost, and that the write was not made.
   * @param options The lock file's path and the cause.
   */
  constructor(
    message: string,
    options: PersistErrorOptions & { path: string },
  ) {
    super(message, { cause: options.cause });
    this.name = "LockLostError";
    this.path = options.path;
  }
}
