// Copyright 2026 the persist authors. MIT license.
// The original chest's test suite (../shared/reference/chest-cases.md), case
// by case, with the original's known defects turned into tests.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest, type ChestKey, FormatError, NotFoundError } from "../../mod.ts";
import { decodeValue, encodeValue } from "../../lib/chest/mod.ts";
import { formatIndex } from "../../lib/chest/index_format.ts";
import { MAX_NESTING } from "../../lib/chest/codec.ts";
import { ROOT, runDeno, withTempDir } from "../_util.ts";
import { CONTAINER_KINDS, nest } from "./_deep.ts";

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

async function valueFiles(dir: string): Promise<string[]> {
  const names = [];
  for await (const item of Deno.readDir(dir)) {
    if (!item.name.startsWith(".")) names.push(item.name);
  }
  return names.sort();
}

const json = {
  dump: (value: unknown) => new TextEncoder().encode(JSON.stringify(value)),
  load: (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)),
};

// 1
Deno.test("Chest.get() returns values set under non-string keys", async () => {
  await using c = await Chest.open();
  await c.set(1, "one");
  await c.set("two", 2);
  assert.equal(await c.get(1), "one");
  assert.equal(await c.get("two"), 2);
  assert.ok((await Deno.stat(c.path)).isDirectory);
  assert.deepEqual(await c.keys(), [1, "two"]);
});

// 2
Deno.test("Chest.fileOf() names a file that the chest's codec reads back", async () => {
  await using c = await Chest.open();
  await c.set("x", { a: [1, 2, 3] });
  await c.set("y", new Float64Array([1, 2]));
  assert.equal(c.fileOf("x"), undefined);
  await c.flush();
  assert.equal(c.fileOf("x"), join(c.path, "x~g1.msgpack"));
  assert.deepEqual(decodeValue(await Deno.readFile(c.fileOf("x")!)), {
    a: [1, 2, 3],
  });
  assert.equal(c.fileOf("y"), join(c.path, "y~g1.npy"));
});

// 3
Deno.test("Chest.set() under a 5000-byte budget keeps only the newer of two 4000-byte arrays in memory", async () => {
  await using c = await Chest.open({ availableMemory: 5000 });
  const x = new Int32Array(1000).fill(1);
  const y = new Int32Array(1000).fill(2);
  await c.set("x", x);
  await c.set("y", y);
  assert.ok(c.memoryUsage < 5000);
  assert.equal(c.memoryUsage, 4000);
  assert.deepEqual(await c.keys(), ["x", "y"]);
  assert.equal(c.isInMemory("x"), false);
  assert.equal(c.isInMemory("y"), true);
  assert.deepEqual(await c.get("x"), x);
});

// 4
Deno.test("Chest.get() under a zero budget returns values without keeping them in memory", async () => {
  await using c = await Chest.open({ availableMemory: 0 });
  await c.set("x", new Int32Array([1, 2, 3]));
  await c.set("y", "a string");
  assert.equal(c.memoryUsage, 0);
  assert.deepEqual(await c.get("x"), new Int32Array([1, 2, 3]));
  assert.equal(await c.get("y"), "a string");
  assert.equal(c.memoryUsage, 0);
  assert.equal(c.isInMemory("x"), false);
});

// 5
Deno.test("Chest.set() spills the least recently used value first", async () => {
  await using c = await Chest.open({ availableMemory: 100 });
  await c.set("one", new BigInt64Array(10)); // 80 B
  assert.equal(c.isInMemory("one"), true);
  await c.set("two", new BigInt64Array(5)); // 40 B
  assert.equal(c.isInMemory("one"), false);
  assert.equal(c.isInMemory("two"), true);
  assert.equal(c.memoryUsage, 40);
});

