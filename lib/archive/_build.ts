// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// Builds the values of a parsed archive: evaluates its statements in order,
// as importing the module would, but only the forms of the subset, with
// classes and array files resolved beforehand by the loader.

import { isTypedArray, NDArray, type NDArrayData } from "../npy/mod.ts";
import { construct, CONSTRUCTORS, define } from "./_builtins.ts";
import { syntaxError } from "./_parse.ts";
import type { Constructor } from "./register.ts";
import { lineColumn } from "./_syntax.ts";
import {
  ArrayExpr,
  type CallExpr,
  Expr,
  NewExpr,
  ObjectExpr,
  type Program,
  Ref,
  SparseArrayExpr,
} from "./_tree.ts";

/** What the builder needs besides the program. */
export interface BuildEnv {
  /** The module text, for messages. */
  text: string;
  /** The module file, for messages. */
  path: string | undefined;
  /** Local names of the helpers imported from `_persist.js` → helper name. */
  helpers: Map<string, string>;
  /** Local names of imported classes → class. */
  classes: Map<string, Constructor>;
  /** The arrays read for each `await array(...)`/`await ndarray(...)` call. */
  arrays: Map<CallExpr, NDArray>;
}

/**
 * Evaluates a parsed archive.
 *
 * @param program The parsed module.
 * @param env Helpers, classes and arrays.
 * @returns The exports, by name, in the order the module exports them.
 * @throws {ArchiveSyntaxError} For uses the subset does not allow.
 * @throws {TypeError} When a class constructor throws.
 */
export function build(
  program: Program,
  env: BuildEnv,
): Record<string, unknown> {
  return new Builder(program, env).run();
}

class Builder {
  readonly #program: Program;
  readonly #env: BuildEnv;
  readonly #consts = new Map<string, unknown>();
  readonly #declared = new Set<string>();

  constructor(program: Program, env: BuildEnv) {
    this.#program = program;
    this.#env = env;
  }

  #fail(pos: number, message: string): never {
    throw syntaxError(this.#env.text, pos, message, this.#env.path);
  }

