// Copyright 2026 the persist authors. MIT license.
// A write whose index append fails before the record is written leaves no
// item folder in items/, and verify() hides at most one unlisted folder
// (the one a commit under way may have renamed into place).

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, LockTimeoutError } from "../../mod.ts";
import { Child } from "../_child.ts";
import { withTempDir } from "../_util.ts";

function itemFolders(path: string): string[] {
  return [...Deno.readDirSync(join(path, "items"))].map((e) => e.name).sort();
}

Deno.test("DataSet.set() whose append cannot lock the index leaves no item folder", async () => {
  await withTempDir(async (path) => {
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 1);
      await ds.set("b", 2);
    }
    const before = itemFolders(path);
    await using ds = await DataSet.open(path, { mode: "w", lockTimeout: 100 });
    {
      // Another open file description: flock(2) conflicts within a process.
      using index = Deno.openSync(join(path, "index.jsonl"));
      index.lockSync(true);
      for (const v of [10, 11, 12]) {
        await assert.rejects(
          ds.set("a", new Float64Array(10_000).fill(v)),
          (error: Error) => {
            assert.ok(error instanceof LockTimeoutError, String(error));
            assert.match(error.message, /was stopped, or is slow/);
            return true;
          },
        );
      }
    }
    assert.deepEqual(itemFolders(path), before);
    assert.deepEqual((await ds.verify()).leftovers, []);
    await ds.set("a", 3);
    assert.equal(await ds.get("a"), 3);
  });
});

Deno.test("DataSet.verify() hides only a lone <name>~<seq + 1> folder, never a -<n> one or a second one", async () => {
  await withTempDir(async (path) => {
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("a", 1);
    await ds.set("b", 2); // seq 2
    const items = join(path, "items");
    const copy = async (dir: string) => {
      await Deno.mkdir(join(items, dir));
      await Deno.copyFile(
        join(items, "a~1", "mod.js"),
        join(items, dir, "mod.js"),
      );
    };
    const leftovers = async () =>
      (await ds.verify()).leftovers.map((p) => p.slice(items.length + 1))
        .sort();
    await copy("c~3");
    assert.deepEqual(await leftovers(), []);
    await copy("c~3-2");
    assert.deepEqual(await leftovers(), ["c~3-2"]);
    await copy("d~3");
    assert.deepEqual(await leftovers(), ["c~3", "c~3-2", "d~3"]);
    await copy("e~13");
    assert.deepEqual(await leftovers(), ["c~3", "c~3-2", "d~3", "e~13"]);
  });
});

Deno.test("DataSet.open() for writing waits for a held index lock once, not once per unlisted folder", async () => {
  await withTempDir(async (path) => {
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 1);
    }
    const items = join(path, "items");
    for (let i = 0; i < 5; i++) {
      await Deno.mkdir(join(items, `b~${10 + i}`));
    }
    {
      using index = Deno.openSync(join(path, "index.jsonl"));
      index.lockSync(true);
      const start = performance.now();
      await (await DataSet.open(path, { mode: "w", lockTimeout: 300 })).close();
      const took = performance.now() - start;
      assert.ok(took < 1000, `open() took ${took} ms`);
    }
    await (await DataSet.open(path, { mode: "w" })).close();
    assert.deepEqual(itemFolders(path), ["a~1"]);
  });
});

Deno.test("DataSet.open() for writing removes every unlisted folder under one index lock: another process taking it sees all of them or none", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 1);
    }
    const items = join(path, "items");
    for (let i = 0; i < 20; i++) {
      await Deno.mkdir(join(items, `b~${10 + i}`));
      for (const file of ["mod.js", "x.npy", "y.npy"]) {
        await Deno.writeTextFile(join(items, `b~${10 + i}`, file), "-");
      }
    }
    await using watcher = new Child(
      [`--allow-read=${tmp}`],
      new URL("./_index_lock_watcher.ts", import.meta.url).href,
      [path, "b~"],
    );
    await watcher.waitFor("ready");
    await (await DataSet.open(path, { mode: "w" })).close(); // sweeps
    assert.deepEqual(itemFolders(path), ["a~1"]);
    await Deno.writeTextFile(join(tmp, "stop"), "");
    assert.deepEqual(JSON.parse(await watcher.nextLine() ?? ""), [0, 20]);
  });
});
