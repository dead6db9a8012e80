// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// Walks the values of an archive once: counts references to every object
// (shared objects), finds the references that close cycles, calls the
// persistence protocol, and refuses what cannot be archived, naming the
// value's path. Plain objects and arrays cost one Map entry each; only
// special objects (class instances, N-D arrays, cycle holders, big arrays)
// get a Meta record.

import { isTypedArray, NDArray } from "../npy/mod.ts";
import { PERSIST_REP, type PersistRep, registrationOf } from "./register.ts";
import {
  keyLiteral,
  MAX_MODULE_LENGTH,
  MODULE_FILE,
  ModuleLengthError,
} from "./_syntax.ts";

/** Kind codes, stored per object by the walk. */
export const K = {
  object: 0,
  nullObject: 1,
  array: 2,
  map: 3,
  set: 4,
  date: 5,
  regexp: 6,
  typed: 7,
  buffer: 8,
  dataview: 9,
  ndarray: 10,
  rep: 11,
  registered: 12,
} as const;

/** The contents of a registered class's instance. */
export type BaseKind = "object" | "array" | "map" | "set";

/** What the emitter needs to know about an object beyond its contents. */
export interface Meta {
  /** Set for objects whose kind is not told by their prototype alone. */
  kind?: "ndarray" | "rep" | "registered";
  /** Slots (in child order) whose reference closes a cycle. */
  backSlots?: Set<number>;
  /** The path where it was first seen (array-like objects, for file names). */
  path?: string;
  /** The protocol's answer, for `rep` objects. */
  rep?: PersistRep;
  /** The registration, for `registered` objects. */
  registered?: { module: string; export: string };
  /** What a registered instance is underneath. */
  base?: BaseKind;
  /** Own fields beyond the entries of a registered Map, Set or Array. */
  extraKeys?: string[];
  /** For `ndarray` objects, the array (validated). */
  nd?: NDArray;
  // Filled in by the emitter:
  /** Its constant's name, when it is a named constant. */
  name?: string;
  /** Whether it is declared by `export const <name>`. */
  exportDecl?: boolean;
  /** The array file name, when stored outside the module. */
  file?: string;
  /** The data of an N-D array that is written as part of it. */
  owned?: boolean;
  /**
   * For an array written in compact form ({@linkcode isSparse}), the keys
   * of its elements (`Object.keys` order: ascending indices).
   */
  sparse?: string[];
}

/** One named value of an archive. */
export interface Root {
  /** The name. */
  readonly name: string;
  /** The value. */
  readonly value: unknown;
}

/** The result of a walk. */
export interface Graph {
  /**
   * Whether `for...in` lists exactly the own enumerable keys of plain and
   * null-prototype objects (see {@linkcode forInIsOwnKeys}).
   */
  readonly forIn: boolean;
  /** The named values, in insertion order. */
  readonly roots: readonly Root[];
  /** Every object's index, in the order the walk first met them. */
  readonly index: Map<object, number>;
  /** The objects, by index. */
  readonly objects: object[];
  /** How many references lead to each object (roots included), by index. */
  readonly refs: Uint32Array;
  /** Metadata of special objects, by index. */
  readonly metas: (Meta | undefined)[];
  /** Each object's kind code ({@linkcode K}), by index. */
  readonly kinds: Uint8Array;
  /** Where each object's child indices start in `edges`, by index. */
  readonly edgeStart: Int32Array;
  /** Where each object's child indices end in `edges` (exclusive), by index. */
  readonly edgeEnds: Int32Array;
  /** The indices of every object's object children, in child order. */
  readonly edges: Int32Array;
  /**
   * The slot (child position) of each edge in its holder, by edge, as a
   * 32-bit integer (`slot | 0`: array indices reach 2^32 - 2).
   */
  readonly edgeSlots: Int32Array;
  /** Indices in the order their visit finished (children before parents). */
  readonly finished: number[];
  /** For each root, the length of `finished` after the root was walked. */
  readonly rootEnds: number[];
}

