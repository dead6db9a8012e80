// Copyright 2026 the persist authors. MIT license.
// DataSet behaviour in one process, including the original persist's
// DataSet cases (../shared/reference/persist-cases.md, "DataSet").

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DataSet,
  FormatError,
  NotFoundError,
  ReadOnlyError,
  save,
} from "../../mod.ts";
import { isDataSetFolder } from "../../lib/dataset/mod.ts";
import { withTempDir } from "../_util.ts";

/** Every path under `dir`, relative, sorted (folders end in "/"). */
async function tree(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of Deno.readDir(join(dir, prefix))) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory) {
      out.push(`${path}/`, ...await tree(dir, path));
    } else {
      out.push(path);
    }
  }
  return out.sort();
}

Deno.test("DataSet runs the original persist's example: set, insert x_0..x_3, a read-only instance sees replacements and refuses writes", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await using ds = await DataSet.open(path, { mode: "w" });
    const nxs = [10, 20];
    const mus = [1.2, 2.5];
    await ds.set("nxs", nxs, { info: "nx values" });
    await ds.set("mus", mus, { info: "mu values" });
    const names: string[] = [];
    const expected = new Map<string, Float64Array>();
    for (const nx of nxs) {
      for (const mu of mus) {
        const x = new Float64Array(nx).map((_, i) => Math.sin(mu * i));
        const name = await ds.insert(x, { info: [nx, mu] });
        names.push(name);
        expected.set(name, x);
      }
    }
    assert.deepEqual(names, ["x_0", "x_1", "x_2", "x_3"]);

    await using ro = await DataSet.open(path, { mode: "r" });
    assert.deepEqual(await ro.keys(), [
      "nxs",
      "mus",
      "x_0",
      "x_1",
      "x_2",
      "x_3",
    ]);
    assert.equal(await ro.info("nxs"), "nx values");
    assert.equal(await ro.info("mus"), "mu values");
    assert.deepEqual(
      await Promise.all(names.map((n) => ro.info(n))),
      [[10, 1.2], [10, 2.5], [20, 1.2], [20, 2.5]],
    );
    for (const [name, x] of expected) assert.deepEqual(await ro.get(name), x);
    assert.deepEqual(await ro.get("nxs"), [10, 20]);

    await ds.set("nxs", [10, 20, 40]);
    await ds.set("x_0", new Float64Array([1, 2]), { info: [1, 1] });
    assert.deepEqual(await ro.get("nxs"), [10, 20, 40]);
    assert.equal(await ro.info("nxs"), "nx values"); // kept: no info given
    assert.deepEqual(await ro.get("x_0"), new Float64Array([1, 2]));
    assert.deepEqual(await ro.info("x_0"), [1, 1]);

    await assert.rejects(() => ro.set("nxs", [1]), ReadOnlyError);
    await assert.rejects(() => ro.insert([1]), ReadOnlyError);
    await assert.rejects(() => ro.setInfo("nxs", "x"), ReadOnlyError);
    await assert.rejects(() => ro.delete("nxs"), ReadOnlyError);
    assert.deepEqual(await ds.get("nxs"), [10, 20, 40]);
  });
});

Deno.test("DataSet.get() returns a fresh copy: mutating it writes nothing, setting it again does (case 1)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using w = await DataSet.open(path, { mode: "w" });
    await using r = await DataSet.open(path);
    await w.set("d", { a: 1, b: 2 });
    assert.deepEqual(await r.get("d"), { a: 1, b: 2 });
    const d = await w.get("d") as { a: number };
    d.a = 6;
    assert.deepEqual(await r.get("d"), { a: 1, b: 2 });
    assert.notEqual(await w.get("d"), await w.get("d"));
    await w.set("d", d);
    assert.equal((await r.get("d") as { a: number }).a, 6);
  });
});

