// Copyright 2026 the persist authors. MIT license.
// Chests when things go wrong: a flush that fails part way, values the codec
// refuses, a folder dropped under an open chest, damaged files, a spill that
// cannot be written.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest, FormatError, NotFoundError } from "../../mod.ts";
import { withTempDir } from "../_util.ts";

const KEYS = ["k0", "k1", "k2", "k3", "k4"];

/** Arrays for even keys (they spill under a 20 kB budget), objects for odd ones. */
function valueOf(key: string, version: number): unknown {
  const i = Number(key.slice(1));
  return i % 2 === 0
    ? new Float64Array(2000).fill(version * 10 + i)
    : { key, version };
}

async function readIndex(path: string) {
  return JSON.parse(await Deno.readTextFile(join(path, ".chest.json")));
}

async function namesIn(path: string): Promise<string[]> {
  const names = [];
  for await (const item of Deno.readDir(path)) names.push(item.name);
  return names.sort();
}

Deno.test("Chest.flush() that fails part way leaves the previous flush readable by other chests and keeps its changes", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using first = await Chest.open({ path });
      for (const key of KEYS) await first.set(key, valueOf(key, 1));
    }
    const before = await namesIn(path);
    await using reader = await Chest.open({ path });
    for (const key of KEYS) {
      assert.deepEqual(await reader.get(key), valueOf(key, 1));
    }
    await using writer = await Chest.open({ path, availableMemory: 20_000 });
    for (const key of KEYS) await writer.set(key, valueOf(key, 2));
    // The flush writes k0, k1 and k2, then cannot write k3: its new file's
    // name is taken by a folder.
    const blocker = join(path, "k3~g2.msgpack");
    await Deno.mkdir(blocker);
    const error = await writer.flush().catch((e) => e);
    assert.ok(error instanceof Deno.errors.IsADirectory, String(error));
    assert.ok(error.message.includes(`"${path}"`), error.message);
    assert.match(error.message, /key "k3"/);
    assert.match(error.message, /nothing was flushed/);
    assert.ok(error.cause instanceof Deno.errors.IsADirectory);

    // On disk: the first flush, untouched; no file of the failed one.
    assert.equal((await readIndex(path)).gen, 1);
    const after = (await namesIn(path)).filter((n) => !n.startsWith(".spill-"));
    assert.deepEqual(after, [...before, "k3~g2.msgpack"].sort());
    await using other = await Chest.open({ path });
    for (const key of KEYS) {
      assert.deepEqual(await other.get(key), valueOf(key, 1), key);
    }
    assert.equal(await reader.has("k0"), true);
    for (const key of KEYS) {
      assert.deepEqual(await reader.get(key), valueOf(key, 1), key);
    }
    // The writer still has its values, and flushes them once it can.
    for (const key of KEYS) {
      assert.deepEqual(await writer.get(key), valueOf(key, 2), key);
    }
    await Deno.remove(blocker);
    await writer.flush();
    assert.equal((await readIndex(path)).gen, 2);
    assert.equal(await other.has("k0"), true);
    for (const key of KEYS) {
      assert.deepEqual(await other.get(key), valueOf(key, 2), key);
    }
    assert.deepEqual(
      (await namesIn(path)).filter((n) => !n.startsWith(".")),
      KEYS.map((k) => `${k}~g2.${Number(k[1]) % 2 ? "msgpack" : "npy"}`),
    );
  });
});

Deno.test("Chest.flush() of a value the codec refuses stores the others and keeps only that value in memory", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using c = await Chest.open({ path, availableMemory: 1e6 });
    await c.set("a", new Float64Array(1000));
    await c.set("b", { ok: true });
    await c.set("f", () => 1);
    await assert.rejects(c.flush(), (e: Error) => {
      assert.ok(e instanceof TypeError);
      assert.match(e.message, /key "f"/);
      return true;
    });
    assert.equal(c.isInMemory("a"), false);
    assert.equal(c.isInMemory("b"), false);
    assert.equal(c.isInMemory("f"), true);
    assert.equal(c.memoryUsage, 16);
    await using other = await Chest.open({ path });
    assert.deepEqual(await other.keys(), ["a", "b"]);
    assert.deepEqual(await other.get("a"), new Float64Array(1000));
    await c.delete("f");
    await c.flush();
    assert.equal(c.memoryUsage, 0);
  });
});

