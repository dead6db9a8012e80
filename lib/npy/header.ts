// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

import { FormatError } from "../errors.ts";
import { type ParsedDescr, parseDescr } from "./dtype.ts";
import type { Order } from "./nd_array.ts";

/** The 6 bytes every `.npy` file starts with. */
export const MAGIC: Uint8Array = new Uint8Array([
  0x93,
  0x4e,
  0x55,
  0x4d,
  0x50,
  0x59,
]);

/** Data starts on a multiple of this many bytes (NumPy's `ARRAY_ALIGN`). */
export const ARRAY_ALIGN = 64;

/** Spare header room NumPy leaves so the growing axis can lengthen in place. */
const GROWTH_AXIS_MAX_DIGITS = 21;

/** The decoded header of a `.npy` file. */
export interface NpyHeader {
  /** Format version, `[major, minor]`: `[1, 0]`, `[2, 0]` or `[3, 0]`. */
  version: [number, number];
  /** The descr as written in the file (byte order included). */
  descr: string;
  /** The parsed descr. */
  dtype: ParsedDescr;
  /** Axis lengths. */
  shape: number[];
  /** Memory order of the data. */
  order: Order;
  /** Byte offset where the data begins. */
  dataOffset: number;
  /** Number of data bytes the header promises: product(shape) × itemSize. */
  dataBytes: number;
}

/** Where a header came from, for error messages. */
export interface HeaderSource {
  /** The file name, if from a file. */
  path?: string;
}

/**
 * How many bytes must be read to know the header's length: the magic, the
 * version and the length field of the longest (v2/v3) form.
 */
export const PREFIX_BYTES = 12;

/**
 * Decodes the fixed prefix of a `.npy` file (at least 10 bytes, 12 for v2/v3)
 * and returns the version and the total header size including the prefix
 * (that is, the data offset).
 *
 * @param prefix The first bytes of the file.
 * @param source The file, for messages.
 * @returns The version and the data offset.
 * @throws {FormatError} On a wrong magic or an unknown version.
 */
export function decodePrefix(
  prefix: Uint8Array,
  source: HeaderSource = {},
): { version: [number, number]; dataOffset: number } {
  const where = describe(source);
  if (prefix.length < 10 || MAGIC.some((b, i) => prefix[i] !== b)) {
    throw new FormatError(
      `Cannot read ${where}: it does not start with the .npy magic string "\\x93NUMPY"; ` +
        "it is not a NumPy .npy file or its start is damaged",
      { path: source.path, offset: 0 },
    );
  }
  const major = prefix[6];
  const minor = prefix[7];
  const view = new DataView(
    prefix.buffer,
    prefix.byteOffset,
    prefix.byteLength,
  );
  if (major === 1 && minor === 0) {
    return { version: [1, 0], dataOffset: 10 + view.getUint16(8, true) };
  }
  if ((major === 2 || major === 3) && minor === 0) {
    if (prefix.length < 12) {
      throw new FormatError(
        `Cannot read ${where}: the file ends inside its header`,
        { path: source.path, offset: prefix.length },
      );
    }
    return { version: [major, 0], dataOffset: 12 + view.getUint32(8, true) };
  }
  throw new FormatError(
    `Cannot read ${where}: unsupported .npy format version ${major}.${minor} ` +
      "(versions 1.0, 2.0 and 3.0 are supported)",
    { path: source.path, offset: 6 },
  );
}

/**
 * Decodes a whole `.npy` header: the prefix and the Python dict literal that
 * follows it. Checks that the dtype is supported and that the shape is sane;
 * does not look at the data.
 *
 * @param bytes At least the first `dataOffset` bytes of the file.
 * @param source The file, for messages.
 * @returns The header.
 * @throws {FormatError} When the header is damaged, or describes data this
 * library refuses (object, structured, byte-string dtypes).
 */
