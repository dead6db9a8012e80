// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// Writes the module text of an archive from its value graph: one constant
// per shared object, children before parents, cycles closed by statements at
// the end, big arrays referenced by file. Same graph, same bytes.
//
// Layout: a value is written on one line when it fits in WIDTH columns,
// otherwise one entry per line (arrays of primitives: as many per line as
// fit). Text goes into one array of pieces, joined once at the end; a
// one-line attempt that runs past the width is cut off and taken back, so
// every value is written about once.

import { descrOf, type NDArray, type TypedArray } from "../npy/mod.ts";
import type { ArrayRef } from "./array_store.ts";
import {
  type Graph,
  isPlainTree,
  K,
  MAX_DEPTH,
  type Meta,
  pathKey,
  type Root,
} from "./_graph.ts";
import { PERSIST_REP } from "./register.ts";
import { writeNumber } from "./_number.ts";
import {
  END_LINE,
  FORMAT_VERSION,
  HEADER_PREFIX,
  isIdentifierName,
  isPlainName,
  keyLiteral,
  ModuleLengthError,
  numberLiteral,
  RUNTIME_SPECIFIER,
  stringLiteral,
} from "./_syntax.ts";

/** Options of {@linkcode emit}. */
export interface EmitOptions {
  /** Arrays with more elements than this go to array files. */
  arrayThreshold: number;
  /** How `mod.js` refers to the array stored under a name. */
  ref: (name: string) => ArrayRef;
  /** Whether the module's single value is its default export. */
  single: boolean;
}

/** An array to be stored in an array file. */
export interface ArrayEntry {
  /** The name it is stored under (unique in the archive). */
  name: string;
  /** The array. */
  array: NDArray | TypedArray;
}

/** The module text and the arrays it refers to. */
export interface Emitted {
  /** The text of `mod.js`, UTF-8 encoded, in pieces: header, body, end. */
  chunks: Uint8Array[];
  /** The arrays to store beside it, in the order the text names them. */
  arrays: ArrayEntry[];
  /** Whether the text imports helpers from `_persist.js`. */
  runtime: boolean;
  /**
   * Hands the body's buffer to the next emit (which then writes over it):
   * call it once the chunks are no longer needed, or never.
   */
  release(): void;
}

/** The first lines of every module: the format version, then a hint. */
export const HEADER_LINES: readonly string[] = [
  `${HEADER_PREFIX}${FORMAT_VERSION}`,
  "// Plain JavaScript: import() it, or load() it with @persist/persist, which",
  "// reads it without running it. Before editing, see docs/FORMAT.md there.",
];

const WIDTH = 80;
const encoder = new TextEncoder();

/**
 * A buffer kept between emits, so that writing many archives does not grow
 * a new buffer each time; an emit takes it, and gives it back when its text
 * has been written (`Emitted.release`). It is dropped past 64 MiB.
 */
let scratch: Uint8Array | undefined;

function takeScratch(): Uint8Array {
  const buf = scratch ?? new Uint8Array(1 << 16);
  scratch = undefined;
  return buf;
}

function giveScratch(buf: Uint8Array) {
  if (buf.length <= 1 << 26) scratch = buf;
}
const INDENT = "  ";

/**
 * Writes the module text of an archive.
 *
 * @param graph The walked values.
 * @param options Threshold, array references and single-value mode.
 * @returns The text and the arrays to store.
 */
export function emit(graph: Graph, options: EmitOptions): Emitted {
  return new Emitter(graph, options).run();
}

/**
 * Writes the module text of an archive whose values are a tree of plain
 * objects, arrays, primitives, Dates and RegExps without building a graph:
 * a quick check ({@linkcode isPlainTree}: identity, kinds, holes, extra
 * properties) and one writing pass, which give byte for byte what
 * {@linkcode emit} writes for the walked values. Gives up (returns `undefined`) when the values are
 * not such a tree (shared objects, cycles, other kinds, anything that would
 * be refused, names that are not plain); then `emit(walk(roots))` does the
 * work and reports refusals. Giving up early costs only the check.
 *
 * @param roots The named values.
 * @param options Threshold, array references and single-value mode.
 * @returns The text, or `undefined` when the values are not such a tree.
 */
export function emitTree(
  roots: readonly Root[],
  options: EmitOptions,
): Emitted | undefined {
  if (!isPlainTree(roots)) return undefined;
  const emitter = new Emitter(undefined, options);
  try {
    return emitter.runTree(roots);
  } catch (error) {
    if (error !== GIVE_UP) throw error;
    emitter.discard();
    return undefined;
  }
}

/** Thrown by the writer when a value read again is not the one walked. */
class ChangedError extends TypeError {}

/** Thrown inside the tree writer when the values need the graph. */
const GIVE_UP = Symbol("give up");

/** The graph of no values, for the tree writer. */
const NO_GRAPH: Graph = {
  forIn: true,
  roots: [],
  index: new Map(),
  objects: [],
  refs: new Uint32Array(0),
  metas: [],
  kinds: new Uint8Array(0),
  edgeStart: new Int32Array(0),
  edgeEnds: new Int32Array(0),
  edges: new Int32Array(0),
  edgeSlots: new Int32Array(0),
  finished: [],
  rootEnds: [],
};

class Emitter {
  readonly #graph: Graph;
  readonly #objects: object[];
  readonly #metas: (Meta | undefined)[];
  readonly #kinds: Uint8Array;
  readonly #edgeStart: Int32Array;
  readonly #edges: Int32Array;
  readonly #edgeSlots: Int32Array;
  readonly #edgeEnds: Int32Array;
  /** The end of the edges of the object whose children are being written. */
  #edgeLimit = 0;
  readonly #options: EmitOptions;
  readonly #forIn: boolean;
  readonly #helpers = new Set<string>();
  readonly #classLocals = new Map<string, string>();
  readonly #arrays: ArrayEntry[] = [];
  #temp = 0;
  /** Where each entry of the object being written on one line starts. */
  #marks = new Int32Array(64);
  /** The UTF-8 text written so far: `#buf` up to `#len`. */
  #buf = takeScratch();
  #len = 0;

  constructor(graph: Graph | undefined, options: EmitOptions) {
    graph ??= NO_GRAPH;
    this.#graph = graph;
    this.#objects = graph.objects;
    this.#metas = graph.metas;
    this.#kinds = graph.kinds;
    this.#edgeStart = graph.edgeStart;
    this.#edges = graph.edges;
    this.#edgeSlots = graph.edgeSlots;
    this.#edgeEnds = graph.edgeEnds;
    this.#edgeLimit = graph.edges.length;
    this.#options = options;
    this.#forIn = graph.forIn;
  }

  run(): Emitted {
    const { roots, rootEnds } = this.#graph;
    this.#plan();
    const exports: string[] = [];
    let start = 0;
    for (let r = 0; r < roots.length; r++) {
      try {
        this.#root(r, start, exports);
      } catch (error) {
        throw inRoot(error, roots[r].name);
      }
      start = rootEnds[r];
    }
    return this.#finish(exports, this.#fixups());
  }

