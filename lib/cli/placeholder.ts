// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Stand-ins for the classes an archive names. The command line tool never
 * imports code from archives (it could not in a compiled binary, and it
 * must not run what it inspects), so each class an archive imports is
 * replaced by a placeholder class with the same name. An instance built by
 * `new Point(1, 2)` keeps its arguments; one rebuilt by
 * `restore(Counter, { n: 1 })` keeps its fields. Saving a placeholder writes
 * the same `new`/`restore` back, so converting an archive keeps its classes.
 *
 * @module
 */

const INFO = Symbol("persist.placeholder");
const ARGS = Symbol("persist.placeholder.args");

/** Where a placeholder class stands in for. */
export interface PlaceholderInfo {
  /** The module the archive imports the class from. */
  module: string;
  /** The class's export name. */
  export: string;
}

/**
 * Makes a class that stands in for `export` of `module`. Its constructor
 * stores its arguments and gives the instance a
 * `[Symbol.for("persist.rep")]()` method, so saving it writes
 * `new <export>(...args)` again.
 *
 * @example An instance built by new
 * ```ts
 * import { placeholderArgs, placeholderClass } from "./placeholder.ts";
 * import assert from "node:assert/strict";
 * const Point = placeholderClass("../lib/point.js", "Point");
 * const p = new Point(1, 2);
 * assert.equal(Point.name, "Point");
 * assert.deepEqual(placeholderArgs(p), [1, 2]);
 * ```
 *
 * @param module The module the archive names.
 * @param name The export the archive names.
 * @returns The class.
 */
export function placeholderClass(
  module: string,
  name: string,
): new (...args: unknown[]) => object {
  const info: PlaceholderInfo = { module, export: name };
  const cls = class {
    constructor(...args: unknown[]) {
      // Enumerable, so that comparing two instances compares their arguments.
      Object.defineProperty(this, ARGS, { value: args, enumerable: true });
      Object.defineProperty(this, Symbol.for("persist.rep"), {
        value: () => ({ module, export: name, args }),
      });
    }
  };
  Object.defineProperty(cls, "name", { value: name });
  Object.defineProperty(cls, INFO, { value: info });
  return cls;
}

/**
 * Tells where a placeholder instance's class stands in for.
 *
 * @example Telling placeholders apart
 * ```ts
 * import { placeholderClass, placeholderOf } from "./placeholder.ts";
 * import assert from "node:assert/strict";
 * const Point = placeholderClass("./p.js", "Point");
 * assert.deepEqual(placeholderOf(new Point()), { module: "./p.js", export: "Point" });
 * assert.equal(placeholderOf({}), undefined);
 * ```
 *
 * @param value Any value.
 * @returns The module and export, or `undefined` when it is not a
 * placeholder instance.
 */
export function placeholderOf(value: unknown): PlaceholderInfo | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const ctor = Object.getPrototypeOf(value)?.constructor;
  return typeof ctor === "function" ? ctor[INFO] : undefined;
}

/**
 * The constructor arguments of a placeholder instance built by `new`.
 *
 * @example Arguments, or none for a restored instance
 * ```ts
 * import { placeholderArgs, placeholderClass } from "./placeholder.ts";
 * import assert from "node:assert/strict";
 * const Counter = placeholderClass("./c.js", "Counter");
 * const restored = Object.setPrototypeOf({ n: 1 }, Counter.prototype);
 * assert.equal(placeholderArgs(restored), undefined);
 * ```
 *
 * @param value A placeholder instance.
 * @returns The arguments, or `undefined` when the instance was restored
 * from its fields (no constructor ran).
 */
export function placeholderArgs(value: unknown): unknown[] | undefined {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, ARGS)
    ? (value as { [ARGS]: unknown[] })[ARGS]
    : undefined;
}