Deno.test("Chest.get() counts as use: a value just read is spilled last", async () => {
  await using c = await Chest.open({ availableMemory: 100 });
  await c.set("a", new Uint8Array(40));
  await c.set("b", new Uint8Array(40));
  await c.get("a"); // "b" is now the least recently used
  await c.set("c", new Uint8Array(40));
  assert.equal(c.isInMemory("a"), true);
  assert.equal(c.isInMemory("b"), false);
  assert.equal(c.isInMemory("c"), true);
});

Deno.test("Chest.set() of a value larger than the budget writes it straight to disk, keeping the others", async () => {
  await using c = await Chest.open({ availableMemory: 100 });
  await c.set("a", new Uint8Array(40));
  await c.set("b", new Uint8Array(40));
  await c.set("big", new Uint8Array(200));
  assert.equal(c.isInMemory("big"), false);
  assert.equal(c.isInMemory("a"), true);
  assert.equal(c.isInMemory("b"), true);
  assert.equal(c.memoryUsage, 80);
  assert.deepEqual(await c.get("big"), new Uint8Array(200));
  assert.equal(c.isInMemory("big"), false);
  assert.equal(c.memoryUsage, 80);
});

// 6
Deno.test("Chest.drop() removes the folder", async () => {
  await withTempDir(async (dir) => {
    const c = await Chest.open({ path: join(dir, "c") });
    await c.set("x", 1);
    await c.flush();
    await c.drop();
    assert.equal(await exists(join(dir, "c")), false);
    await assert.rejects(c.get("x"), Deno.errors.BadResource);
  });
});

// 7
Deno.test("Chest.flush() after new values replaces the files (no stale disk copy)", async () => {
  await using c = await Chest.open();
  await c.set(1, "a");
  await c.set(2, "b");
  await c.flush();
  assert.ok(await exists(c.fileOf(1)!));
  assert.ok(await exists(c.fileOf(2)!));
  await c.set(1, "A");
  await c.set(2, "B");
  await c.flush();
  assert.equal(await c.get(1), "A");
  assert.equal(await c.get(2), "B");
  assert.equal(decodeValue(await Deno.readFile(c.fileOf(1)!)), "A");
});

// 8
Deno.test("Chest.keys(), values() and entries() hold exactly what was set", async () => {
  await using c = await Chest.open({ availableMemory: 10 });
  await c.set(1, "one");
  await c.set("two", [2]);
  await c.set(["three"], new Uint8Array([3]));
  assert.deepEqual(await c.keys(), [1, "two", ["three"]]);
  assert.deepEqual(await Array.fromAsync(c.values()), [
    "one",
    [2],
    new Uint8Array([3]),
  ]);
  assert.deepEqual(await Array.fromAsync(c.entries()), [
    [1, "one"],
    ["two", [2]],
    [["three"], new Uint8Array([3])],
  ]);
  assert.deepEqual(
    await Array.fromAsync(c),
    await Array.fromAsync(c.entries()),
  );
});

// 9, 18
Deno.test("Chest.open() of a flushed path gives the same entries", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const a = await Chest.open({ path });
    await a.set(1, "one");
    await a.set(["a", 2n], new Float32Array([1.5]));
    await a.flush();
    await a.close();
    assert.ok(await exists(path));
    const b = await Chest.open({ path });
    assert.deepEqual(await b.keys(), [1, ["a", 2n]]);
    assert.equal(await b.get(1), "one");
    assert.deepEqual(await b.get(["a", 2n]), new Float32Array([1.5]));
    await b.close();
  });
});

// 10
Deno.test("Chest.delete() removes the key, and the flush after it removes the file", async () => {
  await using c = await Chest.open();
  await c.set(1, "one");
  await c.set(2, "two");
  assert.equal(await c.delete(1), true);
  assert.equal(await c.has(1), false);
  assert.equal(await c.delete(1), false);
  await c.flush();
  const file = c.fileOf(2)!;
  assert.ok(await exists(file));
  assert.equal(await c.delete(2), true);
  await c.flush();
  assert.equal(await exists(file), false);
  assert.deepEqual(await valueFiles(c.path), []);
  assert.deepEqual(await c.keys(), []);
});