/**
 * The deepest nesting of brackets, braces and argument lists that `mod.js`
 * may have: deeper values are refused when saving. Each array or object is
 * one level, a Set two (`new Set([`), a Map three (`new Map([[`), a Date or
 * RegExp one, a typed array two to four. Deno 2.9.6's module parser
 * overflows its stack (and aborts the process) at 1122 levels of objects
 * and 1163 of arrays, and the archive parser (`load()`) refuses more than
 * 1050, so whatever is saved can be both imported and loaded. Shared
 * objects are counted where they are first met, as if written in place.
 */
export const MAX_DEPTH = 1000;

const TYPED_PROTOS = new Set<object>(
  [
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float16Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
  ].map((c) => c.prototype),
);

/** The static brand of the NDArray class that `_persist.js` defines. */
const RUNTIME_NDARRAY = Symbol.for("persist.ndarray");

/** A step of a path that is not a key or an index (`.data`, `.<member 2>`). */
class Step {
  readonly #text: string | (() => string);
  /** @param text The step, or what makes it (only when a message needs it). */
  constructor(text: string | (() => string)) {
    this.#text = text;
  }
  get text(): string {
    return typeof this.#text === "string" ? this.#text : this.#text();
  }
}

/**
 * Walks the values once and returns their graph.
 *
 * @param roots The named values.
 * @param prefix How paths start in messages (`"values"`).
 * @returns The graph.
 * @throws {TypeError} For values that cannot be archived, naming the path.
 * @throws {RangeError} For nesting deeper than {@linkcode MAX_DEPTH}.
 */