  run(): Record<string, unknown> {
    const exports: { name: string; pos: number; get: () => unknown }[] = [];
    for (const st of this.#program.statements) {
      if (st.type === "const") this.#declared.add(st.name);
    }
    for (const st of this.#program.statements) {
      switch (st.type) {
        case "const": {
          const value = this.#value(st.init);
          this.#consts.set(st.name, value);
          if (st.exported) {
            exports.push({ name: st.name, pos: st.pos, get: () => value });
          }
          break;
        }
        case "default": {
          const value = this.#value(st.value);
          exports.push({ name: "default", pos: st.pos, get: () => value });
          break;
        }
        case "export":
          exports.push({
            name: st.exported,
            pos: st.pos,
            get: () => this.#exported(st.local, st.pos),
          });
          break;
        case "assign": {
          const holder = this.#chain(st.target, st.keys.slice(0, -1), st.pos);
          const value = this.#value(st.value);
          this.#assign(holder, st.keys[st.keys.length - 1], value, st.pos);
          break;
        }
        case "call": {
          const holder = this.#chain(st.target, st.keys, st.pos);
          const args = st.args.map((a) => this.#value(a));
          if (st.method === "set") {
            if (!(holder instanceof Map) || args.length !== 2) {
              this.#fail(st.pos, ".set(key, value) closes cycles of Maps only");
            }
            holder.set(args[0], args[1]);
          } else {
            if (!(holder instanceof Set) || args.length !== 1) {
              this.#fail(st.pos, ".add(value) closes cycles of Sets only");
            }
            holder.add(args[0]);
          }
          break;
        }
      }
    }
    const result: Record<string, unknown> = {};
    for (const { name, pos, get } of exports) {
      if (Object.hasOwn(result, name)) {
        this.#fail(pos, `"${name}" is exported twice`);
      }
      Object.defineProperty(result, name, {
        value: get(),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return result;
  }

  #exported(local: string, pos: number): unknown {
    if (this.#consts.has(local)) return this.#consts.get(local);
    if (this.#env.classes.has(local) || this.#env.helpers.has(local)) {
      this.#fail(pos, `"${local}" is imported code; an archive exports values`);
    }
    return this.#fail(pos, `"${local}" is not defined`);
  }

  #value(x: unknown): unknown {
    if (!(x instanceof Expr)) return x;
    if (x instanceof Ref) return this.#ref(x.name, x.pos);
    if (x instanceof ArrayExpr) {
      const items = x.items;
      const out = new Array(items.length);
      for (let i = 0; i < items.length; i++) {
        if (i in items) out[i] = this.#value(items[i]);
      }
      return out;
    }
    if (x instanceof SparseArrayExpr) {
      const { indices, values } = x;
      const out = new Array(x.length);
      for (let i = 0; i < indices.length; i++) {
        out[indices[i]] = this.#value(values[i]);
      }
      return out;
    }
    if (x instanceof ObjectExpr) {
      const out: Record<string, unknown> = x.nullProto
        ? Object.create(null)
        : {};
      const { keys, values } = x;
      for (let i = 0; i < keys.length; i++) {
        const value = this.#value(values[i]);
        if (keys[i] === "__proto__") define(out, "__proto__", value);
        else out[keys[i]] = value;
      }
      return out;
    }
    if (x instanceof NewExpr) return this.#new(x);
    return this.#call(x as CallExpr);
  }

  #ref(name: string, pos: number): unknown {
    if (this.#consts.has(name)) return this.#consts.get(name);
    if (this.#declared.has(name)) {
      this.#fail(
        pos,
        `"${name}" is used before its definition; move the definition up`,
      );
    }
    if (this.#env.helpers.has(name)) {
      this.#fail(
        pos,
        `"${name}" is a helper of _persist.js and can only be called`,
      );
    }
    if (this.#env.classes.has(name)) {
      this.#fail(
        pos,
        `"${name}" is a class; only "new ${name}(...)" and "restore(${name}, ...)" may use it`,
      );
    }
    return this.#fail(
      pos,
      `"${name}" is not defined; an archive may refer only to constants defined above it and to names it imports`,
    );
  }

  #new(x: NewExpr): unknown {
    const args = x.args.map((a) => this.#value(a));
    if (CONSTRUCTORS.has(x.callee)) {
      try {
        return construct(x.callee, args);
      } catch (error) {
        return this.#fail(
          x.pos,
          `cannot build ${x.callee}: ${(error as Error).message}`,
        );
      }
    }
    const helper = this.#env.helpers.get(x.callee);
    if (helper === "NDArray") return this.#ndarray(x, args);
    if (helper !== undefined) this.#fail(x.pos, `"${x.callee}" is not a class`);
    const cls = this.#env.classes.get(x.callee);
    if (cls === undefined) return this.#ref(x.callee, x.pos);
    try {
      return new (cls as new (...args: unknown[]) => unknown)(...args);
    } catch (error) {
      const { line, column } = lineColumn(this.#env.text, x.pos);
      throw new TypeError(
        `Cannot load "${
          this.#env.path ?? "<archive>"
        }:${line}:${column}": new ${x.callee}(...) threw: ${
          (error as Error)?.message ?? String(error)
        }`,
        { cause: error },
      );
    }
  }

  #ndarray(x: NewExpr, args: unknown[]): NDArray {
    const [data, shape, options = {}] = args;
    const okData = isTypedArray(data) || allOf(data, "string");
    const okShape = shape === undefined || allOf(shape, "number");
    const okOptions = options !== null && typeof options === "object" &&
      Object.keys(options).every((k) => k === "order" || k === "dtype");
    if (!okData || !okShape || !okOptions || args.length > 3) {
      this.#fail(
        x.pos,
        "new NDArray() takes a typed array (or an array of strings), a shape array and { order, dtype }",
      );
    }
    try {
      return new NDArray(
        data as NDArrayData,
        shape as number[] | undefined,
        options,
      );
    } catch (error) {
      return this.#fail(
        x.pos,
        `cannot build NDArray: ${(error as Error).message}`,
      );
    }
  }

  #call(x: CallExpr): unknown {
    const helper = this.#env.helpers.get(x.callee);
    if (helper === undefined) {
      if (this.#env.classes.has(x.callee)) {
        this.#fail(
          x.pos,
          `"${x.callee}" is a class; write "new ${x.callee}(...)"`,
        );
      }
      this.#fail(
        x.pos,
        `"${x.callee}()" is a function call; only the helpers of _persist.js may be called`,
      );
    }
    switch (helper) {
      case "array":
      case "ndarray": {
        if (!x.awaited) {
          this.#fail(
            x.pos,
            `${x.callee}() reads a file and returns a promise; write "await ${x.callee}(...)"`,
          );
        }
        const nd = this.#env.arrays.get(x)!;
        return helper === "array" ? nd.data : nd;
      }
      case "buffer": {
        const view = x.args.length === 1 ? this.#value(x.args[0]) : undefined;
        if (!ArrayBuffer.isView(view)) {
          this.#fail(x.pos, "buffer() takes one typed array");
        }
        const { buffer, byteOffset, byteLength } = view;
        return byteOffset === 0 && byteLength === buffer.byteLength
          ? buffer
          : buffer.slice(byteOffset, byteOffset + byteLength);
      }
      case "restore":
        return this.#restore(x);
      default:
        return this.#fail(
          x.pos,
          `"${x.callee}" is a class; write "new ${x.callee}(...)"`,
        );
    }
  }

  #restore(x: CallExpr): unknown {
    const [clsArg, baseArg, fieldsArg] = x.args;
    const cls = clsArg instanceof Ref
      ? this.#env.classes.get(clsArg.name)
      : undefined;
    if (cls === undefined || x.args.length < 2 || x.args.length > 3) {
      this.#fail(
        x.pos,
        "restore() takes an imported class, an object, Map, Set or array, and optionally fields",
      );
    }
    const base = this.#value(baseArg);
    const fields = fieldsArg === undefined ? undefined : this.#value(fieldsArg);
    const proto = base !== null && typeof base === "object"
      ? Object.getPrototypeOf(base)
      : undefined;
    if (
      proto !== Object.prototype && proto !== Array.prototype &&
      proto !== Map.prototype && proto !== Set.prototype
    ) {
      this.#fail(
        x.pos,
        "restore() can only give a class to a plain object, array, Map or Set",
      );
    }
    if (
      fields !== undefined &&
      (fields === null || Object.getPrototypeOf(fields) !== Object.prototype)
    ) {
      this.#fail(x.pos, "the fields given to restore() must be a plain object");
    }
    Object.setPrototypeOf(base, cls.prototype);
    if (fields !== undefined) {
      for (const key of Object.keys(fields)) {
        define(base as object, key, (fields as Record<string, unknown>)[key]);
      }
    }
    return base;
  }

  /** Follows `name.a[0].b` through own data properties. */
  #chain(name: string, keys: (string | number)[], pos: number): object {
    let value = this.#ref(name, pos);
    for (const key of keys) {
      if (value === null || typeof value !== "object") {
        this.#fail(
          pos,
          `cannot read property ${JSON.stringify(String(key))} of a ${
            value === null ? "null" : typeof value
          }`,
        );
      }
      const desc = Object.getOwnPropertyDescriptor(value, String(key));
      if (desc === undefined || !("value" in desc)) {
        this.#fail(
          pos,
          `the object has no property ${JSON.stringify(String(key))}`,
        );
      }
      value = desc.value;
    }
    if (value === null || typeof value !== "object") {
      this.#fail(
        pos,
        `cannot change a ${value === null ? "null" : typeof value}`,
      );
    }
    return value;
  }

  #assign(holder: object, key: string | number, value: unknown, pos: number) {
    if (Array.isArray(holder)) {
      const index = typeof key === "number" ? key : Number(key);
      if (
        !Number.isInteger(index) || index < 0 || index >= 2 ** 32 - 1 ||
        String(index) !== String(key)
      ) {
        this.#fail(
          pos,
          `an array element is set by index; ${
            JSON.stringify(String(key))
          } is not an index`,
        );
      }
      (holder as unknown[])[index] = value;
      return;
    }
    const proto = Object.getPrototypeOf(holder);
    const plain = proto === null || proto === Object.prototype ||
      !BUILTIN_PROTOS.has(proto) && !isTypedArray(holder);
    if (!plain) {
      this.#fail(
        pos,
        `cannot set a property of a ${
          (holder as { constructor: { name: string } }).constructor.name
        }`,
      );
    }
    const name = String(key);
    if (name === "__proto__" && proto !== null) {
      this.#fail(
        pos,
        'assigning "__proto__" would change a prototype; it is not in the subset',
      );
    }
    (holder as Record<string, unknown>)[name] = value;
  }
}

/**
 * Whether a value is an array whose every slot holds a value of one type;
 * stops at the first that does not (a hole, in a sparse array that may be
 * 2^32 - 1 long, where `every()` would read on to its end).
 */
function allOf(value: unknown, type: "string" | "number"): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const t = typeof value[i];
    if (t !== type) return false;
  }
  return true;
}

const BUILTIN_PROTOS = new Set<object>([
  Map.prototype,
  Set.prototype,
  Date.prototype,
  RegExp.prototype,
  ArrayBuffer.prototype,
  DataView.prototype,
  NDArray.prototype,
]);
