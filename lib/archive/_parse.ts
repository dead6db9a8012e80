// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// Parses the subset of JavaScript that archives are made of: import
// declarations, constants, exports, literals (numbers, BigInts, strings,
// arrays with holes, objects, `new` of a few built-ins), helper calls and the
// statements that close cycles. Anything else is an ArchiveSyntaxError with
// line and column. Nothing is ever executed.

import { ArchiveSyntaxError } from "../errors.ts";
import { construct, CONSTRUCTORS, define } from "./_builtins.ts";
import { GLOBALS, HEADER_PREFIX, lineColumn, RESERVED } from "./_syntax.ts";
import {
  ArrayExpr,
  CallExpr,
  Expr,
  type ImportDecl,
  NewExpr,
  ObjectExpr,
  type Program,
  Ref,
  SparseArrayExpr,
  type Statement,
} from "./_tree.ts";

/**
 * How deeply values may nest, in levels: each bracket, brace or argument
 * list is one level, a parenthesis around a value one and a half, and a
 * sign before one half a level more. Deno 2.9.6's module parser overflows
 * its stack, aborting the whole process, at 1163 levels of brackets, 1122
 * of braces, 770 of parentheses and 692 of "-(" (measured by importing
 * such modules), so load() refuses from about 6% below that: what it reads,
 * import() reads too. save() writes at most 1000 levels and no parentheses.
 */
export const MAX_NESTING = 1050;

/** {@linkcode MAX_NESTING} in half levels. */
const NESTING_LIMIT = 2 * MAX_NESTING;

/** Nesting costs, in half levels. */
const enum Cost {
  Level = 2,
  Paren = 3,
  Sign = 1,
}

/** What every refusal adds: the way to run trusted archives. */
export const SUBSET_HINT =
  "load() reads only the archive subset of JavaScript (see docs/FORMAT.md); " +
  "to run a trusted archive as code, import() its mod.js instead";

/**
 * Builds the error for a position in a module's text.
 *
 * @param text The module text.
 * @param pos The offset.
 * @param message What is wrong there.
 * @param path The file, for the message.
 * @returns The error.
 */
export function syntaxError(
  text: string,
  pos: number,
  message: string,
  path: string | undefined,
): ArchiveSyntaxError {
  const { line, column } = lineColumn(text, pos);
  return new ArchiveSyntaxError(
    `Cannot load "${
      path ?? "<archive>"
    }:${line}:${column}": ${message}; ${SUBSET_HINT}`,
    { path, line, column },
  );
}

/**
 * Parses a module's text.
 *
 * @param text The text of `mod.js`.
 * @param path The file, for messages.
 * @returns The program.
 * @throws {ArchiveSyntaxError} For anything outside the subset.
 */
export function parse(text: string, path?: string): Program {
  return new Parser(text, path).program();
}

const enum C {
  Tab = 9,
  LF = 10,
  VT = 11,
  FF = 12,
  CR = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Dollar = 36,
  SQuote = 39,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Semi = 59,
  Eq = 61,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Underscore = 95,
  Backtick = 96,
  LBrace = 123,
  RBrace = 125,
}

const ID_START = /[$_\p{ID_Start}]/u;
/** What to write instead of the globals an archive cannot use. */
const INSTEAD = {
  Object:
    "write an object literal: { a: 1 }, or { __proto__: null, a: 1 } for an object without prototype " +
    "(Object is only used as Object.assign(new Array(length), { index: value, … }), for a sparse array)",
  ArrayBuffer:
    'write buffer(new Uint8Array([...])), with buffer imported from "./_persist.js"',
};
/** Names a module may not declare: reserved words and the format's globals. */
const FORBIDDEN: ReadonlySet<string> = new Set([...RESERVED, ...GLOBALS]);
/** The longest array: `new Array(length)` refuses more (a RangeError). */
const MAX_ARRAY_LENGTH = 2 ** 32 - 1;
/** 10^0 to 10^22, the powers of ten that are exact doubles. */
const POWERS_OF_TEN = [1];
for (let d = 1; d <= 22; d++) POWERS_OF_TEN.push(POWERS_OF_TEN[d - 1] * 10);
const ID_CONTINUE = /[$\u200c\u200d\p{ID_Continue}]/u;

class Parser {
  readonly #s: string;
  readonly #path: string | undefined;
  #pos = 0;
  /** The position of the token after the last line break skipped (for semicolon insertion). */
  #breakAt = -1;
  #depth = 0;
  readonly #calls: CallExpr[] = [];
  readonly #declared = new Set<string>();
  /**
   * Constants whose value was built while parsing. References to them are
   * resolved at once (a constant never changes), so literals that use them
   * stay plain values instead of becoming tree nodes.
   */
  readonly #built = new Map<string, unknown>();
  /**
   * The objects among those constants. Statements may still change them
   * (`a[1] = 2;`), so a `new` that copies one is built in statement order.
   */
  readonly #builtObjects = new Set<unknown>();
  /** Where `new Array` is used (a constant named Array would change it). */
  #arrayAt = -1;

  constructor(text: string, path: string | undefined) {
    this.#s = text;
    this.#path = path;
  }

  #fail(message: string, pos = this.#pos): never {
    throw syntaxError(this.#s, pos, message, this.#path);
  }

