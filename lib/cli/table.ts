// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Aligned text tables for the command line tool, and the width of text on
 * a terminal.
 *
 * @module
 */

import { createStyle, type Style } from "./style.ts";

/** Options for {@linkcode formatTable}. */
export interface TableOptions {
  /**
   * The alignment of each column; missing columns are left-aligned.
   *
   * @default {[]}
   */
  align?: readonly ("left" | "right")[];
  /**
   * Whether the first row is a header (printed in bold).
   *
   * @default {true}
   */
  header?: boolean;
  /**
   * The widest a line may be; the last column is cut with `…` to fit.
   * `Infinity` never cuts.
   *
   * @default {Infinity}
   */
  maxWidth?: number;
  /**
   * Colours for the header.
   *
   * @default {createStyle(false)}
   */
  style?: Style;
  /**
   * Spaces between columns.
   *
   * @default {2}
   */
  gap?: number;
}

// East Asian wide and fullwidth ranges, and emoji: two columns each.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200f\ufe00-\ufe0f]/u;

/**
 * The number of terminal columns a string takes: wide (East Asian, emoji)
 * characters count two, combining marks none.
 *
 * @example Widths
 * ```ts
 * import { displayWidth } from "./table.ts";
 * import assert from "node:assert/strict";
 * assert.equal(displayWidth("abc"), 3);
 * assert.equal(displayWidth("数据"), 4);
 * ```
 *
 * @param text Text without control characters.
 * @returns Its width in columns.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    if (ZERO_WIDTH.test(c)) continue;
    width += WIDE.test(c) ? 2 : 1;
  }
  return width;
}

// Characters JSON.stringify() leaves as they are but a terminal acts on or
// shows misleadingly: DEL and C1 controls (U+009B is a CSI in some
// terminals), line and paragraph separators, and bidirectional controls
// (U+202E turns text around: "txt.exe" shown as "exe.txt").
const RAW_IN_JSON =
  "\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069";
const UNSAFE_IN_JSON = new RegExp(`[${RAW_IN_JSON}]`, "g");
/** Those and the C0 controls. */
const UNSAFE_ALL = new RegExp(`[\\u0000-\\u001f${RAW_IN_JSON}]`, "g");
const UNSAFE = new RegExp(`[\\u0000-\\u001f${RAW_IN_JSON}]`);
/** What a terminal acts on: all of them but line breaks, tabs and U+2028/9. */
const UNSAFE_ON_TERMINAL =
  // deno-lint-ignore no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A character as a `\uXXXX` escape (every character these sets hold is BMP). */
function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Quotes a string as JSON does, and also escapes what JSON leaves raw but
 * a terminal acts on or shows misleadingly: DEL, C1 controls, line and
 * paragraph separators and bidirectional controls (U+202E). The result is
 * still a JSON (and JavaScript) string literal of the same string.
 *
 * @example A right-to-left override
 * ```ts
 * import { quoteString } from "./table.ts";
 * import assert from "node:assert/strict";
 * assert.equal(quoteString("a\u202eb\u001b"), '"a\\u202eb\\u001b"');
 * assert.equal(JSON.parse(quoteString("a\u202eb")), "a\u202eb");
 * ```
 *
 * @param text Any string.
 * @returns The quoted, escaped string.
 */
export function quoteString(text: string): string {
  return escapeJsonText(JSON.stringify(text));
}

/**
 * Escapes, in JSON text, the characters {@linkcode quoteString} escapes
 * beyond JSON (they can only be inside strings there, so the text keeps
 * its meaning).
 *
 * @example Making a JSON document safe for a terminal
 * ```ts
 * import { escapeJsonText } from "./table.ts";
 * import assert from "node:assert/strict";
 * const text = escapeJsonText(JSON.stringify({ name: "\u202efdp.exe" }));
 * assert.equal(text, '{"name":"\\u202efdp.exe"}');
 * ```
 *
 * @param json JSON text.
 * @returns The same JSON value, with those characters escaped.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape);
}

// Characters a terminal shows as nothing, or as a plain space, so that text
// copied from it names something else: no-break and other non-ASCII
// spaces, zero-width and joining characters, soft hyphen, invisible
// operators, fillers, interlinear annotation marks, the byte order mark
// and tag characters. (Combining accents and variation selectors show as
// part of a character, and stay.)
const INVISIBLE =
  "\u00a0\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200d\u202f\u205f-\u2065\u206a-\u206f\u3000\u3164\ufeff\uffa0\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}";
const UNSAFE_OR_INVISIBLE = new RegExp(`[${RAW_IN_JSON}${INVISIBLE}]`, "gu");

/**
 * Escapes, in JSON text, what {@linkcode escapeJsonText} escapes and also
 * the characters a terminal shows as nothing or as a plain space (no-break
 * and other non-ASCII spaces, zero-width characters, the byte order mark,
 * tag characters): printed, the text can be copied back and means the same
 * JSON value. For JSON text (or a chest's canonical key text) whose only
 * characters outside ASCII are inside strings.
 *
 * @example A key with a zero-width space and a right-to-left override
 * ```ts
 * import { escapeInvisible } from "./table.ts";
 * import assert from "node:assert/strict";
 * const text = escapeInvisible(JSON.stringify("z\u200bw\u202e"));
 * assert.equal(text, '"z\\u200bw\\u202e"');
 * assert.equal(JSON.parse(text), "z\u200bw\u202e");
 * ```
 *
 * @param json JSON text.
 * @returns The same value, those characters written as `\uXXXX`.
 */
