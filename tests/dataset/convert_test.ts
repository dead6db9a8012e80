// Copyright 2026 the persist authors. MIT license.
// DataSet.convert(): every item's arrays rewritten in another format, one
// item at a time under the write lock, each atomically, values and info
// unchanged; and DataSet.readItem(), which tools read items through.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DataSet,
  load,
  NDArray,
  NotFoundError,
  ReadOnlyError,
} from "../../mod.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { checkItem, itemValue } from "./_values.ts";

const READER = new URL("./_reader.ts", import.meta.url).pathname;
const INSERTER = new URL("./_inserter.ts", import.meta.url).pathname;

/** The files of each item's current folder, by item name. */
async function itemFiles(ds: DataSet): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of await ds.keys()) {
    out[name] = await ds.readItem(name, async (folder) => {
      const names = [];
      for await (const e of Deno.readDir(folder)) names.push(e.name);
      return names.sort();
    });
  }
  return out;
}

async function sample(path: string, count: number): Promise<DataSet> {
  const ds = await DataSet.open(path, { mode: "w" });
  for (let i = 0; i < count; i++) {
    await ds.insert(itemValue(0, i), { info: [0, i] });
  }
  await ds.set(
    "grid",
    new NDArray(new Float32Array(600).fill(2), [20, 30], {
      order: "F",
    }),
    { info: { unit: "m", at: new Date(0), big: 1n } },
  );
  await ds.set("small", [1, 2, 3], { info: null });
  return ds;
}

Deno.test("DataSet.convert() rewrites every item to hdf5 and back with values, info and order unchanged", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await using ds = await sample(path, 4);
    const values = new Map<string, unknown>();
    for (const name of await ds.keys()) values.set(name, await ds.get(name));
    const index = await ds.index();
    const before = await itemFiles(ds);
    assert.deepEqual(before.x_0, ["_persist.js", "mod.js", "value.data.npy"]);
    const progress: string[] = [];

    const toHdf5 = await ds.convert({
      to: "hdf5",
      onProgress: (done, total, name) =>
        progress.push(`${done}/${total} ${name}`),
    });
    assert.deepEqual(toHdf5, {
      items: 6,
      converted: 5,
      from: ["npy"],
      arrays: 5,
      bytes: 4 * 300 * 8 + 600 * 4,
    });
    assert.deepEqual(progress, [
      "1/6 x_0",
      "2/6 x_1",
      "3/6 x_2",
      "4/6 x_3",
      "5/6 grid",
      "6/6 small",
    ]);
    const files = await itemFiles(ds);
    assert.deepEqual(files.x_0, ["_persist.js", "arrays.h5", "mod.js"]);
    assert.deepEqual(files.small, ["mod.js"]); // plain data: no helpers
    assert.deepEqual(await ds.keys(), [...values.keys()]);
    assert.deepEqual(await ds.index(), index);
    for (const [name, value] of values) {
      assert.deepStrictEqual(await ds.get(name), value, name);
    }
    // A second reader instance sees the same.
    await using ro = await DataSet.open(path);
    assert.deepStrictEqual(await ro.get("grid"), values.get("grid"));

    const back = await ds.convert({ to: "npy" });
    assert.equal(back.converted, 5);
    assert.deepEqual(back.from, ["hdf5"]);
    assert.deepEqual(await itemFiles(ds), before);
    for (const [name, value] of values) {
      assert.deepStrictEqual(await ds.get(name), value, name);
    }
    const report = await ds.verify({ load: true });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.leftovers, []);
  });
});

Deno.test("DataSet.convert() leaves items already in the format as they are", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await using ds = await sample(path, 2);
    const folders = await Promise.all(
      (await ds.keys()).map((n) => ds.readItem(n, (f) => Promise.resolve(f))),
    );
    const result = await ds.convert({ to: "npy" });
    assert.deepEqual(result, {
      items: 4,
      converted: 0,
      from: ["npy"],
      arrays: 0,
      bytes: 0,
    });
    const after = await Promise.all(
      (await ds.keys()).map((n) => ds.readItem(n, (f) => Promise.resolve(f))),
    );
    assert.deepEqual(after, folders);
    assert.equal(
      (await Deno.readTextFile(join(path, "index.jsonl"))).split("\n").length,
      6, // header, 4 records, final newline
    );
  });
});

Deno.test("DataSet.convert() refuses a read-only DataSet and an unknown format, and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await (await sample(path, 1)).close();
    const index = await Deno.readTextFile(join(path, "index.jsonl"));
    await using ro = await DataSet.open(path);
    await assert.rejects(
      () => ro.convert({ to: "hdf5" }),
      (error: Error) =>
        error instanceof ReadOnlyError &&
        error.message ===
          `Cannot convert DataSet "${path}" to hdf5: the DataSet is open read-only; open it with { mode: "w" } to write`,
    );
    await using ds = await DataSet.open(path, { mode: "w" });
    await assert.rejects(
      () => ds.convert({ to: "zarr" as "npy" }),
      TypeError,
    );
    assert.equal(await Deno.readTextFile(join(path, "index.jsonl")), index);
  });
});