// 11
Deno.test("Chest prints with its folder", async () => {
  await using c = await Chest.open();
  await c.set("x", 1);
  const text = Deno.inspect(c);
  assert.match(text, /^Chest \{/);
  assert.ok(text.includes(c.path), text);
  assert.match(text, /keys: 1/);
});

// 12
Deno.test("Chest.prefetch() of a value already in memory changes nothing", async () => {
  await using c = await Chest.open();
  const value = { a: 1 };
  await c.set("x", value);
  const before = c.memoryUsage;
  await c.prefetch(["x"]);
  assert.equal(c.memoryUsage, before);
  assert.equal(await c.get("x"), value); // the same object, not a copy
});

// 13
Deno.test("Chest.get() of a missing key rejects with a NotFoundError naming the key", async () => {
  await using c = await Chest.open();
  await c.set(1, "one");
  for (const key of [2, "1", [1, 2], [1]] as ChestKey[]) {
    const error = await c.get(key).catch((e) => e);
    assert.ok(error instanceof NotFoundError, String(error));
    assert.equal(error.path, c.path);
    assert.ok(error.message.includes(JSON.stringify(key)), error.message);
    assert.equal(await c.has(key), false);
  }
});

// 14
Deno.test("Chest.set() after a flush reads the new value and the next flush writes a new file, removing the old one", async () => {
  await using c = await Chest.open();
  await c.set(1, "old");
  await c.flush();
  const file = c.fileOf(1)!;
  await c.set(1, "new");
  assert.equal(await c.get(1), "new");
  assert.equal(decodeValue(await Deno.readFile(file)), "old");
  await c.flush();
  assert.equal(await exists(file), false);
  assert.equal(decodeValue(await Deno.readFile(c.fileOf(1)!)), "new");
  assert.match(c.fileOf(1)!, /~g2\.msgpack$/);
  await c.set(1, new Float64Array(1)); // another codec, another file
  await c.flush();
  assert.match(c.fileOf(1)!, /~g3\.npy$/);
  assert.deepEqual(await valueFiles(c.path), [
    c.fileOf(1)!.slice(c.path.length + 1),
  ]);
});

// 15, 16 are in size_test.ts (sizeOf).

// 17, 29
Deno.test("Chest.close() of a temporary chest removes its folder, flushed or not", async () => {
  const a = await Chest.open();
  await a.set("x", [1, 2, 3]);
  await a.close();
  assert.equal(await exists(a.path), false);
  const b = await Chest.open();
  await b.set("x", [1, 2, 3]);
  await b.flush();
  assert.ok(await exists(b.fileOf("x")!));
  await b.close();
  assert.equal(await exists(b.path), false);
  await b.close(); // idempotent
});

// 19
Deno.test("Chest with a JSON dump/load reopens with integer keys and values intact", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const a = await Chest.open({ path, ...json });
    await a.set(1, [1, 2, 3]);
    await a.set(2, "two");
    await a.set(["a", 1], { deep: ["x"] });
    await a.flush();
    assert.equal(await Deno.readTextFile(a.fileOf(1)!), "[1,2,3]");
    await a.close();
    const b = await Chest.open({ path, ...json });
    assert.deepEqual(await b.keys(), [1, 2, ["a", 1]]);
    assert.deepEqual(await b.get(1), [1, 2, 3]);
    assert.equal(await b.get(2), "two");
    assert.deepEqual(await b.get(["a", 1]), { deep: ["x"] });
    await b.close();
  });
});

// 20 is in file_name_test.ts (fileBaseFor).

