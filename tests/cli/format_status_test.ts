// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import type { DaemonStatus } from "../../mod.ts";
import { formatDuration, formatStatus } from "../../lib/cli/mod.ts";

Deno.test("formatStatus() lists each folder's holder and waiters in order, timed by the daemon's clock", () => {
  const status: DaemonStatus = {
    version: 1,
    pid: 10,
    root: "/data",
    startedAt: 1_000,
    now: 10_000,
    leaseTimeout: 30_000,
    clients: [
      { client: 1, pid: 11, name: "ingest", since: 1_000 },
      { client: 2, pid: 12, since: 2_000 },
    ],
    resources: [
      {
        path: "/data/runs",
        holder: {
          client: 1,
          pid: 11,
          name: "ingest",
          since: 8_000,
          lock: 1,
          state: "held",
        },
        waiters: [{ client: 2, pid: 12, since: 9_500, lock: 2 }],
        waiting: 3,
      },
      {
        path: "/data/new\nline",
        waiters: [{ client: 2, pid: 12, since: 9_900, lock: 3 }],
        waiting: 1,
      },
    ],
  };
  assert.equal(
    formatStatus(status),
    [
      "persistd pid 10, root /data, up 9.0 s, leases 30.0 s, 2 clients",
      "FOLDER             ROLE              PID  CLIENT  FOR",
      "/data/runs         holds              11  ingest  2.0 s",
      "                   waits #1           12          500 ms",
      "                   (2 more waiting)",
      '"/data/new\\nline"  waits #1           12          100 ms',
    ].join("\n"),
  );
});

Deno.test("formatDuration() picks a unit that reads well", () => {
  assert.equal(formatDuration(-5), "0 ms");
  assert.equal(formatDuration(59_999), "60.0 s");
  assert.equal(formatDuration(3_600_000 * 2 + 60_000 * 5), "2h 5m");
  assert.equal(formatDuration(86_400_000 * 3 + 3_600_000), "3d 1h");
});