  /** Writes root `r`: the constants first met under it, then itself. */
  #root(r: number, start: number, exports: string[]) {
    const { roots, finished, rootEnds, index } = this.#graph;
    const { single } = this.#options;
    const metas = this.#metas;
    for (let k = start; k < rootEnds[r]; k++) {
      const i = finished[k];
      const m = metas[i];
      if (m?.name === undefined) continue;
      this.#put(`${m.exportDecl ? "export " : ""}const ${m.name} = `);
      this.#node(i, "", 20 + m.name.length);
      this.#put(";\n");
    }
    const { name, value } = roots[r];
    let local: string;
    if (value !== null && typeof value === "object") {
      const m = metas[index.get(value)!]!;
      local = m.name!;
      if (m.exportDecl && local === name) return;
    } else {
      const plain = isPlainName(name);
      local = plain ? name : this.#newTemp();
      const exported = plain && !single;
      this.#put(
        `${exported ? "export const" : "const"} ${local} = ${
          literal(value)
        };\n`,
      );
      if (exported) return;
    }
    exports.push(
      single
        ? `export default ${local};`
        : `export { ${local} as ${
          isIdentifierName(name) ? name : stringLiteral(name)
        } };`,
    );
  }

  /** The module of a tree of plain values, without a graph (see emitTree). */
  runTree(roots: readonly Root[]): Emitted {
    const { single } = this.#options;
    const exports: string[] = [];
    for (const { name, value } of roots) {
      if (!isPlainName(name)) throw GIVE_UP;
      if (value !== null && typeof value === "object") {
        this.#put(`${single ? "" : "export "}const ${name} = `);
        try {
          this.#treeNode(value, "", 20 + name.length, 0);
        } catch (error) {
          throw inRoot(error, name);
        }
        this.#put(";\n");
      } else {
        if (typeof value === "function" || typeof value === "symbol") {
          throw GIVE_UP;
        }
        let text: string;
        try {
          text = literal(value);
        } catch (error) {
          throw inRoot(error, name);
        }
        this.#put(`${single ? "const" : "export const"} ${name} = ${text};\n`);
      }
      if (single) exports.push(`export default ${name};`);
    }
    return this.#finish(exports, []);
  }

  /** Gives the buffer back after giving up. */
  discard() {
    giveScratch(this.#buf);
  }

  /** The module: header and imports, the text written, cycles, exports. */
  #finish(exports: string[], fixups: string[]): Emitted {
    const head = [...HEADER_LINES, ""];
    const imports = this.#imports();
    if (imports.length > 0) head.push(...imports, "");
    let tail = "";
    if (fixups.length > 0) {
      tail +=
        "\n// Cycles: these statements point back to objects defined above.\n" +
        fixups.join("\n") + "\n";
    }
    if (exports.length > 0) tail += "\n" + exports.join("\n") + "\n";
    tail += "\n" + END_LINE + "\n";
    const buf = this.#buf;
    let released = false;
    return {
      chunks: [
        encoder.encode(head.join("\n") + "\n"),
        buf.subarray(0, this.#len),
        encoder.encode(tail),
      ],
      arrays: this.#arrays,
      runtime: this.#helpers.size > 0,
      release() {
        if (!released) giveScratch(buf);
        released = true;
      },
    };
  }

  /** Decides names, class imports and array files before any text. */
  #plan() {
    const { roots, finished, refs, objects, metas, index } = this.#graph;
    const { single, arrayThreshold } = this.#options;
    const named = new Uint8Array(objects.length);
    const taken = new Set<string>();
    for (const { name, value } of roots) {
      if (isPlainName(name)) taken.add(name);
      if (value === null || typeof value !== "object") continue;
      const i = index.get(value)!;
      named[i] = 1;
      const m = metaAt(metas, i);
      if (m.name === undefined && isPlainName(name)) {
        m.name = name;
        m.exportDecl = !single;
      }
    }
    const classes = new Map<string, { module: string; export: string }>();
    for (let k = 0; k < finished.length; k++) {
      const i = finished[k];
      if (refs[i] > 1) named[i] = 1;
      const m = metas[i];
      if (m === undefined) continue;
      if (m.backSlots !== undefined) named[i] = 1;
      const cls = m.rep ?? m.registered;
      if (cls !== undefined) classes.set(`${cls.module}\0${cls.export}`, cls);
      if (m.kind === "ndarray") {
        const data = m.nd!.data;
        const d = index.get(data)!;
        if (refs[d] === 1 && !(data instanceof Uint8ClampedArray)) {
          // Unshared data is written with its array: one N-D file.
          metaAt(metas, d).owned = true;
          if (m.nd!.size > arrayThreshold) m.file = "";
        }
      }
    }
    for (let k = 0; k < finished.length; k++) {
      const i = finished[k];
      const m = metas[i];
      if (m === undefined || m.owned || m.kind !== undefined) continue;
      if (m.path === undefined) continue;
      const object = objects[i];
      const size = ArrayBuffer.isView(object)
        ? (object instanceof DataView
          ? object.byteLength
          : (object as TypedArray).length)
        : (object as ArrayBuffer).byteLength;
      if (size > arrayThreshold) m.file = "";
    }
    const sorted = [...classes.values()].sort((a, b) =>
      compare(a.module, b.module) || compare(a.export, b.export)
    );
    for (const cls of sorted) {
      this.#classLocals.set(
        `${cls.module}\0${cls.export}`,
        localFor(cls.export, taken),
      );
    }
    const files = new Set<string>();
    for (let k = 0; k < finished.length; k++) {
      const i = finished[k];
      if (named[i] === 1 && metas[i]?.name === undefined) {
        metaAt(metas, i).name = this.#newTemp();
      }
      const m = metas[i];
      if (m?.file === "") {
        m.file = fileName(m.path, files);
        this.#arrays.push({ name: m.file, array: arrayOf(objects[i], m) });
      }
    }
  }

  #newTemp(): string {
    return `_v${++this.#temp}`;
  }

  #imports(): string[] {
    const lines: string[] = [];
    if (this.#helpers.size > 0) {
      const names = [...this.#helpers].sort(compare);
      lines.push(
        `import { ${names.join(", ")} } from ${
          stringLiteral(RUNTIME_SPECIFIER)
        };`,
      );
    }
    const byModule = new Map<string, string[]>();
    for (const [key, local] of this.#classLocals) {
      const [module, name] = key.split("\0");
      const imported = isIdentifierName(name) ? name : stringLiteral(name);
      const spec = imported === local ? local : `${imported} as ${local}`;
      const list = byModule.get(module) ?? [];
      list.push(spec);
      byModule.set(module, list);
    }
    for (const [module, specs] of byModule) {
      lines.push(
        `import { ${specs.join(", ")} } from ${stringLiteral(module)};`,
      );
    }
    return lines;
  }

  #helper(name: string): string {
    this.#helpers.add(name);
    return name;
  }

  #classLocal(cls: { module: string; export: string }): string {
    return this.#classLocals.get(`${cls.module}\0${cls.export}`)!;
  }

  /** Appends text (UTF-8). */
  #put(text: string) {
    const n = text.length;
    if (this.#len + 3 * n > this.#buf.length) this.#grow(3 * n);
    const buf = this.#buf;
    let p = this.#len;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) {
        p += encoder.encodeInto(text.slice(k), buf.subarray(p)).written;
        break;
      }
      buf[p++] = c;
    }
    this.#len = p;
  }

  /** Appends one ASCII byte. */
  #one(c: number) {
    if (this.#len === this.#buf.length) this.#grow(1);
    this.#buf[this.#len++] = c;
  }

  /** Appends two ASCII bytes. */
  #two(a: number, b: number) {
    if (this.#len + 2 > this.#buf.length) this.#grow(2);
    this.#buf[this.#len++] = a;
    this.#buf[this.#len++] = b;
  }

  /** Appends pre-encoded bytes. */
  #bytes(bytes: Uint8Array) {
    const n = bytes.length;
    if (this.#len + n > this.#buf.length) this.#grow(n);
    const buf = this.#buf;
    let p = this.#len;
    for (let k = 0; k < n; k++) buf[p++] = bytes[k];
    this.#len = p;
  }

  #grow(extra: number) {
    let size = this.#buf.length * 2;
    while (size < this.#len + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.#buf.subarray(0, this.#len));
    this.#buf = grown;
  }

  /** Appends a primitive's literal, with fast paths for plain cases. */
  #putLiteral(value: unknown) {
    switch (typeof value) {
      case "string":
        this.#putString(value);
        return;
      case "number": {
        if (this.#len + 32 > this.#buf.length) this.#grow(32);
        const end = writeNumber(this.#buf, this.#len, value);
        if (end >= 0) this.#len = end;
        else this.#put(numberLiteral(value));
        return;
      }
      case "boolean":
        this.#bytes(value ? TRUE : FALSE);
        return;
      default:
        this.#put(literal(value));
    }
  }

  /** Appends a string literal; plain ASCII strings are copied as they are. */
  #putString(text: string) {
    const n = text.length;
    if (this.#len + n + 2 > this.#buf.length) this.#grow(n + 2);
    const buf = this.#buf;
    const start = this.#len;
    let p = start;
    buf[p++] = 34;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x20 || c === 34 || c === 92 || c === 60 || c >= 0x7f) {
        this.#len = start;
        this.#put(stringLiteral(text));
        return;
      }
      buf[p++] = c;
    }
    buf[p++] = 34;
    this.#len = p;
  }

  // -- objects -----------------------------------------------------------------------

  /**
   * Writes object `i`'s expression at an indentation: on one line when it
   * fits after `used` columns, otherwise over several lines.
   */
  #node(i: number, indent: string, used = 0) {
    const kind = this.#kinds[i];
    if ((kind === K.object || kind === K.nullObject) && this.#forIn) {
      this.#plainNode(i, indent, used);
      return;
    }
    const markLen = this.#len;
    const limit = markLen + Math.max(WIDTH - indent.length - used, 24);
    if (this.#flat(i, limit)) return;
    this.#len = markLen;
    this.#lines(i, indent);
  }

  /**
   * The object child at edge `e`, for a slot where the writer read an
   * object. The walk met an object in that same slot unless a getter gave
   * a primitive there then and an object now (or the other way round, which
   * shifts the slots of the edges after it): writing on would put objects
   * in the wrong places, so that is refused. A getter that gives another
   * object each time is fine: the object walked is the one written.
   */
  #edge(e: number, slot: number): number {
    if (this.#edgeSlots[e] !== (slot | 0) || e >= this.#edgeLimit) {
      throw new ChangedError();
    }
    return this.#edges[e];
  }

  /**
   * Checks that a plain object written whole (`e` is where its edges were
   * read up to; negative: not written whole) read all its object children
   * the walk met: a getter that gave the walk an object in its last object
   * slot and the writer a primitive leaves one unread.
   *
   * @returns `e`.
   */
  #allRead(e: number): number {
    if (e >= 0 && e !== this.#edgeLimit) throw new ChangedError();
    return e;
  }

  /** Writes the value of a slot whose child object (if any) is `c`. */
  #child(c: number, holder: Meta | undefined, slot: number, indent: string) {
    const name = this.#metas[c]?.name;
    if (name !== undefined) {
      this.#put(holder?.backSlots?.has(slot) ? "null" : name);
    } else this.#node(c, indent, 0);
  }

  /** Like `#child`, on one line; false when the text passes `limit`. */
  #flatChild(
    c: number,
    holder: Meta | undefined,
    slot: number,
    limit: number,
  ): boolean {
    const name = this.#metas[c]?.name;
    if (name !== undefined) {
      this.#put(holder?.backSlots?.has(slot) ? "null" : name);
      return this.#len <= limit;
    }
    return this.#flat(c, limit);
  }

  /** Writes object `i` on one line; false as soon as the text passes `limit`. */
  #flat(i: number, limit: number): boolean {
    const outer = this.#edgeLimit;
    this.#edgeLimit = this.#edgeEnds[i];
    try {
      const object = this.#objects[i];
      const m = this.#metas[i];
      let e = this.#edgeStart[i];
      switch (this.#kinds[i]) {
        case K.object:
        case K.nullObject:
          return this.#allRead(
            this.#forIn
              ? this.#flatPlain(
                object as Record<string, unknown>,
                m,
                e,
                this.#kinds[i] === K.nullObject,
                limit,
              )
              : this.#flatObject(
                object as Record<string, unknown>,
                Object.values(object),
                m,
                Object.keys(object),
                0,
                e,
                this.#kinds[i] === K.nullObject,
                limit,
              ),
          ) >= 0;
        case K.array:
          return this.#flatArray(object as unknown[], m, e, limit) >= 0;
        case K.map:
          return this.#flatMap(object as Map<unknown, unknown>, m, e, limit) >=
            0;
        case K.set:
          return this.#flatSet(object as Set<unknown>, m, e, limit) >= 0;
        case K.typed:
          if (m?.file !== undefined) this.#put(this.#typedFile(object, m));
          else this.#flatTyped(object as TypedArray, limit);
          return this.#len <= limit;
        case K.buffer:
        case K.dataview:
          this.#put(this.#bufferOpen(object));
          if (m?.file !== undefined) this.#put(this.#fileCall("array", m));
          else this.#flatTyped(bytesOf(object), limit);
          this.#put(this.#bufferClose(object));
          return this.#len <= limit;
        case K.ndarray:
          if (m!.file !== undefined) {
            this.#put(this.#fileCall("ndarray", m!));
            return this.#len <= limit;
          }
          this.#put(`new ${this.#helper("NDArray")}(`);
          if (!this.#ndData(m!, e, "", limit)) return false;
          this.#put(ndTail(m!.nd!));
          return this.#len <= limit;
        case K.rep: {
          this.#put(`new ${this.#classLocal(m!.rep!)}(`);
          const args = m!.rep!.args;
          for (let k = 0; k < args.length; k++) {
            if (k > 0) this.#put(", ");
            const v = args[k];
            if (typeof v === "object" && v !== null) {
              if (!this.#flatChild(this.#edges[e++], m, k, limit)) return false;
            } else this.#putLiteral(v);
            if (this.#len > limit) return false;
          }
          this.#put(")");
          return this.#len <= limit;
        }
        case K.registered: {
          this.#put(
            `${this.#helper("restore")}(${this.#classLocal(m!.registered!)}, `,
          );
          e = this.#flatBase(object, m!, e, limit);
          if (e < 0) return false;
          if (m!.extraKeys !== undefined) {
            this.#put(", ");
            const first = baseCount(object, m!);
            if (
              this.#flatObject(
                object as Record<string, unknown>,
                undefined,
                m,
                m!.extraKeys,
                first,
                e,
                false,
                limit,
              ) < 0
            ) return false;
          }
          this.#put(")");
          return this.#len <= limit;
        }
        default:
          this.#put(atomText(object));
          return this.#len <= limit;
      }
    } finally {
      this.#edgeLimit = outer;
    }
  }

  /** Returns the next edge position, or -1 when past the limit. */
  #flatObject(
    object: Record<string, unknown>,
    vals: unknown[] | undefined,
    m: Meta | undefined,
    keys: string[],
    first: number,
    e: number,
    nullProto: boolean,
    limit: number,
  ): number {
    if (keys.length === 0) {
      this.#put(nullProto ? "{ __proto__: null }" : "{}");
      return this.#len <= limit ? e : -1;
    }
    if (nullProto) this.#put("{ __proto__: null, ");
    else this.#two(123, 32); // "{ "
    for (let k = 0; k < keys.length; k++) {
      if (k > 0) this.#two(44, 32); // ", "
      const key = keys[k];
      const value = vals === undefined ? object[key] : vals[k];
      if (typeof value !== "object" || value === null) {
        this.#bytes(cachedKey(key));
        this.#putLiteral(value);
      } else {
        const c = this.#edge(e++, first + k);
        if (this.#shorthand(key, c, m, first + k)) this.#put(key);
        else {
          this.#bytes(cachedKey(key));
          if (!this.#flatChild(c, m, first + k, limit)) return -1;
        }
      }
      if (this.#len > limit) return -1;
    }
    this.#two(32, 125); // " }"
    return this.#len <= limit ? e : -1;
  }

  /**
   * Writes a plain (or null-prototype) object at an indentation, reading
   * its entries with `for...in`: on one line while it fits after `used`
   * columns; when the line runs past its limit, the entries written so far
   * are moved into the multi-line layout in place (an entry's text is the
   * same in both layouts) and the rest are written one per line. The bytes
   * are those of trying one line and starting over, without writing the
   * entries twice.
   */
  #plainNode(i: number, indent: string, used: number): void {
    const outer = this.#edgeLimit;
    this.#edgeLimit = this.#edgeEnds[i];
    try {
      const object = this.#objects[i] as Record<string, unknown>;
      const m = this.#metas[i];
      const nullProto = this.#kinds[i] === K.nullObject;
      let e = this.#edgeStart[i];
      const start = this.#len;
      const limit = start + Math.max(WIDTH - indent.length - used, 24);
      const innerLen = indent.length + INDENT.length;
      let inner = "";
      let flat = true;
      let k = 0;
      for (const key in object) {
        const value = object[key];
        if (!flat) {
          this.#put(inner);
          e = this.#linesEntry2(key, value, m, k, e, inner);
          this.#two(44, 10); // ",\n"
          k++;
          continue;
        }
        this.#openEntry(k, nullProto);
        const at = this.#len;
        if (k === this.#marks.length) this.#marks = grown(this.#marks);
        this.#marks[k] = at;
        let c = -1;
        let keyLen = 0;
        let complete = true;
        if (typeof value !== "object" || value === null) {
          this.#bytes(keyBytesAt(key, k));
          this.#putLiteral(value);
        } else {
          c = this.#edge(e++, k);
          const name = this.#metas[c]?.name;
          if (name !== undefined && name === key && !m?.backSlots?.has(k)) {
            this.#put(key); // shorthand
          } else {
            const bytes = keyBytesAt(key, k);
            keyLen = bytes.length;
            this.#bytes(bytes);
            if (name !== undefined) {
              this.#put(m?.backSlots?.has(k) ? "null" : name);
            } else {
              complete = this.#flat(c, limit) &&
                this.#len - at - keyLen <=
                  Math.max(WIDTH - innerLen - keyLen, 24);
            }
          }
        }
        if (this.#len > limit) {
          // Past the line: switch to one entry per line. A child written on
          // one line that would not fit on its own line is written again.
          inner = indent + INDENT;
          if (complete) {
            this.#toLines(start, k + 1, this.#len, innerLen, nullProto);
          } else {
            this.#toLines(start, k, at - 2, innerLen, nullProto);
            this.#put(inner);
            this.#bytes(keyBytesAt(key, k));
            this.#childAfter(c, m, k, inner, keyLen);
            this.#two(44, 10); // ",\n"
          }
          flat = false;
        }
        k++;
      }
      this.#allRead(e);
      this.#closePlain(flat, k, start, limit, innerLen, nullProto, indent);
    } finally {
      this.#edgeLimit = outer;
    }
  }

  /** What comes before entry `k` of a plain object on one line. */
  #openEntry(k: number, nullProto: boolean) {
    if (k > 0) this.#two(44, 32); // ", "
    else if (nullProto) this.#put("{ __proto__: null, ");
    else this.#two(123, 32); // "{ "
  }

  /**
   * Ends a plain object that `#plainNode` or `#treePlain` wrote `k` entries
   * of from `start`: ` }` when they are still on one line and fit, else the
   * multi-line layout (moving them into it if they are not there yet) and
   * `}` on a line of its own.
   */
  #closePlain(
    flat: boolean,
    k: number,
    start: number,
    limit: number,
    innerLen: number,
    nullProto: boolean,
    indent: string,
  ) {
    if (flat) {
      if (k === 0) {
        this.#put(nullProto ? "{ __proto__: null }" : "{}");
        return;
      }
      if (this.#len + 2 <= limit) {
        this.#two(32, 125); // " }"
        return;
      }
      this.#toLines(start, k, this.#len, innerLen, nullProto);
    }
    this.#put(indent);
    this.#one(125); // "}"
  }

  /**
   * Moves the first `n` entries of an object written on one line from
   * `start` (entry `t` starting at `#marks[t]`, the last one ending at
   * `end`) into the multi-line layout, and sets the length after them.
   */
  #toLines(
    start: number,
    n: number,
    end: number,
    innerLen: number,
    nullProto: boolean,
  ) {
    const head = 2 + (nullProto ? innerLen + 17 : 0);
    let total = head;
    for (let t = 0; t < n; t++) {
      const to = t + 1 < n ? this.#marks[t + 1] - 2 : end;
      total += innerLen + (to - this.#marks[t]) + 2;
    }
    if (start + total > this.#buf.length) {
      this.#len = end;
      this.#grow(start + total - end);
    }
    const buf = this.#buf;
    const marks = this.#marks;
    let p = start + total;
    let to = end;
    // Entries only move right: copy from the last one, each from its end
    // (short runs: plain loops beat copyWithin and fill).
    for (let t = n - 1; t >= 0; t--) {
      const from = marks[t];
      buf[--p] = 10;
      buf[--p] = 44;
      for (let q = to; q > from;) buf[--p] = buf[--q];
      for (let q = 0; q < innerLen; q++) buf[--p] = 32;
      to = from - 2;
    }
    buf[start] = 123; // "{"
    buf[start + 1] = 10;
    if (nullProto) {
      for (let q = 0; q < innerLen; q++) buf[start + 2 + q] = 32;
      buf.set(PROTO_LINE, start + 2 + innerLen);
    }
    this.#len = start + total;
  }

  /** One entry of an object written one per line; returns the next edge. */
  #linesEntry2(
    key: string,
    value: unknown,
    m: Meta | undefined,
    k: number,
    e: number,
    inner: string,
  ): number {
    if (typeof value !== "object" || value === null) {
      this.#bytes(keyBytesAt(key, k));
      this.#putLiteral(value);
      return e;
    }
    const c = this.#edge(e, k);
    if (this.#shorthand(key, c, m, k)) this.#put(key);
    else {
      const bytes = keyBytesAt(key, k);
      this.#bytes(bytes);
      this.#childAfter(c, m, k, inner, bytes.length);
    }
    return e + 1;
  }

  /** `#flatObject` for a plain object read with `for...in`. */
  #flatPlain(
    object: Record<string, unknown>,
    m: Meta | undefined,
    e: number,
    nullProto: boolean,
    limit: number,
  ): number {
    let k = 0;
    for (const key in object) {
      this.#openEntry(k, nullProto);
      const value = object[key];
      if (typeof value !== "object" || value === null) {
        this.#bytes(keyBytesAt(key, k));
        this.#putLiteral(value);
      } else {
        const c = this.#edge(e++, k);
        if (this.#shorthand(key, c, m, k)) this.#put(key);
        else {
          this.#bytes(keyBytesAt(key, k));
          if (!this.#flatChild(c, m, k, limit)) return -1;
        }
      }
      if (this.#len > limit) return -1;
      k++;
    }
    if (k === 0) this.#put(nullProto ? "{ __proto__: null }" : "{}");
    else this.#two(32, 125); // " }"
    return this.#len <= limit ? e : -1;
  }

  #shorthand(key: string, c: number, m: Meta | undefined, slot: number) {
    return this.#metas[c]?.name === key && !m?.backSlots?.has(slot);
  }

  #flatArray(
    array: unknown[],
    m: Meta | undefined,
    e: number,
    limit: number,
  ): number {
    if (m?.sparse !== undefined) return this.#flatSparse(array, m, e, limit);
    const n = array.length;
    this.#one(91); // [
    for (let k = 0; k < n; k++) {
      if (k > 0) this.#two(44, 32);
      const value = array[k];
      if (typeof value === "object" && value !== null) {
        if (!this.#flatChild(this.#edge(e++, k), m, k, limit)) return -1;
      } else if (value !== undefined || k in array) this.#putLiteral(value);
      else if (k === n - 1) this.#put(",");
      if (this.#len > limit) return -1;
    }
    this.#one(93); // ]
    return this.#len <= limit ? e : -1;
  }

  /**
   * A sparse array on one line: `Object.assign(new Array(n), { 5: x })`,
   * or `new Array(n)` when it has no elements.
   */
  #flatSparse(array: unknown[], m: Meta, e: number, limit: number): number {
    const keys = m.sparse!;
    this.#put(
      `${keys.length > 0 ? "Object.assign(" : ""}new Array(${array.length})`,
    );
    if (keys.length > 0) {
      this.#put(", { ");
      for (let k = 0; k < keys.length; k++) {
        if (k > 0) this.#two(44, 32); // ", "
        const key = keys[k];
        this.#put(key);
        this.#two(58, 32); // ": "
        const index = Number(key);
        const value = array[index];
        if (typeof value === "object" && value !== null) {
          const c = this.#edge(e++, index);
          if (!this.#flatChild(c, m, index, limit)) return -1;
        } else this.#putLiteral(value);
        if (this.#len > limit) return -1;
      }
      this.#put(" })");
    }
    return this.#len <= limit ? e : -1;
  }

  #flatMap(
    map: Map<unknown, unknown>,
    m: Meta | undefined,
    e: number,
    limit: number,
  ): number {
    const end = tailStart(map.size, m, 2);
    if (end === 0) {
      this.#put("new Map()");
      return this.#len <= limit ? skipEntries(map, e) : -1;
    }
    this.#put("new Map([");
    let k = 0;
    for (const [key, value] of map) {
      if (k++ >= end) {
        e = skip(skip(e, key), value);
        continue;
      }
      this.#put(k > 1 ? ", [" : "[");
      e = this.#flatEntry(key, m, 2 * k - 2, e, limit);
      if (e < 0) return -1;
      this.#put(", ");
      e = this.#flatEntry(value, m, 2 * k - 1, e, limit);
      if (e < 0) return -1;
      this.#put("]");
    }
    this.#put("])");
    return this.#len <= limit ? e : -1;
  }

  #flatSet(
    set: Set<unknown>,
    m: Meta | undefined,
    e: number,
    limit: number,
  ): number {
    const end = tailStart(set.size, m, 1);
    if (end === 0) {
      this.#put("new Set()");
      return this.#len <= limit ? skipMembers(set, e) : -1;
    }
    this.#put("new Set([");
    let k = 0;
    for (const value of set) {
      if (k >= end) {
        e = skip(e, value);
        continue;
      }
      if (k > 0) this.#put(", ");
      e = this.#flatEntry(value, m, k, e, limit);
      if (e < 0) return -1;
      k++;
    }
    this.#put("])");
    return this.#len <= limit ? e : -1;
  }

  /** One value of a Map or Set (object or primitive) on one line. */
  #flatEntry(
    value: unknown,
    m: Meta | undefined,
    slot: number,
    e: number,
    limit: number,
  ): number {
    if (typeof value === "object" && value !== null) {
      return this.#flatChild(this.#edge(e, slot), m, slot, limit) ? e + 1 : -1;
    }
    this.#putLiteral(value);
    return this.#len <= limit ? e : -1;
  }

  #flatBase(object: object, m: Meta, e: number, limit: number): number {
    switch (m.base!) {
      case "object":
        return this.#flatObject(
          object as Record<string, unknown>,
          undefined,
          m,
          Object.keys(object),
          0,
          e,
          false,
          limit,
        );
      case "array":
        return this.#flatArray(object as unknown[], m, e, limit);
      case "map":
        return this.#flatMap(object as Map<unknown, unknown>, m, e, limit);
      case "set":
        return this.#flatSet(object as Set<unknown>, m, e, limit);
    }
  }

  #flatTyped(array: TypedArray, limit: number) {
    this.#put(`new ${array.constructor.name}([`);
    const write = elementWriter(array);
    for (let k = 0; k < array.length; k++) {
      if (k > 0) this.#put(", ");
      this.#put(write(array[k]));
      if (this.#len > limit) return;
    }
    this.#put("])");
  }

  /** The data argument of `new NDArray(...)`; false when past the limit. */
  #ndData(m: Meta, e: number, indent: string, limit: number): boolean {
    const c = this.#edges[e];
    const dm = this.#metas[c];
    if (!dm?.owned) {
      if (limit === Infinity) {
        this.#child(c, m, 0, indent);
        return true;
      }
      return this.#flatChild(c, m, 0, limit);
    }
    const data = this.#objects[c];
    if (limit === Infinity) {
      if (Array.isArray(data)) this.#lines(c, indent);
      else this.#linesTyped(data as TypedArray, indent);
      return true;
    }
    if (Array.isArray(data)) return this.#flat(c, limit);
    this.#flatTyped(data as TypedArray, limit);
    return this.#len <= limit;
  }

  #bufferOpen(object: object): string {
    const open = `${this.#helper("buffer")}(`;
    return object instanceof DataView ? `new DataView(${open}` : open;
  }

  #bufferClose(object: object): string {
    return object instanceof DataView ? "))" : ")";
  }

  #typedFile(object: object, m: Meta): string {
    const read = this.#fileCall("array", m);
    return object instanceof Uint8ClampedArray
      ? `new Uint8ClampedArray(${this.#helper("buffer")}(${read}))`
      : read;
  }

  #fileCall(helper: "array" | "ndarray", m: Meta): string {
    const ref = this.#options.ref(m.file!);
    const args = [stringLiteral(ref.file)];
    if (ref.dataset !== undefined) {
      args.push(`{ dataset: ${stringLiteral(ref.dataset)} }`);
    }
    return `await ${this.#helper(helper)}(${args.join(", ")})`;
  }

  // -- over several lines ---------------------------------------------------------

  #lines(i: number, indent: string): void {
    const outer = this.#edgeLimit;
    this.#edgeLimit = this.#edgeEnds[i];
    try {
      const object = this.#objects[i];
      const m = this.#metas[i];
      let e = this.#edgeStart[i];
      const inner = indent + INDENT;
      switch (this.#kinds[i]) {
        case K.object:
        case K.nullObject:
          this.#allRead(this.#linesObject(
            object as Record<string, unknown>,
            Object.values(object),
            m,
            Object.keys(object),
            0,
            e,
            this.#kinds[i] === K.nullObject,
            indent,
          ));
          return;
        case K.array:
          this.#linesArray(object as unknown[], m, e, indent);
          return;
        case K.map:
          this.#linesMap(object as Map<unknown, unknown>, m, e, indent);
          return;
        case K.set:
          this.#linesSet(object as Set<unknown>, m, e, indent);
          return;
        case K.typed:
          if (m?.file !== undefined) this.#put(this.#typedFile(object, m));
          else this.#linesTyped(object as TypedArray, indent);
          return;
        case K.buffer:
        case K.dataview:
          this.#put(this.#bufferOpen(object));
          if (m?.file !== undefined) this.#put(this.#fileCall("array", m));
          else this.#linesTyped(bytesOf(object), indent);
          this.#put(this.#bufferClose(object));
          return;
        case K.ndarray:
          if (m!.file !== undefined) {
            this.#put(this.#fileCall("ndarray", m!));
            return;
          }
          this.#put(`new ${this.#helper("NDArray")}(`);
          this.#ndData(m!, e, indent, Infinity);
          this.#put(ndTail(m!.nd!));
          return;
        case K.rep: {
          const args = m!.rep!.args;
          this.#put(`new ${this.#classLocal(m!.rep!)}(`);
          const one = args.length === 1;
          if (!one) this.#put("\n");
          for (let k = 0; k < args.length; k++) {
            if (!one) this.#put(inner);
            const v = args[k];
            if (typeof v === "object" && v !== null) {
              this.#child(this.#edges[e++], m, k, one ? indent : inner);
            } else this.#putLiteral(v);
            if (!one) this.#put(",\n");
          }
          if (!one) this.#put(indent);
          this.#put(")");
          return;
        }
        case K.registered: {
          this.#put(
            `${this.#helper("restore")}(${this.#classLocal(m!.registered!)}, `,
          );
          e = this.#linesBase(object, m!, e, indent);
          if (m!.extraKeys !== undefined) {
            this.#put(", ");
            this.#linesObject(
              object as Record<string, unknown>,
              undefined,
              m,
              m!.extraKeys,
              baseCount(object, m!),
              e,
              false,
              indent,
            );
          }
          this.#put(")");
          return;
        }
        default:
          this.#put(atomText(object));
      }
    } finally {
      this.#edgeLimit = outer;
    }
  }

  #linesObject(
    object: Record<string, unknown>,
    vals: unknown[] | undefined,
    m: Meta | undefined,
    keys: string[],
    first: number,
    e: number,
    nullProto: boolean,
    indent: string,
  ): number {
    const inner = indent + INDENT;
    if (keys.length === 0 && !nullProto) {
      this.#put("{}");
      return e;
    }
    this.#put("{\n");
    if (nullProto) this.#put(`${inner}__proto__: null,\n`);
    for (let k = 0; k < keys.length; k++) {
      this.#put(inner);
      const key = keys[k];
      const value = vals === undefined ? object[key] : vals[k];
      if (typeof value !== "object" || value === null) {
        this.#bytes(cachedKey(key));
        this.#putLiteral(value);
      } else {
        const c = this.#edge(e++, first + k);
        if (this.#shorthand(key, c, m, first + k)) this.#put(key);
        else {
          const keyBytes = cachedKey(key);
          this.#bytes(keyBytes);
          this.#childAfter(c, m, first + k, inner, keyBytes.length);
        }
      }
      this.#two(44, 10); // ",\n"
    }
    this.#put(indent);
    this.#put("}");
    return e;
  }

  /** A child written after `used` columns of its line (a key). */
  #childAfter(
    c: number,
    holder: Meta | undefined,
    slot: number,
    indent: string,
    used: number,
  ) {
    const name = this.#metas[c]?.name;
    if (name !== undefined) {
      this.#put(holder?.backSlots?.has(slot) ? "null" : name);
    } else this.#node(c, indent, used);
  }

  #linesArray(
    array: unknown[],
    m: Meta | undefined,
    e: number,
    indent: string,
  ): number {
    if (m?.sparse !== undefined) return this.#linesSparse(array, m, e, indent);
    const inner = indent + INDENT;
    const n = array.length;
    if (n === 0) {
      this.#put("[]");
      return e;
    }
    this.#put("[\n");
    if (!holdsObject(array)) this.#packedArray(array, inner, false);
    else e = this.#linesEntries(array, m, e, inner);
    this.#put(indent);
    this.#put("]");
    return e;
  }

  /** A sparse array (see `#flatSparse`) with one element per line. */
  #linesSparse(array: unknown[], m: Meta, e: number, indent: string): number {
    const keys = m.sparse!;
    if (keys.length === 0) {
      this.#put(`new Array(${array.length})`);
      return e;
    }
    const inner = indent + INDENT;
    this.#put(`Object.assign(new Array(${array.length}), {\n`);
    for (let k = 0; k < keys.length; k++) {
      this.#put(inner);
      const key = keys[k];
      this.#put(key);
      this.#two(58, 32); // ": "
      const index = Number(key);
      const value = array[index];
      if (typeof value === "object" && value !== null) {
        const c = this.#edge(e++, index);
        this.#childAfter(c, m, index, inner, key.length + 2);
      } else this.#putLiteral(value);
      this.#two(44, 10); // ",\n"
    }
    this.#put(indent);
    this.#put("})");
    return e;
  }

  /**
   * The entries of an array, one per line; returns the next edge. (A loop
   * of its own, as in `#treeEntries`.)
   */
  #linesEntries(
    array: unknown[],
    m: Meta | undefined,
    e: number,
    inner: string,
  ): number {
    const n = array.length;
    for (let k = 0; k < n; k++) {
      this.#put(inner);
      const v = array[k];
      if (typeof v === "object" && v !== null) {
        this.#child(this.#edge(e++, k), m, k, inner);
      } else if (v !== undefined || k in array) this.#putLiteral(v);
      this.#two(44, 10);
    }
    return e;
  }

  /** Literals, as many per line as fit. */
  #packed(parts: string[], inner: string) {
    let column = inner.length;
    this.#put(inner);
    for (let k = 0; k < parts.length; k++) {
      column = this.#packedPiece(parts[k], column, inner);
    }
    this.#put("\n");
  }

  /**
   * One literal of a packed list at `column`: on this line after a space
   * when it fits (with its comma) within the width, else on a new line;
   * returns the column after its comma.
   */
  #packedPiece(piece: string, column: number, inner: string): number {
    if (column > inner.length && column + 2 + piece.length > WIDTH) {
      this.#put("\n");
      this.#put(inner);
      column = inner.length;
    }
    if (column > inner.length) {
      this.#put(" ");
      column++;
    }
    this.#put(piece);
    this.#put(",");
    return column + piece.length + 1;
  }

  /**
   * The elements of an array of primitives as `#packed` writes their
   * literals, without a string per element: numbers that `writeNumber`
   * writes go straight into the buffer (after a space, moved to a new line
   * when they do not fit). With `tree`, holes, functions and symbols give
   * up (the graph path never has the last two, and writes holes as nothing).
   */
  #packedArray(array: unknown[], inner: string, tree: boolean) {
    const innerLen = inner.length;
    let column = innerLen;
    this.#put(inner);
    const n = array.length;
    for (let k = 0; k < n; k++) {
      const v = array[k];
      if (typeof v === "number") {
        if (this.#len + innerLen + 40 > this.#buf.length) {
          this.#grow(innerLen + 40);
        }
        const buf = this.#buf;
        const space = column > innerLen ? 1 : 0;
        const at = this.#len + space;
        const end = writeNumber(buf, at, v);
        if (end >= 0) {
          const length = end - at;
          if (space === 1 && column + 2 + length > WIDTH) {
            buf.copyWithin(at + innerLen, at, end);
            buf[at - 1] = 10; // "\n"
            buf.fill(32, at, at + innerLen);
            this.#len = end + innerLen;
            column = innerLen + length;
          } else {
            if (space === 1) buf[at - 1] = 32;
            this.#len = end;
            column += space + length;
          }
          buf[this.#len++] = 44; // ","
          column++;
          continue;
        }
      }
      let piece = "";
      if (v !== undefined || k in array) {
        if (tree && (typeof v === "function" || typeof v === "symbol")) {
          throw GIVE_UP;
        }
        piece = literal(v);
      } else if (tree) throw GIVE_UP;
      column = this.#packedPiece(piece, column, inner);
    }
    this.#put("\n");
  }

  #linesTyped(array: TypedArray, indent: string) {
    if (array.length === 0) {
      this.#put(`new ${array.constructor.name}([])`);
      return;
    }
    const write = elementWriter(array);
    const parts: string[] = new Array(array.length);
    for (let k = 0; k < array.length; k++) parts[k] = write(array[k]);
    this.#put(`new ${array.constructor.name}([\n`);
    this.#packed(parts, indent + INDENT);
    this.#put(indent);
    this.#put("])");
  }

  #linesMap(
    map: Map<unknown, unknown>,
    m: Meta | undefined,
    e: number,
    indent: string,
  ): number {
    const end = tailStart(map.size, m, 2);
    if (end === 0) {
      this.#put("new Map()");
      return skipEntries(map, e);
    }
    const inner = indent + INDENT;
    const deeper = inner + INDENT;
    this.#put("new Map([\n");
    let k = 0;
    for (const [key, value] of map) {
      if (k >= end) {
        e = skip(skip(e, key), value);
        continue;
      }
      this.#put(inner);
      const markLen = this.#len;
      const limit = markLen + WIDTH - inner.length - 1;
      this.#put("[");
      let f = this.#flatEntry(key, m, 2 * k, e, limit);
      if (f >= 0) {
        this.#put(", ");
        f = this.#flatEntry(value, m, 2 * k + 1, f, limit);
      }
      if (f >= 0 && this.#len + 1 <= limit) {
        this.#put("]");
        e = f;
      } else {
        this.#len = markLen;
        this.#put("[\n");
        this.#put(deeper);
        e = this.#linesEntry(key, m, 2 * k, e, deeper);
        this.#put(",\n");
        this.#put(deeper);
        e = this.#linesEntry(value, m, 2 * k + 1, e, deeper);
        this.#put(",\n");
        this.#put(inner);
        this.#put("]");
      }
      this.#put(",\n");
      k++;
    }
    this.#put(indent);
    this.#put("])");
    return e;
  }

  #linesSet(
    set: Set<unknown>,
    m: Meta | undefined,
    e: number,
    indent: string,
  ): number {
    const end = tailStart(set.size, m, 1);
    if (end === 0) {
      this.#put("new Set()");
      return skipMembers(set, e);
    }
    const inner = indent + INDENT;
    this.#put("new Set([\n");
    let k = 0;
    for (const value of set) {
      if (k >= end) {
        e = skip(e, value);
        k++;
        continue;
      }
      this.#put(inner);
      e = this.#linesEntry(value, m, k, e, inner);
      this.#put(",\n");
      k++;
    }
    this.#put(indent);
    this.#put("])");
    return e;
  }

  #linesEntry(
    value: unknown,
    m: Meta | undefined,
    slot: number,
    e: number,
    indent: string,
  ): number {
    if (typeof value === "object" && value !== null) {
      this.#child(this.#edge(e, slot), m, slot, indent);
      return e + 1;
    }
    this.#putLiteral(value);
    return e;
  }

  #linesBase(object: object, m: Meta, e: number, indent: string): number {
    switch (m.base!) {
      case "object":
        return this.#linesObject(
          object as Record<string, unknown>,
          undefined,
          m,
          Object.keys(object),
          0,
          e,
          false,
          indent,
        );
      case "array":
        return this.#linesArray(object as unknown[], m, e, indent);
      case "map":
        return this.#linesMap(object as Map<unknown, unknown>, m, e, indent);
      case "set":
        return this.#linesSet(object as Set<unknown>, m, e, indent);
    }
  }

  // -- without a graph, for trees (runTree) ----------------------------------------
  // The same layout as #node, #flat, #plainNode and #lines, reading objects
  // instead of graph indices.

  /**
   * The kind of an object of a tree: gives up on anything but a plain
   * object, a null-prototype object, an array, a Date or a RegExp.
   * (isPlainTree() checked the values before; this guards against getters
   * that answer differently.)
   *
   * @returns Its kind code: `K.object`, `K.nullObject`, `K.array`,
   * `K.date` or `K.regexp`.
   */
  #treeKind(value: object, depth: number): number {
    if (depth >= MAX_DEPTH - 1) throw GIVE_UP;
    if (
      typeof (value as { [PERSIST_REP]?: unknown })[PERSIST_REP] === "function"
    ) throw GIVE_UP;
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype) return K.object;
    if (proto === Array.prototype) return K.array;
    if (proto === null) return K.nullObject;
    if (proto === Date.prototype) return K.date;
    if (proto === RegExp.prototype) return K.regexp;
    throw GIVE_UP;
  }

  /** A primitive (not a function or symbol), as `#putLiteral`. */
  #treeLiteral(value: unknown) {
    if (typeof value === "function" || typeof value === "symbol") {
      throw GIVE_UP;
    }
    this.#putLiteral(value);
  }

  /** Element `k` of an array, a primitive (not a hole). */
  #treeElement(array: unknown[], k: number, value: unknown) {
    if (value === undefined && !(k in array)) throw GIVE_UP;
    this.#treeLiteral(value);
  }

  /** `#node` of an object of a tree. */
  #treeNode(value: object, indent: string, used: number, depth: number) {
    const kind = this.#treeKind(value, depth);
    if (kind === K.date || kind === K.regexp) {
      this.#put(atomText(value));
      return;
    }
    if (kind !== K.array) {
      this.#treePlain(
        value as Record<string, unknown>,
        kind === K.nullObject,
        indent,
        used,
        depth,
      );
      return;
    }
    const markLen = this.#len;
    const limit = markLen + Math.max(WIDTH - indent.length - used, 24);
    if (this.#treeFlatArray(value as unknown[], limit, depth)) return;
    this.#len = markLen;
    this.#treeLinesArray(value as unknown[], indent, depth);
  }

  /** `#flat` of an object of a tree. */
  #treeFlat(value: object, limit: number, depth: number): boolean {
    const kind = this.#treeKind(value, depth);
    if (kind === K.date || kind === K.regexp) {
      this.#put(atomText(value));
      return this.#len <= limit;
    }
    return kind === K.array
      ? this.#treeFlatArray(value as unknown[], limit, depth)
      : this.#treeFlatPlain(
        value as Record<string, unknown>,
        kind === K.nullObject,
        limit,
        depth,
      );
  }

  /** `#flatPlain` of a tree. */
  #treeFlatPlain(
    object: Record<string, unknown>,
    nullProto: boolean,
    limit: number,
    depth: number,
  ): boolean {
    let k = 0;
    for (const key in object) {
      this.#openEntry(k, nullProto);
      const value = object[key];
      this.#bytes(keyBytesAt(key, k));
      if (typeof value === "object" && value !== null) {
        if (!this.#treeFlat(value, limit, depth + 1)) return false;
      } else this.#treeLiteral(value);
      if (this.#len > limit) return false;
      k++;
    }
    if (k === 0) this.#put(nullProto ? "{ __proto__: null }" : "{}");
    else this.#two(32, 125); // " }"
    return this.#len <= limit;
  }

  /** `#flatArray` of a tree. */
  #treeFlatArray(array: unknown[], limit: number, depth: number): boolean {
    const n = array.length;
    this.#one(91); // [
    for (let k = 0; k < n; k++) {
      if (k > 0) this.#two(44, 32);
      const value = array[k];
      if (typeof value === "object" && value !== null) {
        if (!this.#treeFlat(value, limit, depth + 1)) return false;
      } else this.#treeElement(array, k, value);
      if (this.#len > limit) return false;
    }
    this.#one(93); // ]
    return this.#len <= limit;
  }

  /** `#plainNode` of a tree (see there). */
  #treePlain(
    object: Record<string, unknown>,
    nullProto: boolean,
    indent: string,
    used: number,
    depth: number,
  ) {
    const start = this.#len;
    const limit = start + Math.max(WIDTH - indent.length - used, 24);
    const innerLen = indent.length + INDENT.length;
    let inner = "";
    let flat = true;
    let k = 0;
    for (const key in object) {
      const value = object[key];
      const bytes = keyBytesAt(key, k);
      if (!flat) {
        this.#put(inner);
        this.#bytes(bytes);
        if (typeof value === "object" && value !== null) {
          this.#treeNode(value, inner, bytes.length, depth + 1);
        } else this.#treeLiteral(value);
        this.#two(44, 10); // ",\n"
        k++;
        continue;
      }
      this.#openEntry(k, nullProto);
      const at = this.#len;
      if (k === this.#marks.length) this.#marks = grown(this.#marks);
      this.#marks[k] = at;
      this.#bytes(bytes);
      let complete = true;
      if (typeof value === "object" && value !== null) {
        complete = this.#treeFlat(value, limit, depth + 1) &&
          this.#len - at - bytes.length <=
            Math.max(WIDTH - innerLen - bytes.length, 24);
      } else this.#treeLiteral(value);
      if (this.#len > limit) {
        inner = indent + INDENT;
        if (complete) {
          this.#toLines(start, k + 1, this.#len, innerLen, nullProto);
        } else {
          this.#toLines(start, k, at - 2, innerLen, nullProto);
          this.#put(inner);
          this.#bytes(bytes);
          this.#treeNode(value as object, inner, bytes.length, depth + 1);
          this.#two(44, 10); // ",\n"
        }
        flat = false;
      }
      k++;
    }
    this.#closePlain(flat, k, start, limit, innerLen, nullProto, indent);
  }

  /** `#linesArray` of a tree. */
  #treeLinesArray(array: unknown[], indent: string, depth: number) {
    const inner = indent + INDENT;
    const n = array.length;
    if (n === 0) {
      this.#put("[]");
      return;
    }
    this.#put("[\n");
    if (!holdsObject(array)) this.#packedArray(array, inner, true);
    else this.#treeEntries(array, inner, depth);
    this.#put(indent);
    this.#put("]");
  }

  /**
   * The entries of an array, one per line. (A loop of its own: V8 compiles
   * long loops while they run, and code after such a loop that had not run
   * yet made that compiled code give up at every array's end.)
   */
  #treeEntries(array: unknown[], inner: string, depth: number) {
    const n = array.length;
    for (let k = 0; k < n; k++) {
      this.#put(inner);
      const v = array[k];
      if (typeof v === "object" && v !== null) {
        this.#treeNode(v, inner, 0, depth + 1);
      } else this.#treeElement(array, k, v);
      this.#two(44, 10);
    }
  }

  // -- statements that close cycles -----------------------------------------------

  #fixups(): string[] {
    const out: string[] = [];
    const { finished, objects, metas } = this.#graph;
    for (let n = 0; n < finished.length; n++) {
      const i = finished[n];
      const m = metas[i];
      if (m?.backSlots === undefined) continue;
      const object = objects[i];
      const name = m.name!;
      const kind = m.kind === "registered"
        ? BASE_KINDS[m.base!]
        : this.#kinds[i];
      let e = this.#edgeStart[i];
      this.#edgeLimit = this.#edgeEnds[i];
      if (kind === K.object || kind === K.nullObject) {
        e = this.#objectFixups(out, object, m, Object.keys(object), 0, e);
      } else if (kind === K.array) {
        const array = object as unknown[];
        const keys = m.sparse;
        const n = keys === undefined ? array.length : keys.length;
        for (let j = 0; j < n; j++) {
          const k = keys === undefined ? j : Number(keys[j]);
          const v = array[k];
          if (typeof v !== "object" || v === null) continue;
          const c = this.#edge(e++, k);
          if (m.backSlots.has(k)) {
            out.push(`${name}[${k}] = ${metas[c]!.name};`);
          }
        }
      } else if (kind === K.map) {
        const map = object as Map<unknown, unknown>;
        const start = tailStart(map.size, m, 2);
        let k = 0;
        for (const [key, value] of map) {
          if (k++ < start) {
            e = skip(e, key);
            e = skip(e, value);
            continue;
          }
          const keyText = this.#fixupValue(key, e);
          e = skip(e, key);
          const valueText = this.#fixupValue(value, e);
          e = skip(e, value);
          out.push(`${name}.set(${keyText}, ${valueText});`);
        }
      } else if (kind === K.set) {
        const set = object as Set<unknown>;
        const start = tailStart(set.size, m, 1);
        let k = 0;
        for (const value of set) {
          if (k++ < start) {
            e = skip(e, value);
            continue;
          }
          out.push(`${name}.add(${this.#fixupValue(value, e)});`);
          e = skip(e, value);
        }
      }
      if (m.extraKeys !== undefined) {
        this.#objectFixups(
          out,
          object,
          m,
          m.extraKeys,
          baseCount(object, m),
          e,
        );
      }
    }
    return out;
  }

  #objectFixups(
    out: string[],
    object: object,
    m: Meta,
    keys: string[],
    first: number,
    e: number,
  ): number {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const v = (object as Record<string, unknown>)[key];
      if (typeof v !== "object" || v === null) continue;
      const c = this.#edge(e++, first + k);
      if (!m.backSlots!.has(first + k)) continue;
      const access = isIdentifierName(key) && key !== "__proto__"
        ? `.${key}`
        : `[${stringLiteral(key)}]`;
      out.push(`${m.name}${access} = ${this.#metas[c]!.name};`);
    }
    return e;
  }

  /** A value in a fixup statement (every object is defined by then). */
  #fixupValue(value: unknown, e: number): string {
    if (typeof value !== "object" || value === null) return literal(value);
    const c = this.#edges[e];
    const name = this.#metas[c]?.name;
    if (name !== undefined) return name;
    const start = this.#len;
    this.#node(c, "");
    const text = new TextDecoder().decode(this.#buf.subarray(start, this.#len));
    this.#len = start;
    return text;
  }
}