export function decodeHeader(
  bytes: Uint8Array,
  source: HeaderSource = {},
): NpyHeader {
  const { version, dataOffset } = decodePrefix(bytes, source);
  const where = describe(source);
  const start = version[0] === 1 ? 10 : 12;
  if (bytes.length < dataOffset) {
    throw new FormatError(
      `Cannot read ${where}: the file ends inside its header ` +
        `(${bytes.length} of ${dataOffset} header bytes)`,
      { path: source.path, offset: bytes.length },
    );
  }
  const decoder = new TextDecoder(version[0] === 3 ? "utf-8" : "latin1", {
    fatal: true,
  });
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(start, dataOffset));
  } catch (cause) {
    throw new FormatError(
      `Cannot read ${where}: the header is not valid ${
        version[0] === 3 ? "UTF-8" : "Latin-1"
      } text`,
      { path: source.path, offset: start, cause },
    );
  }
  let dict: unknown;
  try {
    dict = new PyLiteralParser(text).parseAll();
  } catch (cause) {
    const at = cause instanceof PyLiteralSyntax ? cause.at : 0;
    throw new FormatError(
      `Cannot read ${where}: the header is not a valid Python dict literal ` +
        `(${(cause as Error).message} at header byte ${at})`,
      { path: source.path, offset: start + at, cause },
    );
  }
  const bad = (what: string) =>
    new FormatError(`Cannot read ${where}: the header ${what}`, {
      path: source.path,
      offset: start,
    });
  if (dict === null || typeof dict !== "object" || Array.isArray(dict)) {
    throw bad("is not a dict");
  }
  const fields = dict as Record<string, unknown>;
  const keys = Object.keys(fields).sort().join(",");
  if (keys !== "descr,fortran_order,shape") {
    throw bad(
      `must have exactly the keys 'descr', 'fortran_order' and 'shape', found: ${keys}`,
    );
  }
  const { descr, fortran_order: fortran, shape } = fields;
  if (typeof descr !== "string") {
    const kind = Array.isArray(descr) ? "structured (record)" : "non-string";
    throw new FormatError(
      `Cannot read ${where}: its dtype is ${kind} (${
        shortRepr(descr)
      }), which persist does not support; convert it in NumPy to plain arrays, one per field`,
      { path: source.path, offset: start },
    );
  }
  if (typeof fortran !== "boolean") {
    throw bad("has a 'fortran_order' that is not True or False");
  }
  if (
    !Array.isArray(shape) ||
    !shape.every((n) =>
      typeof n === "number" && Number.isSafeInteger(n) && n >= 0
    )
  ) {
    throw bad(
      `has a 'shape' that is not a tuple of whole numbers >= 0: ${
        shortRepr(shape)
      }`,
    );
  }
  const dtype = parseDescr(descr);
  if (dtype === undefined) {
    const why = /^[|<>=]?O/.test(descr)
      ? "it holds Python objects (pickles), which persist never loads because unpickling runs code"
      : /^[|<>=]?[SaV]/.test(descr)
      ? "byte strings and raw void data are not supported; convert them in NumPy to unicode ('U') or numbers"
      : "it is not a dtype persist supports";
    throw new FormatError(
      `Cannot read ${where}: its dtype "${descr}" is refused: ${why}`,
      { path: source.path, offset: start },
    );
  }
  let size = 1;
  for (const n of shape as number[]) size *= n;
  const dataBytes = size * dtype.itemSize;
  if (!Number.isSafeInteger(dataBytes)) {
    throw new FormatError(
      `Cannot read ${where}: its shape (${(shape as number[]).join(", ")}) ` +
        `describes more bytes than any file can hold`,
      { path: source.path, offset: start },
    );
  }
  return {
    version,
    descr,
    dtype,
    shape: shape as number[],
    order: fortran ? "F" : "C",
    dataOffset,
    dataBytes,
  };
}

/**
 * Encodes a `.npy` header exactly as NumPy's `np.save` does: keys sorted,
 * spare room for the growth axis, padded with spaces and a newline so the
 * data starts on a 64-byte boundary; version 1.0 unless the header needs the
 * 4-byte length of version 2.0.
 *
 * @param descr The descr (native order, e.g. `"<f8"`).
 * @param shape The axis lengths.
 * @param order Memory order.
 * @returns The header bytes, a multiple of 64 long.
 */
export function encodeHeader(
  descr: string,
  shape: readonly number[],
  order: Order,
): Uint8Array {
  const fortran = order === "F";
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let dict = `{'descr': '${descr}', 'fortran_order': ${
    fortran ? "True" : "False"
  }, 'shape': ${tuple}, }`;
  if (shape.length > 0) {
    const growth = String(shape[fortran ? shape.length - 1 : 0]);
    dict += " ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - growth.length));
  }
  const body = new TextEncoder().encode(dict);
  for (const prefixLen of [10, 12]) {
    const hlen = body.length + 1;
    const pad = ARRAY_ALIGN -
      ((MAGIC.length + prefixLen - 6 + hlen) % ARRAY_ALIGN);
    const headerLen = hlen + pad;
    if (prefixLen === 10 && headerLen > 0xffff) continue;
    const out = new Uint8Array(prefixLen + headerLen);
    out.set(MAGIC, 0);
    out[6] = prefixLen === 10 ? 1 : 2;
    out[7] = 0;
    const view = new DataView(out.buffer);
    if (prefixLen === 10) view.setUint16(8, headerLen, true);
    else view.setUint32(8, headerLen, true);
    out.set(body, prefixLen);
    out.fill(0x20, prefixLen + body.length, out.length - 1);
    out[out.length - 1] = 0x0a;
    return out;
  }
  throw new RangeError("Cannot encode the .npy header: it is too long");
}