// 21, 30
Deno.test("Chest stores tuple keys sharing a first element as separate flat files", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const keys: ChestKey[] = [
      "one",
      ["one", "two"],
      ["one", "three"],
      ["a", "b", "c", "d", "e"],
    ];
    const a = await Chest.open({ path });
    for (const [i, key] of keys.entries()) await a.set(key, i);
    await a.flush();
    const files = await valueFiles(path);
    assert.equal(files.length, 4);
    assert.ok(files.every((f) => !f.includes("/")));
    assert.ok(files.some((f) => f.startsWith("one_two~")));
    await a.close();
    const b = await Chest.open({ path });
    for (const [i, key] of keys.entries()) assert.equal(await b.get(key), i);
    await b.close();
  });
});

// 22
Deno.test("Chest in an `await using` block that throws removes its folder and the error propagates", async () => {
  let path = "";
  await assert.rejects(async () => {
    await using c = await Chest.open();
    path = c.path;
    await c.set("x", 1);
    await c.flush();
    throw new Error("boom");
  }, /boom/);
  assert.notEqual(path, "");
  assert.equal(await exists(path), false);
});

// 23
Deno.test("Chest stays consistent under 8 concurrent tasks copying values under a tiny budget", async () => {
  await using c = await Chest.open({ availableMemory: 50 });
  const values = new Set<string>();
  for (let i = 0; i < 10; i++) {
    values.add(`value ${i}`);
    await c.set(i, `value ${i}`);
  }
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 10;
  const tasks = Array.from({ length: 8 }, async () => {
    for (let n = 0; n < 50; n++) {
      const [k, j] = [random(), random()];
      await c.set(k, await c.get(j));
    }
  });
  await Promise.all(tasks);
  assert.deepEqual(
    (await c.keys()).toSorted(),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  for await (const value of c.values()) assert.ok(values.has(value as string));
  assert.ok(c.memoryUsage >= 0 && c.memoryUsage <= 50, `${c.memoryUsage}`);
});

// 24
Deno.test("Chest keeps a value that cannot be encoded in memory, leaves no file and spills others around it", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const c = await Chest.open({ path, availableMemory: 100 });
    const fn = () => 1;
    await c.set("bad", { fn });
    for (let i = 0; i < 5; i++) await c.set(i, new Uint8Array(40));
    assert.equal(c.isInMemory("bad"), true);
    assert.equal((await c.get("bad") as { fn: unknown }).fn, fn);
    assert.equal(c.isInMemory(0), false);
    const error = await c.flush().catch((e) => e);
    assert.ok(error instanceof TypeError, String(error));
    assert.match(error.message, /key "bad".*value\.fn: it is a function/);
    assert.equal(c.isInMemory("bad"), true);
    assert.equal(c.fileOf("bad"), undefined);
    // Every other key was flushed.
    const files = await valueFiles(path);
    assert.equal(files.length, 5);
    assert.ok(files.every((f) => !f.startsWith("bad")));
    const other = await Chest.open({ path });
    assert.deepEqual(await other.keys(), [0, 1, 2, 3, 4]);
    await other.close();
    await assert.rejects(c.close(), TypeError); // stays open: nothing is lost
    await c.delete("bad");
    await c.close();
  });
});

Deno.test("Chest.set() of a value larger than the budget that cannot be encoded rejects naming the key and keeps it", async () => {
  await using c = await Chest.open({ availableMemory: 10 });
  class Point {
    x = 1;
  }
  const value = [new Point(), "padding padding"];
  const error = await c.set(["p", 1], value).catch((e) => e);
  assert.ok(error instanceof TypeError, String(error));
  assert.match(error.message, /key \["p",1\]/);
  assert.match(error.message, /instances of Point/);
  assert.match(error.message, /stays in memory/);
  assert.equal(await c.get(["p", 1]), value);
  const spills = [];
  for await (const item of Deno.readDir(c.path)) {
    if (item.isDirectory) {
      for await (const f of Deno.readDir(join(c.path, item.name))) {
        spills.push(f.name);
      }
    }
  }
  assert.deepEqual(spills.filter((n) => n !== ".lock"), []);
  await c.delete(["p", 1]);
});