const BASE_KINDS: Record<string, number> = {
  object: K.object,
  array: K.array,
  map: K.map,
  set: K.set,
};

function skip(e: number, value: unknown): number {
  return typeof value === "object" && value !== null ? e + 1 : e;
}

function skipEntries(map: Map<unknown, unknown>, e: number): number {
  for (const [k, v] of map) e = skip(skip(e, k), v);
  return e;
}

function skipMembers(set: Set<unknown>, e: number): number {
  for (const v of set) e = skip(e, v);
  return e;
}

function ndTail(nd: NDArray): string {
  const options: string[] = [];
  if (nd.order !== "C") options.push(`order: "${nd.order}"`);
  if (nd.dtype !== defaultDtype(nd)) {
    options.push(`dtype: ${stringLiteral(nd.dtype)}`);
  }
  const shape = `, [${nd.shape.join(", ")}]`;
  return options.length === 0
    ? `${shape})`
    : `${shape}, { ${options.join(", ")} })`;
}

function bytesOf(object: object): Uint8Array {
  if (object instanceof DataView) {
    return new Uint8Array(object.buffer, object.byteOffset, object.byteLength);
  }
  return new Uint8Array(object as ArrayBuffer);
}

function atomText(object: object): string {
  if (object instanceof Date) {
    const time = object.getTime();
    return Number.isNaN(time)
      ? "new Date(NaN)"
      : `new Date(${stringLiteral(object.toISOString())})`;
  }
  const { source, flags } = object as RegExp;
  return `new RegExp(${stringLiteral(source)}${
    flags === "" ? "" : `, ${stringLiteral(flags)}`
  })`;
}

