// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { decode, decodeMulti, ExtensionCodec } from "@msgpack/msgpack";
import { FormatError } from "../errors.ts";
import { decodeNpy } from "../npy/decode.ts";
import { isTypedArray, type TypedArray } from "../npy/dtype.ts";
import { encodeNpy } from "../npy/encode.ts";
import { NDArray } from "../npy/nd_array.ts";
import {
  ARRAY_HEADER_MAX,
  EXT_HEADER_MAX,
  MsgWriter,
} from "./_msgpack_writer.ts";

/**
 * The MessagePack extension types of the default chest codec. The format is
 * documented in `docs/CHEST.md` so that other languages can read the files.
 */
export const EXT = {
  /** `undefined`; empty payload. */
  undefined: 0,
  /** The number `-0`; empty payload. */
  negativeZero: 1,
  /** A bigint; payload: its decimal digits in ASCII, with a leading `-` if negative. */
  bigint: 2,
  /** A `Map`; payload: a MessagePack array `[k1, v1, k2, v2, …]`. */
  map: 3,
  /** A `Set`; payload: a MessagePack array of the members. */
  set: 4,
  /** A typed array; payload: one kind byte (see {@linkcode TYPED_KINDS}) then the little-endian bytes. */
  typedArray: 5,
  /** An `NDArray`; payload: the bytes of a `.npy` file. */
  ndarray: 6,
  /** A string that is not well-formed UTF-16 (a lone surrogate); payload: UTF-16LE code units. */
  utf16: 7,
  /** An `ArrayBuffer`; payload: its bytes. */
  arrayBuffer: 8,
  /** A `Date` whose time is `NaN`; empty payload (valid dates use the standard timestamp type -1). */
  invalidDate: 9,
  /** A `RegExp`; payload: a MessagePack array `[source, flags]`. */
  regExp: 10,
  /** An object without prototype; payload: a MessagePack map of its entries. */
  nullObject: 11,
  /**
   * An array with holes; payload: a MessagePack array
   * `[length, i1, v1, i2, v2, …]` of the elements present, by index.
   */
  sparseArray: 12,
  /**
   * A value in which some objects are reached more than once (shared, or in
   * a cycle); payload: MessagePack objects one after another: the heads (an
   * array with one kind code or leaf per shared object), the body of each
   * shared container, then the root value. See `docs/CHEST.md`.
   */
  graph: 13,
  /** Shared object number `j` of the graph being read; payload: `j`, 4 bytes big-endian. */
  ref: 14,
} as const;

/** Kind codes of the shared containers in a graph's heads. */
const KIND = {
  object: 0,
  nullObject: 1,
  array: 2,
  sparseArray: 3,
  map: 4,
  set: 5,
} as const;

/** Typed array kinds in the order of their kind byte in {@linkcode EXT}.typedArray. */
export const TYPED_KINDS = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  Float16Array,
] as const;

/**
 * The deepest nesting of containers (arrays, objects, `Map`s, `Set`s) that
 * {@linkcode encodeValue} writes; a shared object's body starts again at
 * level 1, since what counts is the nesting of the file. Every level of a
 * `Map`, `Set`, object without prototype or array with holes is decoded by a
 * call of its own, and a fresh Deno 2.9 process runs out of stack between 900
 * and 1 200 levels of `Map`s, depending on when V8 compiles the decoder (one
 * run in eight failed at 900); Python's msgpack stops at 1 024 levels of
 * plain arrays. Half the first figure leaves room for the caller's stack.
 */
export const MAX_NESTING = 500;

/** V8's largest `Set` or `Map`. */
const MAX_SET_SIZE = 2 ** 24;

