// Copyright 2026 the persist authors. MIT license.

/**
 * An operating system error with a message that says what failed and what to
 * do: `"<action>: <original message>[; <remedy>]"`. The class (such as
 * `Deno.errors.NotFound`, so `instanceof` checks keep working) and the
 * `code` (such as `"ENOSPC"`) stay those of the original, which becomes the
 * `cause`. An error Deno gives no class or code (such as "File too large
 * (os error 27)") is wrapped as a plain `Error`. Anything that is not an OS
 * error is returned as it is.
 *
 * @example Naming the file a raw error left out
 * ```ts
 * import { withAction } from "./os_error.ts";
 * const raw = new Deno.errors.IsADirectory("Is a directory (os error 21)");
 * const error = withAction(raw, 'Cannot write "a.npy"', "a folder is there; remove it or choose another path");
 * console.log(error instanceof Deno.errors.IsADirectory); // true
 * console.log((error as Error).message); // Cannot write "a.npy": Is a directory (os error 21); a folder is there; …
 * ```
 *
 * @param error What was thrown.
 * @param action What failed, naming the file: `Cannot write "a.npy"`.
 * @param remedy What to do, if there is something to say.
 * @returns The error to throw.
 */
export function withAction(
  error: unknown,
  action: string,
  remedy?: string,
): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const osClass = Object.values(Deno.errors).includes(
    error.constructor as typeof Deno.errors.NotFound,
  );
  if (
    !osClass && typeof code !== "string" &&
    !/\(os error \d+\)/.test(error.message)
  ) return error;
  const Class = osClass ? error.constructor as ErrorConstructor : Error;
  const wrapped = new Class(
    `${action}: ${error.message}${remedy === undefined ? "" : `; ${remedy}`}`,
    { cause: error },
  );
  if (code !== undefined) Object.assign(wrapped, { code });
  return wrapped;
}