// 25, 27
Deno.test("Chest.update() from another chest copies new keys and overwrites existing ones", async () => {
  await using a = await Chest.open({ availableMemory: 50 });
  await using b = await Chest.open();
  await a.set("x", 1);
  await a.set(["t", 1], new Uint8Array(100)); // spilled in a
  await b.set("x", 0);
  await b.set(["t", 2], "kept");
  await b.update(a);
  assert.equal(await b.get("x"), 1);
  assert.deepEqual(await b.get(["t", 1]), new Uint8Array(100));
  assert.equal(await b.get(["t", 2]), "kept");
  assert.deepEqual(await a.keys(), ["x", ["t", 1]]);
  assert.equal(await a.get("x"), 1);
});

// 26
Deno.test("Chest.update() with overwrite: false keeps existing values and adds new keys", async () => {
  await using a = await Chest.open();
  await using b = await Chest.open();
  await a.set("x", 1);
  await a.set(["t", 1], "new");
  await b.set("x", 0);
  await b.update(a, { overwrite: false });
  assert.equal(await b.get("x"), 0);
  assert.equal(await b.get(["t", 1]), "new");
  await b.update(new Map<ChestKey, unknown>([["y", 2], ["x", 9]]), {
    overwrite: false,
  });
  assert.equal(await b.get("y"), 2);
  assert.equal(await b.get("x"), 0);
});

// 28
Deno.test("Chest.close() of a chest with a path flushes it", async () => {
  await withTempDir(async (dir) => {
    const c = await Chest.open({ path: join(dir, "c") });
    await c.set("x", [1, 2, 3]);
    await c.close();
    assert.deepEqual(
      decodeValue(await Deno.readFile(join(dir, "c", "x~g1.msgpack"))),
      [1, 2, 3],
    );
    await assert.rejects(c.set("y", 1), Deno.errors.BadResource);
  });
});

// 31
Deno.test("Chest with a fileName function stores under those names and another chest copies from it", async () => {
  await using a = await Chest.open({
    fileName: (key) => `item-${encodeURIComponent(JSON.stringify(key))}`,
  });
  await a.set("x", 1);
  await a.set(2, [2]);
  await a.flush();
  assert.deepEqual(await valueFiles(a.path), [
    "item-%22x%22~g1.msgpack",
    "item-2~g1.msgpack",
  ]);
  await using b = await Chest.open();
  await b.update(a);
  assert.equal(await b.get("x"), 1);
  assert.deepEqual(await b.get(2), [2]);
});

Deno.test("Chest.flush() refuses a fileName function that gives two keys one name", async () => {
  await using c = await Chest.open({ fileName: () => "same" });
  await c.set("a", 1);
  await c.set("b", 2);
  const error = await c.flush().catch((e) => e);
  assert.ok(error instanceof TypeError, String(error));
  assert.match(error.message, /"same.msgpack" is taken by key "a"/);
  await c.delete("b");
});

// 32
Deno.test("Chest.open() of a flushed folder moved elsewhere finds every value (relative names)", async () => {
  await withTempDir(async (dir) => {
    const a = await Chest.open({ path: join(dir, "first") });
    await a.set(["k", 1], new Float64Array([1, 2]));
    await a.set("s", "text");
    await a.close();
    await Deno.rename(join(dir, "first"), join(dir, "moved"));
    const b = await Chest.open({ path: join(dir, "moved") });
    await using c = await Chest.open();
    await c.update(b);
    assert.deepEqual(await c.get(["k", 1]), new Float64Array([1, 2]));
    assert.equal(await c.get("s"), "text");
    await b.close();
  });
});

// 33
Deno.test("Chest.memoryUsage is 0 when empty, grows with each set and is 0 after flush", async () => {
  await using c = await Chest.open();
  assert.equal(c.memoryUsage, 0);
  let last = 0;
  for (let i = 0; i < 5; i++) {
    await c.set(i, new Float64Array(i + 1));
    assert.ok(c.memoryUsage > last);
    last = c.memoryUsage;
  }
  assert.equal(c.memoryUsage, 8 * (1 + 2 + 3 + 4 + 5));
  await c.flush();
  assert.equal(c.memoryUsage, 0);
});

