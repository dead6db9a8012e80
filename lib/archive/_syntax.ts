// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// Facts about the archive format shared by the emitter and the parser.

/** The format version written in the first line of every `mod.js`. */
export const FORMAT_VERSION = 1;

/** The start of the first line of every `mod.js`; the version follows. */
export const HEADER_PREFIX = "// persist archive, format ";

/**
 * How many bytes of `mod.js` to read to tell whether it starts with
 * {@linkcode HEADER_PREFIX}: a UTF-8 byte order mark, which editors add,
 * may come first (import() skips it, and TextDecoder drops it).
 */
export const HEADER_BYTES: number = 3 + HEADER_PREFIX.length;

/**
 * The last line of every module written by persist. `load()` requires it
 * when the first line is the format header, so a truncated `mod.js` (an
 * interrupted copy) is an error instead of an archive with fewer values.
 */
export const END_LINE = "// end of persist archive";

/** The module file of an archive. */
export const MODULE_FILE = "mod.js";

/** The helper module, written into an archive folder when `mod.js` imports it. */
export const RUNTIME_FILE = "_persist.js";

/**
 * The longest module text, in UTF-16 code units: the longest string V8
 * (Deno, Node.js, Chromium) can hold, 2^29 - 24 on 64-bit systems. A longer
 * `mod.js` can be neither imported nor read by `load()`, so archives never
 * get one.
 */
export const MAX_MODULE_LENGTH = 2 ** 29 - 24;

/**
 * The error for a module longer than {@linkcode MAX_MODULE_LENGTH}: a
 * `RangeError` whose message names the archive (when known), the length,
 * and what to do instead.
 *
 * @example Refusing a module that would be too long
 * ```ts
 * import { ModuleLengthError } from "./_syntax.ts";
 * import assert from "node:assert/strict";
 * const error = new ModuleLengthError(2 ** 30, { atLeast: true, path: "values.a" });
 * assert.equal(error.name, "RangeError");
 * assert.match(error.message, /would be at least 1073741824 characters long/);
 * ```
 */
export class ModuleLengthError extends RangeError {
  /** The length the module would have (or at least have). */
  readonly length: number;
  /** Whether `length` is a lower bound (the text was not written). */
  readonly atLeast: boolean;
  /** The path of the value that makes it too long, when known. */
  readonly path: string | undefined;

  /**
   * Constructs the error.
   *
   * @param length The length the module would have.
   * @param options Whether it is a lower bound, the value's path, and the
   * archive folder.
   */
  constructor(
    length: number,
    options: { atLeast?: boolean; path?: string; target?: string } = {},
  ) {
    const { atLeast = false, path, target } = options;
    super(
      `Cannot write the archive${
        target === undefined ? "" : ` "${target}"`
      }: its ${MODULE_FILE} would be ${
        atLeast ? "at least " : ""
      }${length} characters long${
        path === undefined ? "" : ` (because of ${path})`
      }, ` +
        `more than the ${MAX_MODULE_LENGTH} a JavaScript string can hold, so neither load() nor import() could read it; ` +
        "keep long runs of numbers in typed arrays or NDArrays (those longer than arrayThreshold go to array files), " +
        "or spread the values over several archives or the items of a DataSet",
    );
    this.name = "RangeError";
    this.length = length;
    this.atLeast = atLeast;
    this.path = path;
  }
}

/**
 * The length of the string that UTF-8 text decodes to, in UTF-16 code units:
 * one per character, two for a character beyond U+FFFF. Never more than the
 * number of bytes.
 *
 * @example Counting "é" (two bytes) and an emoji (four bytes)
 * ```ts
 * import { utf16Length } from "./_syntax.ts";
 * import assert from "node:assert/strict";
 * const bytes = new TextEncoder().encode("é😀");
 * assert.equal(utf16Length([bytes]), "é😀".length); // 3
 * ```
 *
 * @param chunks UTF-8 text, in pieces that split no character.
 * @returns The length of the decoded string.
 */
export function utf16Length(chunks: readonly Uint8Array[]): number {
  let n = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
    }
  }
  return n;
}

/** How `mod.js` imports the helper module. */
export const RUNTIME_SPECIFIER = `./${RUNTIME_FILE}`;

/** The helpers `_persist.js` exports. */
export const HELPERS = ["array", "buffer", "ndarray", "NDArray", "restore"];

/** Built-in constructors an archive may call with `new`. */
export const TYPED_ARRAY_NAMES = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float16Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
] as const;

/** Global names the format uses; an archive may not declare them. */
export const GLOBALS: ReadonlySet<string> = new Set([
  "undefined",
  "NaN",
  "Infinity",
  "Map",
  "Set",
  "Date",
  "RegExp",
  "DataView",
  "ArrayBuffer",
  "Object",
  ...TYPED_ARRAY_NAMES,
]);

/** Words that cannot name a binding in a module (strict mode). */
export const RESERVED: ReadonlySet<string> = new Set([
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "eval",
  "arguments",
]);

