// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// The built-in constructors an archive may call, applied to values that are
// already built. Arguments are checked first, so no user code (valueOf,
// iterators) can run, and what JavaScript would do is reproduced exactly.

import { TYPED_ARRAY_NAMES } from "./_syntax.ts";

type TypedCtor = new (
  source: ArrayLike<number> | ArrayLike<bigint> | ArrayBuffer,
) => ArrayBufferView;

const TYPED = new Map<string, TypedCtor>(
  TYPED_ARRAY_NAMES.map((name) => [
    name,
    (globalThis as unknown as Record<string, TypedCtor>)[name],
  ]),
);

/** Built-in constructors that `new` may name in an archive. */
export const CONSTRUCTORS: ReadonlySet<string> = new Set([
  "Map",
  "Set",
  "Date",
  "RegExp",
  "DataView",
  ...TYPED_ARRAY_NAMES,
]);

/**
 * Builds `new <name>(...args)` for a built-in constructor.
 *
 * @param name One of {@linkcode CONSTRUCTORS}.
 * @param args Built argument values.
 * @returns The new object.
 * @throws {TypeError} With a short description of what is wrong (the caller
 * adds the position).
 */
export function construct(name: string, args: unknown[]): object {
  switch (name) {
    case "Map": {
      const map = new Map();
      if (args.length === 0) return map;
      const entries = valuesOf(
        name,
        only(args, "an array of [key, value] pairs"),
      );
      if (entries === undefined) {
        fail("new Map() takes an array, a Map or a Set of [key, value] pairs");
      }
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (!Array.isArray(entry) || entry.length !== 2) {
          fail(`entry ${i} of new Map([...]) is not a [key, value] pair`);
        }
        map.set(entry[0], entry[1]);
      }
      return map;
    }
    case "Set": {
      const set = new Set();
      if (args.length === 0) return set;
      const members = valuesOf(name, only(args, "an array"));
      if (members === undefined) {
        fail("new Set() takes an array, a Set or a Map");
      }
      for (let i = 0; i < members.length; i++) {
        if (i in members) set.add(members[i]);
        else return addAfterHole(set, members, i);
      }
      return set;
    }
    case "Date": {
      const time = args[0];
      if (
        args.length !== 1 ||
        (typeof time !== "number" && typeof time !== "string")
      ) {
        fail(
          "new Date() takes one number (milliseconds) or one ISO string; the current time is not data",
        );
      }
      return new Date(time);
    }
    case "RegExp": {
      const [source, flags = ""] = args;
      if (
        args.length < 1 || args.length > 2 || typeof source !== "string" ||
        typeof flags !== "string"
      ) {
        fail(
          "new RegExp() takes a source string and optionally a flags string",
        );
      }
      try {
        return new RegExp(source, flags);
      } catch (error) {
        return fail((error as Error).message);
      }
    }
    case "DataView": {
      const [buffer, offset, length] = args;
      if (
        !(buffer instanceof ArrayBuffer) || args.length > 3 ||
        (offset !== undefined && typeof offset !== "number") ||
        (length !== undefined && typeof length !== "number")
      ) {
        fail(
          "new DataView() takes an ArrayBuffer and optionally an offset and a length",
        );
      }
      try {
        return new DataView(buffer, offset, length);
      } catch (error) {
        return fail((error as Error).message);
      }
    }
  }
  const ctor = TYPED.get(name);
  if (ctor === undefined) {
    fail(`${name} is not a constructor an archive may call`);
  }
  if (args.length === 0) return new ctor([]);
  const source = only(args, "an array of numbers or an ArrayBuffer");
  if (source instanceof ArrayBuffer) {
    try {
      return new ctor(source);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  const values = valuesOf(name, source);
  if (values === undefined) {
    fail(
      `new ${name}() takes an array (or a Set) of numbers or an ArrayBuffer`,
    );
  }
  const big = name.startsWith("Big");
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (big ? typeof v !== "bigint" : typeof v !== "number") {
      fail(
        `element ${i} of new ${name}([...]) is ${
          i in values ? `a ${typeof v}` : "a hole"
        }, not a ${big ? "BigInt" : "number"}`,
      );
    }
  }
  return new ctor(values as number[]);
}

/**
 * Ends `new Set(array)` from the array's first hole, at `hole`: iterating
 * gives `undefined` there (and at every later hole, which adds nothing
 * more), then the elements after it, found by their keys rather than by
 * reading every slot (a sparse array may be 2^32 - 1 long).
 */
function addAfterHole(
  set: Set<unknown>,
  array: unknown[],
  hole: number,
): Set<unknown> {
  set.add(undefined);
  for (const key of Object.keys(array)) {
    if (Number(key) > hole) set.add(array[Number(key)]);
  }
  return set;
}

/**
 * What iterating `source` gives, for the sources whose iteration runs no
 * code of the archive: arrays, Maps (entries as new [key, value] arrays)
 * and Sets that have their own prototype (not one restore() gave them).
 */
function valuesOf(name: string, source: unknown): unknown[] | undefined {
  if (source === null || typeof source !== "object") return undefined;
  const proto = Object.getPrototypeOf(source);
  if (proto === Array.prototype && Array.isArray(source)) return source;
  if (proto === Map.prototype && source instanceof Map) return [...source];
  if (proto === Set.prototype && source instanceof Set) return [...source];
  if (Array.isArray(source) || source instanceof Map || source instanceof Set) {
    fail(
      `new ${name}() cannot read a value that restore() gave a class: reading it would run the class's code`,
    );
  }
  return undefined;
}

function only(args: unknown[], what: string): unknown {
  if (args.length !== 1) {
    fail(`expected one argument (${what}), got ${args.length}`);
  }
  return args[0];
}

function fail(message: string): never {
  throw new TypeError(message);
}

/**
 * Defines an own, enumerable, writable data property (also for the key
 * `__proto__`, which plain assignment would treat as the prototype).
 *
 * @param object The object.
 * @param key The key.
 * @param value The value.
 */
export function define(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