Deno.test("Chest.memoryUsage never drifts: replacing, deleting and reloading keys returns it to 0", async () => {
  await using c = await Chest.open({ availableMemory: 300 });
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 10; i++) await c.set(i % 4, new Uint8Array(10 * i));
    for (let i = 0; i < 4; i++) await c.get(i);
    assert.ok(c.memoryUsage >= 0 && c.memoryUsage <= 300);
  }
  for (let i = 0; i < 4; i++) await c.delete(i);
  assert.equal(c.memoryUsage, 0);
});

// 34
Deno.test("Chest.prefetch() loads spilled values into memory", async () => {
  await using c = await Chest.open({ availableMemory: 100 });
  await c.set(1, new Uint8Array(40));
  await c.set(2, new Uint8Array(40));
  await c.flush();
  assert.equal(c.memoryUsage, 0);
  await c.prefetch([1]);
  assert.equal(c.isInMemory(1), true);
  assert.equal(c.isInMemory(2), false);
  await c.prefetch([1, 2]);
  assert.equal(c.isInMemory(2), true);
  assert.equal(c.memoryUsage, 80);
  await assert.rejects(c.prefetch([3]), NotFoundError);
});

Deno.test("Chest.prefetch() reads keys in order while they fit the budget, and keeps the first ones", async () => {
  await using c = await Chest.open({ availableMemory: 100 });
  for (let i = 0; i < 10; i++) await c.set(i, new Uint8Array(40));
  await c.flush();
  await c.set("recent", new Uint8Array(30)); // older than what prefetch reads
  await c.prefetch([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(
    Array.from({ length: 10 }, (_, i) => c.isInMemory(i)),
    [true, true, false, false, false, false, false, false, false, false],
  );
  assert.equal(c.isInMemory("recent"), false, "the older value made room");
  assert.ok(c.memoryUsage <= 100, `${c.memoryUsage} bytes in memory`);
  await assert.rejects(c.prefetch([0, 99]), NotFoundError);
});

// 35-38
Deno.test("Chest of the README: the folder lists the index and x's file, and a reopened chest sees x", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const c = await Chest.open({ path });
    await c.set("x", [1, 2, 3]);
    assert.deepEqual(await c.get("x"), [1, 2, 3]);
    await c.flush();
    const names = [];
    for await (const item of Deno.readDir(path)) {
      if (item.isFile) names.push(item.name);
    }
    assert.deepEqual(names.sort(), [
      ".chest.json",
      ".chest.lock",
      "x~g1.msgpack",
    ]);
    const c2 = await Chest.open({ path });
    assert.deepEqual(await c2.keys(), ["x"]);
    assert.deepEqual(await c2.get("x"), [1, 2, 3]);
    await c2.close();
    await c.close();
  });
});

// The original's known defects.

Deno.test('Chest keeps 1, "1", [1], ["1"], 1n, "a" and ["a"] as separate keys across a reopen', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const keys: ChestKey[] = [1, "1", [1], ["1"], 1n, "a", ["a"], true, "true"];
    const a = await Chest.open({ path, availableMemory: 0 });
    for (const [i, key] of keys.entries()) await a.set(key, i);
    await a.close();
    const b = await Chest.open({ path });
    assert.equal((await b.keys()).length, keys.length);
    for (const [i, key] of keys.entries()) assert.equal(await b.get(key), i);
    assert.equal((await valueFiles(path)).length, keys.length);
    await b.close();
  });
});

Deno.test("Chest.open() of a folder holding other files is an error and deletes nothing", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(join(dir, "thesis.tex"), "precious");
    const error = await Chest.open({ path: dir }).catch((e) => e);
    assert.ok(error instanceof FormatError, String(error));
    assert.match(error.message, /no chest index ".chest.json"/);
    assert.match(error.message, /thesis.tex/);
    assert.equal(await Deno.readTextFile(join(dir, "thesis.tex")), "precious");
  });
});