/**
 * Encodes a value with the chest's default codec: MessagePack, with
 * extension types for what MessagePack lacks (`undefined`, `-0`, bigint,
 * `Map`, `Set`, typed arrays, `NDArray`, `ArrayBuffer`, `RegExp`, strings
 * with lone surrogates, objects without prototype, arrays with holes) and
 * the standard timestamp type for `Date`. Plain objects and arrays are maps
 * and arrays. An object reached more than once (shared, or in a cycle) is
 * stored once and decodes as one object: the value is then written as a
 * graph (extension types 13 and 14), while a value without such objects
 * gives the same bytes as before graphs existed. The output is the same on
 * every Deno version and readable by any MessagePack library.
 *
 * Getters run twice: once to find the shared objects, once to write. A
 * value that answers differently the second time (a getter that caches
 * what it returns, a proxy) is refused rather than written with its shared
 * objects split.
 *
 * @example Values MessagePack alone would lose
 * ```ts
 * import { decodeValue, encodeValue } from "./codec.ts";
 * import assert from "node:assert/strict";
 *
 * const value = { a: undefined, z: -0, n: 2n ** 70n, m: new Map([[1, "x"]]) };
 * assert.deepEqual(decodeValue(encodeValue(value)), value);
 * ```
 *
 * @example Shared objects and cycles
 * ```ts
 * import { decodeValue, encodeValue } from "./codec.ts";
 * import assert from "node:assert/strict";
 *
 * const row = { n: 1 };
 * const value: Record<string, unknown> = { a: row, b: [row] };
 * value.self = value;
 * const back = decodeValue(encodeValue(value)) as typeof value;
 * assert.equal(back.a, (back.b as object[])[0]);
 * assert.equal(back.self, back);
 * ```
 *
 * @param value The value.
 * @returns The MessagePack bytes.
 * @throws {TypeError} For a function, a symbol, an instance of a class other
 * than the built-ins above, an object with symbol keys, or an array with
 * properties other than its elements; the message gives the path inside the
 * value (for a shared object, one place where it is); also for a value
 * that changed between the two passes.
 * @throws {RangeError} For containers nested more than
 * {@linkcode MAX_NESTING} levels deep (shared objects start again at level
 * 1) or more than 16 777 216 shared objects.
 */
export function encodeValue(value: unknown): Uint8Array {
  const found = findShared(value);
  const pass: Pass = {
    out: takeWriter(),
    index: undefined,
    paths: [],
    depth: 0,
    bound: Math.min(MAX_NESTING, found.depth),
    maxDepth: found.depth,
    inline: 0,
    objects: found.objects - found.shared.length,
  };
  try {
    if (found.shared.length === 0) writeItem(value, "value", "", "", pass);
    else writeGraph(value, found.shared, pass);
    if (pass.inline !== pass.objects) throw changed("value");
    return pass.out.result();
  } finally {
    giveWriter(pass.out);
  }
}

/**
 * A writer kept between calls, so that encoding many values does not grow a
 * new buffer each time; dropped past 16 MiB.
 */
let spare: MsgWriter | undefined;

function takeWriter(): MsgWriter {
  const writer = spare ?? new MsgWriter();
  spare = undefined;
  writer.pos = 0;
  return writer;
}

function giveWriter(writer: MsgWriter): void {
  if (writer.bytes.length <= 1 << 24) spare = writer;
}

/**
 * Decodes bytes made by {@linkcode encodeValue}.
 *
 * @example Decoding a typed array
 * ```ts
 * import { decodeValue, encodeValue } from "./codec.ts";
 * import assert from "node:assert/strict";
 *
 * const back = decodeValue(encodeValue(new Float32Array([1.5, 2])));
 * assert.ok(back instanceof Float32Array);
 * ```
 *
 * @param bytes MessagePack bytes.
 * @param path The file the bytes came from, for messages.
 * @returns The value.
 * @throws {FormatError} When the bytes are not valid MessagePack of this
 * codec, or are nested too deeply for the stack left (never for values of
 * {@linkcode encodeValue} decoded from an ordinary call depth).
 */
export function decodeValue(bytes: Uint8Array, path?: string): unknown {
  try {
    return decodeOne(bytes, codec());
  } catch (error) {
    const where = path === undefined ? "the value bytes" : `"${path}"`;
    if (isStackOverflow(error)) {
      throw new FormatError(
        `Cannot decode ${where}: it is nested too deeply to decode here (the stack ran out); ` +
          `the default codec writes at most ${MAX_NESTING} levels, so decode it from a shallower call or with another reader`,
        { path, cause: error },
      );
    }
    throw new FormatError(
      `Cannot decode ${where}: ${
        (error as Error).message
      }; the file is damaged or was not written by the chest's default codec`,
      { path, cause: error },
    );
  }
}

/** What pass 1 found in a value. */
interface Found {
  /** The objects reached more than once, in order. */
  shared: object[];
  /** How many distinct objects there are. */
  objects: number;
  /** The deepest level of an object, counting the root as 1. */
  depth: number;
}

/** Pushed under an object's children: met again, the walk is back up a level. */
const LEVEL_END = {};

