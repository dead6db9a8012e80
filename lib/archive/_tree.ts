// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// The tree the parser produces. Literal parts of the module (numbers,
// strings, and arrays, objects, Maps, Sets, Dates, RegExps and typed arrays
// made only of literals) are built while parsing and appear in the tree as
// plain values; only what depends on names (constants, imports, helpers)
// becomes an `Expr` for the builder.

/** An expression the builder must evaluate. Anything else is a built value. */
export abstract class Expr {
  /** Offset in the source, for messages. */
  readonly pos: number;
  constructor(pos: number) {
    this.pos = pos;
  }
}

/** A reference to a constant or an import. */
export class Ref extends Expr {
  readonly name: string;
  constructor(pos: number, name: string) {
    super(pos);
    this.name = name;
  }
}

/** An array literal with at least one expression (holes are kept as holes). */
export class ArrayExpr extends Expr {
  readonly items: unknown[];
  constructor(pos: number, items: unknown[]) {
    super(pos);
    this.items = items;
  }
}

/**
 * `Object.assign(new Array(length), { index: value, … })` (a sparse array)
 * with at least one expression among its values.
 */
export class SparseArrayExpr extends Expr {
  readonly length: number;
  readonly indices: number[];
  readonly values: unknown[];
  constructor(
    pos: number,
    length: number,
    indices: number[],
    values: unknown[],
  ) {
    super(pos);
    this.length = length;
    this.indices = indices;
    this.values = values;
  }
}

/** An object literal with at least one expression among its values. */
export class ObjectExpr extends Expr {
  readonly keys: string[];
  readonly values: unknown[];
  readonly nullProto: boolean;
  constructor(
    pos: number,
    keys: string[],
    values: unknown[],
    nullProto: boolean,
  ) {
    super(pos);
    this.keys = keys;
    this.values = values;
    this.nullProto = nullProto;
  }
}

/** `new Callee(...args)` that depends on names. */
export class NewExpr extends Expr {
  readonly callee: string;
  readonly args: unknown[];
  constructor(pos: number, callee: string, args: unknown[]) {
    super(pos);
    this.callee = callee;
    this.args = args;
  }
}

/** `callee(...args)` or `await callee(...args)`: a helper of `_persist.js`. */
export class CallExpr extends Expr {
  readonly callee: string;
  readonly args: unknown[];
  readonly awaited: boolean;
  constructor(pos: number, callee: string, args: unknown[], awaited: boolean) {
    super(pos);
    this.callee = callee;
    this.args = args;
    this.awaited = awaited;
  }
}

/** One name imported by an import declaration. */
export interface ImportSpecifier {
  /** The exported name in the source module. */
  imported: string;
  /** The local name. */
  local: string;
  /** Offset, for messages. */
  pos: number;
}

/** `import { a, b as c } from "source"`. */
export interface ImportDecl {
  source: string;
  specifiers: ImportSpecifier[];
  pos: number;
}

/** A statement of the module body. */
export type Statement =
  | {
    type: "const";
    name: string;
    init: unknown;
    exported: boolean;
    pos: number;
  }
  | { type: "export"; local: string; exported: string; pos: number }
  | { type: "default"; value: unknown; pos: number }
  | {
    type: "assign";
    target: string;
    keys: (string | number)[];
    value: unknown;
    pos: number;
  }
  | {
    type: "call";
    target: string;
    keys: (string | number)[];
    method: "set" | "add";
    args: unknown[];
    pos: number;
  };

/** A parsed module. */
export interface Program {
  /** The format version from the first line, when stated. */
  version: number | undefined;
  imports: ImportDecl[];
  statements: Statement[];
  /** Every helper call, in source order (array files are read before building). */
  calls: CallExpr[];
}