export function walk(roots: readonly Root[], prefix = "values"): Graph {
  const forIn = forInIsOwnKeys();
  const index = new Map<object, number>();
  const objects: object[] = [];
  const metas: (Meta | undefined)[] = [];
  let refs = new Uint32Array(1024);
  let done = new Uint8Array(1024);
  let kinds = new Uint8Array(1024);
  let edgeStart = new Int32Array(1024);
  let edgeEnds = new Int32Array(1024);
  let edges = new Int32Array(4096);
  let edgeSlots = new Int32Array(4096);
  let edgeCount = 0;
  /** Child indices of the objects being visited (each copied out when done). */
  let pending = new Int32Array(1024);
  let pendingSlots = new Int32Array(1024);
  let top = 0;
  const finished: number[] = [];
  const path: (string | number | Step)[] = [];
  const stack: object[] = [];
  /** Levels of brackets open in `mod.js` around the children being visited. */
  let depth = 0;
  /** The deepest `depth` reached by an object visited (kept per array). */
  let deepest = 0;
  let repDepths: number[] = [];

  /**
   * The path of the value being visited, for messages. Steps are the root's
   * name, array indices, object key positions (negative: -1 is the first key
   * of the holder, which is `stack[level - 1]`) and special steps.
   */
  function where(): string {
    let text = prefix;
    for (let level = 0; level < path.length; level++) {
      const step = path[level];
      text += typeof step === "string"
        ? pathKey(step)
        : typeof step !== "number"
        ? step.text
        : step >= 0
        ? `[${step}]`
        : pathKey(Object.keys(stack[level - 1])[-step - 1]);
    }
    return text;
  }

  function refuse(what: string, fix: string): never {
    throw new TypeError(`Cannot archive ${where()}: ${what}; ${fix}`);
  }

  function refusePrimitive(value: unknown): never {
    if (typeof value === "function") {
      refuse(
        `it is a function${value.name ? ` (${value.name})` : ""}`,
        'archives hold data, not code: store what the function computes, or give its class a [Symbol.for("persist.rep")]() method',
      );
    }
    refuse(
      `it is a symbol (${String(value)})`,
      "symbols cannot be saved; store a string instead",
    );
  }

  /** Opens `levels` levels of brackets for the value being visited. */
  function enter(levels: number) {
    depth += levels;
    if (depth > MAX_DEPTH) refuseDepth();
  }

  function refuseDepth(): never {
    throw new RangeError(
      `Cannot archive ${where()}: values are nested more than ${MAX_DEPTH} levels deep in ${MODULE_FILE} ` +
        "(each array, object, Date or argument list is one level, a sparse array or a Set two, a Map three), " +
        "more than import() and load() can read back; " +
        "flatten the structure (for example, keep a list instead of a chain of links)",
    );
  }

  function growPending() {
    pending = grown(pending);
    pendingSlots = grown(pendingSlots);
  }

  function metaOf(value: object): Meta {
    const i = index.get(value)!;
    return metas[i] ??= {};
  }

  function grow() {
    const n = 2 * refs.length;
    const r = new Uint32Array(n);
    r.set(refs);
    refs = r;
    const d = new Uint8Array(n);
    d.set(done);
    done = d;
    const k = new Uint8Array(n);
    k.set(kinds);
    kinds = k;
    const e = new Int32Array(n);
    e.set(edgeStart);
    edgeStart = e;
    const ends = new Int32Array(n);
    ends.set(edgeEnds);
    edgeEnds = ends;
  }

  /** Visits an object child and records the edge. */
  function visit(value: object, holder: object | undefined, slot: number) {
    const i = objects.length;
    // One hash lookup per object: the identity map is the largest cost.
    let seen: number;
    if (UPSERT) seen = index.getOrInsert(value, i);
    else {
      const found = index.get(value);
      if (found === undefined) index.set(value, seen = i);
      else seen = found;
    }
    if (seen !== i) {
      refs[seen]++;
      if (top === pending.length) growPending();
      pendingSlots[top] = slot;
      pending[top++] = seen;
      if (done[seen] === 0) closeCycle(value, holder!, slot);
      return;
    }
    if (i === refs.length) grow();
    objects.push(value);
    metas.push(undefined);
    refs[i] = 1;
    stack.push(value);
    const outer = depth;
    const first = top;
    const proto = Object.getPrototypeOf(value);
    if (
      typeof (value as { [PERSIST_REP]?: unknown })[PERSIST_REP] === "function"
    ) {
      kinds[i] = K.rep;
      enter(1); // new X(
      visitRep(value);
    } else if (proto === Object.prototype) {
      kinds[i] = K.object;
      if (++depth > MAX_DEPTH) refuseDepth();
      if (forIn) visitPlain(value as Record<string, unknown>);
      else visitValues(value, Object.values(value));
    } else if (proto === Array.prototype) {
      kinds[i] = K.array;
      if (++depth > MAX_DEPTH) refuseDepth();
      visitArray(value as unknown[], true);
    } else if (proto === null) {
      kinds[i] = K.nullObject;
      if (++depth > MAX_DEPTH) refuseDepth();
      if (forIn) visitPlain(value as Record<string, unknown>);
      else visitValues(value, Object.values(value));
    } else {
      kinds[i] = visitOther(value, proto);
    }
    if (depth > deepest) deepest = depth;
    depth = outer;
    stack.pop();
    done[i] = 1;
    finished.push(i);
    const n = top - first;
    if (edgeCount + n > edges.length) {
      const size = Math.max(2 * edges.length, edgeCount + n);
      const more = new Int32Array(size);
      more.set(edges);
      edges = more;
      const slots = new Int32Array(size);
      slots.set(edgeSlots);
      edgeSlots = slots;
    }
    edgeStart[i] = edgeCount;
    for (let k = first; k < top; k++) {
      edgeSlots[edgeCount] = pendingSlots[k];
      edges[edgeCount++] = pending[k];
    }
    edgeEnds[i] = edgeCount;
    top = first;
    if (top === pending.length) growPending();
    pendingSlots[top] = slot;
    pending[top++] = i;
  }

  function closeCycle(target: object, holder: object, slot: number) {
    if (repDepths.length > 0) {
      const depth = stack.lastIndexOf(target);
      const last = repDepths[repDepths.length - 1];
      if (last >= depth) {
        refuse(
          `it refers back to an object that contains it, and the cycle passes through the constructor arguments of a ${
            className(stack[last])
          } (rebuilt by [Symbol.for("persist.rep")]())`,
          "a constructor cannot receive an object that is not built yet: break the cycle, or let the class rebuild it from its arguments",
        );
      }
    }
    const m = metaOf(holder);
    const proto = Object.getPrototypeOf(holder);
    if (
      proto !== null && proto !== Array.prototype &&
      (m.kind === undefined || m.base === "object") &&
      Object.keys(holder)[slot] === "__proto__"
    ) {
      refuse(
        'it closes a cycle through a property named "__proto__"',
        "rename the property",
      );
    }
    (m.backSlots ??= new Set()).add(slot);
  }

  function visitArray(array: unknown[], plain: boolean) {
    const n = array.length;
    // Every element, hole or not, takes at least two characters ("x," or
    // ", ") unless the array is written in compact form: a long array that
    // cannot be is refused before its elements are visited.
    if (n > MAX_MODULE_LENGTH / 2 && !mayBeSparse(array)) refuseLength(n);
    const outerDeepest = deepest;
    deepest = depth;
    const holes = visitElements(array, 0, 0, true);
    if (holes < 0) visitSparse(array, -holes, plain);
    else {
      if (n > MAX_MODULE_LENGTH / 2) refuseLength(n);
      if (plain) checkNoExtraKeys(array, n - holes);
    }
    if (outerDeepest > deepest) deepest = outerDeepest;
  }

  function refuseLength(n: number): never {
    throw new ModuleLengthError(2 * n, { atLeast: true, path: where() });
  }

  /**
   * Visits elements `from`, `from + 1`, … of an array, `holes` holes having
   * been met before. With `watch`, stops once the holes met outnumber the
   * elements enough to make the array sparse ({@linkcode isSparse}) so far.
   *
   * @returns The number of holes, or minus the index to go on from when it
   * stopped.
   */
  function visitElements(
    array: unknown[],
    from: number,
    holes: number,
    watch: boolean,
  ): number {
    const n = array.length;
    for (let i = from; i < n; i++) {
      const v = array[i];
      if (typeof v === "object") {
        if (v !== null) {
          path.push(i);
          visit(v, array, i);
          path.pop();
        }
      } else if (v === undefined) {
        if (!(i in array) && ++holes > 8 * (i + 1 - holes + 8) && watch) {
          return -(i + 1);
        }
      } else if (typeof v === "function" || typeof v === "symbol") {
        path.push(i);
        refusePrimitive(v);
      }
    }
    return holes;
  }

  /**
   * Visits the rest of an array whose first `from` slots made it look
   * sparse: its elements are counted by their keys, without reading every
   * slot; when it is sparse ({@linkcode isSparse}), only they are visited
   * (and it is written in compact form, one level deeper), else the slots
   * from `from` on.
   */
  function visitSparse(array: unknown[], from: number, plain: boolean) {
    const n = array.length;
    const keys = Object.keys(array);
    let count = keys.length;
    // Indices come first, in ascending order.
    while (count > 0 && !isIndex(keys[count - 1])) count--;
    if (plain && count !== keys.length) refuseExtraKey(array, keys[count]);
    if (!isSparse(n, count)) {
      if (n > MAX_MODULE_LENGTH / 2) refuseLength(n);
      let holes = from;
      for (let k = 0; k < count && Number(keys[k]) < from; k++) holes--;
      visitElements(array, from, holes, false);
      return;
    }
    // Object.assign(new Array(n), { ... }): a level more than [ ... ],
    // for the elements visited before (their deepest level moves one
    // deeper, and with it any sparse array above it that finds it so) as
    // for those to come.
    if (++deepest > MAX_DEPTH) refuseDepth();
    enter(1);
    keys.length = count;
    metaOf(array).sparse = keys;
    for (let k = 0; k < count; k++) {
      const i = Number(keys[k]);
      if (i >= from) visitAny(array[i], array, i, i);
    }
    depth--;
  }

  /**
   * The values of a plain object, in key order, read with `for...in`
   * (which allocates nothing and reads fields through V8's enum cache).
   */
  function visitPlain(object: Record<string, unknown>) {
    let i = 0;
    for (const key in object) {
      const v = object[key];
      if (typeof v === "object") {
        if (v !== null) {
          path.push(-i - 1);
          visit(v, object, i);
          path.pop();
        }
      } else if (typeof v === "function" || typeof v === "symbol") {
        path.push(-i - 1);
        refusePrimitive(v);
      }
      i++;
    }
  }

  /** The values of a plain object (as `Object.values`), in key order. */
  function visitValues(object: object, vals: unknown[]) {
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (typeof v === "object") {
        if (v !== null) {
          path.push(-i - 1);
          visit(v, object, i);
          path.pop();
        }
      } else if (typeof v === "function" || typeof v === "symbol") {
        path.push(-i - 1);
        refusePrimitive(v);
      }
    }
  }

  /** Named fields of a registered instance, numbered from `first`. */
  function visitObject(
    object: Record<string, unknown>,
    keys: string[],
    first: number,
  ) {
    for (let i = 0; i < keys.length; i++) {
      const v = object[keys[i]];
      if (typeof v === "object") {
        if (v !== null) {
          path.push(new Step(pathKey(keys[i])));
          visit(v, object, first + i);
          path.pop();
        }
      } else if (typeof v === "function" || typeof v === "symbol") {
        path.push(new Step(pathKey(keys[i])));
        refusePrimitive(v);
      }
    }
  }

  function visitAny(
    v: unknown,
    holder: object,
    slot: number,
    step: number | Step,
  ) {
    if (typeof v === "object") {
      if (v === null) return;
      path.push(step);
      visit(v, holder, slot);
      path.pop();
    } else if (typeof v === "function" || typeof v === "symbol") {
      path.push(step);
      refusePrimitive(v);
    }
  }

  function visitMap(map: Map<unknown, unknown>, plain: boolean) {
    let i = 0;
    for (const [k, v] of map) {
      visitAny(k, map, 2 * i, new Step(`.<key ${i}>`));
      visitAny(
        v,
        map,
        2 * i + 1,
        new Step(
          k === null || typeof k !== "object" && typeof k !== "function"
            ? () => `.get(${describeKey(k)})`
            : `.<value of key ${i}>`,
        ),
      );
      i++;
    }
    if (plain) checkNoExtraKeys(map, 0);
  }

  function visitSet(set: Set<unknown>, plain: boolean) {
    let i = 0;
    for (const v of set) {
      visitAny(v, set, i, new Step(`.<member ${i}>`));
      i++;
    }
    if (plain) checkNoExtraKeys(set, 0);
  }

  function visitRep(value: object) {
    const m = metaOf(value);
    m.kind = "rep";
    m.rep = callRep(value);
    repDepths.push(stack.length - 1);
    const args = m.rep.args;
    for (let i = 0; i < args.length; i++) {
      visitAny(args[i], value, i, new Step(`.<rep args>[${i}]`));
    }
    repDepths.pop();
  }

  function visitOther(value: object, proto: object): number {
    if (proto === Map.prototype) {
      enter(3); // new Map([[
      visitMap(value as Map<unknown, unknown>, true);
      return K.map;
    }
    if (proto === Set.prototype) {
      enter(2); // new Set([
      visitSet(value as Set<unknown>, true);
      return K.set;
    }
    if (proto === Date.prototype || proto === RegExp.prototype) {
      enter(1); // new Date(
      checkNoExtraKeys(value, 0);
      return proto === Date.prototype ? K.date : K.regexp;
    }
    if (TYPED_PROTOS.has(proto)) {
      // new Float64Array([ ; new Uint8ClampedArray(buffer(await array(…, {
      enter(proto === Uint8ClampedArray.prototype ? 4 : 2);
      metaOf(value).path = where();
      return K.typed;
    }
    if (proto === ArrayBuffer.prototype || proto === DataView.prototype) {
      // buffer(new Uint8Array([ ; new DataView(buffer(new Uint8Array([
      enter(proto === DataView.prototype ? 4 : 3);
      metaOf(value).path = where();
      return proto === DataView.prototype ? K.dataview : K.buffer;
    }
    if (
      proto === NDArray.prototype ||
      (proto.constructor as { [RUNTIME_NDARRAY]?: unknown } | undefined)
          ?.[RUNTIME_NDARRAY] === true
    ) {
      enter(1); // new NDArray(
      const m = metaOf(value);
      m.kind = "ndarray";
      m.path = where();
      m.nd = proto === NDArray.prototype
        ? value as NDArray
        : fromRuntime(value as NDArray);
      visitAny(m.nd.data, value, 0, new Step(".data"));
      return K.ndarray;
    }
    const registered = registrationOf(proto);
    if (registered === undefined) refuseUnknown(value);
    const m = metaOf(value);
    m.kind = "registered";
    m.registered = registered;
    const base = m.base = baseOf(value);
    // restore(X, { ; restore(X, new Map([[
    enter(base === "map" ? 4 : base === "set" ? 3 : 2);
    let count = 0;
    if (base === "object") {
      visitObject(value as Record<string, unknown>, Object.keys(value), 0);
      return K.registered;
    }
    if (base === "array") {
      visitArray(value as unknown[], false);
      count = (value as unknown[]).length;
    } else if (base === "map") {
      visitMap(value as Map<unknown, unknown>, false);
      count = 2 * (value as Map<unknown, unknown>).size;
    } else {
      visitSet(value as Set<unknown>, false);
      count = (value as Set<unknown>).size;
    }
    const extra = base === "array"
      ? Object.keys(value).filter((k) => !isIndex(k))
      : Object.keys(value);
    if (extra.length > 0) {
      m.extraKeys = extra;
      visitObject(value as Record<string, unknown>, extra, count);
    }
    return K.registered;
  }

  function checkNoExtraKeys(value: object, expected: number) {
    const keys = Object.keys(value);
    if (keys.length === expected) return;
    refuseExtraKey(
      value,
      Array.isArray(value) ? keys.find((k) => !isIndex(k)) : keys[0],
    );
  }

  function refuseExtraKey(value: object, extra: string | undefined): never {
    refuse(
      `it is ${article(className(value))} with an extra property ${
        JSON.stringify(extra)
      }`,
      "only the entries of arrays, Maps and Sets and the time of Dates are saved: move the property into a plain object",
    );
  }

  function callRep(value: object): PersistRep {
    let rep: PersistRep;
    try {
      rep = (value as { [PERSIST_REP]: () => PersistRep })[PERSIST_REP]();
    } catch (error) {
      throw new TypeError(
        `Cannot archive ${where()}: its [Symbol.for("persist.rep")]() method threw: ${
          error instanceof Error ? error.message : String(error)
        }`,
        { cause: error },
      );
    }
    const ok = rep !== null && typeof rep === "object" &&
      typeof rep.module === "string" && rep.module !== "" &&
      typeof rep.export === "string" && rep.export !== "" &&
      Array.isArray(rep.args);
    if (!ok) {
      refuse(
        `its [Symbol.for("persist.rep")]() method returned ${
          rep === null || typeof rep !== "object" ? String(rep) : "an object"
        } instead of { module, export, args }`,
        "return the module and export name of the class and an array of constructor arguments",
      );
    }
    if (rep.args.length > MAX_REP_ARGS) {
      refuse(
        `its [Symbol.for("persist.rep")]() method returned ${rep.args.length} constructor arguments, ` +
          `more than the ${MAX_REP_ARGS} one call in mod.js may have (a call with tens of thousands of arguments overflows the stack of load() and import(), and V8 parses at most 65 525)`,
        "pass them as one array argument instead",
      );
    }
    return { module: rep.module, export: rep.export, args: [...rep.args] };
  }

  function fromRuntime(value: NDArray): NDArray {
    try {
      return new NDArray(value.data, value.shape, {
        order: value.order,
        dtype: value.dtype,
      });
    } catch (error) {
      throw new TypeError(
        `Cannot archive ${where()}: it is an inconsistent NDArray: ${
          (error as Error).message
        }`,
        { cause: error },
      );
    }
  }

  function baseOf(value: object): BaseKind {
    if (Array.isArray(value)) return "array";
    if (value instanceof Map) return "map";
    if (value instanceof Set) return "set";
    if (builtinBase(value) !== undefined) {
      refuse(
        `it is an instance of registered class ${
          className(value)
        }, which extends ${builtinBase(value)}`,
        'a registered class must be a plain class or extend Map, Set or Array: implement [Symbol.for("persist.rep")]() instead',
      );
    }
    return "object";
  }

  function refuseUnknown(value: object): never {
    if (value instanceof Promise) {
      refuse("it is a Promise", "await it and archive the result instead");
    }
    if (value instanceof WeakMap || value instanceof WeakSet) {
      refuse(
        `it is a ${value instanceof WeakMap ? "WeakMap" : "WeakSet"}`,
        "its entries cannot be listed; copy them into a Map or Set",
      );
    }
    if (value instanceof WeakRef) {
      refuse("it is a WeakRef", "archive the object it refers to instead");
    }
    if (
      typeof SharedArrayBuffer === "function" &&
      value instanceof SharedArrayBuffer
    ) {
      refuse(
        "it is a SharedArrayBuffer",
        "copy it into an ArrayBuffer or a typed array",
      );
    }
    if (
      value instanceof Number || value instanceof String ||
      value instanceof Boolean || value instanceof BigInt ||
      value instanceof Symbol
    ) {
      refuse(
        `it is a boxed ${className(value)} object`,
        "archive the primitive value instead (valueOf())",
      );
    }
    const name = className(value);
    const builtin = builtinBase(value);
    const what = builtin === undefined || builtin === name
      ? `it is an instance of class ${name}`
      : `it is an instance of class ${name} (a subclass of ${builtin})`;
    refuse(
      `${what}, which neither implements [Symbol.for("persist.rep")]() nor is registered`,
      `add that method to ${name} (returning { module, export, args }) or call register(${name}, { module, export }) before saving`,
    );
  }

  const rootEnds: number[] = [];
  for (const root of roots) {
    path.push(root.name);
    repDepths = [];
    const v = root.value;
    if (typeof v === "object" && v !== null) {
      visit(v, undefined, 0);
      top = 0;
    } else if (typeof v === "function" || typeof v === "symbol") {
      refusePrimitive(v);
    }
    path.pop();
    rootEnds.push(finished.length);
  }
  return {
    forIn,
    roots,
    index,
    objects,
    refs,
    metas,
    kinds,
    edgeStart,
    edgeEnds,
    edges: edges.subarray(0, edgeCount),
    edgeSlots: edgeSlots.subarray(0, edgeCount),
    finished,
    rootEnds,
  };
}