/**
 * Pass 1: the objects reached more than once inside `value` (cycles are such
 * objects), numbered in the order they are first met, depth first in the
 * order {@linkcode writeItem} walks. Iterative, so that a long chain of shared
 * objects cannot exhaust the stack; an object met again is not walked again.
 */
function findShared(value: unknown): Found {
  if (value === null || typeof value !== "object") {
    return { shared: [], objects: 0, depth: 0 };
  }
  let seen = new Set<object>();
  const full: Set<object>[] = []; // for values of more objects than a Set holds
  let twice: Set<object> | undefined;
  const todo: object[] = [value];
  let depth = 0; // levels open above the object taken off `todo`
  let deepest = 0;
  while (todo.length > 0) {
    const object = todo.pop()!;
    if (object === LEVEL_END) {
      depth--;
      continue;
    }
    if (depth >= deepest) deepest = depth + 1;
    if (seen.size === MAX_SET_SIZE) {
      full.push(seen);
      seen = new Set();
    }
    const size = seen.size;
    seen.add(object); // one lookup: the size tells whether it was there
    if (seen.size > size) {
      if (full.length === 0 || !full.some((set) => set.has(object))) {
        todo.push(LEVEL_END);
        pushChildren(object, todo);
        if (todo[todo.length - 1] === LEVEL_END) todo.pop();
        else depth++;
        continue;
      }
      seen.delete(object);
    }
    twice ??= new Set();
    if (twice.size === MAX_SET_SIZE && !twice.has(object)) {
      throw new RangeError(
        `Cannot encode value: it has more than ${MAX_SET_SIZE} shared objects; pass dump/load to Chest.open()`,
      );
    }
    twice.add(object);
  }
  const objects = full.length * MAX_SET_SIZE + seen.size;
  if (twice === undefined) return { shared: [], objects, depth: deepest };
  const shared: object[] = [];
  for (const set of [...full, seen]) {
    for (const object of set) if (twice.has(object)) shared.push(object);
  }
  return { shared, objects, depth: deepest };
}

/**
 * Pushes the objects inside `object` that {@linkcode writeItem} would visit,
 * last first, so that they come off `todo` in order. Leaves and objects the
 * codec refuses (pass 2 names them) have nothing to follow.
 */
function pushChildren(object: object, todo: object[]): void {
  const first = todo.length;
  if (Array.isArray(object)) {
    for (let i = object.length - 1; i >= 0; i--) {
      const v = object[i];
      if (typeof v === "object" && v !== null) todo.push(v);
    }
    return;
  }
  const proto = Object.getPrototypeOf(object);
  if (proto === Object.prototype || proto === null) {
    for (const key of Object.keys(object)) {
      const v = (object as Record<string, unknown>)[key];
      if (typeof v === "object" && v !== null) todo.push(v);
    }
  } else if (object instanceof Map) {
    for (const [k, v] of object) {
      if (typeof k === "object" && k !== null) todo.push(k);
      if (typeof v === "object" && v !== null) todo.push(v);
    }
  } else if (object instanceof Set) {
    for (const v of object) {
      if (typeof v === "object" && v !== null) todo.push(v);
    }
  }
  // Pushed first to last: reverse them in place.
  for (let i = first, j = todo.length - 1; i < j; i++, j--) {
    const t = todo[i];
    todo[i] = todo[j];
    todo[j] = t;
  }
}

/** Pass 2's state: the output, the shared objects, and what it checks against pass 1. */
interface Pass {
  /** The bytes. */
  out: MsgWriter;
  /** Each shared object's number; `undefined` when there are none. */
  index: Map<object, number> | undefined;
  /** The first place pass 2 met each one, for messages. */
  paths: (string | undefined)[];
  /** Containers open around the object being written. */
  depth: number;
  /** The smaller of {@linkcode MAX_NESTING} and `maxDepth`: deeper is an error. */
  bound: number;
  /** Pass 1's deepest level; pass 2 goes deeper only if the value changed. */
  maxDepth: number;
  /** Objects written inline (not shared) so far. */
  inline: number;
  /** Pass 1's count of objects that are not shared: pass 2 writes each once. */
  objects: number;
}

/**
 * Writes a value with shared objects as one graph extension whose payload
 * is the heads, the body of each shared container, then the root.
 */