Deno.test("Chest.close() of a chest whose folder another chest dropped reports the lost changes once and closes", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const a = await Chest.open({ path, availableMemory: 10 });
    await a.set("x", new Float64Array(10)); // spilled
    await a.set("y", 1);
    const b = await Chest.open({ path });
    await b.drop();
    await assert.rejects(a.close(), (e: Error) => {
      assert.ok(e instanceof NotFoundError, String(e));
      assert.ok(e.message.includes(`"${path}"`), e.message);
      assert.match(e.message, /dropped or removed/);
      assert.match(
        e.message,
        /2 unflushed changes were lost; the chest is closed/,
      );
      return true;
    });
    await a.close(); // a no-op
    await assert.rejects(a.get("y"), Deno.errors.BadResource);
    await assert.rejects(Deno.stat(path), Deno.errors.NotFound);
  });
});

Deno.test("Chest in an `await using` block closes with one error when its folder was dropped in the block", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    let a: Chest | undefined;
    const error = await (async () => {
      await using c = await Chest.open({ path });
      a = c;
      await c.set("x", 1);
      await (await Chest.open({ path })).drop();
    })().catch((e) => e);
    assert.ok(error instanceof NotFoundError, String(error));
    assert.match(error.message, /1 unflushed change was lost/);
    await assert.rejects(a!.keys(), Deno.errors.BadResource);
  });
});

Deno.test("Chest.close() of a chest without changes whose folder was dropped closes quietly", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const a = await Chest.open({ path });
    await (await Chest.open({ path })).drop();
    await a.close();
    await assert.rejects(a.has("x"), Deno.errors.BadResource);
  });
});

Deno.test("Chest.drop() of a chest whose folder was already dropped succeeds and closes it", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const a = await Chest.open({ path, availableMemory: 10 });
    await a.set("x", new Float64Array(10));
    await (await Chest.open({ path })).drop();
    await a.drop();
    await assert.rejects(a.get("x"), Deno.errors.BadResource);
    await a.close();
    await assert.rejects(Deno.stat(path), Deno.errors.NotFound);
    // The path is free for a new chest.
    await using c = await Chest.open({ path });
    assert.deepEqual(await c.keys(), []);
  });
});

Deno.test("Chest.get() of a key whose spill folder was dropped says the chest is gone", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const a = await Chest.open({ path, availableMemory: 10 });
    await a.set("x", new Float64Array(10));
    await (await Chest.open({ path })).drop();
    const error = await a.get("x").catch((e) => e);
    assert.ok(error instanceof NotFoundError, String(error));
    assert.match(error.message, /dropped or its folder removed/);
    await a.close().catch(() => {});
  });
});

Deno.test("Chest.get() of a value whose file was replaced by a folder is a FormatError naming the key, the file and the fix; verify() lists it", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({ path });
      await c.set("obj", { a: 1 });
    }
    await using c = await Chest.open({ path });
    const file = c.fileOf("obj")!;
    await Deno.remove(file);
    await Deno.mkdir(file);
    const error = await c.get("obj").catch((e) => e);
    assert.ok(error instanceof FormatError, String(error));
    assert.equal(error.path, file);
    assert.equal(
      error.message,
      `Cannot get key "obj" from chest "${path}": cannot read its file "${file}": it is a folder, not a file ` +
        "(the chest folder was changed by something other than a chest); " +
        "move it away and restore the file from a backup, or delete the key",
    );
    const { problems } = await c.verify();
    assert.deepEqual(problems, [{
      key: "obj",
      path: file,
      message:
        `the value file "${file}" of key "obj" is a folder, not a file (the chest folder was changed by something other than a chest); ` +
        "move it away and restore the file from a backup, or delete the key",
    }]);
    assert.equal(await c.delete("obj"), true);
  });
});