/**
 * Tells whether values are a tree of plain data: plain and null-prototype
 * objects, arrays without holes or extra properties, Dates and RegExps
 * without properties, and primitives other than functions and symbols,
 * with no object met twice (no shared objects, no cycles) and no deeper
 * than {@linkcode MAX_DEPTH}. Such values can be written in one pass
 * without a graph. Stops at the first thing that is not.
 *
 * @param roots The named values.
 * @returns Whether they form such a tree.
 */
export function isPlainTree(roots: readonly Root[]): boolean {
  if (!forInIsOwnKeys()) return false;
  const seen = new Set<object>();

  /** Whether an object (and everything under it) is plain data met once. */
  function plain(value: object, depth: number): boolean {
    if (depth >= MAX_DEPTH - 1) return false;
    const before = seen.size;
    if (seen.add(value).size === before) return false; // met before
    if (
      typeof (value as { [PERSIST_REP]?: unknown })[PERSIST_REP] === "function"
    ) return false;
    const proto = Object.getPrototypeOf(value);
    if (proto === Array.prototype) {
      const array = value as unknown[];
      const length = array.length;
      for (let i = 0; i < length; i++) {
        const v = array[i];
        if (typeof v === "object") {
          if (v !== null && !plain(v, depth + 1)) return false;
        } else if (v === undefined) {
          if (!(i in array)) return false;
        } else if (typeof v === "function" || typeof v === "symbol") {
          return false;
        }
      }
      return Object.keys(array).length === length;
    }
    if (proto === Date.prototype || proto === RegExp.prototype) {
      return Object.keys(value).length === 0;
    }
    if (proto !== Object.prototype && proto !== null) return false;
    const object = value as Record<string, unknown>;
    for (const key in object) {
      const v = object[key];
      if (typeof v === "object") {
        if (v !== null && !plain(v, depth + 1)) return false;
      } else if (typeof v === "function" || typeof v === "symbol") {
        return false;
      }
    }
    return true;
  }

  for (const { value } of roots) {
    if (typeof value === "object") {
      if (value !== null && !plain(value, 0)) return false;
    } else if (typeof value === "function" || typeof value === "symbol") {
      return false;
    }
  }
  return true;
}