function writeGraph(value: unknown, objects: object[], pass: Pass): void {
  pass.index = new Map();
  for (let j = 0; j < objects.length; j++) pass.index.set(objects[j], j);
  // The root is written first and the bodies in order, so that each shared
  // object's place is known before its body is (pass 1 met it inside the
  // root or inside an earlier shared object); the heads go before both.
  const out = pass.out;
  const root = new MsgWriter();
  pass.out = root;
  writeItem(value, "value", "", "", pass);
  const heads = new MsgWriter();
  heads.arrayHeader(objects.length);
  const bodies = new MsgWriter();
  for (let j = 0; j < objects.length; j++) {
    const path = pass.paths[j] ?? `value (shared object #${j})`;
    // A container writes its body and gives its kind code; a leaf is its head.
    pass.out = bodies;
    const kind = writeObject(objects[j], path, pass, false);
    if (kind >= 0) heads.number(kind);
    else {
      heads.raw(bodies.bytes.subarray(-kind - 1, bodies.pos));
      bodies.pos = -kind - 1;
    }
  }
  pass.out = out;
  out.extHeader(EXT.graph, heads.pos + bodies.pos + root.pos);
  out.raw(heads.bytes.subarray(0, heads.pos));
  out.raw(bodies.bytes.subarray(0, bodies.pos));
  out.raw(root.bytes.subarray(0, root.pos));
}

/**
 * Pass 2 for an item of a container: writes it, a shared object (in
 * `pass.index`) as its reference. The item's path, `path` then `step` then
 * `key` (`step`: "." for a property, "[" for an index, " key #" and
 * " value #" in a Map, " #" in a Set), is only built when needed: for an
 * object not yet named (its own items may need it) or a refusal. Building
 * one for every number and string would cost about as much as finding the
 * shared objects.
 */
function writeItem(
  value: unknown,
  path: string,
  step: string,
  key: string | number,
  pass: Pass,
): void {
  if (typeof value !== "object" || value === null) {
    if (!writePrimitive(pass.out, value)) {
      throw refusal(value, itemPath(path, step, key));
    }
    return;
  }
  if (pass.index !== undefined) {
    const j = pass.index.get(value);
    if (j !== undefined) {
      pass.paths[j] ??= itemPath(path, step, key);
      const out = pass.out;
      out.extHeader(EXT.ref, 4);
      out.byte(j >>> 24);
      out.byte((j >>> 16) & 0xff);
      out.byte((j >>> 8) & 0xff);
      out.byte(j & 0xff);
      return;
    }
  }
  // Unchanged, a value has as many objects not shared as pass 1 counted:
  // more means a getter or proxy answered differently (or a new cycle).
  if (++pass.inline > pass.objects) {
    throw changed(itemPath(path, step, key));
  }
  writeObject(value, itemPath(path, step, key), pass, true);
}

/** The error for a value that changed between the passes. */
function changed(path: string): TypeError {
  return new TypeError(
    `Cannot encode ${
      shortPath(path)
    }: the value changed while being encoded (a getter or proxy answered differently); store plain data`,
  );
}

/** Enters a container at `path`: one level deeper, within the bounds. */
function enter(pass: Pass, path: string): void {
  if (++pass.depth <= pass.bound) return;
  if (pass.depth > pass.maxDepth) throw changed(path);
  throw new RangeError(
    `Cannot encode ${
      shortPath(path)
    }: it is nested more than ${MAX_NESTING} levels deep, more than a reader can decode; ` +
      "flatten it (a list of rows, or a Map from ids to objects), or pass dump/load to Chest.open()",
  );
}

/** A path of at most about 200 characters: long ones lose their middle. */
function shortPath(path: string): string {
  return path.length <= 200
    ? path
    : `${path.slice(0, 100)} … ${path.slice(-100)}`;
}

function itemPath(path: string, step: string, key: string | number): string {
  if (step === "") return path;
  return step === "[" ? `${path}[${key}]` : `${path}${step}${key}`;
}

const textEncoder = new TextEncoder();

/** Writes a primitive; false for a function or a symbol (refused). */
function writePrimitive(out: MsgWriter, value: unknown): boolean {
  switch (typeof value) {
    case "undefined":
      out.extHeader(EXT.undefined, 0);
      return true;
    case "number":
      if (Object.is(value, -0)) out.extHeader(EXT.negativeZero, 0);
      else out.number(value);
      return true;
    case "string":
      if (value.isWellFormed()) out.string(value);
      else out.ext(EXT.utf16, utf16(value));
      return true;
    case "bigint":
      out.ext(EXT.bigint, textEncoder.encode(String(value)));
      return true;
    case "boolean":
      out.boolean(value);
      return true;
    case "function":
    case "symbol":
      return false;
  }
  out.nil(); // null
  return true;
}

