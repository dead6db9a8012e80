// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The progress bar of long operations (`verify`, `convert`): one line,
 * redrawn in place with `\r` on a terminal, at most ten times a second, and
 * erased when the operation ends. The tool gives it a writer only when
 * standard error is a terminal and `--quiet` is not set; otherwise nothing
 * is written at all.
 *
 * @module
 */

import { truncate } from "./table.ts";

/** Options for {@linkcode renderProgress}. */
export interface RenderProgressOptions {
  /**
   * Columns of the whole line.
   *
   * @default {80}
   */
  width?: number;
  /** What is being done (`"verify run1"`). */
  label?: string;
  /** The current step (`"y.npy"`). */
  detail?: string;
}

/**
 * Renders one progress line: label, bar, count and percentage, and the
 * current step, cut to the width.
 *
 * @example Half done
 * ```ts
 * import { renderProgress } from "./progress.ts";
 * import assert from "node:assert/strict";
 * assert.equal(
 *   renderProgress(1, 2, { width: 40, label: "verify" }),
 *   "verify [##########..........] 1/2  50%",
 * );
 * ```
 *
 * @param done Steps done.
 * @param total Steps in all (0 when unknown).
 * @param options Width, label and current step.
 * @returns The line, without `\r` or a line break.
 */
export function renderProgress(
  done: number,
  total: number,
  options: RenderProgressOptions = {},
): string {
  const { width = 80, label = "", detail = "" } = options;
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const bar = 20;
  const filled = Math.round(fraction * bar);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const parts = [
    label,
    `[${"#".repeat(filled)}${".".repeat(bar - filled)}]`,
    `${done}/${total} ${percent}`,
  ].filter((p) => p !== "");
  let line = parts.join(" ");
  if (detail !== "") line += `  ${detail}`;
  return truncate(line, Math.max(10, width - 1));
}

/** Options for the {@linkcode Progress} constructor. */
export interface ProgressOptions {
  /**
   * Where the line goes (standard error). `undefined`: nothing is written
   * (not a terminal, or `--quiet`).
   */
  write?: (text: string) => void;
  /** What is being done. */
  label?: string;
  /**
   * Columns of the terminal.
   *
   * @default {80}
   */
  width?: number;
  /**
   * Milliseconds between redraws.
   *
   * @default {100}
   */
  interval?: number;
  /**
   * The clock, in milliseconds.
   *
   * @default {() => performance.now()}
   */
  now?: () => number;
}

/**
 * A progress bar drawn through a writer. Updates are cheap and may be
 * called as often as wanted; the line is redrawn at most once per interval
 * and always for the last step.
 *
 * @example Drawing into a string
 * ```ts
 * import { Progress } from "./progress.ts";
 * import assert from "node:assert/strict";
 * let out = "";
 * const progress = new Progress({ write: (t) => out += t, label: "verify" });
 * progress.update(2, 2, "y.npy");
 * progress.end();
 * assert.match(out, /\r\x1b\[2Kverify \[#{20}\] 2\/2 100%  y\.npy/);
 * assert.ok(out.endsWith("\r\x1b[2K"));
 * ```
 */
export class Progress {
  readonly #write: ((text: string) => void) | undefined;
  readonly #label: string;
  readonly #width: number;
  readonly #interval: number;
  readonly #now: () => number;
  #last = -Infinity;
  #drawn = false;

  /**
   * Constructs a new {@linkcode Progress}.
   *
   * @param options The writer, label, width, redraw interval and clock.
   */
  constructor(options: ProgressOptions = {}) {
    this.#write = options.write;
    this.#label = options.label ?? "";
    this.#width = options.width ?? 80;
    this.#interval = options.interval ?? 100;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Whether anything is drawn at all. */
  get enabled(): boolean {
    return this.#write !== undefined;
  }

  /**
   * Reports progress.
   *
   * @param done Steps done.
   * @param total Steps in all.
   * @param detail The current step.
   */
  update(done: number, total: number, detail = ""): void {
    if (this.#write === undefined) return;
    const now = this.#now();
    if (done < total && now - this.#last < this.#interval) return;
    this.#last = now;
    this.#drawn = true;
    this.#write(
      `\r\x1b[2K${
        renderProgress(done, total, {
          width: this.#width,
          label: this.#label,
          detail,
        })
      }`,
    );
  }

  /** Erases the line, so the next output starts on a clean line. */
  end(): void {
    if (this.#write === undefined || !this.#drawn) return;
    this.#write("\r\x1b[2K");
    this.#drawn = false;
  }
}
