// Copyright 2026 the persist authors. MIT license.
// The consistency model between chests open on one folder. Two Chest objects
// in one process share nothing but the folder (separate memory, separate
// flock descriptors), which is exactly the situation of two processes; a
// real second process is used where it matters.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest, NotFoundError } from "../../mod.ts";
import { runDeno, withTempDir } from "../_util.ts";

async function pair(
  dir: string,
  availableMemory = 1e9,
): Promise<[Chest, Chest]> {
  const path = join(dir, "c");
  const a = await Chest.open({ path, availableMemory });
  const b = await Chest.open({ path, availableMemory });
  return [a, b];
}

Deno.test("Chest.get() finds a key another process flushed after this chest opened", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using a = await Chest.open({ path });
    const result = await runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`],
      new URL("./_set_and_close.ts", import.meta.url).href,
      [path],
    );
    assert.equal(result.code, 0, result.stderr);
    const pid = Number(result.stdout);
    assert.deepEqual(await a.get(["from", pid]), new Int16Array([7, 8]));
  });
});

Deno.test("Chest.get() of a value held in memory returns it until the chest next reads the index", async () => {
  await withTempDir(async (dir) => {
    const [a, b] = await pair(dir);
    await a.set("k", "first");
    await a.flush();
    await a.get("k"); // a holds "k" in memory
    assert.equal(a.isInMemory("k"), true);
    await b.set("k", "second");
    await b.flush();
    assert.equal(await a.get("k"), "first"); // served from memory
    assert.equal(await a.has("k"), true); // reads the index: the copy is stale
    assert.equal(a.isInMemory("k"), false);
    assert.equal(await a.get("k"), "second");
    await a.close();
    await b.close();
  });
});

Deno.test("Chest.get() of a value not in memory reads the newest flushed value", async () => {
  await withTempDir(async (dir) => {
    const [a, b] = await pair(dir);
    await a.set("k", "first");
    await a.set("n", new Float64Array([1]));
    await a.flush(); // memory is empty after a flush
    await b.set("k", "second");
    await b.set("n", { now: "an object" }); // another codec: another file
    await b.flush();
    assert.equal(await a.get("k"), "second");
    assert.deepEqual(await a.get("n"), { now: "an object" });
    await a.close();
    await b.close();
  });
});

Deno.test("Chest sees a key deleted by another process once flushed", async () => {
  await withTempDir(async (dir) => {
    const [a, b] = await pair(dir);
    await a.set("k", 1);
    await a.set("m", 2);
    await a.close();
    const c = await Chest.open({ path: join(dir, "c") });
    assert.equal(await b.delete("k"), true);
    assert.equal(await c.has("k"), true); // not flushed yet
    await b.flush();
    assert.equal(await c.has("k"), false);
    await assert.rejects(c.get("k"), NotFoundError);
    assert.deepEqual(await c.keys(), ["m"]);
    await b.close();
    await c.close();
  });
});

Deno.test("Chest.get() of a key another process deleted, while it was not in memory, is a NotFoundError", async () => {
  await withTempDir(async (dir) => {
    const [a, b] = await pair(dir);
    await a.set("k", 1);
    await a.flush();
    await b.keys(); // b knows "k" (on disk, not in memory)
    await a.delete("k");
    await a.flush();
    await assert.rejects(b.get("k"), NotFoundError);
    await a.close();
    await b.close();
  });
});

Deno.test("Chest keeps its own unflushed value over another's flush, and its flush wins", async () => {
  await withTempDir(async (dir) => {
    const [a, b] = await pair(dir);
    await a.set("k", "a's");
    await b.set("k", "b's");
    await b.flush();
    assert.equal(await a.has("k"), true);
    assert.equal(await a.get("k"), "a's"); // read-your-writes
    await a.flush(); // the last flush of a key wins
    await b.keys();
    assert.equal(await b.get("k"), "a's");
    await a.close();
    await b.close();
  });
});

Deno.test("Chest.flush() of a delete removes the key even if another process rewrote it since", async () => {
  await withTempDir(async (dir) => {
    const [a, b] = await pair(dir);
    await a.set("k", 1);
    await a.flush();
    await b.keys();
    await b.delete("k");
    await a.set("k", 2);
    await a.flush();
    await b.flush(); // b's delete is the last change of "k"
    assert.equal(await a.has("k"), false);
    await a.close();
    await b.close();
  });
});

Deno.test("Chest.delete() of a key this chest never saw does not remove another's later write", async () => {
  await withTempDir(async (dir) => {
    const [a, b] = await pair(dir);
    assert.equal(await a.delete("k"), false);
    await b.set("k", 1);
    await b.flush();
    await a.flush();
    assert.equal(await a.get("k"), 1);
    await a.close();
    await b.close();
  });
});

Deno.test("Chest.open() by another process leaves a live chest's unflushed spilled values alone", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using a = await Chest.open({ path, availableMemory: 10 });
    await a.set("big", new Uint8Array(100)); // spilled, not flushed
    const b = await Chest.open({ path }); // sweeps leftovers of dead processes
    assert.equal(await b.has("big"), false);
    await b.close();
    assert.deepEqual(await a.get("big"), new Uint8Array(100));
    await a.flush();
  });
});