function describe(source: HeaderSource): string {
  return source.path === undefined ? "the .npy bytes" : `"${source.path}"`;
}

function shortRepr(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

class PyLiteralSyntax extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

/**
 * Parses the Python literal subset that `.npy` headers use: dicts, lists,
 * tuples (as arrays), strings, integers, `True`, `False`, `None`. Never
 * evaluates anything.
 */
class PyLiteralParser {
  #pos = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  parseAll(): unknown {
    const value = this.#value(0);
    this.#skipSpace();
    if (this.#pos !== this.#text.length) {
      throw new PyLiteralSyntax("unexpected text after the dict", this.#pos);
    }
    return value;
  }

  #skipSpace(): void {
    while (/\s/.test(this.#text[this.#pos] ?? "")) this.#pos++;
  }

  #value(depth: number): unknown {
    if (depth > 32) throw new PyLiteralSyntax("nesting too deep", this.#pos);
    this.#skipSpace();
    const c = this.#text[this.#pos];
    if (c === "{") return this.#dict(depth);
    if (c === "[") return this.#sequence("]", depth);
    if (c === "(") return this.#sequence(")", depth);
    if (c === "'" || c === '"') return this.#string();
    const word = /^(?:True|False|None|[+-]?\d+L?)/.exec(
      this.#text.slice(this.#pos, this.#pos + 40),
    );
    if (word === null) {
      throw new PyLiteralSyntax(
        c === undefined ? "unexpected end" : `unexpected ${JSON.stringify(c)}`,
        this.#pos,
      );
    }
    this.#pos += word[0].length;
    if (word[0] === "True") return true;
    if (word[0] === "False") return false;
    if (word[0] === "None") return null;
    const n = Number(word[0].replace(/L$/, ""));
    if (!Number.isSafeInteger(n)) {
      throw new PyLiteralSyntax(`integer ${word[0]} is too large`, this.#pos);
    }
    return n;
  }

  #expect(c: string): void {
    this.#skipSpace();
    if (this.#text[this.#pos] !== c) {
      throw new PyLiteralSyntax(`expected ${JSON.stringify(c)}`, this.#pos);
    }
    this.#pos++;
  }

  #dict(depth: number): Record<string, unknown> {
    this.#expect("{");
    const out: Record<string, unknown> = Object.create(null);
    for (;;) {
      this.#skipSpace();
      if (this.#text[this.#pos] === "}") break;
      const key = this.#value(depth + 1);
      if (typeof key !== "string") {
        throw new PyLiteralSyntax("dict keys must be strings", this.#pos);
      }
      this.#expect(":");
      out[key] = this.#value(depth + 1);
      this.#skipSpace();
      if (this.#text[this.#pos] === ",") this.#pos++;
      else if (this.#text[this.#pos] !== "}") {
        throw new PyLiteralSyntax('expected "," or "}"', this.#pos);
      }
    }
    this.#pos++;
    return out;
  }

  #sequence(close: string, depth: number): unknown[] {
    this.#pos++;
    const out: unknown[] = [];
    for (;;) {
      this.#skipSpace();
      if (this.#text[this.#pos] === close) break;
      out.push(this.#value(depth + 1));
      this.#skipSpace();
      if (this.#text[this.#pos] === ",") this.#pos++;
      else if (this.#text[this.#pos] !== close) {
        throw new PyLiteralSyntax(`expected "," or "${close}"`, this.#pos);
      }
    }
    this.#pos++;
    return out;
  }

  #string(): string {
    const quote = this.#text[this.#pos++];
    let out = "";
    for (;;) {
      const c = this.#text[this.#pos++];
      if (c === undefined) {
        throw new PyLiteralSyntax("unterminated string", this.#pos);
      }
      if (c === quote) return out;
      if (c === "\\") {
        const e = this.#text[this.#pos++];
        const simple: Record<string, string> = {
          n: "\n",
          t: "\t",
          r: "\r",
          "\\": "\\",
          "'": "'",
          '"': '"',
          "0": "\0",
        };
        if (e !== undefined && e in simple) out += simple[e];
        else {
          throw new PyLiteralSyntax(`unsupported escape \\${e}`, this.#pos);
        }
      } else {
        out += c;
      }
    }
  }
}