Deno.test("DataSet.set() of a value that cannot be archived leaves the DataSet usable and lists nothing (case 2)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("ok", 1);
    const bad = {
      x: 1,
      get y(): number {
        throw new Error("boom");
      },
    };
    await assert.rejects(() => ds.set("bad", bad), /boom/);
    await assert.rejects(
      () => ds.insert({ f: () => 1 }),
      (error: Error) =>
        error instanceof TypeError && /function/.test(error.message),
    );
    assert.deepEqual(await ds.keys(), ["ok"]);
    await ds.set("next", [1, 2]);
    assert.deepEqual(await ds.keys(), ["ok", "next"]);
    assert.deepEqual(await ds.get("next"), [1, 2]);
    const report = await ds.verify({ load: true });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.leftovers, []);
  });
});

Deno.test("DataSet stores a 1000-element float64 array in an .npy file and reads it back after reopening read-only (case 3)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    const a = new Float64Array(1000).map((_, i) => i / 7);
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", a);
    }
    await using ro = await DataSet.open(path);
    assert.deepEqual(await ro.get("a"), a);
    const files = (await tree(path)).filter((p) => p.endsWith(".npy"));
    assert.equal(files.length, 1);
  });
});

Deno.test("DataSet.open() with arrayThreshold keeps small arrays inline and moves bigger ones to files", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, {
      mode: "w",
      arrayThreshold: 10,
    });
    await ds.set("small", new Int32Array(10));
    await ds.set("big", new Int32Array(11));
    const npy = (await tree(path)).filter((p) => p.endsWith(".npy"));
    assert.equal(npy.length, 1);
    assert.match(npy[0], /^items\/big~\d+\//);
  });
});

Deno.test("DataSet.open() of a folder that is not a DataSet fails and touches nothing (case 5)", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(join(dir, "notes.txt"), "mine");
    await Deno.mkdir(join(dir, "sub"));
    const before = await tree(dir);
    for (const mode of ["r", "w"] as const) {
      await assert.rejects(
        () => DataSet.open(dir, { mode }),
        (error: Error) =>
          error instanceof FormatError &&
          error.message.includes("is not a DataSet") &&
          error.message.includes(dir),
      );
    }
    assert.deepEqual(await tree(dir), before);
    await assert.rejects(
      () => DataSet.open(join(dir, "notes.txt"), { mode: "w" }),
      /it is a file, not a folder/,
    );
  });
});

Deno.test("isDataSetFolder() is true for a DataSet only", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    assert.equal(await isDataSetFolder(path), false);
    assert.equal(await isDataSetFolder(dir), false);
    await (await DataSet.open(path, { mode: "w" })).close();
    assert.equal(await isDataSetFolder(path), true);
    await save(join(dir, "archive"), { x: 1 });
    assert.equal(await isDataSetFolder(join(dir, "archive")), false);
  });
});

Deno.test("DataSet.open() read-only of a missing folder fails with NotFoundError and creates nothing (case 6)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "missing");
    await assert.rejects(
      () => DataSet.open(path),
      (error: Error) =>
        error instanceof NotFoundError && error.message.includes(path) &&
        error.message.includes('mode: "w"'),
    );
    await assert.rejects(() => Deno.stat(path), Deno.errors.NotFound);
  });
});

Deno.test('DataSet.open() read-only of an empty folder fails and leaves it empty; mode "w" makes it a DataSet', async () => {
  await withTempDir(async (dir) => {
    await assert.rejects(() => DataSet.open(dir), /not a DataSet yet/);
    assert.deepEqual(await tree(dir), []);
    await using ds = await DataSet.open(dir, { mode: "w" });
    assert.deepEqual(await ds.keys(), []);
  });
});

