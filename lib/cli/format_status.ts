// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The text of `persist locks`: persistd's status as a table of folders,
 * their holder and their waiters in FIFO order.
 *
 * @module
 */

import type { DaemonStatus } from "../daemon/mod.ts";
import { cellText, formatTable } from "./table.ts";
import { createStyle, type Style } from "./style.ts";

/** Options for {@linkcode formatStatus}. */
export interface FormatStatusOptions {
  /**
   * Colours.
   *
   * @default {createStyle(false)}
   */
  style?: Style;
  /**
   * The widest a line may be.
   *
   * @default {Infinity}
   */
  width?: number;
}

/**
 * Formats a duration for people: `850 ms`, `12.5 s`, `3m 20s`, `2h 5m`.
 *
 * @example Durations
 * ```ts
 * import { formatDuration } from "./format_status.ts";
 * import assert from "node:assert/strict";
 * assert.equal(formatDuration(850), "850 ms");
 * assert.equal(formatDuration(200_000), "3m 20s");
 * ```
 *
 * @param ms Milliseconds.
 * @returns The text.
 */
export function formatDuration(ms: number): string {
  const t = Math.max(0, ms);
  if (t < 1000) return `${Math.round(t)} ms`;
  if (t < 60_000) return `${(t / 1000).toFixed(1)} s`;
  const s = Math.floor(t / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${Math.floor(s / 60) % 60}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor(s / 3600) % 24}h`;
}

/**
 * Formats persistd's status. Times are relative to the daemon's own clock
 * (`status.now`), so the two machines' clocks need not agree.
 *
 * @example An idle daemon
 * ```ts
 * import { formatStatus } from "./format_status.ts";
 * import assert from "node:assert/strict";
 * const text = formatStatus({
 *   version: 1, pid: 7, root: "/data", startedAt: 0, now: 65_000,
 *   leaseTimeout: 0, clients: [], resources: [],
 * });
 * assert.equal(text, "persistd pid 7, root /data, up 1m 5s, leases off, 0 clients\nno folder is locked or awaited");
 * ```
 *
 * @param status What `PersistdClient.status()` returned.
 * @param options Colours and width.
 * @returns The text (no final line break).
 */
export function formatStatus(
  status: DaemonStatus,
  options: FormatStatusOptions = {},
): string {
  const { style = createStyle(false), width = Infinity } = options;
  const clients = status.clients.length;
  const head = `persistd pid ${status.pid}, root ${cellText(status.root)}, up ${
    formatDuration(status.now - status.startedAt)
  }, leases ${
    status.leaseTimeout > 0 ? formatDuration(status.leaseTimeout) : "off"
  }, ${clients} client${clients === 1 ? "" : "s"}`;
  if (status.resources.length === 0) {
    return `${head}\nno folder is locked or awaited`;
  }
  const rows: string[][] = [["FOLDER", "ROLE", "PID", "CLIENT", "FOR"]];
  for (const r of status.resources) {
    const folder = cellText(r.path);
    const who = (c: { pid?: number; name?: string }) => [
      c.pid === undefined ? "-" : String(c.pid),
      c.name === undefined ? "" : cellText(c.name),
    ];
    if (r.holder !== undefined) {
      const role = r.holder.state === "held" ? "holds" : "locking";
      rows.push([
        folder,
        role,
        ...who(r.holder),
        formatDuration(status.now - r.holder.since),
      ]);
    }
    r.waiters.forEach((w, i) => {
      rows.push([
        r.holder === undefined && i === 0 ? folder : "",
        `waits #${i + 1}`,
        ...who(w),
        formatDuration(status.now - w.since),
      ]);
    });
    if (r.waiting > r.waiters.length) {
      rows.push(["", `(${r.waiting - r.waiters.length} more waiting)`]);
    }
  }
  return `${head}\n${
    formatTable(rows, {
      align: ["left", "left", "right"],
      style,
      maxWidth: width,
    })
  }`;
}