Deno.test("Chest.open() of a folder whose index or lock file is a folder is a FormatError naming the file and the fix", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({ path });
      await c.set("x", 1);
    }
    const lock = join(path, ".chest.lock");
    await Deno.remove(lock);
    await Deno.mkdir(lock);
    const locked = await Chest.open({ path }).catch((e) => e);
    assert.ok(locked instanceof FormatError, String(locked));
    assert.equal(
      locked.message,
      `Cannot use "${lock}" as a lock file: it is a folder, not a file (persist makes lock files as empty files, so something else put it there); ` +
        "move it away, and the next writer makes a new lock file",
    );
    await Deno.remove(lock);
    const index = join(path, ".chest.json");
    await Deno.remove(index);
    await Deno.mkdir(index);
    const error = await Chest.open({ path }).catch((e) => e);
    assert.ok(error instanceof FormatError, String(error));
    assert.equal(error.path, index);
    assert.equal(
      error.message,
      `Cannot read chest index "${index}": it is a folder, not a file, so the index is damaged (something other than a chest put it there); ` +
        "move it away and restore the index from a backup",
    );
    assert.ok((await Deno.stat(index)).isDirectory, "the folder was kept");
  });
});

Deno.test("Chest.set() succeeds when moving another value out of memory fails; that value stays in memory and is flushed", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using c = await Chest.open({ path, availableMemory: 100 });
    await c.set("big", new Float64Array(20)); // 160 bytes: to spill file "1"
    const spill = (await namesIn(path)).find((n) => n.startsWith(".spill-"))!;
    // The next spill file cannot be written: a folder has its name.
    await Deno.mkdir(join(path, spill, "2"));
    await c.set("b", "x".repeat(20)); // 56 bytes, in memory
    await c.set("c", "y".repeat(20)); // over the budget: "b" cannot move out
    assert.equal(c.isInMemory("b"), true);
    assert.equal(c.isInMemory("c"), true);
    assert.equal(c.memoryUsage, 112);
    assert.equal(await c.get("b"), "x".repeat(20));
    await c.flush();
    await using other = await Chest.open({ path });
    assert.equal(await other.get("b"), "x".repeat(20));
    assert.equal(await other.get("c"), "y".repeat(20));
    assert.deepEqual(await other.get("big"), new Float64Array(20));
  });
});

Deno.test("Chest keeps its memory budget for values on disk while spilling fails: only the value that cannot move out stays over it", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using c = await Chest.open({ path, availableMemory: 20_000 });
    for (let i = 0; i < 10; i++) {
      await c.set(["a", i], new Float64Array(1000).fill(i)); // 8000 bytes each
    }
    await c.flush(); // all on disk, memory empty
    await c.set("tmp", new Float64Array(5000)); // makes the spill folder
    await c.delete("tmp");
    const spill = (await namesIn(path)).find((n) => n.startsWith(".spill-"))!;
    // Spill files can no longer be written: a file has the folder's name.
    await Deno.remove(join(path, spill), { recursive: true });
    await Deno.writeTextFile(join(path, spill), "");
    await c.set("d", new Float64Array(1000).fill(7)); // not flushed, stays
    for (let i = 0; i < 10; i++) {
      assert.deepEqual(await c.get(["a", i]), new Float64Array(1000).fill(i));
    }
    assert.equal(c.isInMemory("d"), true);
    assert.ok(
      c.memoryUsage <= 20_000 + 8000,
      `memoryUsage ${c.memoryUsage}: flushed values were kept in memory`,
    );
    await Deno.remove(join(path, spill));
    await c.flush();
    await using other = await Chest.open({ path });
    assert.deepEqual(await other.get("d"), new Float64Array(1000).fill(7));
  });
});