  program(): Program {
    const imports: ImportDecl[] = [];
    const statements: Statement[] = [];
    const version = this.#version();
    this.#directives();
    for (;;) {
      this.#skip();
      if (this.#pos >= this.#s.length) break;
      const start = this.#pos;
      const c = this.#s.charCodeAt(start);
      if (c === C.Semi) {
        this.#pos++;
        continue;
      }
      const word = this.#peekWord();
      switch (word) {
        case "import":
          imports.push(this.#import());
          break;
        case "export":
          this.#export(statements);
          break;
        case "const":
          this.#pos += 5;
          this.#const(statements, false);
          break;
        case undefined:
          if (c === C.DQuote || c === C.SQuote) {
            this.#fail(
              'a string on its own is not a statement of the subset (only a "use strict" directive at the top of the module is); remove it',
            );
          }
          this.#unexpected("a statement");
          break;
        case "let":
        case "var":
          this.#fail(
            `"${word}" declarations are not in the subset; declare constants with "const"`,
          );
          break;
        default:
          if (RESERVED.has(word) || word === "async") {
            this.#fail(`"${word}" statements are code, not data`);
          }
          this.#fixup(statements);
      }
    }
    if (this.#arrayAt >= 0 && this.#declared.has("Array")) {
      this.#fail(
        'this module declares "Array", so "new Array" here would not be the built-in array; rename that constant or import',
        this.#arrayAt,
      );
    }
    return { version, imports, statements, calls: this.#calls };
  }

  #version(): number | undefined {
    if (!this.#s.startsWith(HEADER_PREFIX)) return undefined;
    const match = /^\d+/.exec(this.#s.slice(HEADER_PREFIX.length));
    return match === null ? undefined : Number(match[0]);
  }

  // -- statements --------------------------------------------------------------

  /**
   * Skips "use strict" directives at the start of the module, as import()
   * does (a module is strict anyway).
   */
  #directives() {
    const s = this.#s;
    for (;;) {
      this.#skip();
      const quote = s[this.#pos];
      if (
        (quote !== '"' && quote !== "'") ||
        !s.startsWith(`use strict${quote}`, this.#pos + 1)
      ) return;
      this.#pos += 12;
      this.#end();
    }
  }

  #import(): ImportDecl {
    const pos = this.#pos;
    this.#pos += 6;
    this.#skip();
    const c = this.#s.charCodeAt(this.#pos);
    if (c === C.DQuote || c === C.SQuote) {
      this.#fail("imports for side effects are code, not data");
    }
    if (c === C.Star) {
      this.#fail(
        'namespace imports are not in the subset; import names: import { a } from "..."',
      );
    }
    if (c !== C.LBrace) {
      this.#fail(
        'default imports are not in the subset; import names: import { a } from "..."',
      );
    }
    this.#pos++;
    const specifiers: ImportDecl["specifiers"] = [];
    for (;;) {
      this.#skip();
      if (this.#eat(C.RBrace)) break;
      const at = this.#pos;
      const quoted = this.#isQuote();
      const imported = quoted ? this.#string() : this.#identifierName();
      this.#skip();
      let local = imported;
      let localPos = at;
      if (this.#peekWord() === "as") {
        this.#pos += 2;
        this.#skip();
        localPos = this.#pos;
        local = this.#identifierName();
      } else if (quoted) {
        this.#fail(`a quoted import needs a local name: "${imported}" as name`);
      }
      this.#declare(local, localPos);
      specifiers.push({ imported, local, pos: localPos });
      this.#skip();
      if (!this.#eat(C.Comma)) {
        this.#skip();
        this.#expect(C.RBrace, '"," or "}"');
        break;
      }
    }
    this.#skip();
    if (this.#peekWord() !== "from") this.#unexpected('"from"');
    this.#pos += 4;
    this.#skip();
    if (!this.#isQuote()) this.#unexpected("a module specifier string");
    const source = this.#string();
    this.#end();
    return { source, specifiers, pos };
  }

  #export(statements: Statement[]) {
    this.#pos += 6;
    this.#skip();
    const word = this.#peekWord();
    if (word === "const") {
      this.#pos += 5;
      return this.#const(statements, true);
    }
    if (word === "default") {
      const pos = this.#pos;
      this.#pos += 7;
      const value = this.#expr();
      this.#end();
      statements.push({ type: "default", value, pos });
      return;
    }
    if (this.#s.charCodeAt(this.#pos) !== C.LBrace) {
      this.#fail(
        'only "export const", "export { ... }" and "export default" are in the subset',
      );
    }
    this.#pos++;
    for (;;) {
      this.#skip();
      if (this.#eat(C.RBrace)) break;
      const pos = this.#pos;
      if (this.#isQuote()) {
        this.#fail('a quoted name can only follow "as" here');
      }
      const local = this.#identifierName();
      this.#skip();
      let exported = local;
      if (this.#peekWord() === "as") {
        this.#pos += 2;
        this.#skip();
        exported = this.#isQuote() ? this.#string() : this.#identifierName();
        if (!exported.isWellFormed()) {
          this.#fail("an export name must not contain lone surrogates");
        }
      }
      statements.push({ type: "export", local, exported, pos });
      this.#skip();
      if (!this.#eat(C.Comma)) {
        this.#skip();
        this.#expect(C.RBrace, '"," or "}"');
        break;
      }
    }
    this.#skip();
    if (this.#peekWord() === "from") {
      this.#fail("re-exports from other modules are not in the subset");
    }
    this.#end();
  }

  #const(statements: Statement[], exported: boolean) {
    for (;;) {
      this.#skip();
      const pos = this.#pos;
      const c = this.#s.charCodeAt(pos);
      if (c === C.LBrace || c === C.LBracket) {
        this.#fail(
          "destructuring is not in the subset; declare one name per constant",
        );
      }
      const name = this.#identifierName();
      this.#declare(name, pos);
      this.#skip();
      this.#expect(C.Eq, '"="');
      const init = this.#expr();
      if (!(init instanceof Expr)) {
        this.#built.set(name, init);
        if (typeof init === "object" && init !== null) {
          this.#builtObjects.add(init);
        }
      }
      statements.push({ type: "const", name, init, exported, pos });
      this.#skip();
      if (!this.#eat(C.Comma)) break;
    }
    this.#end();
  }

