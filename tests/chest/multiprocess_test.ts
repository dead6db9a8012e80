// Copyright 2026 the persist authors. MIT license.
// Several real processes on one chest folder, and processes killed with
// SIGKILL in the middle of flushes.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest } from "../../mod.ts";
import { TEMP_MARK } from "../../lib/fs/mod.ts";
import { Child } from "../_child.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { assertRoundValue, writerValue } from "./_values.ts";

const WRITER = new URL("./_writer.ts", import.meta.url).href;
const FLUSH_LOOP = new URL("./_flush_loop.ts", import.meta.url).href;
const flags = (dir: string) => [`--allow-read=${dir}`, `--allow-write=${dir}`];

Deno.test("Chest keeps all 160 keys written by 4 processes × 40 keys into one folder", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const ids = ["p0", "p1", "p2", "p3"];
    const results = await Promise.all(
      ids.map((id) => runDeno(flags(dir), WRITER, [path, id, "40"])),
    );
    for (const result of results) {
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout.trim(), "done");
    }
    await using c = await Chest.open({ path });
    const keys = await c.keys();
    assert.equal(keys.length, 160);
    for (const id of ids) {
      for (let i = 0; i < 40; i++) {
        assert.deepEqual(await c.get([id, i]), writerValue(id, i));
      }
    }
    // Nothing left behind: no spill folders, no temporary files.
    const names = [];
    for await (const item of Deno.readDir(path)) names.push(item.name);
    assert.equal(names.filter((n) => !n.startsWith(".")).length, 160);
    assert.deepEqual(
      names.filter((n) => n.startsWith(".")).sort(),
      [".chest.json", ".chest.lock"],
    );
  });
});

Deno.test("Chest ends with one whole value per key when two processes write the same keys", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const results = await Promise.all(
      ["a", "b"].map((id) =>
        runDeno(flags(dir), WRITER, [path, id, "40", "shared"])
      ),
    );
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    await using c = await Chest.open({ path });
    assert.equal((await c.keys()).length, 40);
    for (let i = 0; i < 40; i++) {
      const value = await c.get(i);
      const a = writerValue("a", i);
      const b = writerValue("b", i);
      try {
        assert.deepEqual(value, a);
      } catch {
        assert.deepEqual(value, b);
      }
    }
  });
});

const ROUNDS = Deno.env.get("PERSIST_SOAK") ? 40 : 5;

Deno.test(`Chest reopens consistent after a process is killed during flushes (${ROUNDS} kills)`, async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const guaranteed: number[] = [];
    let torn = 0;
    for (let run = 0; run < ROUNDS; run++) {
      const base = run * 100_000;
      const child = new Child(flags(dir), FLUSH_LOOP, [path, String(base)]);
      const rounds = 2 + (run % 3);
      try {
        // Rounds 1..rounds are flushed; kill the next flush part way through.
        await child.waitFor(`flushing ${rounds + 1}`);
        await new Promise((r) => setTimeout(r, (run * 7) % 30));
      } finally {
        await child.kill();
      }
      for (let key = base; key < base + rounds * 30; key++) {
        guaranteed.push(key);
      }
      for await (const item of Deno.readDir(path)) {
        if (item.name.includes(TEMP_MARK)) torn++;
      }
      // Every key flushed so far is there, whole; so is every other key.
      await using c = await Chest.open({ path });
      const keys = new Set(await c.keys());
      for (const key of guaranteed) {
        assert.ok(keys.has(key), `run ${run}: key ${key} was lost`);
      }
      for (const key of keys) {
        assertRoundValue(key as number, await c.get(key));
      }
    }
    // In the soak, some kills surely landed inside a file write (about half
    // do here); either way reopening cleaned everything up.
    if (ROUNDS >= 20) assert.ok(torn > 0, "no kill landed inside a file write");
    for await (const item of Deno.readDir(path)) {
      assert.ok(!item.name.includes(TEMP_MARK), item.name);
      assert.ok(!item.name.startsWith(".spill-"), item.name);
    }
  });
});