/**
 * Tells whether an array is written in compact form,
 * `Object.assign(new Array(length), { index: value, … })`, rather than as a
 * literal with holes (`[1, , 3]`): when its holes number more than 8 per
 * element plus 64. Then the compact text is the shorter one (a hole takes
 * two characters, an element at most a 10-digit index and ": " more), and
 * arrays with a few holes keep their literal.
 *
 * @param length The array's length.
 * @param elements How many of its slots hold a value (`undefined` included).
 * @returns Whether it is written in compact form.
 */
export function isSparse(length: number, elements: number): boolean {
  return length - elements > 8 * (elements + 8);
}

/**
 * The indices of an array's elements, ascending, when it is sparse
 * ({@linkcode isSparse}), found by key without reading every slot;
 * `undefined` when it is not sparse.
 *
 * @param array Any array.
 * @returns The indices of its elements, or `undefined`.
 */
export function sparseIndices(array: unknown[]): number[] | undefined {
  if (!mayBeSparse(array)) return undefined;
  const n = array.length;
  const out: number[] = [];
  // Array indices come first among own keys, in ascending order.
  for (const key of Object.keys(array)) {
    const k = Number(key);
    if (String(k) !== key || !(k < n)) break;
    out.push(k);
  }
  return isSparse(n, out.length) ? out : undefined;
}