  /** `name(.key|[literal])* = value`, or `name(...).set(k, v)` / `.add(v)`. */
  #fixup(statements: Statement[]) {
    const pos = this.#pos;
    const target = this.#identifierName();
    const keys: (string | number)[] = [];
    let lastKeyPos = pos;
    for (;;) {
      this.#skip();
      const c = this.#s.charCodeAt(this.#pos);
      if (c === C.Dot) {
        this.#pos++;
        this.#skip();
        lastKeyPos = this.#pos;
        keys.push(this.#identifierName());
      } else if (c === C.LBracket) {
        this.#pos++;
        this.#skip();
        const at = this.#pos;
        const key = this.#isQuote() ? this.#string() : this.#literalKey();
        if (typeof key !== "string" && typeof key !== "number") {
          this.#fail("a property key must be a string or a number", at);
        }
        keys.push(key);
        this.#skip();
        this.#expect(C.RBracket, '"]"');
      } else break;
    }
    const c = this.#s.charCodeAt(this.#pos);
    if (c === C.Eq && this.#s.charCodeAt(this.#pos + 1) !== C.Eq) {
      if (keys.length === 0) {
        this.#fail(
          `constants cannot be reassigned; "${target}" is a constant`,
          pos,
        );
      }
      this.#pos++;
      const value = this.#expr();
      this.#end();
      statements.push({ type: "assign", target, keys, value, pos });
      return;
    }
    if (c === C.LParen) {
      const method = keys.pop();
      if (method !== "set" && method !== "add") {
        this.#fail(
          method === undefined
            ? "function calls are code, not data"
            : `calling "${
              String(method)
            }" is code; only Map .set() and Set .add() may close cycles`,
          lastKeyPos,
        );
      }
      const args = this.#args();
      this.#end();
      statements.push({ type: "call", target, keys, method, args, pos });
      return;
    }
    this.#unexpected('"=" (an assignment that closes a cycle)');
  }

  #literalKey(): unknown {
    return this.#expr();
  }

  #end() {
    this.#skip();
    const c = this.#s.charCodeAt(this.#pos);
    if (c === C.Semi) {
      this.#pos++;
      return;
    }
    if (this.#pos >= this.#s.length || this.#breakAt === this.#pos) return;
    this.#unexpected('";" or a line break');
  }

  #declare(name: string, pos: number) {
    if (FORBIDDEN.has(name)) {
      if (RESERVED.has(name)) this.#fail(`"${name}" is a reserved word`, pos);
      this.#fail(
        `"${name}" cannot be redeclared: the archive format uses it`,
        pos,
      );
    }
    const count = this.#declared.size;
    if (this.#declared.add(name).size === count) {
      this.#fail(`"${name}" is declared twice`, pos);
    }
  }

  // -- expressions ---------------------------------------------------------------

  #expr(): unknown {
    this.#skip();
    return this.#value();
  }

  /** `#expr` at a position where no white space or comment starts. */
  #value(): unknown {
    const s = this.#s;
    const pos = this.#pos;
    const c = s.charCodeAt(pos);
    switch (c) {
      case C.DQuote:
      case C.SQuote:
        return this.#string();
      case C.Backtick:
        return this.#template();
      case C.LBracket:
        return this.#array();
      case C.LBrace:
        return this.#object();
      case C.Slash:
        return this.#regExpLiteral();
      case C.LParen: {
        this.#pos++;
        this.#enter(Cost.Paren);
        const value = this.#expr();
        this.#skip();
        this.#expect(C.RParen, '")"');
        this.#depth -= Cost.Paren;
        return value;
      }
      case C.Minus:
      case C.Plus: {
        this.#pos++;
        this.#skip();
        const at = this.#pos;
        const next = s.charCodeAt(at);
        if (next === C.Minus || next === C.Plus) {
          this.#fail("operators are code, not data", pos);
        }
        this.#enter(Cost.Sign);
        const v = this.#expr();
        this.#depth -= Cost.Sign;
        if (typeof v === "number") return c === C.Minus ? -v : v;
        if (typeof v === "bigint" && c === C.Minus) return -v;
        return this.#fail(
          `"${String.fromCharCode(c)}" may only precede a number literal`,
          at,
        );
      }
    }
    if ((c >= C.Zero && c <= C.Nine) || c === C.Dot) return this.#number();
    // Fast paths for the common words, without slicing the text.
    if (c === 116 /* t */ && this.#word("true")) return true;
    if (c === 102 /* f */ && this.#word("false")) return false;
    if (c === 110 /* n */ && this.#word("null")) return null;
    const word = this.#peekWord();
    if (word === undefined) return this.#unexpected("a value");
    switch (word) {
      case "true":
        this.#pos += 4;
        return true;
      case "false":
        this.#pos += 5;
        return false;
      case "null":
        this.#pos += 4;
        return null;
      case "undefined":
        this.#pos += 9;
        return undefined;
      case "NaN":
        this.#pos += 3;
        return NaN;
      case "Infinity":
        this.#pos += 8;
        return Infinity;
      case "new":
        this.#pos += 3;
        return this.#new(pos);
      case "await": {
        this.#pos += 5;
        this.#skip();
        const at = this.#pos;
        const name = this.#identifierName();
        this.#skip();
        if (s.charCodeAt(this.#pos) !== C.LParen) {
          this.#fail("only a call of an archive helper may follow await", at);
        }
        return this.#call(at, name, true);
      }
    }
    // A constant's name is neither reserved nor a global (#declare), so the
    // common case takes one lookup.
    const value = this.#built.get(word);
    const built = value !== undefined || this.#built.has(word);
    if (!built && (RESERVED.has(word) || word === "async")) {
      this.#fail(`"${word}" is code, not data`);
    }
    this.#pos += word.length;
    const save = this.#pos;
    this.#skip();
    if (s.charCodeAt(this.#pos) === C.LParen) {
      return this.#call(pos, word, false);
    }
    this.#pos = save;
    if (built) return value;
    if (word === "Object") return this.#sparseArray(pos);
    if (word === "ArrayBuffer") {
      this.#fail(`"${word}" is not in the subset; ${INSTEAD[word]}`, pos);
    }
    if (CONSTRUCTORS.has(word)) {
      this.#fail(`"${word}" can only be used as "new ${word}(...)"`, pos);
    }
    return new Ref(pos, word);
  }

  /** Refuses a regular expression literal, naming the `new RegExp` to write. */
  #regExpLiteral(): never {
    const s = this.#s;
    const start = this.#pos;
    let inClass = false;
    for (let i = start + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === C.LF || c === C.CR || c === 0x2028 || c === 0x2029) break;
      if (c === C.Backslash) i++;
      else if (c === C.LBracket) inClass = true;
      else if (c === C.RBracket) inClass = false;
      else if (c === C.Slash && !inClass) {
        const source = s.slice(start + 1, i);
        const flags = /^[a-z]*/.exec(s.slice(i + 1))![0];
        const args = [source, ...(flags === "" ? [] : [flags])]
          .map((a) => JSON.stringify(a)).join(", ");
        this.#fail(
          `regular expression literals are not in the subset; write new RegExp(${args})`,
        );
      }
    }
    this.#fail(
      'regular expression literals are not in the subset; write new RegExp("source", "flags")',
    );
  }

  #new(pos: number): unknown {
    this.#skip();
    const at = this.#pos;
    const callee = this.#identifierName();
    this.#skip();
    const argsAt = this.#pos;
    const args = this.#s.charCodeAt(this.#pos) === C.LParen ? this.#args() : [];
    if (callee === "Array") return new Array(this.#arrayLength(args, argsAt));
    if (CONSTRUCTORS.has(callee)) {
      if (
        !args.some((a) => a instanceof Expr) &&
        !this.#copiesConstant(callee, args)
      ) {
        return this.#construct(callee, args, pos);
      }
    } else if (GLOBALS.has(callee)) {
      const instead = callee === "Object" || callee === "ArrayBuffer"
        ? `; ${INSTEAD[callee]}`
        : "";
      this.#fail(`"new ${callee}" is not in the subset${instead}`, at);
    }
    return new NewExpr(pos, callee, args);
  }

  /**
   * The length of `new Array(length)`, whose argument list starts at `at`:
   * one whole number from 0 to 2^32 - 1, as import() would take it (other
   * numbers make it throw a RangeError; other arguments make it an array
   * of them, written as an array literal instead).
   */
  #arrayLength(args: unknown[], at: number): number {
    if (this.#arrayAt < 0) this.#arrayAt = at;
    const length = args[0];
    const ok = args.length === 1 && typeof length === "number";
    if (
      ok && Number.isInteger(length) && length >= 0 &&
      length <= MAX_ARRAY_LENGTH
    ) return length;
    this.#pos = at + 1;
    this.#skip();
    this.#fail(
      ok
        ? `${
          String(length)
        } is not an array length (a whole number from 0 to ${MAX_ARRAY_LENGTH}); import() would throw a RangeError`
        : `new Array() takes one length (a whole number from 0 to ${MAX_ARRAY_LENGTH}); write elements as an array literal: [a, b]`,
    );
  }

  /**
   * `Object.assign(new Array(length), { index: value, … })`, a sparse array
   * ("Object" at `pos`): the array as import() builds it, where an index at
   * or past the length makes it longer.
   */
  #sparseArray(pos: number): unknown {
    const s = this.#s;
    this.#skip();
    let ok = false;
    if (s.charCodeAt(this.#pos) === C.Dot) {
      this.#pos++;
      this.#skip();
      if (this.#word("assign")) {
        this.#skip();
        if (s.charCodeAt(this.#pos) === C.LParen) {
          this.#pos++;
          this.#skip();
          if (this.#word("new")) {
            this.#skip();
            ok = this.#word("Array");
          }
        }
      }
    }
    if (!ok) {
      this.#fail(`"Object" is not in the subset; ${INSTEAD.Object}`, pos);
    }
    this.#enter(Cost.Level);
    this.#skip();
    const at = this.#pos;
    if (s.charCodeAt(at) !== C.LParen) this.#unexpected('"("');
    const length = this.#arrayLength(this.#args(), at);
    this.#skip();
    this.#expect(C.Comma, '","');
    this.#skip();
    if (s.charCodeAt(this.#pos) !== C.LBrace) {
      this.#unexpected(
        "an object literal of the elements, { index: value, … }, as the second argument",
      );
    }
    const { indices, values, pure } = this.#elements();
    this.#skip();
    if (this.#eat(C.Comma)) this.#skip();
    this.#expect(C.RParen, '")"');
    this.#depth -= Cost.Level;
    if (!pure) return new SparseArrayExpr(pos, length, indices, values);
    const array = new Array(length);
    for (let k = 0; k < indices.length; k++) array[indices[k]] = values[k];
    return array;
  }

  /** `{ index: value, … }`, the elements of a sparse array. */
  #elements(): { indices: number[]; values: unknown[]; pure: boolean } {
    const s = this.#s;
    this.#pos++; // {
    this.#enter(Cost.Level);
    const indices: number[] = [];
    const values: unknown[] = [];
    let pure = true;
    for (;;) {
      this.#skip();
      const at = this.#pos;
      const c = s.charCodeAt(at);
      if (c === C.RBrace) {
        this.#pos++;
        break;
      }
      let key: string;
      if (c === C.DQuote || c === C.SQuote) key = this.#string();
      else if ((c >= C.Zero && c <= C.Nine) || c === C.Dot) {
        if (c === C.Dot) this.#noSpread();
        key = String(this.#number());
      } else {
        this.#fail(
          "an element of a sparse array is written index: value, the index a whole number such as 5",
        );
      }
      const index = Number(key);
      if (
        !Number.isInteger(index) || index < 0 || index >= MAX_ARRAY_LENGTH ||
        String(index) !== key
      ) {
        this.#fail(
          `${
            JSON.stringify(key)
          } is not an array index (a whole number from 0 to ${
            MAX_ARRAY_LENGTH - 1
          }, written without leading zeros); the array would get it as a property, which archives do not hold`,
          at,
        );
      }
      this.#skip();
      this.#expect(C.Colon, '":"');
      this.#skip();
      const value = this.#value();
      if (pure && value instanceof Expr) pure = false;
      indices.push(index);
      values.push(value);
      this.#skip();
      const d = s.charCodeAt(this.#pos);
      if (d === C.Comma) this.#pos++;
      else if (d === C.RBrace) {
        this.#pos++;
        break;
      } else this.#unexpected('"," or "}"');
    }
    this.#depth -= Cost.Level;
    return { indices, values, pure };
  }

  /**
   * Whether building `new X(...args)` would read what a constant holds:
   * a constant given as an argument (typed arrays copy its elements, Maps
   * and Sets its entries), or as an entry of a Map's array or Set (whose
   * key and value are read). What is read could still change by a statement that
   * runs before this one, so such a `new` waits for its statement, as with
   * import(). A constant kept by reference (`new Set([a])`) does not count.
   */
  #copiesConstant(callee: string, args: unknown[]): boolean {
    const objects = this.#builtObjects;
    if (objects.size === 0) return false;
    for (const arg of args) if (objects.has(arg)) return true;
    // A Map reads each entry's key and value: from an array's elements or
    // a Set's members (a Map source gives new [key, value] pairs).
    const entries = args[0];
    if (callee === "Map" && entries instanceof Set) {
      for (const entry of entries) if (objects.has(entry)) return true;
    } else if (callee === "Map" && Array.isArray(entries)) {
      // Stops at a hole (in a sparse array maybe 2^32 - 1 long): new Map()
      // refuses it.
      for (let i = 0; i < entries.length && i in entries; i++) {
        if (objects.has(entries[i])) return true;
      }
    }
    return false;
  }

  #construct(callee: string, args: unknown[], pos: number): unknown {
    try {
      return construct(callee, args);
    } catch (error) {
      return this.#fail(
        `cannot build ${callee}: ${(error as Error).message}`,
        pos,
      );
    }
  }

  #call(pos: number, callee: string, awaited: boolean): CallExpr {
    const call = new CallExpr(pos, callee, this.#args(), awaited);
    this.#calls.push(call);
    return call;
  }

  /** `( a, b, )` */
  #args(): unknown[] {
    this.#pos++; // (
    const args: unknown[] = [];
    this.#enter(Cost.Level);
    for (;;) {
      this.#skip();
      if (this.#eat(C.RParen)) break;
      if (this.#s.charCodeAt(this.#pos) === C.Dot) this.#noSpread();
      args.push(this.#expr());
      this.#skip();
      if (!this.#eat(C.Comma)) {
        this.#expect(C.RParen, '"," or ")"');
        break;
      }
    }
    this.#depth -= Cost.Level;
    return args;
  }

  #array(): unknown {
    const pos = this.#pos;
    this.#pos++;
    this.#enter(Cost.Level);
    const items: unknown[] = [];
    let pure = true;
    const s = this.#s;
    for (;;) {
      this.#skip();
      const c = s.charCodeAt(this.#pos);
      if (c === C.RBracket) {
        this.#pos++;
        break;
      }
      if (c === C.Comma) {
        this.#pos++;
        items.length++;
        continue;
      }
      if (c === C.Dot) this.#noSpread();
      const v = c >= C.Zero && c <= C.Nine ? this.#number() : this.#value();
      if (pure && v instanceof Expr) pure = false;
      items.push(v);
      this.#skip();
      const d = s.charCodeAt(this.#pos);
      if (d === C.Comma) this.#pos++;
      else if (d === C.RBracket) {
        this.#pos++;
        break;
      } else this.#unexpected('"," or "]"');
    }
    this.#depth -= Cost.Level;
    return pure ? items : new ArrayExpr(pos, items);
  }

  #object(): unknown {
    const pos = this.#pos;
    this.#pos++;
    this.#enter(Cost.Level);
    const s = this.#s;
    const object: Record<string, unknown> = {};
    let expr: ObjectExpr | undefined;
    let nullProto = false;
    for (;;) {
      this.#skip();
      const at = this.#pos;
      const c = s.charCodeAt(at);
      if (c === C.RBrace) {
        this.#pos++;
        break;
      }
      let key: string;
      let computed = false;
      if (c === C.DQuote || c === C.SQuote) key = this.#string();
      else if (c === C.LBracket) {
        this.#pos++;
        this.#skip();
        if (!this.#isQuote()) {
          this.#fail(
            'a computed key must be a string literal, as in ["__proto__"]',
          );
        }
        key = this.#string();
        this.#skip();
        this.#expect(C.RBracket, '"]"');
        computed = true;
      } else if ((c >= C.Zero && c <= C.Nine) || c === C.Dot) {
        if (c === C.Dot) this.#noSpread();
        key = String(this.#number());
      } else {
        const word = this.#key();
        key = word;
        this.#skip();
        const d = s.charCodeAt(this.#pos);
        if (d === C.Comma || d === C.RBrace) {
          // Shorthand `{ name }` refers to a constant.
          if (FORBIDDEN.has(word)) {
            this.#fail(`"${word}" cannot be used as a shorthand property`, at);
          }
          const value = this.#built.get(word);
          if (
            expr === undefined && (value !== undefined || this.#built.has(word))
          ) {
            if (word === "__proto__") define(object, word, value);
            else object[word] = value;
          } else {
            expr = this.#objectExpr(expr, object, pos, nullProto);
            expr.keys.push(word);
            expr.values.push(
              this.#built.has(word) ? this.#built.get(word) : new Ref(at, word),
            );
          }
          if (d === C.Comma) this.#pos++;
          continue;
        }
        if (
          d === C.LParen || word === "get" || word === "set" || word === "async"
        ) {
          if (d !== C.Colon) {
            this.#fail("methods and accessors are code, not data", at);
          }
        }
      }
      if (s.charCodeAt(this.#pos) === C.Colon) this.#pos++;
      else {
        this.#skip();
        this.#expect(C.Colon, '":"');
      }
      this.#skip();
      const valuePos = this.#pos;
      const value = this.#value();
      if (key === "__proto__" && !computed) {
        if (value !== null) {
          this.#fail(
            'only "__proto__: null" (an object without prototype) is in the subset; for a property named __proto__ write ["__proto__"]',
            valuePos,
          );
        }
        if (nullProto) this.#fail('"__proto__" is given twice', at);
        nullProto = true;
        if (expr === undefined) {
          Object.setPrototypeOf(object, null);
        }
      } else if (expr === undefined && !(value instanceof Expr)) {
        if (key === "__proto__") define(object, key, value);
        else object[key] = value;
      } else {
        expr = this.#objectExpr(expr, object, pos, nullProto);
        expr.keys.push(key);
        expr.values.push(value);
      }
      this.#skip();
      const d = s.charCodeAt(this.#pos);
      if (d === C.Comma) this.#pos++;
      else if (d === C.RBrace) {
        this.#pos++;
        break;
      } else this.#unexpected('"," or "}"');
    }
    this.#depth -= Cost.Level;
    if (expr === undefined) return object;
    if (nullProto && !expr.nullProto) {
      return new ObjectExpr(pos, expr.keys, expr.values, true);
    }
    return expr;
  }

  /** Turns an object built so far into an ObjectExpr (once an entry needs names). */
  #objectExpr(
    expr: ObjectExpr | undefined,
    object: Record<string, unknown>,
    pos: number,
    nullProto: boolean,
  ): ObjectExpr {
    if (expr !== undefined) return expr;
    const keys = Object.keys(object);
    return new ObjectExpr(pos, keys, keys.map((k) => object[k]), nullProto);
  }

  #noSpread() {
    const s = this.#s;
    const p = this.#pos;
    if (
      s.charCodeAt(p) === C.Dot && s.charCodeAt(p + 1) === C.Dot &&
      s.charCodeAt(p + 2) === C.Dot
    ) {
      this.#fail("spread (...) is not in the subset");
    }
  }

  #enter(cost: Cost) {
    this.#depth += cost;
    if (this.#depth > NESTING_LIMIT) {
      this.#fail(
        `values are nested more than ${MAX_NESTING} levels deep (a bracket, brace or argument list is one level, ` +
          "a parenthesis one and a half), more than import() can parse (Deno aborts); flatten them",
      );
    }
  }

  // -- tokens ---------------------------------------------------------------------

  #number(): number | bigint {
    const s = this.#s;
    const start = this.#pos;
    let i = start;
    let c = s.charCodeAt(i);
    if (
      (c > C.Zero && c <= C.Nine) ||
      (c === C.Zero && s.charCodeAt(i + 1) === C.Dot)
    ) {
      // Fast path: digits with an optional fraction, as `m / 10^d`. While
      // m < 2^53 and d <= 22 both are exact doubles, so the division rounds
      // the decimal's value correctly, exactly as Number(text) does.
      let m = 0;
      while (c >= C.Zero && c <= C.Nine) {
        m = m * 10 + (c - C.Zero);
        c = s.charCodeAt(++i);
      }
      let d = 0;
      if (c === C.Dot) {
        c = s.charCodeAt(++i);
        while (c >= C.Zero && c <= C.Nine) {
          m = m * 10 + (c - C.Zero);
          d++;
          c = s.charCodeAt(++i);
        }
      }
      if (
        m <= Number.MAX_SAFE_INTEGER && d <= 22 && c !== C.Dot &&
        c !== 101 && c !== 69 && c !== 110 && c !== C.Underscore &&
        !isIdentifierChar(s, i)
      ) {
        this.#pos = i;
        return d === 0 ? m : m / POWERS_OF_TEN[d];
      }
      i = start;
      c = s.charCodeAt(i);
    }
    // The grammar of ECMAScript's NumericLiteral: a separator "_" stands
    // only between two digits of one part (not after a leading 0, nor next
    // to ".", "e", "n" or the "0x" prefix).
    const radix = c === C.Zero ? RADIX_PREFIXES.get(s[i + 1]) : undefined;
    if (radix !== undefined) {
      i = this.#digits(i + 2, radix, "after its prefix");
      const text = s.slice(start, i).replaceAll("_", "");
      if (text.length === 2) this.#fail(`"${text}" needs digits`, start);
      return this.#numberEnd(text, i);
    }
    let integer = true;
    if (c === C.Zero) {
      const next = s.charCodeAt(i + 1);
      if (next === C.Underscore) {
        this.#fail('a numeric separator "_" cannot follow a leading 0', i + 1);
      }
      if (next >= C.Zero && next <= C.Nine) {
        this.#fail(
          "legacy octal numbers (leading 0) are not allowed in modules",
          start,
        );
      }
      i++;
    } else if (c !== C.Dot) i = this.#digits(i, 10, "");
    if (s.charCodeAt(i) === C.Dot) {
      integer = false;
      const from = ++i;
      i = this.#digits(i, 10, 'after "."');
      if (c === C.Dot && i === from) {
        this.#fail('unexpected "." where a value was expected', start);
      }
    }
    c = s.charCodeAt(i);
    if (c === 101 || c === 69 /* e E */) {
      integer = false;
      c = s.charCodeAt(++i);
      if (c === C.Plus || c === C.Minus) i++;
      const from = i;
      i = this.#digits(i, 10, "in an exponent");
      if (i === from) this.#fail("an exponent needs digits", i);
    }
    if (!integer && s.charCodeAt(i) === 110 /* n */) {
      this.#fail("a BigInt literal must be a whole number", start);
    }
    return this.#numberEnd(s.slice(start, i).replaceAll("_", ""), i);
  }

  /** The number `text` whose digits end at `i`: a BigInt if "n" follows. */
  #numberEnd(text: string, i: number): number | bigint {
    const big = this.#s.charCodeAt(i) === 110; /* n */
    this.#pos = big ? i + 1 : i;
    this.#checkAfterNumber();
    return big ? BigInt(text) : Number(text);
  }

  /**
   * Skips the digits at `i` in `radix` and the separators between them;
   * returns where they end. `where` says which part of a number they are
   * (for the message about a separator at their start).
   */
  #digits(i: number, radix: number, where: string): number {
    const s = this.#s;
    const first = i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (isDigit(c, radix)) i++;
      else if (c === C.Underscore) {
        if (i === first || !isDigit(s.charCodeAt(i + 1), radix)) {
          this.#fail(
            i === first && where !== ""
              ? `a numeric separator "_" cannot stand first ${where}`
              : 'a numeric separator "_" must stand between two digits',
            i,
          );
        }
        i++;
      } else return i;
    }
  }

  #checkAfterNumber() {
    const c = this.#s.charCodeAt(this.#pos);
    if (
      (c >= C.Zero && c <= C.Nine) || isIdentifierChar(this.#s, this.#pos)
    ) {
      this.#fail("an identifier or digit cannot follow a number directly");
    }
  }

  #isQuote(): boolean {
    const c = this.#s.charCodeAt(this.#pos);
    return c === C.DQuote || c === C.SQuote;
  }

  #string(): string {
    const s = this.#s;
    const quote = s.charCodeAt(this.#pos);
    const start = this.#pos;
    let i = start + 1;
    let chunk = i;
    let out = "";
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === quote) {
        this.#pos = i + 1;
        return out + s.slice(chunk, i);
      }
      if (c === C.Backslash) {
        out += s.slice(chunk, i);
        this.#pos = i;
        out += this.#escape(false);
        i = chunk = this.#pos;
        continue;
      }
      if (c === C.LF || c === C.CR || Number.isNaN(c)) {
        this.#fail("the string is not closed on its line", start);
      }
      i++;
    }
  }

  #template(): string {
    const s = this.#s;
    const start = this.#pos;
    let i = start + 1;
    let chunk = i;
    let out = "";
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === C.Backtick) {
        this.#pos = i + 1;
        return out + s.slice(chunk, i);
      }
      if (c === C.Dollar && s.charCodeAt(i + 1) === C.LBrace) {
        this.#fail("template substitutions (${...}) are code, not data", i);
      }
      if (c === C.Backslash) {
        out += s.slice(chunk, i);
        this.#pos = i;
        out += this.#escape(true);
        i = chunk = this.#pos;
        continue;
      }
      if (c === C.CR) {
        out += s.slice(chunk, i) + "\n";
        i += s.charCodeAt(i + 1) === C.LF ? 2 : 1;
        chunk = i;
        continue;
      }
      if (Number.isNaN(c)) {
        this.#fail("the template string is not closed", start);
      }
      i++;
    }
  }

  /** Reads an escape sequence at `\`; returns what it stands for. */
  #escape(template: boolean): string {
    const s = this.#s;
    const at = this.#pos;
    const c = s[at + 1];
    this.#pos = at + 2;
    switch (c) {
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "r":
        return "\r";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "v":
        return "\v";
      case "0":
        if (/[0-9]/.test(s[at + 2] ?? "")) {
          this.#fail("octal escapes are not allowed in modules", at);
        }
        return "\0";
      case "x": {
        const hex = s.slice(at + 2, at + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          this.#fail("a \\x escape needs two hex digits", at);
        }
        this.#pos = at + 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case "u": {
        if (s[at + 2] === "{") {
          const close = s.indexOf("}", at + 3);
          const hex = close < 0 ? "" : s.slice(at + 3, close);
          // Any number of hex digits (leading zeros too), up to 10FFFF.
          const cp = /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
          if (!(cp <= 0x10ffff)) {
            this.#fail("a \\u{...} escape needs a code point", at);
          }
          this.#pos = close + 1;
          return String.fromCodePoint(cp);
        }
        const hex = s.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          this.#fail("a \\u escape needs four hex digits", at);
        }
        this.#pos = at + 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case "\r":
        if (s[at + 2] === "\n") this.#pos++;
        return "";
      case "\n":
      case "\u2028":
      case "\u2029":
        return "";
      case undefined:
        return this.#fail("the string is not closed", at);
    }
    if (/[1-9]/.test(c)) {
      this.#fail(
        template
          ? "octal escapes are not allowed in templates"
          : "octal escapes are not allowed in modules",
        at,
      );
    }
    // A surrogate pair is one escaped character.
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = s.charCodeAt(at + 2);
      if (next >= 0xdc00 && next <= 0xdfff) {
        this.#pos = at + 3;
        return s.slice(at + 1, at + 3);
      }
    }
    return c;
  }

  /**
   * Reads a property name. Names are looked up in a small cache by a hash of
   * their characters, so a name seen before is the same string (already
   * internalized by V8), without slicing the text again.
   */
  #key(): string {
    const s = this.#s;
    const start = this.#pos;
    let i = start;
    let hash = 0;
    for (;;) {
      const c = s.charCodeAt(i);
      if (
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C.Underscore ||
        c === C.Dollar || (i > start && c >= C.Zero && c <= C.Nine)
      ) {
        hash = (hash * 31 + c) | 0;
        i++;
        continue;
      }
      if (c > 127 || c === C.Backslash) {
        const word = this.#peekWord();
        if (word === undefined) this.#unexpected("a property name");
        this.#pos += word.length;
        return word;
      }
      break;
    }
    if (i === start) this.#unexpected("a property name");
    this.#pos = i;
    return intern(s, start, i, hash);
  }

  /** Consumes `word` when it stands at the position as a whole word. */
  #word(word: string): boolean {
    const s = this.#s;
    const end = this.#pos + word.length;
    if (!s.startsWith(word, this.#pos)) return false;
    const c = s.charCodeAt(end);
    if (
      (c >= C.Zero && c <= C.Nine) || isIdentifierChar(s, end)
    ) return false;
    this.#pos = end;
    return true;
  }

  /** The identifier at the position, without moving, or undefined. */
  #peekWord(): string | undefined {
    const s = this.#s;
    const start = this.#pos;
    let i = start;
    let hash = 0;
    let ascii = true;
    for (;;) {
      const c = s.charCodeAt(i);
      if (
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C.Underscore ||
        c === C.Dollar || (i > start && c >= C.Zero && c <= C.Nine)
      ) {
        hash = (hash * 31 + c) | 0;
        i++;
        continue;
      }
      if (c > 127 && !Number.isNaN(c)) {
        ascii = false;
        const cp = s.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        if ((i === start ? ID_START : ID_CONTINUE).test(ch)) {
          i += ch.length;
          continue;
        }
      }
      if (c === C.Backslash) {
        this.#fail("escapes in names are not in the subset", i);
      }
      break;
    }
    if (i === start) return undefined;
    return ascii ? intern(s, start, i, hash) : s.slice(start, i);
  }

  /** Reads an identifier (reserved words allowed) or fails. */
  #identifierName(): string {
    const word = this.#peekWord();
    if (word === undefined) return this.#unexpected("a name");
    this.#pos += word.length;
    return word;
  }

  #eat(code: number): boolean {
    if (this.#s.charCodeAt(this.#pos) !== code) return false;
    this.#pos++;
    return true;
  }

  #expect(code: number, what: string) {
    if (!this.#eat(code)) this.#unexpected(what);
  }

  #unexpected(expected: string): never {
    const s = this.#s;
    if (this.#pos >= s.length) {
      this.#fail(
        `the text ends where ${expected} was expected (is the file truncated?)`,
      );
    }
    const ch = String.fromCodePoint(s.codePointAt(this.#pos)!);
    const shown = JSON.stringify(ch);
    const code = ch === "." || ch === "(" || ch === "?"
      ? "property access and calls are code, not data"
      : /[-+*/%&|^!<>=~?]/.test(ch)
      ? "operators are code, not data"
      : undefined;
    this.#fail(
      code === undefined
        ? `unexpected ${shown} where ${expected} was expected`
        : `unexpected ${shown}: ${code}`,
    );
  }

  /** Skips white space and comments; records whether a line break was crossed. */
  #skip() {
    const s = this.#s;
    let i = this.#pos;
    let first = s.charCodeAt(i);
    if (first === C.Space) first = s.charCodeAt(++i);
    if (first > C.Space && first !== C.Slash && first < 127) {
      this.#pos = i;
      return;
    }
    if (first === C.LF) {
      // A line break and an indentation, as between entries on their own lines.
      let c = s.charCodeAt(++i);
      while (c === C.Space) c = s.charCodeAt(++i);
      if (c > C.Space && c !== C.Slash && c < 127) {
        this.#pos = this.#breakAt = i;
        return;
      }
      this.#skipMore(i, true);
    } else this.#skipMore(i, false);
  }

  /** The rest of `#skip`: comments, tabs, other line breaks and spaces. */
  #skipMore(i: number, newline: boolean) {
    const s = this.#s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === C.Space || c === C.Tab) i++;
      else if (c === C.LF || c === C.CR) {
        newline = true;
        i++;
      } else if (c === C.Slash) {
        const d = s.charCodeAt(i + 1);
        if (d === C.Slash) {
          i += 2;
          while (i < s.length) {
            const e = s.charCodeAt(i);
            if (e === C.LF || e === C.CR || e === 0x2028 || e === 0x2029) break;
            i++;
          }
        } else if (d === C.Star) {
          const end = s.indexOf("*/", i + 2);
          if (end < 0) this.#fail("the comment is not closed", i);
          const body = s.slice(i + 2, end);
          if (/[\n\r\u2028\u2029]/.test(body)) newline = true;
          i = end + 2;
        } else break;
      } else if (c === C.VT || c === C.FF || c === 0xa0 || c === 0xfeff) i++;
      else if (c === 0x2028 || c === 0x2029) {
        newline = true;
        i++;
      } else if (c > 127 && /\p{Zs}/u.test(s[i])) i++;
      else break;
    }
    this.#pos = i;
    if (newline) this.#breakAt = i;
  }
}