Deno.test('DataSet with lock: "session" holds the lock for its life; its writes read back after reopening (case 7)', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    {
      await using ds = await DataSet.open(path, {
        mode: "w",
        lock: "session",
      });
      await ds.set("a", [1, 2], { info: "A" });
      assert.equal(await ds.insert(3, { info: { n: 3 } }), "x_0");
      await ds.setInfo("a", "AA");
      // Another instance, even in this process, cannot write meanwhile.
      await using other = await DataSet.open(path, {
        mode: "w",
        lockTimeout: 0,
      });
      await assert.rejects(() => other.set("b", 1), /still locked/);
    }
    await using ro = await DataSet.open(path);
    assert.deepEqual(
      await ro.index(),
      new Map<string, unknown>([["a", "AA"], ["x_0", { n: 3 }]]),
    );
    assert.deepEqual(await ro.get("a"), [1, 2]);
    assert.equal(await ro.get("x_0"), 3);
    await using w = await DataSet.open(path, { mode: "w", lockTimeout: 0 });
    await w.set("b", 1); // the session lock was released by close()
  });
});

Deno.test("DataSet.insert() with explicit names, then generated names that skip taken ones (case 9)", async () => {
  await withTempDir(async (dir) => {
    await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
    assert.equal(
      await ds.insert(1, { name: "a", info: "A lovely variable" }),
      "a",
    );
    assert.equal(await ds.insert(2, { name: "x_0" }), "x_0");
    assert.equal(await ds.insert(3), "x_1");
    assert.deepEqual(await ds.keys(), ["a", "x_0", "x_1"]);
    assert.equal(await ds.info("a"), "A lovely variable");
    await assert.rejects(
      () => ds.insert(4, { name: "a" }),
      (error: Error) =>
        error instanceof Deno.errors.AlreadyExists &&
        error.message.includes("use set() to replace it"),
    );
    assert.equal(await ds.get("a"), 1);
  });
});

Deno.test("DataSet.insert() never reuses a generated name, even after a delete, and takes its prefix from options", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, { mode: "w", prefix: "run_" });
    assert.equal(await ds.insert(0), "run_0");
    assert.equal(await ds.insert(1), "run_1");
    assert.equal(await ds.delete("run_1"), true);
    assert.equal(await ds.delete("run_1"), false);
    assert.equal(await ds.insert(2), "run_2");
    assert.equal(await ds.insert(3, { prefix: "x_" }), "x_0");
    await ds.set("x_7", 7);
    assert.equal(await ds.insert(8, { prefix: "x_" }), "x_8");
    await assert.rejects(
      () => ds.insert(9, { prefix: "run1" }),
      /must not end in a digit/,
    );
    await using other = await DataSet.open(path, { mode: "w" });
    assert.equal(await other.insert(9, { prefix: "run_" }), "run_3");
  });
});

Deno.test("DataSet.open() refuses an invalid mode; after close() writes fail with ReadOnlyError and reads with BadResource (case 10)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await assert.rejects(
      // deno-lint-ignore no-explicit-any
      () => DataSet.open(path, { mode: "a" as any }),
      (error: Error) =>
        error instanceof TypeError && error.message.includes('"a"') &&
        error.message.includes('"r"'),
    );
    await assert.rejects(() => Deno.stat(path), Deno.errors.NotFound);
    await assert.rejects(
      // deno-lint-ignore no-explicit-any
      () => DataSet.open(path, { mode: "w", lock: "always" as any }),
      TypeError,
    );
    await assert.rejects(
      () => DataSet.open(path, { lock: "session" }),
      /needs mode: "w"/,
    );
    const ds = await DataSet.open(path, { mode: "w" });
    await ds.set("a", 1);
    await ds.close();
    await ds.close(); // idempotent
    await assert.rejects(
      () => ds.set("a", 2),
      (error: Error) =>
        error instanceof ReadOnlyError && /is closed/.test(error.message),
    );
    await assert.rejects(() => ds.insert(2), ReadOnlyError);
    await assert.rejects(() => ds.setInfo("a", 2), ReadOnlyError);
    await assert.rejects(() => ds.delete("a"), ReadOnlyError);
    await assert.rejects(() => ds.get("a"), Deno.errors.BadResource);
    await assert.rejects(() => ds.keys(), Deno.errors.BadResource);
  });
});