function refusal(value: unknown, path: string): TypeError {
  return new TypeError(`Cannot encode ${path}: it is a ${typeof value}`);
}

/**
 * Writes an object inside the value. With `wrap` false (for a shared
 * object's entry in a graph), a container writes its body instead of its
 * extension, map or array, and gives its kind code; a leaf gives
 * `-1 - start`, where `start` is where its bytes begin. With `wrap` true
 * the answer is 0.
 */
function writeObject(
  value: object,
  path: string,
  pass: Pass,
  wrap: boolean,
): number {
  const out = pass.out;
  const start = out.pos;
  if (Array.isArray(value)) {
    enter(pass, path);
    const kind = writeArray(value, path, pass, wrap);
    pass.depth--;
    return kind;
  }
  if (isTypedArray(value)) {
    const kind = TYPED_KINDS.indexOf(
      value.constructor as typeof TYPED_KINDS[number],
    );
    out.extHeader(EXT.typedArray, value.byteLength + 1);
    out.byte(kind);
    out.raw(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  } else if (value instanceof NDArray) {
    out.ext(EXT.ndarray, encodeNpy(value));
  } else if (value instanceof ArrayBuffer) {
    out.ext(EXT.arrayBuffer, new Uint8Array(value));
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) out.extHeader(EXT.invalidDate, 0);
    else out.timestamp(value);
  } else if (value instanceof Map) {
    enter(pass, path);
    const at = wrap ? out.begin(EXT_HEADER_MAX) : 0;
    out.arrayHeader(2 * value.size);
    let i = 0;
    for (const [k, v] of value) {
      writeItem(k, path, " key #", i, pass);
      writeItem(v, path, " value #", i++, pass);
    }
    if (i !== value.size) throw changed(path);
    pass.depth--;
    if (!wrap) return KIND.map;
    out.endExt(at, EXT.map);
    return 0;
  } else if (value instanceof Set) {
    enter(pass, path);
    const at = wrap ? out.begin(EXT_HEADER_MAX) : 0;
    out.arrayHeader(value.size);
    let i = 0;
    for (const item of value) writeItem(item, path, " #", i++, pass);
    if (i !== value.size) throw changed(path);
    pass.depth--;
    if (!wrap) return KIND.set;
    out.endExt(at, EXT.set);
    return 0;
  } else if (value instanceof RegExp) {
    const at = out.begin(EXT_HEADER_MAX);
    out.arrayHeader(2);
    out.string(value.source);
    out.string(value.flags);
    out.endExt(at, EXT.regExp);
  } else {
    return writePlain(value, path, pass, wrap);
  }
  return wrap ? 0 : -1 - start;
}

/** Writes a plain object or one without prototype (else refuses it). */
function writePlain(
  value: object,
  path: string,
  pass: Pass,
  wrap: boolean,
): number {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = value.constructor?.name ?? "an unknown class";
    throw new TypeError(
      `Cannot encode ${path}: instances of ${name} are not supported by the default codec; ` +
        "store plain data or pass dump/load to Chest.open()",
    );
  }
  if (Object.getOwnPropertySymbols(value).length > 0) {
    throw new TypeError(
      `Cannot encode ${path}: it has symbol keys, which the default codec cannot store`,
    );
  }
  enter(pass, path);
  const out = pass.out;
  const bare = proto === null;
  const at = bare && wrap ? out.begin(EXT_HEADER_MAX) : 0;
  const keys = Object.keys(value);
  out.mapHeader(keys.length);
  for (const key of keys) {
    if (key === "__proto__") {
      throw new TypeError(
        `Cannot encode ${path}: it has an own "__proto__" key, which MessagePack readers refuse`,
      );
    }
    out.string(key);
    writeItem((value as Record<string, unknown>)[key], path, ".", key, pass);
  }
  pass.depth--;
  if (!wrap) return bare ? KIND.nullObject : KIND.object;
  if (bare) out.endExt(at, EXT.nullObject);
  return 0;
}

/**
 * Writes an array: a MessagePack array, or with holes the sparse extension
 * (`[length, i1, v1, i2, v2, …]`); gives its kind code (see writeObject).
 */