Deno.test("DataSet.convert() stops at a damaged item with an error naming it and its file; items before it are converted, it is unchanged", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await using ds = await sample(path, 3);
    const broken = await ds.readItem("x_1", (f) => Promise.resolve(f));
    await Deno.remove(join(broken, "value.data.npy"));
    await assert.rejects(
      () => ds.convert({ to: "hdf5" }),
      (error: Error) => {
        assert.ok(error instanceof NotFoundError);
        assert.match(
          error.message,
          new RegExp(
            `^Cannot convert DataSet "${path}" to hdf5: item "x_1" cannot be converted, so it and the items after it were left as they are: ` +
              `Cannot load "${broken}/mod\\.js:\\d+:\\d+": the array file "${broken}/value\\.data\\.npy" does not exist`,
          ),
        );
        return true;
      },
    );
    const files = await itemFiles(ds);
    assert.ok(files.x_0.includes("arrays.h5"));
    assert.deepEqual(files.x_1, ["_persist.js", "mod.js"]);
    assert.ok(files.x_2.includes("value.data.npy"));
    assert.equal(await ds.readItem("x_1", (f) => Promise.resolve(f)), broken);
    // Nothing of the failed attempt is left.
    assert.deepEqual((await ds.verify()).leftovers, []);
  });
});

Deno.test("DataSet.convert() while another process reads: the reader sees every item whole", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    const ds = await DataSet.open(path, { mode: "w" });
    for (let i = 0; i < 30; i++) {
      await ds.insert(itemValue(1, i), { info: [1, i] });
    }
    const reader = runDeno(
      [`--allow-read=${dir}`, "--allow-env"],
      READER,
      [path, "4000"],
    );
    // Convert back and forth at least twice, and for 2 s, while it reads.
    let rounds = 0;
    const started = performance.now();
    while (rounds < 2 || performance.now() - started < 2000) {
      await ds.convert({ to: rounds % 2 === 0 ? "hdf5" : "npy" });
      rounds++;
    }
    await ds.close();
    const out = await reader;
    assert.equal(out.code, 0, out.stderr);
    const summary = JSON.parse(out.stdout);
    assert.deepEqual(summary.errors, []);
    assert.ok(summary.loads >= 30, `only ${summary.loads} loads`);
  });
});

Deno.test("DataSet.convert() while another process inserts loses no item", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await using ds = await DataSet.open(path, { mode: "w" });
    for (let i = 0; i < 20; i++) {
      await ds.insert(itemValue(0, i), { info: [0, i] });
    }
    const inserter = runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`],
      INSERTER,
      [path, "1", "30"],
    );
    for (let round = 0; round < 3; round++) {
      await ds.convert({ to: round % 2 === 0 ? "hdf5" : "npy" });
    }
    const out = await inserter;
    assert.equal(out.code, 0, out.stderr);
    const index = await ds.index();
    assert.equal(index.size, 50);
    for (const [name, info] of index) {
      assert.equal(checkItem(await ds.get(name), info), undefined, name);
    }
    assert.deepEqual((await ds.verify({ load: true })).problems, []);
  });
});

Deno.test("DataSet.convert() to hdf5 without --allow-env fails with a NotCapable error naming the flag and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await (await sample(path, 2)).close();
    const index = await Deno.readTextFile(join(path, "index.jsonl"));
    const mod = new URL("../../mod.ts", import.meta.url).href;
    const { code, stdout, stderr } = await runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`],
      `data:application/typescript,${
        encodeURIComponent(`import { DataSet } from "${mod}";
await using ds = await DataSet.open(${JSON.stringify(path)}, { mode: "w" });
try { await ds.convert({ to: "hdf5" }); } catch (e) { console.log(e.name); console.log(e.message); }`)
      }`,
    );
    assert.equal(code, 0, stderr);
    const [name, message] = stdout.trim().split("\n");
    assert.equal(name, "NotCapable");
    assert.match(message, /run again with --allow-env/);
    assert.equal(await Deno.readTextFile(join(path, "index.jsonl")), index);
    await using ds = await DataSet.open(path);
    assert.deepEqual((await ds.verify({ load: true })).problems, []);
  });
});

Deno.test("DataSet.readItem() reads the current version's folder and starts over when the item is replaced meanwhile", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("a", { v: 1 });
    await using other = await DataSet.open(path, { mode: "w" });
    const seen: string[] = [];
    const value = await ds.readItem("a", async (folder) => {
      seen.push(folder);
      if (seen.length === 1) {
        await other.set("a", { v: 2 }); // removes `folder`
      }
      return await load(folder);
    });
    assert.deepEqual(value, { default: { v: 2 } });
    assert.equal(seen.length, 2);
    assert.notEqual(seen[0], seen[1]);
    await assert.rejects(
      () => ds.readItem("nothing", () => Promise.resolve(1)),
      NotFoundError,
    );
  });
});