/**
 * Tells, reading as few slots as it can, whether an array may be sparse
 * ({@linkcode isSparse}): whether some first slots of it are (then only
 * counting its elements tells), or not (too many elements already).
 */
function mayBeSparse(array: unknown[]): boolean {
  const n = array.length;
  let holes = 0;
  for (let i = 0; i < n; i++) {
    if (array[i] === undefined && !(i in array)) {
      if (++holes > 8 * (i + 1 - holes + 8)) return true;
    } else if (9 * (i + 1 - holes) + 64 >= n) return false;
  }
  return false;
}

/**
 * The most constructor arguments a protocol class may ask for: each is one
 * argument of `new X(…)` in `mod.js`. V8 refuses to parse a call with more
 * than 65 525, and a call with 60 000 overflowed the stack of `load()`
 * (nested 990 levels deep) and of `import()` (at 64 500); 30 000 at 995
 * levels still loaded both ways, so 10 000 leaves a margin of three.
 */
const MAX_REP_ARGS = 10_000;

/** Whether `Map.prototype.getOrInsert` exists (not in older browsers). */
const UPSERT = typeof Map.prototype.getOrInsert === "function";

/**
 * Tells whether `for...in` over an object whose prototype is
 * `Object.prototype` (or null) lists exactly its own enumerable string keys,
 * in `Object.keys` order: true unless something added an enumerable
 * property to `Object.prototype`.
 *
 * @returns Whether plain objects may be read with `for...in`.
 */