function writeArray(
  value: unknown[],
  path: string,
  pass: Pass,
  wrap: boolean,
): number {
  const out = pass.out;
  const length = value.length;
  const keys = Object.keys(value).length;
  let present = 0;
  let kind: number = KIND.array;
  if (keys >= length) {
    // No hole, unless properties other than elements make up for them
    // (then refused below, after the elements, as the holes show).
    out.arrayHeader(length);
    for (let i = 0; i < length; i++) {
      const v = value[i];
      if (v === undefined && !(i in value)) continue; // a hole
      writeItem(v, path, "[", i, pass);
      present++;
    }
  } else {
    kind = KIND.sparseArray;
    const at = wrap ? out.begin(EXT_HEADER_MAX) : 0;
    const items = out.begin(ARRAY_HEADER_MAX);
    out.number(length);
    for (let i = 0; i < length; i++) {
      const v = value[i];
      if (v === undefined && !(i in value)) continue; // a hole
      out.number(i);
      writeItem(v, path, "[", i, pass);
      present++;
    }
    out.endArray(items, 1 + 2 * present);
    if (wrap) out.endExt(at, EXT.sparseArray);
  }
  if (keys !== present || Object.getOwnPropertySymbols(value).length > 0) {
    // Own keys list the indices, then "length", then the rest.
    const own = Reflect.ownKeys(value);
    const extra = own.slice(own.indexOf("length") + 1).map(String);
    throw new TypeError(
      `Cannot encode ${path}: the array has properties other than its elements (${
        extra.slice(0, 3).join(", ")
      }), which the default codec would drop; store them in a plain object, or pass dump/load to Chest.open()`,
    );
  }
  return wrap ? 0 : kind;
}

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) {
    view.setUint16(i * 2, text.charCodeAt(i), true);
  }
  return bytes;
}

let cached: ExtensionCodec | undefined;

/** Decodes the one MessagePack object of `data`, after {@linkcode checkLengths}. */
function decodeOne(data: Uint8Array, c: ExtensionCodec): unknown {
  checkLengths(data);
  return decode(data, { extensionCodec: c });
}

/**
 * Throws unless the arrays and maps of the MessagePack objects in `data`
 * (one after another) declare no more elements than the bytes hold, at least
 * one byte each. The decoder makes an array of the declared length before it
 * reads the elements, so a damaged header of 5 bytes would otherwise cost
 * 256 MiB, and a few nested ones all the memory there is. Extension payloads
 * are skipped: each is checked when it is decoded, so every byte is looked
 * at once.
 */
function checkLengths(data: Uint8Array): void {
  const end = data.length;
  let at = 0;
  let due = 0; // elements the open arrays and maps still hold
  const read = (bytes: number): number => {
    if (at + bytes > end) throw new RangeError("the data ends inside a header");
    let n = 0;
    for (let k = 0; k < bytes; k++) n = n * 256 + data[at++];
    return n;
  };
  while (at < end) {
    if (due > 0) due--;
    const start = at;
    const b = data[at++];
    let elements = 0;
    let skip = 0;
    if (b <= 0x7f || b >= 0xe0) {
      // a fixint
    } else if (b <= 0x8f) elements = 2 * (b & 0x0f);
    else if (b <= 0x9f) elements = b & 0x0f;
    else if (b <= 0xbf) skip = b & 0x1f;
    else {
      switch (b) {
        case 0xc4: // bin 8, 16, 32 and str 8, 16, 32
        case 0xd9:
          skip = read(1);
          break;
        case 0xc5:
        case 0xda:
          skip = read(2);
          break;
        case 0xc6:
        case 0xdb:
          skip = read(4);
          break;
        case 0xc7: // ext 8, 16, 32: length, type, payload
          skip = read(1) + 1;
          break;
        case 0xc8:
          skip = read(2) + 1;
          break;
        case 0xc9:
          skip = read(4) + 1;
          break;
        case 0xcc: // uint 8 to 64, int 8 to 64, float 32 and 64
        case 0xd0:
          skip = 1;
          break;
        case 0xcd:
        case 0xd1:
          skip = 2;
          break;
        case 0xca:
        case 0xce:
        case 0xd2:
          skip = 4;
          break;
        case 0xcb:
        case 0xcf:
        case 0xd3:
          skip = 8;
          break;
        case 0xd4: // fixext 1 to 16: type, payload
        case 0xd5:
        case 0xd6:
        case 0xd7:
        case 0xd8:
          skip = 1 + (1 << (b - 0xd4));
          break;
        case 0xdc:
          elements = read(2);
          break;
        case 0xdd:
          elements = read(4);
          break;
        case 0xde:
          elements = 2 * read(2);
          break;
        case 0xdf:
          elements = 2 * read(4);
          break;
          // 0xc0 nil, 0xc2 false, 0xc3 true; 0xc1 is left to the decoder
      }
    }
    at += skip;
    if (at > end) {
      throw new RangeError(
        `the data ends inside the object at byte ${start} (of ${end})`,
      );
    }
    due += elements;
    if (due > end - at) {
      throw new RangeError(
        `the array or map at byte ${start} declares ${elements} elements: ${due} due in all, more than the ${
          end - at
        } bytes after it hold`,
      );
    }
  }
  if (due > 0) throw new RangeError("the data ends inside an array or a map");
}