Deno.test("DataSet leaves no stray temporary or backup files after ordinary writes (case 12)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", new Float64Array(500));
      await ds.set("a", new Float64Array(600)); // replaced
      await ds.insert([1]);
      await ds.insert([2]);
      await ds.delete("x_1");
      await ds.setInfo("a", "info");
    }
    const files = await tree(path);
    const a = files.find((f) => /^items\/a~\d+\/$/.test(f))!;
    const x0 = files.find((f) => /^items\/x_0~\d+\/$/.test(f))!;
    assert.deepEqual(files, [
      ".lock",
      ".persist-dataset",
      ".staging/",
      "index.jsonl",
      "items/",
      a,
      `${a}_persist.js`,
      `${a}a.npy`,
      `${a}mod.js`,
      x0,
      `${x0}mod.js`, // [1] needs no helpers: no _persist.js
      "mod.js",
    ]);
  });
});

Deno.test("DataSet.info() is null until set and throws NotFoundError for a missing item", async () => {
  await withTempDir(async (dir) => {
    await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
    await ds.set("a", 1);
    assert.equal(await ds.info("a"), null);
    await ds.setInfo("a", [10, 1.2]);
    assert.deepEqual(await ds.info("a"), [10, 1.2]);
    await ds.setInfo("a", null);
    assert.equal(await ds.info("a"), null);
    await assert.rejects(() => ds.info("b"), NotFoundError);
    await assert.rejects(() => ds.setInfo("b", 1), NotFoundError);
    await assert.rejects(() => ds.setInfo("a", undefined), /pass null/);
    await assert.rejects(
      () => ds.get("b"),
      (error: Error) =>
        error instanceof NotFoundError &&
        (error as NotFoundError).item === "b",
    );
    assert.equal(await ds.has("a"), true);
    assert.equal(await ds.has("b"), false);
  });
});

Deno.test("DataSet info holds BigInt, NaN, -0, Infinity, undefined, Dates and nested objects, and refuses Maps naming the path", async () => {
  await withTempDir(async (dir) => {
    await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
    const info = {
      n: 10n ** 30n,
      bad: [NaN, -0, Infinity, -Infinity, undefined],
      when: new Date("2024-01-31T12:00:00Z"),
      $ref: "not a tag",
      nested: { deep: [{ x: "é\u2028" }] },
    };
    await ds.set("a", 1, { info });
    assert.deepEqual(await ds.info("a"), info);
    await assert.rejects(
      () => ds.setInfo("a", { params: [1, new Map()] }),
      (error: Error) =>
        error instanceof TypeError &&
        error.message.includes("info.params[1] is a Map") &&
        error.message.includes('"a"'),
    );
    await assert.rejects(
      () => ds.setInfo("a", "x".repeat(70_000)),
      RangeError,
    );
    assert.deepEqual(await ds.info("a"), info);
  });
});

Deno.test("DataSet.set() validates names and says which rule a name breaks", async () => {
  await withTempDir(async (dir) => {
    await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
    const cases: [string, RegExp][] = [
      ["", /must not be empty/],
      ["a/b", /must not contain "\/"/],
      ["a\\b", /must not contain "\\"/],
      ["..", /must not be "\.\."/],
      [".", /must not be "\."/],
      ["a\nb", /control characters \(found U\+000A at position 1\)/],
      ["a\u0000", /control characters/],
      ["\ud800", /lone surrogates/],
      ["é".repeat(101), /at most 200 bytes/],
    ];
    for (const [name, rule] of cases) {
      await assert.rejects(
        () => ds.set(name, 1),
        (error: Error) =>
          error instanceof TypeError && rule.test(error.message),
        `name ${JSON.stringify(name)}`,
      );
    }
    await ds.set("Run_1", 1);
    await assert.rejects(
      () => ds.set("run_1", 2),
      /differ from another only by letter case, and the DataSet holds "Run_1"/,
    );
    await ds.set("Run_1", 3); // the same name replaces
    for (const name of ["a..b", "con", "名前", "x y", "-x", "a.b"]) {
      await ds.set(name, name);
      assert.equal(await ds.get(name), name);
    }
    assert.deepEqual(await ds.keys(), [
      "Run_1",
      "a..b",
      "con",
      "名前",
      "x y",
      "-x",
      "a.b",
    ]);
  });
});