const IDENTIFIER = /^[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*$/u;

/**
 * Tells whether a string is an IdentifierName (a valid property name
 * without quotes, reserved words included).
 *
 * @param name Any string.
 * @returns `true` for identifier names.
 */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * Tells whether a user's name can be declared as `export const <name>`: an
 * identifier that is not reserved, not a global the format uses (`Array`
 * included, for sparse arrays), not a helper, and does not start with `_`
 * (which the module keeps for itself).
 * Other names are exported by string (`export { _v1 as "my-key" }`).
 *
 * @param name A value's name.
 * @returns `true` when the name can be a constant of the module.
 */
export function isPlainName(name: string): boolean {
  return name[0] !== "_" && IDENTIFIER.test(name) && !RESERVED.has(name) &&
    !GLOBALS.has(name) && name !== "Array" && !HELPERS.includes(name);
}

/**
 * Tells whether a string is well-formed Unicode (no lone surrogates), as
 * string-named exports require.
 *
 * @param s Any string.
 * @returns `true` when well formed.
 */
export function isWellFormed(s: string): boolean {
  return s.isWellFormed();
}

/** Characters that a plain `"..."` cannot hold as they are. */
// deno-lint-ignore no-control-regex
const SPECIAL = /["\\\u0000-\u001f<\u2028\u2029\ud800-\udfff\u007f]/;
const NEEDS_ESCAPE = /[\u2028\u2029]|<(?=[/!])/;
const ESCAPES = /[\u2028\u2029]|<(?=[/!])/g;

/**
 * Writes a string literal that is safe anywhere: in a module, inside an
 * HTML `<script>` (`</script>` and `<!--` are escaped), and in old parsers
 * (U+2028 and U+2029 are escaped). Lone surrogates are escaped too.
 *
 * @param s Any string.
 * @returns A double-quoted JavaScript string literal.
 */
export function stringLiteral(s: string): string {
  // Escapes take at most 6 characters each: only a string this long can
  // give a literal longer than a string may be (V8 would throw "Invalid
  // string length").
  if (s.length > (MAX_MODULE_LENGTH - 2) / 6) {
    const length = literalLength(s);
    if (length > MAX_MODULE_LENGTH) {
      throw new ModuleLengthError(length, { atLeast: true });
    }
  }
  if (!SPECIAL.test(s)) return `"${s}"`;
  const json = JSON.stringify(s);
  if (!NEEDS_ESCAPE.test(json)) return json;
  return json.replace(
    ESCAPES,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The length of `stringLiteral(s)`, without writing it. */
function literalLength(s: string): number {
  let n = s.length + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800 && c !== 34 && c !== 92 && c !== 60) {
      if (c === 0x2028 || c === 0x2029) n += 5;
      continue;
    }
    if (c === 34 || c === 92) n += 1;
    else if (c === 60) {
      const d = s.charCodeAt(i + 1);
      if (d === 47 || d === 33) n += 5;
    } else if (c < 0x20) n += c >= 8 && c <= 13 && c !== 11 ? 1 : 5;
    else if (c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else n += 5;
    } else if (c <= 0xdfff) n += 5;
  }
  return n;
}

/**
 * Writes a number literal (possibly negative): `-0`, `NaN`, `Infinity` and
 * `-Infinity` included.
 *
 * @param n Any number.
 * @returns Its literal.
 */
export function numberLiteral(n: number): string {
  if (n === 0 && 1 / n < 0) return "-0";
  return String(n);
}

/**
 * Writes a property key: bare when it is an identifier name, else quoted;
 * `__proto__` is written computed (`["__proto__"]`) so it stays an own
 * property instead of setting the prototype.
 *
 * @param key A property key.
 * @returns The key as written before `:` in an object literal.
 */
export function keyLiteral(key: string): string {
  if (key === "__proto__") return '["__proto__"]';
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/**
 * Converts a 0-based offset in a text into a 1-based line and column
 * (columns count UTF-16 code units, as editors and V8 do).
 *
 * @param text The text.
 * @param offset The offset.
 * @returns Line and column.
 */
export function lineColumn(
  text: string,
  offset: number,
): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (isLineBreak(text, i)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/**
 * {@linkcode lineColumn} for many offsets in one text: the text is scanned
 * once, then each offset costs a binary search (one scan per offset made
 * listing the array calls of a module O(n²)).
 *
 * @param text The text.
 * @returns A function from a 0-based offset to its 1-based line and column.
 */
export function lineLocator(
  text: string,
): (offset: number) => { line: number; column: number } {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isLineBreak(text, i)) starts.push(i + 1);
  }
  return (offset) => {
    const end = Math.min(offset, text.length);
    // How many lines start at or before `end` (after the first).
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] <= end) low = mid + 1;
      else high = mid;
    }
    return {
      line: low + 1,
      column: end - (low === 0 ? 0 : starts[low - 1]) + 1,
    };
  };
}

/** Whether a line ends at `text[i]`: LF, CR not before LF, LS or PS. */
function isLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || c === 0x2028 || c === 0x2029 ||
    (c === 13 && text.charCodeAt(i + 1) !== 10);
}
