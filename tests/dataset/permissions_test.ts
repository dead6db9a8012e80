// Copyright 2026 the persist authors. MIT license.
// DataSets work with permissions on their own folder only, and fail with
// Deno's permission error, touching nothing, without them.

import assert from "node:assert/strict";
import { join } from "node:path";
import { runDeno, withTempDir } from "../_util.ts";

const SCRIPT = new URL("./_try_dataset.ts", import.meta.url).href;

async function tryIn(flags: string[], scenario: string, dir: string) {
  const out = await runDeno(flags, SCRIPT, [scenario, dir]);
  assert.equal(out.code, 0, out.stderr);
  return JSON.parse(out.stdout);
}

Deno.test("DataSet creates, writes, reads and verifies with --allow-read and --allow-write on the DataSet folder only", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    const flags = [`--allow-read=${path}`, `--allow-write=${path}`];
    assert.deepEqual(await tryIn(flags, "write", path), {
      result: { keys: ["a", "x_0"], info: [3, 4], a: 500, problems: 0 },
    });
  });
});

Deno.test("DataSet.open() read-only works with --allow-read on the DataSet folder only", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    const rw = [`--allow-read=${path}`, `--allow-write=${path}`];
    await tryIn(rw, "write", path);
    assert.deepEqual(await tryIn([`--allow-read=${path}`], "read", path), {
      result: {
        keys: ["a", "x_0"],
        index: { a: "A", x_0: [3, 4] },
        x: [1, 2],
      },
    });
  });
});

Deno.test("DataSet.open() without read permission fails with Deno's permission error", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    const rw = [`--allow-read=${path}`, `--allow-write=${path}`];
    await tryIn(rw, "write", path);
    const out = await tryIn(
      [`--allow-read=${join(dir, "other")}`],
      "read",
      path,
    );
    assert.equal(out.error, "NotCapable");
    assert.match(out.message, /read access/);
  });
});

Deno.test('DataSet.open() with mode "w" without write permission fails and creates nothing', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    const out = await tryIn([`--allow-read=${dir}`], "open-w", path);
    assert.equal(out.error, "NotCapable");
    assert.match(out.message, /write access/);
    await assert.rejects(() => Deno.stat(path), Deno.errors.NotFound);
  });
});

Deno.test('DataSet.open() with mode "w" on an existing DataSet without write permission fails and changes nothing', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await tryIn(
      [`--allow-read=${path}`, `--allow-write=${path}`],
      "write",
      path,
    );
    const before = await Deno.readTextFile(join(path, "index.jsonl"));
    const lockBefore = await Deno.readTextFile(join(path, ".lock"));
    const out = await tryIn([`--allow-read=${path}`], "open-w", path);
    assert.equal(out.error, "NotCapable");
    assert.equal(await Deno.readTextFile(join(path, "index.jsonl")), before);
    assert.equal(await Deno.readTextFile(join(path, ".lock")), lockBefore);
  });
});