Deno.test("Chest.open() of a file path is an error", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(join(dir, "f"), "x");
    await assert.rejects(
      Chest.open({ path: join(dir, "f") }),
      (e) => e instanceof FormatError && /is a file/.test(e.message),
    );
  });
});

Deno.test("Chest.open() with a damaged index rejects with a FormatError instead of opening empty", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const c = await Chest.open({ path });
    await c.set("x", 1);
    await c.close();
    const index = join(path, ".chest.json");
    const good = await Deno.readTextFile(index);
    for (
      const bad of [
        "",
        good.slice(0, good.length / 2),
        good.replace('"codec":"msgpack"', '"codec":"pickle"'),
        good.replace('"file":"x~g1.msgpack"', '"file":"../x~g1.msgpack"'),
        good.replace('"format": "persist-chest"', '"format": "other"'),
      ]
    ) {
      await Deno.writeTextFile(index, bad);
      const error = await Chest.open({ path }).catch((e) => e);
      assert.ok(error instanceof FormatError, `${error} for ${bad}`);
      assert.ok(error.message.includes(index), error.message);
    }
    assert.ok(await exists(join(path, "x~g1.msgpack")));
  });
});

Deno.test("Chest.get() of a value whose file was removed behind its back is a FormatError naming the file", async () => {
  await using c = await Chest.open();
  await c.set("x", 1);
  await c.flush();
  await Deno.remove(c.fileOf("x")!);
  const error = await c.get("x").catch((e) => e);
  assert.ok(error instanceof FormatError, String(error));
  assert.match(error.message, /x~g1\.msgpack" is missing/);
});

Deno.test("Chest round-trips tricky values through its files", async () => {
  await using c = await Chest.open({ availableMemory: 0 });
  const { NDArray } = await import("../../mod.ts");
  const values: [ChestKey, unknown][] = [
    ["neg zero", -0],
    ["nan", NaN],
    ["undef", undefined],
    ["null", null],
    ["big", -(2n ** 100n)],
    ["date", new Date(1e12)],
    ["map", new Map<unknown, unknown>([[1, { a: [new Set([2])] }]])],
    ["f16", new Float16Array([0.5, -2])],
    ["u64", new BigUint64Array([2n ** 64n - 1n])],
    ["clamped", new Uint8ClampedArray([1, 255])],
    [
      "nd",
      new NDArray(new Float32Array([1, 2, 3, 4, 5, 6]), [2, 3], { order: "F" }),
    ],
    ["bool nd", new NDArray(new Uint8Array([1, 0]), [2], { dtype: "|b1" })],
    ["text nd", new NDArray(["ab", "c"], [2])],
    ["nested", { a: [1, "two", [3n]], b: { c: new Int16Array([-1]) } }],
  ];
  for (const [key, value] of values) await c.set(key, value);
  for (const [key, value] of values) {
    const back = await c.get(key);
    assert.deepEqual(back, value, String(key));
    assert.ok(Object.is(await c.get("neg zero"), -0));
  }
});

Deno.test("Chest.get() keeps shared objects and cycles after a spill to disk and after a reopen", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    type Value = {
      a: { n: number };
      b: { n: number };
      m: Map<string, unknown>;
      t: Float64Array;
      u: unknown[];
      self?: Value;
    };
    const row = { n: 1 };
    const data = new Float64Array([1.5, 2.5]);
    const value: Value = {
      a: row,
      b: row,
      m: new Map([["row", row]]),
      t: data,
      u: [data],
    };
    value.self = value;
    value.m.set("map", value.m);
    const assertShared = (v: Value) => {
      assert.deepEqual(v.a, { n: 1 });
      assert.equal(v.a, v.b);
      assert.equal(v.m.get("row"), v.a);
      assert.equal(v.m.get("map"), v.m);
      assert.equal(v.u[0], v.t);
      assert.deepEqual(v.t, data);
      assert.equal(v.self, v);
    };
    const a = await Chest.open({ path, availableMemory: 1 });
    await a.set("k", value);
    assert.equal(a.isInMemory("k"), false);
    const spilled = await a.get("k") as Value;
    assert.notEqual(spilled, value); // read back from the spill file
    assertShared(spilled);
    await a.close();
    const b = await Chest.open({ path, availableMemory: 1 });
    assertShared(await b.get("k") as Value);
    await b.close();
  });
});

