// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Terminal colours for the command line tool, on or off as a whole. The tool
 * turns them on only when writing to a terminal and `NO_COLOR` is not set.
 *
 * @module
 */

/** Text decorations, each the identity when colours are off. */
export interface Style {
  /** Whether decorations are on. */
  readonly enabled: boolean;
  /** Bold text (table headers, names). */
  bold(text: string): string;
  /** Dim text (secondary information). */
  dim(text: string): string;
  /** Red text (errors, problems). */
  red(text: string): string;
  /** Green text (success). */
  green(text: string): string;
  /** Yellow text (warnings). */
  yellow(text: string): string;
  /** Cyan text (numbers, file names). */
  cyan(text: string): string;
}

function sgr(open: number, close: number, on: boolean) {
  return on
    ? (text: string) => text === "" ? "" : `\x1b[${open}m${text}\x1b[${close}m`
    : (text: string) => text;
}

/**
 * Makes a {@linkcode Style} with colours on or off.
 *
 * @example Colours off
 * ```ts
 * import { createStyle } from "./style.ts";
 * import assert from "node:assert/strict";
 * assert.equal(createStyle(false).red("x"), "x");
 * assert.equal(createStyle(true).red("x"), "\x1b[31mx\x1b[39m");
 * ```
 *
 * @param enabled Whether to decorate.
 * @returns The style.
 */
export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: sgr(1, 22, enabled),
    dim: sgr(2, 22, enabled),
    red: sgr(31, 39, enabled),
    green: sgr(32, 39, enabled),
    yellow: sgr(33, 39, enabled),
    cyan: sgr(36, 39, enabled),
  };
}

/**
 * Removes the colour codes {@linkcode createStyle} adds.
 *
 * @example Plain text back
 * ```ts
 * import { createStyle, stripStyle } from "./style.ts";
 * import assert from "node:assert/strict";
 * assert.equal(stripStyle(createStyle(true).bold("a")), "a");
 * ```
 *
 * @param text Text with colour codes.
 * @returns The text without them.
 */
export function stripStyle(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/\x1b\[\d+m/g, "");
}
