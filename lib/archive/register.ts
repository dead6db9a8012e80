// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The key of the method by which a class makes its instances archivable.
 * Being `Symbol.for("persist.rep")`, a class needs no import of this library
 * to implement it.
 */
export const PERSIST_REP: unique symbol = Symbol.for("persist.rep") as never;

/**
 * What `[Symbol.for("persist.rep")]()` returns: the module and export of the
 * class, and the arguments its constructor is called with to rebuild the
 * instance (`new Export(...args)`). The arguments are archived like any
 * other values, so they may be shared with other values.
 */
export interface PersistRep {
  /**
   * The module that exports the class, as `mod.js` will import it: a URL
   * (`import.meta.url` of the class's own module is the usual choice), a
   * bare specifier (`"npm:units@1"`), or a path relative to the archive
   * folder (`"../lib/point.js"`).
   */
  module: string;
  /** The name under which the module exports the class. */
  export: string;
  /** The constructor's arguments. */
  args: unknown[];
}

/** Where a registered class is imported from when an archive is loaded. */
export interface RegisterOptions {
  /** The module that exports the class (see {@linkcode PersistRep.module}). */
  module: string;
  /** The name under which the module exports the class. */
  export: string;
}

/** A class, as far as archiving is concerned. */
// deno-lint-ignore no-explicit-any
export type Constructor = abstract new (...args: any[]) => unknown;

interface Registration {
  cls: Constructor;
  module: string;
  export: string;
}

const byPrototype = new Map<object, Registration>();
const byName = new Map<string, Registration>();

const nameKey = (module: string, name: string) => `${module}\0${name}`;

/**
 * Makes a class archivable without changing it, and lets `load()` find it.
 *
 * An instance of a registered class is archived as its own enumerable
 * fields and rebuilt by giving an object with those fields the class's
 * prototype, **without running the constructor**:
 * `restore(Point, { x: 1, y: 2 })` in `mod.js`. Instances that are Maps,
 * Sets or Arrays keep their entries. The trade-offs: private (`#`) fields
 * and fields that are not enumerable are not archived, and whatever the
 * constructor would check or set up is skipped. A class you own should
 * rather implement `[Symbol.for("persist.rep")]()`, which rebuilds through
 * the constructor and survives refactors of the class's fields.
 *
 * Registering also serves classes that implement the protocol: `load()`
 * looks classes up here by module and export name (it imports modules only
 * when called with `allowImports: true`). Registering a class again replaces
 * its entry; registering another class under the same module and export
 * replaces that one.
 *
 * @example Archiving instances of a class you do not own
 * ```ts
 * import { Archive, register } from "@persist/persist";
 * import assert from "node:assert/strict";
 *
 * class Point {
 *   constructor(public x: number, public y: number) {}
 * }
 * register(Point, { module: "./point.js", export: "Point" });
 * const text = new Archive().insert({ p: new Point(1, 2) }).toString();
 * assert.match(text, /restore\(Point, \{ x: 1, y: 2 \}\)/);
 * ```
 *
 * @param cls The class.
 * @param options The module that exports it and the export's name.
 * @throws {TypeError} When `cls` is not a class or a name is empty.
 */
export function register(cls: Constructor, options: RegisterOptions): void {
  if (typeof cls !== "function" || typeof cls.prototype !== "object") {
    throw new TypeError(
      "Cannot register a class: the first argument is not a class",
    );
  }
  const { module, export: name } = options ?? {};
  if (typeof module !== "string" || module === "") {
    throw new TypeError(
      `Cannot register class ${cls.name}: options.module must be a non-empty string`,
    );
  }
  if (typeof name !== "string" || name === "") {
    throw new TypeError(
      `Cannot register class ${cls.name}: options.export must be a non-empty string`,
    );
  }
  const old = byPrototype.get(cls.prototype);
  if (old !== undefined) byName.delete(nameKey(old.module, old.export));
  const previous = byName.get(nameKey(module, name));
  if (previous !== undefined) byPrototype.delete(previous.cls.prototype);
  const entry = { cls, module, export: name };
  byPrototype.set(cls.prototype, entry);
  byName.set(nameKey(module, name), entry);
}

/**
 * Removes a class from the registry. Does nothing when it is not registered.
 *
 * @example Undoing a registration
 * ```ts
 * import { register, unregister } from "@persist/persist";
 * class Tmp {}
 * register(Tmp, { module: "./tmp.js", export: "Tmp" });
 * unregister(Tmp);
 * ```
 *
 * @param cls The class.
 */
export function unregister(cls: Constructor): void {
  const entry = byPrototype.get(cls?.prototype);
  if (entry === undefined) return;
  byPrototype.delete(cls.prototype);
  byName.delete(nameKey(entry.module, entry.export));
}

/**
 * The registration of exactly this prototype's class (not of a base class).
 *
 * @param prototype An object's prototype.
 * @returns The module and export, or `undefined`.
 */
export function registrationOf(
  prototype: object,
): RegisterOptions | undefined {
  return byPrototype.get(prototype);
}

/**
 * The class registered under a module and export name.
 *
 * @param module The module specifier as written in `mod.js`.
 * @param name The export name.
 * @returns The class, or `undefined`.
 */
export function registeredClass(
  module: string,
  name: string,
): Constructor | undefined {
  return byName.get(nameKey(module, name))?.cls;
}