Deno.test("Chest.set() rejects keys that are not strings, numbers, bigints, booleans or arrays of these", async () => {
  await using c = await Chest.open();
  for (const key of [null, undefined, {}, Symbol("s"), [{}], new Date()]) {
    await assert.rejects(c.set(key as unknown as ChestKey, 1), TypeError);
  }
  assert.deepEqual(await c.keys(), []);
});

Deno.test("Chest reads a chest whose files have no generation in their names (written before them) and moves a rewritten key to a new name", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await Deno.mkdir(path);
    await Deno.writeFile(join(path, "x.msgpack"), encodeValue([1, 2]));
    await Deno.writeFile(join(path, "y.msgpack"), encodeValue("y"));
    await Deno.writeTextFile(
      join(path, ".chest.json"),
      formatIndex({
        gen: 2,
        entries: new Map([
          ['"x"', { file: "x.msgpack", codec: "msgpack", gen: 1 }],
          ['"y"', { file: "y.msgpack", codec: "msgpack", gen: 2 }],
        ]),
      }),
    );
    await using c = await Chest.open({ path });
    assert.deepEqual(await c.get("x"), [1, 2]);
    await c.set("x", [3]);
    await c.flush();
    assert.equal(c.fileOf("x"), join(path, "x~g3.msgpack"));
    assert.deepEqual(await valueFiles(path), ["x~g3.msgpack", "y.msgpack"]);
    await using d = await Chest.open({ path });
    assert.deepEqual(await d.get("x"), [3]);
    assert.equal(await d.get("y"), "y");
  });
});

Deno.test("Chest.flush() of a value that changes while being encoded rejects naming the key and keeps the value in memory", async () => {
  await using c = await Chest.open();
  // Answers a new object and a cycle by turns: pass 1 and pass 2 differ.
  let calls = 0;
  const cached = {
    get x() {
      if (++calls % 2 === 1) return {};
      const a: Record<string, unknown> = {};
      a.self = a;
      return a;
    },
  };
  await c.set("getter", cached);
  await c.set("plain", 1);
  const error = await c.flush().catch((e) => e);
  assert.ok(error instanceof TypeError, String(error));
  assert.match(
    error.message,
    /key "getter".*value\.x(\.self)?: the value changed while being encoded/,
  );
  assert.equal(c.isInMemory("getter"), true);
  assert.equal(await c.get("getter"), cached);
  assert.notEqual(c.fileOf("plain"), undefined);
  await c.delete("getter");
});

Deno.test("Chest.get() in a fresh process reads values of every container kind nested MAX_NESTING levels deep", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "deep.chest");
    const c = await Chest.open({ path });
    const s = { shared: true };
    for (const kind of CONTAINER_KINDS) {
      await c.set(kind, nest(kind, MAX_NESTING, 1));
      await c.set(`${kind} shared`, nest(kind, MAX_NESTING - 1, [s, s]));
    }
    await c.close();
    const { code, stdout, stderr } = await runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`],
      join(ROOT, "tests", "chest", "_read_deep.ts"),
      [path],
    );
    assert.equal(code, 0, stderr);
    const expected: Record<string, number> = {};
    for (const kind of CONTAINER_KINDS) {
      expected[kind] = MAX_NESTING;
      expected[`${kind} shared`] = MAX_NESTING + 1; // s is shared: level 1 again
    }
    assert.deepEqual(JSON.parse(stdout), expected);
  });
});
