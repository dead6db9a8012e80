// Copyright 2026 the persist authors. MIT license.
// Several real processes on one chest folder, and processes killed with
// SIGKILL in the middle of flushes.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest, LockTimeoutError } from "../../mod.ts";
import { LOCK_FILE } from "../../lib/chest/mod.ts";
import { TEMP_MARK } from "../../lib/fs/mod.ts";
import { Child } from "../_child.ts";
import { runDeno, until, withTempDir } from "../_util.ts";
import { ARRAYS, OBJECTS, roundOf } from "./_round_writer.ts";
import { assertRoundValue, writerValue } from "./_values.ts";

const WRITER = new URL("./_writer.ts", import.meta.url).href;
const FLUSH_LOOP = new URL("./_flush_loop.ts", import.meta.url).href;
const ROUND_WRITER = new URL("./_round_writer.ts", import.meta.url).href;
const HOLD_LOCK = new URL("../fs/_hold_lock.ts", import.meta.url).href;
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

/**
 * A temporary file that a flush in `path` is writing now: a `.…tmp-….part`
 * holding bytes whose writer holds its lock.
 */
async function liveTemporary(path: string): Promise<string | undefined> {
  for await (const item of Deno.readDir(path)) {
    if (!item.name.includes(TEMP_MARK) || !item.name.endsWith(".part")) {
      continue;
    }
    try {
      using file = await Deno.open(join(path, item.name), { read: true });
      if ((await Deno.stat(join(path, item.name))).size === 0) continue;
      if (!(await file.tryLock(true))) return join(path, item.name);
    } catch {
      // Renamed into place meanwhile.
    }
  }
  return undefined;
}

Deno.test("Chest.open() by another process in the middle of a flush of large values removes none of its files: every value survives", async () => {
  // The writer rewrites 20 arrays of 2 MB (three stay in memory and are
  // written by the flush, the others spill and are linked into place) and
  // 20 objects per round. Each open below starts while its flush holds a
  // locked temporary; the open's sweep must leave every file of that
  // flush alone, so the flush completes and the writer goes on.
  const LENGTH = 250_000;
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using writer = new Child(flags(dir), ROUND_WRITER, [
      path,
      String(LENGTH),
      String(6.5 * 8 * LENGTH),
    ]);
    let flushing = 0;
    let flushed = 0;
    let exited = false;
    writer.process.status.then(() => exited = true);
    const reading = (async () => {
      for (let line; (line = await writer.nextLine(120_000)) !== undefined;) {
        const [word, n] = line.split(" ");
        if (word === "flushing") flushing = Number(n);
        if (word === "flushed") flushed = Number(n);
      }
    })().catch(() => {});
    const check = async (c: Chest, at: string) => {
      const round = await c.get("round") as number;
      const keys = await c.keys();
      assert.equal(keys.length, ARRAYS + OBJECTS + 1, at);
      for (const key of keys) {
        const value = await c.get(key);
        assert.equal(
          roundOf(value),
          round,
          `${at}: key ${JSON.stringify(key)}`,
        );
        if (value instanceof Float64Array) {
          assert.deepEqual(value, new Float64Array(LENGTH).fill(round), at);
        }
      }
      return round;
    };
    for (let open = 0; open < 4; open++) {
      await until(() => flushed >= 1 || exited, 60_000, "a first flush");
      let temp: string | undefined;
      await until(
        async () => exited || (temp = await liveTemporary(path)) !== undefined,
        60_000,
        "a flush writing a temporary file",
      );
      assert.ok(!exited, "the writer died");
      const during = flushing;
      // The open waits for the flush's lock, then sweeps.
      await using c = await Chest.open({ path });
      const round = await check(c, `open ${open} (during flush ${during})`);
      assert.ok(
        round >= during,
        `open ${open}: the chest holds round ${round}, the flush of round ${during} that ran (writing "${temp}") is lost`,
      );
      // verify() looks under the lock too: a flush at work leaves nothing
      // it would call a leftover.
      const report = await c.verify();
      assert.deepEqual(report.problems, []);
      assert.deepEqual(report.leftovers, [], `open ${open}`);
      // The flush the open interrupted completed, and the writer goes on.
      await until(() => flushed > round || exited, 60_000, "the next flush");
      assert.ok(!exited, `the writer died after open ${open}`);
    }
    await writer.kill();
    await reading;
    await using c = await Chest.open({ path });
    assert.ok(await check(c, "at the end") >= flushed);
  });
});

Deno.test("Chest.flush() timing out while a reader (as persist verify) holds the chest lock shared says readers hold it, not the pid of the last writer", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using c = await Chest.open({ path, lockTimeout: 200 });
    await c.set("a", 1);
    await c.flush(); // this process is the last writer in .chest.lock
    // persist verify's lock: shared, on the file opened for reading only.
    await using reader = new Child([`--allow-read=${dir}`], HOLD_LOCK, [
      join(path, LOCK_FILE),
      "",
      "read-only",
    ]);
    await reader.waitFor("locked");
    await c.set("a", 2);
    const error = await c.flush().catch((e) => e);
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.equal(error.holderPid, undefined);
    assert.doesNotMatch(error.message, /held by pid/);
    assert.match(
      error.message,
      new RegExp(
        `^Cannot lock "${path}": it is still held after 200 ms by one or more readers \\(shared locks, as "persist verify" takes, which record no pid; the last writer recorded in the lock file is pid ${Deno.pid} \\(this process\\), not a holder now\\)`,
      ),
    );
    await reader.kill();
    await c.flush(); // the change was kept
    await using other = await Chest.open({ path });
    assert.equal(await other.get("a"), 2);
  });
});