/** The stack ran out (V8's error for it). */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError &&
    error.message.includes("Maximum call stack size exceeded");
}

/** The decoding side, built on first use so that importing costs nothing. */
function codec(): ExtensionCodec {
  if (cached !== undefined) return cached;
  const c = new ExtensionCodec();
  const nested = (data: Uint8Array) => decodeOne(data, c) as unknown[];
  const add = (type: number, fn: (data: Uint8Array) => unknown) =>
    c.register({ type, encode: () => null, decode: fn });
  add(EXT.undefined, () => undefined);
  add(EXT.negativeZero, () => -0);
  add(EXT.bigint, (data) => BigInt(new TextDecoder().decode(data)));
  add(EXT.map, (data) => {
    const flat = nested(data);
    const map = new Map();
    for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
    return map;
  });
  add(EXT.set, (data) => new Set(nested(data)));
  add(EXT.typedArray, (data) => {
    const Kind = TYPED_KINDS[data[0]];
    if (Kind === undefined) {
      throw new RangeError(`unknown typed array kind ${data[0]}`);
    }
    const body = data.slice(1);
    if (body.byteLength % Kind.BYTES_PER_ELEMENT !== 0) {
      throw new RangeError(
        `${Kind.name} payload of ${body.byteLength} bytes is not a whole number of elements`,
      );
    }
    return new Kind(body.buffer) as TypedArray;
  });
  add(EXT.ndarray, (data) => decodeNpy(data.slice()));
  add(EXT.utf16, (data) => {
    const units = new Uint16Array(data.slice().buffer);
    let text = "";
    for (let i = 0; i < units.length; i += 4096) {
      text += String.fromCharCode(...units.subarray(i, i + 4096));
    }
    return text;
  });
  add(EXT.arrayBuffer, (data) => data.slice().buffer);
  add(EXT.invalidDate, () => new Date(NaN));
  add(EXT.regExp, (data) => {
    const [source, flags] = nested(data) as [string, string];
    return new RegExp(source, flags);
  });
  add(EXT.nullObject, (data) => {
    const entries = decodeOne(data, c);
    if (
      entries === null || typeof entries !== "object" ||
      Object.getPrototypeOf(entries) !== Object.prototype
    ) throw new RangeError("a null-prototype object's payload is not a map");
    return Object.assign(Object.create(null), entries);
  });
  add(
    EXT.sparseArray,
    (data) => fillSparse([], nested(data), "a sparse array"),
  );
  add(EXT.graph, (data) => decodeGraph(data, c));
  add(EXT.ref, resolveRef);
  cached = c;
  return c;
}

/**
 * The shared objects of the graphs being decoded, innermost last (a graph
 * holds another only in a hand-made file); `undefined` while a graph's heads
 * are read. References resolve in the last one, also from the nested
 * decodes of extension payloads. Decoding is synchronous, so one stack
 * serves every call.
 */
const graphs: (unknown[] | undefined)[] = [];

