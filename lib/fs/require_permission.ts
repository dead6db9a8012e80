// Copyright 2026 the persist authors. MIT license.

/**
 * Fails as Deno does under `--no-prompt` unless a permission is granted
 * already. Deno prompts on a terminal for a permission that was neither
 * granted nor denied ("Deno requests read access. Allow?"), and the process
 * hangs when nobody answers; this only queries, so it never prompts. Call it
 * before the first operation that needs the permission.
 *
 * @example Checking read access before reading
 * ```ts
 * import { requirePermission } from "./require_permission.ts";
 * import assert from "node:assert/strict";
 * const state = Deno.permissions.querySync({ name: "read", path: "runs" }).state;
 * if (state !== "granted") {
 *   assert.throws(
 *     () => requirePermission({ name: "read", path: "runs" }),
 *     Deno.errors.NotCapable,
 *   );
 * }
 * ```
 *
 * @param descriptor The permission, such as `{ name: "read", path: "runs" }`.
 * @throws {Deno.errors.NotCapable} When it is not granted (denied, or Deno
 * would prompt for it), with Deno's own message naming the flag:
 * `Requires read access to "runs", run again with the --allow-read flag`.
 */
export function requirePermission(descriptor: Deno.PermissionDescriptor): void {
  if (isGranted(descriptor)) return;
  const target = "path" in descriptor
    ? descriptor.path
    : "host" in descriptor
    ? descriptor.host
    : "variable" in descriptor
    ? descriptor.variable
    : "command" in descriptor
    ? descriptor.command
    : undefined;
  const to = target === undefined ? "" : ` to "${target}"`;
  throw new Deno.errors.NotCapable(
    `Requires ${descriptor.name} access${to}, run again with the --allow-${descriptor.name} flag`,
  );
}

/**
 * Whether a permission is granted already. Only queries, so it never
 * prompts: for optional work (looking beside a missing archive, keeping a
 * replaced file's mode) that is skipped without the permission.
 *
 * @example Reading a folder only when allowed
 * ```ts
 * import { isGranted } from "./require_permission.ts";
 * if (isGranted({ name: "read", path: "." })) console.log("may list it");
 * ```
 *
 * @param descriptor The permission, such as `{ name: "read", path: "runs" }`.
 * @returns `true` when granted; `false` when denied or Deno would prompt.
 */
export function isGranted(descriptor: Deno.PermissionDescriptor): boolean {
  return Deno.permissions.querySync(descriptor).state === "granted";
}