function baseCount(object: object, m: Meta): number {
  switch (m.base) {
    case "array":
      return (object as unknown[]).length;
    case "map":
      return 2 * (object as Map<unknown, unknown>).size;
    case "set":
      return (object as Set<unknown>).size;
    default:
      return 0;
  }
}

/**
 * A module-length error raised while writing the root `name`, naming it
 * (the writer does not track deeper paths); other errors as they are.
 */
function inRoot(error: unknown, name: string): unknown {
  if (error instanceof ChangedError) {
    return new TypeError(
      `Cannot archive values${
        pathKey(name)
      }: a property under it was read once as an object and once as a primitive (a getter whose value changed while saving); ` +
        "save a snapshot instead, such as an object holding the getter's value",
    );
  }
  if (!(error instanceof ModuleLengthError) || error.path !== undefined) {
    return error;
  }
  return new ModuleLengthError(error.length, {
    atLeast: error.atLeast,
    path: `a string in values${pathKey(name)}`,
  });
}

// -- literals ----------------------------------------------------------------------

/**
 * Writes a primitive value as a literal.
 *
 * @param value A primitive.
 * @returns Its JavaScript literal.
 */
export function literal(value: unknown): string {
  switch (typeof value) {
    case "number":
      return numberLiteral(value);
    case "string":
      return stringLiteral(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    default:
      if (value === null) return "null";
      throw new TypeError(`Cannot write ${String(value)} as a literal`);
  }
}

const TRUE = encoder.encode("true");
const FALSE = encoder.encode("false");
const keyCache = new Map<string, Uint8Array>();
/** The key last written at each entry position (objects of one shape hit). */
const keyNames: (string | undefined)[] = new Array(32).fill(undefined);
const keyBytes: Uint8Array[] = new Array(32).fill(new Uint8Array(0));
const PROTO_LINE = encoder.encode("__proto__: null,\n");

/** `cachedKey(key)` for the entry at position `k`, checking the last key there first. */
function keyBytesAt(key: string, k: number): Uint8Array {
  if (k >= 32) return cachedKey(key);
  if (keyNames[k] === key) return keyBytes[k];
  const bytes = cachedKey(key);
  keyNames[k] = key;
  keyBytes[k] = bytes;
  return bytes;
}

/** `key: ` as written before a value, UTF-8 encoded. */
function cachedKey(key: string): Uint8Array {
  let bytes = keyCache.get(key);
  if (bytes === undefined) {
    bytes = encoder.encode(keyLiteral(key) + ": ");
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(key, bytes);
  }
  return bytes;
}

function elementWriter(array: TypedArray): (v: number | bigint) => string {
  if (array instanceof BigInt64Array || array instanceof BigUint64Array) {
    return (v) => `${v}n`;
  }
  if (array instanceof Float32Array) {
    return (v) => shortest(v as number, Math.fround, 9);
  }
  if (array instanceof Float16Array) {
    return (v) => shortest(v as number, Math.f16round, 5);
  }
  return (v) => numberLiteral(v as number);
}

/** The shortest decimal that rounds back to the same float32/float16. */
function shortest(
  v: number,
  round: (x: number) => number,
  digits: number,
): string {
  if (!Number.isFinite(v) || v === 0) return numberLiteral(v);
  for (let p = 1; p < digits; p++) {
    const candidate = Number(v.toPrecision(p));
    if (round(candidate) === v) return numberLiteral(candidate);
  }
  return numberLiteral(v);
}

/** The first entry (of `width` slots each) that closes a cycle, or `size`. */
function tailStart(size: number, m: Meta | undefined, width: number): number {
  if (m?.backSlots === undefined) return size;
  let first = size;
  for (const slot of m.backSlots) {
    const entry = Math.floor(slot / width);
    if (entry < first) first = entry;
  }
  return first;
}

function defaultDtype(nd: NDArray): string {
  if (Array.isArray(nd.data)) {
    let max = 1;
    for (const s of nd.data) max = Math.max(max, [...s].length);
    return `<U${max}`;
  }
  return descrOf(nd.data);
}

function arrayOf(object: object, m: Meta): NDArray | TypedArray {
  if (m.kind === "ndarray") return m.nd!;
  if (object instanceof ArrayBuffer || object instanceof DataView) {
    return bytesOf(object);
  }
  return object as TypedArray;
}

/** A file name for an array from the path where it was found. */
function fileName(path: string | undefined, taken: Set<string>): string {
  let base = (path ?? "").replace(/^values/, "").replace(
    /[^A-Za-z0-9_-]+/g,
    ".",
  ).replace(/^[.]+|[.]+$/g, "").slice(0, 60);
  if (base === "") base = "array";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A local name for an imported class that collides with nothing. */
function localFor(exported: string, taken: Set<string>): string {
  const base = isIdentifierName(exported)
    ? exported
    : exported.replace(/[^$\p{ID_Continue}]/gu, "_");
  // Fallbacks start with "_" (never a user's constant) but never look like
  // the module's own "_v<n>" temporaries.
  const fallback = /^v\d+$/.test(base) ? `_${base}_` : `_${base}`;
  let name = isPlainName(base) ? base : fallback;
  for (let n = 2; taken.has(name); n++) name = `${fallback}${n}`;
  taken.add(name);
  return name;
}

/** Whether an array holds an object (else it is packed, many per line). */
function holdsObject(array: unknown[]): boolean {
  for (let k = 0; k < array.length; k++) {
    const v = array[k];
    if (typeof v === "object" && v !== null) return true;
  }
  return false;
}

/** The metadata of object `i`, created when missing. */
function metaAt(metas: (Meta | undefined)[], i: number): Meta {
  return metas[i] ??= {};
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const more = new Int32Array(2 * array.length);
  more.set(array);
  return more;
}