export function forInIsOwnKeys(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const more = new Int32Array(2 * array.length);
  more.set(array);
  return more;
}

const BUILTINS: [string, abstract new (...args: never[]) => unknown][] = [
  ["Map", Map],
  ["Set", Set],
  ["Array", Array],
  ["Date", Date],
  ["RegExp", RegExp],
  ["Error", Error],
  ["ArrayBuffer", ArrayBuffer],
  ["DataView", DataView],
  ["Promise", Promise],
];

function builtinBase(value: object): string | undefined {
  if (isTypedArray(value)) {
    let proto = Object.getPrototypeOf(value);
    while (proto !== null && !TYPED_PROTOS.has(proto)) {
      proto = Object.getPrototypeOf(proto);
    }
    return proto === null ? "TypedArray" : proto.constructor.name;
  }
  for (const [name, ctor] of BUILTINS) {
    if (value instanceof ctor) return name;
  }
  return undefined;
}

function className(value: object): string {
  const ctor = (value as { constructor?: { name?: unknown } }).constructor;
  const name = typeof ctor === "function" ? ctor.name : undefined;
  return typeof name === "string" && name !== "" ? name : "(anonymous)";
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? `an ${word}` : `a ${word}`;
}

function isIndex(key: string): boolean {
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

/**
 * Writes one step of a value's path: `.name` or `["my key"]`.
 *
 * @param key A property name.
 * @returns The step.
 */
export function pathKey(key: string): string {
  const k = keyLiteral(key);
  return k[0] === '"' || k[0] === "[" ? `[${JSON.stringify(key)}]` : `.${k}`;
}

function describeKey(key: unknown): string {
  if (typeof key === "string") {
    return key.length <= 80
      ? JSON.stringify(key)
      : `${
        JSON.stringify(key.slice(0, 40)).slice(0, -1)
      }…" (${key.length} characters)`;
  }
  if (typeof key === "bigint") return `${key}n`;
  return String(key);
}