export function escapeInvisible(json: string): string {
  return json.replace(
    UNSAFE_OR_INVISIBLE,
    (c) =>
      Array.from(
        { length: c.length },
        (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`,
      ).join(""),
  );
}

/**
 * Writes every control character, DEL, C1 control, line or paragraph
 * separator and bidirectional control as `\\uXXXX`, leaving the rest (for
 * text such as a RegExp's source, where that escape means the same).
 *
 * @example A RegExp that matches ESC
 * ```ts
 * import { escapeUnsafe } from "./table.ts";
 * import assert from "node:assert/strict";
 * assert.equal(escapeUnsafe(String(new RegExp("\u001b\\["))), "/\\u001b\\[/");
 * ```
 *
 * @param text Any string.
 * @returns The text with those characters escaped.
 */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_ALL, unicodeEscape);
}

/**
 * Whether a string holds characters that a terminal acts on or shows
 * misleadingly (controls other than line breaks and tabs, DEL, C1
 * controls, bidirectional controls): then print it with
 * {@linkcode quoteString}.
 *
 * @example Telling a harmless string from a dangerous one
 * ```ts
 * import { unsafeOnTerminal } from "./table.ts";
 * import assert from "node:assert/strict";
 * assert.equal(unsafeOnTerminal("two\nlines\tand a tab"), false);
 * assert.equal(unsafeOnTerminal("\u001b[2J"), true);
 * ```
 *
 * @param text Any string.
 * @returns Whether it is unsafe to write raw to a terminal.
 */
export function unsafeOnTerminal(text: string): boolean {
  return UNSAFE_ON_TERMINAL.test(text);
}

/**
 * Makes any string safe for one table cell or one line: control
 * characters (line breaks, tabs, escapes) and bidirectional controls are
 * written as JSON escapes, and the result is quoted when that happened or
 * the text is empty.
 *
 * @example A name with a line break
 * ```ts
 * import { cellText } from "./table.ts";
 * import assert from "node:assert/strict";
 * assert.equal(cellText("a\nb"), '"a\\nb"');
 * assert.equal(cellText("plain"), "plain");
 * ```
 *
 * @param text Any string.
 * @returns Printable text on one line.
 */
export function cellText(text: string): string {
  if (text !== "" && !UNSAFE.test(text)) return text;
  return quoteString(text);
}

/**
 * Cuts text to at most `width` columns, ending with `…` when cut.
 *
 * @example Cutting a long preview
 * ```ts
 * import { truncate } from "./table.ts";
 * import assert from "node:assert/strict";
 * assert.equal(truncate("abcdef", 4), "abc…");
 * assert.equal(truncate("abc", 4), "abc");
 * ```
 *
 * @param text The text.
 * @param width The most columns, at least 1.
 * @returns The text, cut if needed.
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const c of text) {
    const w = ZERO_WIDTH.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
    if (used + w > width - 1) break;
    out += c;
    used += w;
  }
  return `${out}…`;
}

/**
 * Formats rows of cells as an aligned table, one line per row, columns
 * separated by spaces. Cells are used as given: pass names through
 * {@linkcode cellText} first.
 *
 * @example A table with a numeric column
 * ```ts
 * import { formatTable } from "./table.ts";
 * import assert from "node:assert/strict";
 * const text = formatTable([["NAME", "BYTES"], ["x", "8"], ["energy", "8000000"]], {
 *   align: ["left", "right"],
 * });
 * assert.equal(text, "NAME      BYTES\nx             8\nenergy  8000000");
 * ```
 *
 * @param rows The rows; shorter rows are padded with empty cells.
 * @param options Alignment, header, width, colours and gap.
 * @returns The lines joined with `\n` (no final newline).
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const {
    align = [],
    header = true,
    maxWidth = Infinity,
    style = createStyle(false),
    gap = 2,
  } = options;
  const columns = rows.reduce((max, r) => Math.max(max, r.length), 0);
  const widths = new Array<number>(columns).fill(0);
  for (const row of rows) {
    for (let c = 0; c < columns - 1; c++) {
      widths[c] = Math.max(widths[c], displayWidth(row[c] ?? ""));
    }
  }
  const lead = widths.slice(0, -1).reduce((a, w) => a + w + gap, 0);
  const last = Math.max(
    1,
    Math.min(
      rows.reduce(
        (max, r) => Math.max(max, displayWidth(r[columns - 1] ?? "")),
        0,
      ),
      maxWidth - lead,
    ),
  );
  widths[columns - 1] = last;
  const lines = rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      let text = row[c] ?? "";
      if (c === columns - 1) text = truncate(text, last);
      const pad = " ".repeat(widths[c] - displayWidth(text));
      const right = align[c] === "right";
      const isLast = c === columns - 1;
      const cell = right ? pad + text : isLast ? text : text + pad;
      cells.push(cell);
    }
    const line = cells.join(" ".repeat(gap)).trimEnd();
    return header && r === 0 ? style.bold(line) : line;
  });
  return lines.join("\n");
}