/** Extension type 13: heads, then the bodies filling the shells, then the root. */
function decodeGraph(data: Uint8Array, c: ExtensionCodec): unknown {
  checkLengths(data);
  const parts = decodeMulti(data, { extensionCodec: c });
  const at = graphs.push(undefined) - 1;
  try {
    const heads = parts.next();
    if (heads.done) throw new RangeError("a graph is empty");
    if (!Array.isArray(heads.value)) {
      throw new RangeError("a graph's heads are not an array");
    }
    const kinds = heads.value;
    const shells = kinds.map(shellFor);
    graphs[at] = shells;
    for (let j = 0; j < kinds.length; j++) {
      if (typeof kinds[j] !== "number") continue; // a leaf: complete
      const body = parts.next();
      if (body.done) {
        throw new RangeError(`a graph ends before ${bodyName(j)}`);
      }
      fill(shells[j], kinds[j], body.value, j);
    }
    const root = parts.next();
    if (root.done) throw new RangeError("a graph ends before its root");
    if (!parts.next().done) {
      throw new RangeError("a graph has more objects after its root");
    }
    return root.value;
  } finally {
    graphs.pop();
    parts.return();
  }
}

function bodyName(j: number): string {
  return `the body of shared object #${j}`;
}

/** The object a head stands for: an empty container of its kind, or the leaf itself. */
function shellFor(head: unknown, j: number): unknown {
  switch (head) {
    case KIND.object:
      return {};
    case KIND.nullObject:
      return Object.create(null);
    case KIND.array:
    case KIND.sparseArray:
      return [];
    case KIND.map:
      return new Map();
    case KIND.set:
      return new Set();
  }
  if (
    head instanceof Date || head instanceof RegExp ||
    head instanceof ArrayBuffer || isTypedArray(head) ||
    head instanceof NDArray
  ) return head;
  throw new RangeError(
    `head #${j} of a graph is neither a kind code (0 to 5) nor a Date, RegExp, typed array, ArrayBuffer or NDArray`,
  );
}

/** Fills shared object `j`'s shell with its body, in order. */
function fill(shell: unknown, kind: number, body: unknown, j: number): void {
  const wrong = (expected: string) =>
    new RangeError(`${bodyName(j)} (kind ${kind}) is not ${expected}`);
  switch (kind) {
    case KIND.object:
    case KIND.nullObject:
      if (
        body === null || typeof body !== "object" ||
        Object.getPrototypeOf(body) !== Object.prototype
      ) throw wrong("a map");
      Object.assign(shell as object, body);
      return;
    case KIND.array: {
      if (!Array.isArray(body)) throw wrong("an array");
      const array = shell as unknown[];
      for (let i = 0; i < body.length; i++) array[i] = body[i];
      return;
    }
    case KIND.sparseArray:
      fillSparse(shell as unknown[], body, bodyName(j));
      return;
    case KIND.map: {
      if (!Array.isArray(body) || body.length % 2 !== 0) {
        throw wrong("an array of keys and values");
      }
      const map = shell as Map<unknown, unknown>;
      for (let i = 0; i < body.length; i += 2) map.set(body[i], body[i + 1]);
      return;
    }
    case KIND.set: {
      if (!Array.isArray(body)) throw wrong("an array");
      const set = shell as Set<unknown>;
      for (const member of body) set.add(member);
      return;
    }
  }
}

/** Fills `array` from `[length, i1, v1, i2, v2, …]` (extension 12's payload). */
function fillSparse(array: unknown[], flat: unknown, what: string): unknown[] {
  if (!Array.isArray(flat) || flat.length % 2 !== 1) {
    throw new RangeError(`${what}'s payload is damaged`);
  }
  const length = flat[0];
  if (!Number.isInteger(length) || length < 0 || length >= 2 ** 32) {
    throw new RangeError(`${what}'s length is damaged`);
  }
  array.length = length;
  let last = -1;
  for (let k = 1; k < flat.length; k += 2) {
    const i = flat[k];
    if (!Number.isInteger(i) || i <= last || i >= length) {
      throw new RangeError(`${what}'s indices are damaged`);
    }
    array[i] = flat[k + 1];
    last = i;
  }
  return array;
}

/** Extension type 14: a shared object of the graph being decoded. */
function resolveRef(data: Uint8Array): unknown {
  if (graphs.length === 0) {
    throw new RangeError("a reference (extension type 14) outside a graph");
  }
  const shells = graphs[graphs.length - 1];
  if (shells === undefined) {
    throw new RangeError("a reference inside the heads of a graph");
  }
  if (data.length !== 4) {
    throw new RangeError(
      `a reference's payload is ${data.length} bytes, not 4`,
    );
  }
  const j = ((data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3]) >>>
    0;
  if (j >= shells.length) {
    throw new RangeError(
      `a reference to shared object #${j}, but its graph has ${shells.length}`,
    );
  }
  return shells[j];
}
