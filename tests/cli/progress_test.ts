// Copyright 2026 the persist authors. MIT license.
// deno-lint-ignore-file no-control-regex -- terminal escape codes are what these tests check

import assert from "node:assert/strict";
import { Progress, renderProgress } from "../../lib/cli/mod.ts";

Deno.test("renderProgress() draws the bar, the count and the percentage, cut to the width", () => {
  assert.equal(renderProgress(0, 4), "[....................] 0/4   0%");
  assert.equal(
    renderProgress(3, 4, { label: "v" }),
    "v [###############.....] 3/4  75%",
  );
  assert.equal(renderProgress(9, 0), "[....................] 9/0   0%");
  const line = renderProgress(1, 2, {
    width: 30,
    detail: "a-very-long-file-name.npy",
  });
  assert.equal(line.length, 29);
  assert.ok(line.endsWith("…"));
});

Deno.test("Progress redraws at most once per interval, always for the last step, and erases its line", () => {
  const writes: string[] = [];
  let now = 0;
  const progress = new Progress({
    write: (t) => writes.push(t),
    interval: 100,
    now: () => now,
  });
  progress.update(0, 3, "a");
  now = 50;
  progress.update(1, 3, "b"); // too soon: skipped
  now = 150;
  progress.update(2, 3, "c");
  now = 160;
  progress.update(3, 3, "d"); // the last step: drawn at once
  progress.end();
  assert.deepEqual(
    writes.map((w) => w.replace(/^\r\x1b\[2K/, "").split("  ").at(-1)),
    [
      "a",
      "c",
      "d",
      "",
    ],
  );
  assert.equal(writes.at(-1), "\r\x1b[2K");
});

Deno.test("Progress without a writer writes nothing", () => {
  const progress = new Progress();
  assert.equal(progress.enabled, false);
  progress.update(1, 2);
  progress.end();
});