Deno.test("DataSet.set() by another instance keeps info set meanwhile by a third (no stale index)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using a = await DataSet.open(path, { mode: "w" });
    await using b = await DataSet.open(path, { mode: "w" });
    await a.set("x", 1);
    assert.equal(await b.info("x"), null); // b has read the index
    await a.setInfo("x", "from a");
    await b.set("x", 2); // no info given: b must not reset a's info
    assert.equal(await a.info("x"), "from a");
    assert.equal(await a.get("x"), 2);
    assert.equal(await a.insert(0), "x_0");
    assert.equal(await b.insert(0), "x_1"); // b sees a's x_0 under the lock
  });
});

Deno.test("DataSet.insert() called many times at once on one instance gives distinct names and one staging folder", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, { mode: "w" });
    const names = await Promise.all(
      Array.from({ length: 20 }, (_, i) => ds.insert(i, { info: i })),
    );
    assert.deepEqual(
      [...names].sort(),
      Array.from({ length: 20 }, (_, i) => `x_${i}`).sort(),
    );
    for (const name of names) {
      assert.equal(await ds.get(name), await ds.info(name));
    }
    assert.equal([...Deno.readDirSync(join(path, ".staging"))].length, 1);
    await ds.close();
    assert.deepEqual([...Deno.readDirSync(join(path, ".staging"))], []);
  });
});

Deno.test("DataSet.index() lists every name with its info in order without reading items", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("b", 1, { info: "B" });
    await ds.set("a", 2);
    await ds.insert(3, { info: [1, 2] });
    // Items are not read: index() works with their folders gone.
    await Deno.remove(join(path, "items"), { recursive: true });
    assert.deepEqual(
      await ds.index(),
      new Map<string, unknown>([["b", "B"], ["a", null], ["x_0", [1, 2]]]),
    );
    const report = await ds.verify();
    assert.equal(report.items, 3);
    assert.deepEqual(report.problems.map((p) => p.name), ["b", "a", "x_0"]);
  });
});

Deno.test("DataSet.get() of an item whose folder is damaged names the problem", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("a", new Float64Array(200));
    const [folder] = (await tree(path)).filter((f) => /^items\/a~/.test(f));
    await Deno.remove(join(path, folder, "a.npy"));
    await assert.rejects(
      () => ds.get("a"),
      (error: Error) =>
        error instanceof NotFoundError && error.message.includes("a.npy"),
    );
    const report = await ds.verify({ load: true });
    assert.equal(report.problems.length, 1);
    assert.match(report.problems[0].message, /a\.npy/);
  });
});

Deno.test("DataSet.open() refuses a damaged marker, and a DataSet of a newer format", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await (await DataSet.open(path, { mode: "w" })).close();
    const marker = join(path, ".persist-dataset");
    await Deno.writeTextFile(
      marker,
      '{"format":"persist-dataset","version":2}\n',
    );
    await assert.rejects(() => DataSet.open(path), /format 2, newer/);
    await Deno.writeTextFile(marker, "garbage");
    await assert.rejects(() => DataSet.open(path), /marker file .* is damaged/);
  });
});

Deno.test("DataSet.open() in mode w finishes a creation that was interrupted, but never adopts a folder with items", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await Deno.mkdir(join(path, "items"), { recursive: true });
    await Deno.writeTextFile(join(path, ".lock"), "123\n");
    await assert.rejects(() => DataSet.open(path), /not a DataSet yet/);
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 1);
      await ds.close();
    }
    // Marker lost by hand: the folder holds items now and is not adopted.
    await Deno.remove(join(path, ".persist-dataset"));
    await assert.rejects(
      () => DataSet.open(path, { mode: "w" }),
      /not a DataSet .* holds other files/,
    );
  });
});
