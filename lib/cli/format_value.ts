// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Human-readable text for any archived value, as `persist get` prints it:
 * JavaScript-like literals, arrays in NumPy style (summarized unless
 * `full`), shared objects and cycles marked (`<ref *1>` where an object is
 * first printed, `[Ref *1]` or `[Circular *1]` where it appears again), long
 * containers and strings cut unless `full`.
 *
 * @module
 */

import { isTypedArray, NDArray, type TypedArray } from "../npy/mod.ts";
import {
  countRefs,
  isContainer,
  isMap,
  isSet,
  mapEntries,
  setValues,
} from "./_refs.ts";
import { ArrayExcerpt, formatArray } from "./format_array.ts";
import { placeholderArgs, placeholderOf } from "./placeholder.ts";
import { escapeUnsafe, quoteString, unsafeOnTerminal } from "./table.ts";

/** Options for {@linkcode formatValue}. */
export interface FormatValueOptions {
  /**
   * Print everything: every array element, container entry and character.
   *
   * @default {false}
   */
  full?: boolean;
  /**
   * Columns to fit on one line before breaking a container over lines.
   *
   * @default {80}
   */
  width?: number;
  /**
   * Entries shown per container (array, object, Map, Set) unless `full`.
   *
   * @default {100}
   */
  maxItems?: number;
  /**
   * Characters shown per string inside a container unless `full`.
   *
   * @default {1000}
   */
  maxString?: number;
  /**
   * Print a string given as the whole value as it is, without quotes (as
   * `console.log` does).
   *
   * @default {true}
   */
  rawString?: boolean;
  /**
   * With `rawString`, still quote and escape (as in containers) a string
   * given as the whole value when it holds characters a terminal acts on:
   * controls other than line breaks and tabs (ESC, BEL), DEL, C1 controls
   * and bidirectional controls (U+202E). For output to a terminal.
   *
   * @default {false}
   */
  escapeControls?: boolean;
  /**
   * Text for binary values (typed arrays, NDArrays, ArrayBuffers,
   * DataViews) that the caller describes itself, or `undefined` for the
   * default.
   */
  describeBinary?: (value: object) => string | undefined;
}

