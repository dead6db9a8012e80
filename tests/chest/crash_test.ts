// Copyright 2026 the persist authors. MIT license.
// A flush is one transaction: a process killed with SIGKILL at any moment of
// a flush leaves the chest as exactly one completed flush, never a mix of
// the flush it was doing and the one before.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest } from "../../mod.ts";
import { TEMP_MARK } from "../../lib/fs/mod.ts";
import { Child } from "../_child.ts";
import { withTempDir } from "../_util.ts";
import { ARRAYS, OBJECTS, roundOf } from "./_round_writer.ts";

const WRITER = new URL("./_round_writer.ts", import.meta.url).href;
const KILLS = Deno.env.get("PERSIST_SOAK") ? 60 : 12;

/** Runs the round writer until it prints `flushing <round>`, waits `delay` ms, kills it; returns what it printed. */
async function killDuringFlush(
  dir: string,
  path: string,
  round: number,
  delay: number,
): Promise<string[]> {
  await using child = new Child(
    [`--allow-read=${dir}`, `--allow-write=${dir}`],
    WRITER,
    [path],
  );
  const lines: string[] = [];
  let killed = false;
  for (let line; (line = await child.nextLine(30_000)) !== undefined;) {
    lines.push(line);
    if (!killed && line === `flushing ${round}`) {
      killed = true;
      await new Promise((r) => setTimeout(r, delay));
      child.process.kill("SIGKILL");
    }
  }
  const status = await child.process.status;
  assert.equal(status.signal, "SIGKILL", `the writer ended: ${lines}`);
  assert.ok(killed, `the writer never printed "flushing ${round}"`);
  return lines;
}

function lastNumber(lines: string[], word: string): number {
  let last = 0;
  for (const line of lines) {
    const [w, n] = line.split(" ");
    if (w === word) last = Math.max(last, Number(n));
  }
  return last;
}

Deno.test(`Chest holds exactly one completed flush after its writer is killed during flushes (${KILLS} kills)`, async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    let committed = 0;
    let midFlush = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      // The first kill waits for round 2, so that round 1 is complete.
      const target = committed + 1 + (kill === 0 ? 1 : kill % 2);
      const lines = await killDuringFlush(dir, path, target, (kill * 17) % 45);
      const flushed = Math.max(committed, lastNumber(lines, "flushed"));
      const flushing = lastNumber(lines, "flushing");

      // Before reopening: the index lists only whole files; the files a
      // killed flush wrote are there, but no index names them.
      const index = JSON.parse(
        await Deno.readTextFile(join(path, ".chest.json")),
      );
      const listed = new Set<string>(
        index.entries.map((e: { file: string }) => e.file),
      );
      for (const file of listed) await Deno.stat(join(path, file));
      for await (const item of Deno.readDir(path)) {
        if (
          item.name.includes(TEMP_MARK) ||
          (!item.name.startsWith(".") && !listed.has(item.name))
        ) {
          midFlush++;
          break;
        }
      }

      await using c = await Chest.open({ path });
      const round = await c.get("round") as number;
      // The flush that was running is either all there or not at all.
      assert.ok(
        round === flushed || (round === flushed + 1 && round === flushing),
        `kill ${kill}: the chest holds round ${round}; the writer had flushed ${flushed} and was flushing ${flushing}`,
      );
      const keys = await c.keys();
      assert.equal(keys.length, ARRAYS + OBJECTS + 1, `kill ${kill}`);
      for (const key of keys) {
        const value = await c.get(key);
        assert.equal(
          roundOf(value),
          round,
          `kill ${kill}: key ${JSON.stringify(key)} is from round ${
            roundOf(value)
          }, the chest's "round" is ${round}: a mix of two flushes`,
        );
        if (value instanceof Float64Array) {
          assert.deepEqual(value, new Float64Array(5000).fill(round));
        }
      }
      // Reopening removed what the killed flush left: only listed files stay.
      const names = [];
      for await (const item of Deno.readDir(path)) names.push(item.name);
      const files = names.filter((n) => !n.startsWith(".")).sort();
      const now = JSON.parse(
        await Deno.readTextFile(join(path, ".chest.json")),
      );
      assert.deepEqual(
        files,
        now.entries.map((e: { file: string }) => e.file).sort(),
      );
      assert.deepEqual(
        names.filter((n) => n.startsWith(".")).sort(),
        [".chest.json", ".chest.lock"],
      );
      committed = round;
    }
    // Most kills land inside a flush (writing 41 files takes most of a
    // round's time); at least one surely did.
    assert.ok(midFlush > 0, "no kill landed inside a flush");
  });
});