/** The prefixes of binary, octal and hexadecimal literals: their radix. */
const RADIX_PREFIXES: ReadonlyMap<string, number> = new Map([
  ["b", 2],
  ["B", 2],
  ["o", 8],
  ["O", 8],
  ["x", 16],
  ["X", 16],
]);

/** Whether the character code `c` is a digit in `radix` (2, 8, 10 or 16). */
function isDigit(c: number, radix: number): boolean {
  if (c >= C.Zero && c < C.Zero + Math.min(radix, 10)) return true;
  if (radix !== 16) return false;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102;
}

function isIdentifierChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C.Underscore ||
    c === C.Dollar
  ) return true;
  return c > 127 && !Number.isNaN(c) &&
    ID_CONTINUE.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Slots of the name cache (a power of two). */
const NAME_CACHE = 1 << 14;
const names: (string | undefined)[] = new Array(NAME_CACHE).fill(undefined);

/**
 * `s.slice(start, end)`, an ASCII name whose characters hash to `hash`,
 * taken from a cache of names seen before (in any module) when it is
 * there: the same string object each time, whose hash V8 has already
 * computed, so property stores and lookups by it are cheap.
 */
function intern(s: string, start: number, end: number, hash: number): string {
  const slot = (hash ^ (end - start)) & (NAME_CACHE - 1);
  const cached = names[slot];
  if (cached !== undefined && cached.length === end - start) {
    let k = 0;
    while (
      k < cached.length && cached.charCodeAt(k) === s.charCodeAt(start + k)
    ) {
      k++;
    }
    if (k === cached.length) return cached;
  }
  return names[slot] = s.slice(start, end);
}