const MORE = /^\.\.\. \d+ more /;
const IDENTIFIER = /^[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*$/u;

/**
 * Formats a value for people.
 *
 * @example A record with a big array and a shared object
 * ```ts
 * import { formatValue } from "./format_value.ts";
 * import assert from "node:assert/strict";
 *
 * const grid = { step: 0.5 };
 * const text = formatValue({ grid, again: grid, y: new Float64Array(50), n: -0, b: 2n });
 * assert.equal(
 *   text,
 *   "{\n  grid: <ref *1> { step: 0.5 },\n  again: [Ref *1],\n" +
 *     "  y: Float64Array(50) [0, 0, 0, ..., 0, 0, 0],\n  n: -0,\n  b: 2n\n}",
 * );
 * ```
 *
 * @param value Any value.
 * @param options Limits, width and hooks.
 * @returns The text (no final line break).
 */
export function formatValue(
  value: unknown,
  options: FormatValueOptions = {},
): string {
  const {
    full = false,
    width = 80,
    maxItems = 100,
    maxString = 1000,
    rawString = true,
    escapeControls = false,
    describeBinary,
  } = options;
  if (
    typeof value === "string" && rawString &&
    !(escapeControls && unsafeOnTerminal(value))
  ) {
    return value;
  }
  if (
    value instanceof NDArray || isTypedArray(value) ||
    value instanceof ArrayExcerpt
  ) {
    const own = describeBinary?.(value);
    if (own !== undefined) return own;
    return formatArray(value, { full });
  }
  const counts = countRefs(value);
  const ids = new Map<object, number>();
  const open = new Set<object>();

  const str = (s: string): string => {
    if (full || s.length <= maxString) return quoteString(s);
    return `${quoteString(s.slice(0, maxString))}... ${
      s.length - maxString
    } more characters`;
  };
  const key = (k: string) => (IDENTIFIER.test(k) ? k : quoteString(k));

  const binary = (v: object): string => {
    const own = describeBinary?.(v);
    if (own !== undefined) return own;
    const options = { full, threshold: 10, oneLine: true };
    if (
      v instanceof NDArray || isTypedArray(v) || v instanceof ArrayExcerpt
    ) {
      return formatArray(v, options);
    }
    const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(
      (v as DataView).buffer,
      (v as DataView).byteOffset,
      (v as DataView).byteLength,
    );
    const name = v instanceof ArrayBuffer ? "ArrayBuffer" : "DataView";
    return `${name}(${bytes.length}) ${
      formatArray(bytes, { ...options, header: false })
    }`;
  };

  const layout = (
    head: string,
    parts: string[],
    brackets: [string, string],
    indent: string,
  ): string => {
    const [l, r] = brackets;
    if (parts.length === 0) return `${head}${l}${r}`;
    const spaced = l === "{" ? " " : "";
    const line = `${head}${l}${spaced}${parts.join(", ")}${spaced}${r}`;
    if (!line.includes("\n") && indent.length + line.length <= width) {
      return line;
    }
    const inner = `${indent}  `;
    const items = parts.filter((p) => !MORE.test(p));
    if (l === "[" && items.every((p) => p.length <= 16 && !p.includes("\n"))) {
      // Short items (numbers, small strings): as many per line as fit.
      const cell = items.reduce((max, p) => Math.max(max, p.length), 0) + 2;
      const perLine = Math.max(1, Math.floor((width - inner.length) / cell));
      const lines: string[] = [];
      for (let i = 0; i < parts.length; i += perLine) {
        lines.push(
          inner + parts.slice(i, i + perLine).join(", ") +
            (i + perLine < parts.length ? "," : ""),
        );
      }
      return `${head}${l}\n${lines.join("\n")}\n${indent}${r}`;
    }
    return `${head}${l}\n${
      parts.map((p) => inner + p).join(",\n")
    }\n${indent}${r}`;
  };

  const limit = <T>(items: T[], total: number, more: (n: number) => string) => {
    if (full || total <= maxItems) return { items, tail: [] as string[] };
    return {
      items: items.slice(0, maxItems),
      tail: [more(total - maxItems)],
    };
  };

  const fmt = (v: unknown, indent: string): string => {
    switch (typeof v) {
      case "string":
        return str(v);
      case "number":
        return Object.is(v, -0) ? "-0" : String(v);
      case "bigint":
        return `${v}n`;
      case "undefined":
        return "undefined";
      case "boolean":
        return String(v);
      case "symbol":
        return v.toString();
      case "function":
        return `[Function: ${v.name || "anonymous"}]`;
    }
    if (v === null) return "null";
    const obj = v as object;
    const seen = ids.get(obj);
    if (seen !== undefined) {
      return open.has(obj) ? `[Circular *${seen}]` : `[Ref *${seen}]`;
    }
    let prefix = "";
    if ((counts.get(obj) ?? 0) > 1) {
      const id = ids.size + 1;
      ids.set(obj, id);
      prefix = `<ref *${id}> `;
    }
    if (!isContainer(obj)) {
      if (obj instanceof Date) {
        return prefix +
          (Number.isNaN(obj.getTime()) ? "Invalid Date" : obj.toISOString());
      }
      if (obj instanceof RegExp) return prefix + escapeUnsafe(String(obj));
      return prefix + binary(obj);
    }
    open.add(obj);
    try {
      return prefix + container(obj, indent);
    } finally {
      open.delete(obj);
    }
  };

  const container = (obj: object, indent: string): string => {
    const inner = `${indent}  `;
    const args = placeholderArgs(obj);
    const info = placeholderOf(obj);
    if (args !== undefined && info !== undefined) {
      return layout(
        `new ${info.export}`,
        args.map((a) => fmt(a, inner)),
        ["(", ")"],
        indent,
      );
    }
    const proto = Object.getPrototypeOf(obj);
    const className = proto === null
      ? "[Object: null prototype] "
      : (proto === Object.prototype || proto === Array.prototype ||
          proto === Map.prototype || proto === Set.prototype)
      ? ""
      : `${proto.constructor?.name || "Object"} `;
    const fields = () =>
      Object.keys(obj).map((k) =>
        `${key(k)}: ${fmt((obj as Record<string, unknown>)[k], inner)}`
      );
    if (isMap(obj)) {
      const entries = mapEntries(obj);
      const { items, tail } = limit(
        entries,
        entries.length,
        (n) => `... ${n} more entries`,
      );
      const parts = items.map(([k, val]) =>
        `${fmt(k, inner)} => ${fmt(val, inner)}`
      );
      return layout(
        `${className}Map(${entries.length}) `,
        [...parts, ...tail],
        ["{", "}"],
        indent,
      );
    }
    if (isSet(obj)) {
      const values = setValues(obj);
      const { items, tail } = limit(
        values,
        values.length,
        (n) => `... ${n} more values`,
      );
      return layout(
        `${className}Set(${values.length}) `,
        [...items.map((x) => fmt(x, inner)), ...tail],
        ["{", "}"],
        indent,
      );
    }
    if (Array.isArray(obj)) {
      const parts: string[] = [];
      const shown = full ? obj.length : Math.min(obj.length, maxItems);
      for (let i = 0; i < shown;) {
        if (i in obj) {
          parts.push(fmt(obj[i], inner));
          i++;
          continue;
        }
        let j = i;
        while (j < shown && !(j in obj)) j++;
        parts.push(`<${j - i} empty item${j - i === 1 ? "" : "s"}>`);
        i = j;
      }
      if (shown < obj.length) {
        parts.push(`... ${obj.length - shown} more items`);
      }
      return layout(className, parts, ["[", "]"], indent);
    }
    const all = fields();
    const { items, tail } = limit(all, all.length, (n) => `... ${n} more keys`);
    return layout(className, [...items, ...tail], ["{", "}"], indent);
  };

  return fmt(value, "");
}

/**
 * A one-line preview of a value, cut to `width` columns (for tables).
 *
 * @example Previews
 * ```ts
 * import { previewValue } from "./format_value.ts";
 * import assert from "node:assert/strict";
 * assert.equal(previewValue({ a: [1, 2] }), "{ a: [1, 2] }");
 * assert.equal(previewValue("text"), '"text"');
 * ```
 *
 * @param value Any value.
 * @param options The same hooks as {@linkcode formatValue}.
 * @returns One line.
 */
export function previewValue(
  value: unknown,
  options: Pick<FormatValueOptions, "describeBinary"> = {},
): string {
  const text = formatValue(value, {
    width: Infinity,
    maxItems: 10,
    maxString: 60,
    rawString: false,
    describeBinary: options.describeBinary ??
      ((v) =>
        v instanceof NDArray || isTypedArray(v) || v instanceof ArrayExcerpt
          ? formatArray(v as NDArray | TypedArray | ArrayExcerpt, {
            threshold: 6,
            edgeItems: 3,
            oneLine: true,
          })
          : undefined),
  });
  return text.includes("\n") ? text.replace(/\n\s*/g, " ") : text;
}
