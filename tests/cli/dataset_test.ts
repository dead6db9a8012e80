// Copyright 2026 the persist authors. MIT license.
// persist show, get and verify on DataSets, run as a user runs them with
// read permission on the DataSet folder only: items with info, paths into
// items, and damage (a damaged item, a torn index tail, a missing item
// folder, a damaged index line, leftovers) reported with exit code 4 and
// the file.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, NDArray } from "../../mod.ts";
import { withTempDir } from "../_util.ts";
import { lines, persist, read } from "./_cli.ts";

/** The original persist's example DataSet, plus an item with a dotted name. */
async function sample(dir: string): Promise<string> {
  const path = join(dir, "runs");
  await using ds = await DataSet.open(path, { mode: "w" });
  await ds.set("nxs", [10, 20], { info: "nx values" });
  await ds.set("mus", [1.2, 2.5], { info: "mu values" });
  for (const nx of [10, 20]) {
    for (const mu of [1.2, 2.5]) {
      await ds.insert(
        { nx, mu, data: new Float64Array(nx * 100).fill(mu) },
        { info: [nx, mu] },
      );
    }
  }
  await ds.set("run.1", { a: new NDArray(new Int32Array(6), [2, 3]) }, {
    info: { big: 1n, at: new Date(0), nan: NaN },
  });
  return path;
}

/** The folder of an item's current version. */
async function folderOf(path: string, name: string): Promise<string> {
  await using ds = await DataSet.open(path);
  return await ds.readItem(name, (f) => Promise.resolve(f));
}

Deno.test("persist show lists a DataSet's items with their info in an aligned table", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const { code, stdout, stderr } = await persist([read(path)], [
      "show",
      path,
    ]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(lines(stdout).map((l) => l.trimEnd()), [
      `${path}: DataSet, format 1, 7 items`,
      "",
      "NAME   INFO",
      'nxs    "nx values"',
      'mus    "mu values"',
      "x_0    [10, 1.2]",
      "x_1    [10, 2.5]",
      "x_2    [20, 1.2]",
      "x_3    [20, 2.5]",
      "run.1  { big: 1n, at: 1970-01-01T00:00:00.000Z, nan: NaN }",
    ]);
  });
});

Deno.test("persist show --json of a DataSet gives format, count and each item's info in the JSON form", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const { code, stdout } = await persist([read(path)], [
      "show",
      path,
      "--json",
    ]);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.path, path);
    assert.equal(report.kind, "dataset");
    assert.equal(report.format, 1);
    assert.equal(report.count, 7);
    assert.deepEqual(report.items[2], { name: "x_0", info: [10, 1.2] });
    assert.deepEqual(report.items[6], {
      name: "run.1",
      info: {
        big: { $type: "bigint", value: "1" },
        at: { $type: "Date", value: "1970-01-01T00:00:00.000Z" },
        nan: { $type: "number", value: "NaN" },
      },
    });
  });
});

Deno.test("persist show of an empty DataSet says it has no items", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "empty");
    await (await DataSet.open(path, { mode: "w" })).close();
    const { code, stdout } = await persist([read(path)], ["show", path]);
    assert.equal(code, 0);
    assert.equal(stdout, `${path}: DataSet, format 1, 0 items\n`);
  });
});

Deno.test("persist get prints a DataSet item, a path into it, and an item whose name holds a dot", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const get = (name: string, ...more: string[]) =>
      persist([read(path)], ["get", path, name, ...more]);
    let result = await get("x_3");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      "{ nx: 20, mu: 2.5, data: Float64Array(2000) [2.5, 2.5, 2.5, ..., 2.5, 2.5, 2.5] }\n",
    );
    result = await get("x_3.data[1999]");
    assert.equal(result.stdout, "2.5\n");
    result = await get("x_0.nx", "--json");
    assert.equal(result.stdout, "10\n");
    result = await get("run.1.a", "--json");
    assert.deepEqual(JSON.parse(result.stdout), {
      $type: "NDArray",
      dtype: "<i4",
      shape: [2, 3],
      order: "C",
      length: 6,
      data: [0, 0, 0, 0, 0, 0],
    });
    result = await get('["run.1"]');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^\{ a: NDArray\(2, 3\) <i4/);
  });
});

Deno.test("persist get of a missing item exits 3 listing the items; without a name it exits 2", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    let result = await persist([read(path)], ["get", path, "x_9"]);
    assert.equal(result.code, 3);
    assert.equal(
      result.stderr,
      `persist get: Cannot get "x_9" from DataSet "${path}": it has no item "x_9"; its items are "nxs", "mus", "x_0", "x_1", "x_2", "x_3", "run.1" (see "persist show ${path}")\n`,
    );
    result = await persist([read(path)], ["get", path, "x_1.nothing"]);
    assert.equal(result.code, 3);
    assert.match(
      result.stderr,
      /x_1 has no "nothing"; its keys are "nx", "mu", "data"/,
    );
    result = await persist([read(path)], ["get", path]);
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^persist get: a DataSet holds many items, so name one: /,
    );
  });
});

Deno.test("persist get of an item the index lists but whose folder is gone exits 4, naming the folder and persist verify", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const folder = await folderOf(path, "x_1");
    await Deno.remove(folder, { recursive: true });
    const result = await persist([read(path)], ["get", path, "x_1"]);
    assert.equal(result.code, 4);
    assert.equal(
      result.stderr,
      `persist get: Cannot get item "x_1" from DataSet "${path}": the index lists it in the folder "${folder}", but the folder "${folder}" does not exist; ` +
        `the DataSet is damaged (run "persist verify ${path}" to list every problem)\n`,
    );
    // A folder that lost its mod.js is damage too.
    const emptied = await folderOf(path, "x_3");
    await Deno.remove(join(emptied, "mod.js"));
    const noModule = await persist([read(path)], ["get", path, "x_3"]);
    assert.equal(noModule.code, 4);
    assert.equal(
      noModule.stderr,
      `persist get: Cannot get item "x_3" from DataSet "${path}": the index lists it in the folder "${emptied}", but the file "${
        join(emptied, "mod.js")
      }" does not exist; ` +
        `the DataSet is damaged (run "persist verify ${path}" to list every problem)\n`,
    );
    // The other items are still there.
    const other = await persist([read(path)], ["get", path, "x_2.nx"]);
    assert.equal(other.code, 0, other.stderr);
  });
});

Deno.test("persist verify of a whole DataSet checks every item and exits 0", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const { code, stdout, stderr } = await persist([read(path)], [
      "verify",
      path,
    ]);
    assert.equal(code, 0, stderr);
    // Marker, index, every mod.js, and the array files of x_0 to x_3.
    assert.equal(stdout, `ok: ${path}: 7 items, 14 files checked\n`);
  });
});

Deno.test("persist verify of a DataSet reports a damaged item, a missing item folder and a damaged array with their files (exit code 4)", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const truncated = join(await folderOf(path, "x_1"), "value.data.npy");
    await Deno.truncate(truncated, 500);
    const gone = await folderOf(path, "x_2");
    await Deno.remove(gone, { recursive: true });
    const edited = join(await folderOf(path, "nxs"), "mod.js");
    await Deno.writeTextFile(
      edited,
      (await Deno.readTextFile(edited)).replace(
        "export default",
        "export defualt",
      ),
    );
    const { code, stdout } = await persist([read(path)], ["verify", path]);
    assert.equal(code, 4, stdout);
    const out = lines(stdout);
    assert.equal(out.length, 4, stdout);
    assert.match(
      out[0],
      new RegExp(
        `^${edited}: error: item "nxs": Cannot load "${edited}:\\d+:\\d+"`,
      ),
    );
    assert.match(
      out[1],
      new RegExp(
        `^${truncated}: error: item "x_1": Cannot read "${truncated}": the file ends after 372 of 8000 data bytes`,
      ),
    );
    assert.equal(
      out[2],
      `${gone}: error: item "x_2": Cannot verify item "x_2": the item's folder "${gone}" is missing or has no archive mod.js`,
    );
    assert.equal(
      out[3],
      `FAILED: ${path}: 7 items, 12 files checked, 3 errors`,
    );

    const json = await persist([read(path)], ["verify", path, "--json"]);
    assert.equal(json.code, 4);
    const report = JSON.parse(json.stdout);
    assert.equal(report.ok, false);
    assert.equal(report.items, 7);
    assert.deepEqual(
      report.problems.map((
        p: { file: string; item: string },
      ) => [p.item, p.file]),
      [["nxs", edited], ["x_1", truncated], ["x_2", gone]],
    );
  });
});

Deno.test("persist verify of a DataSet warns about a torn index tail and leftovers of killed writers, and exits 0", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const index = join(path, "index.jsonl");
    // What a writer killed in the middle of committing an item leaves: its
    // item folder renamed in, and part of its index line.
    const leftover = join(path, "items", "x_4~99");
    await Deno.mkdir(leftover);
    await Deno.writeTextFile(index, '{"seq":99,"op":"set","na', {
      append: true,
    });
    const { code, stdout } = await persist([read(path)], ["verify", path]);
    assert.equal(code, 0, stdout);
    assert.deepEqual(lines(stdout), [
      `${index}: warning: "${index}" ends with 24 bytes of an unfinished line (a writer was killed while committing an item): readers ignore it and the next writer removes it; the item it was adding is not in the DataSet`,
      `${leftover}: warning: "${leftover}" is a leftover (no index record names it: a writer was killed, is removing an old version right now, or could not remove one): harmless, and removed by the next writer that opens the DataSet`,
      `ok: ${path}: 7 items, 14 files checked, 2 warnings`,
    ]);
  });
});

Deno.test("persist verify of a DataSet warns when its mod.js is missing, which only import() needs, and exits 0", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const loader = join(path, "mod.js");
    await Deno.remove(loader);
    const { code, stdout } = await persist([read(path)], ["verify", path]);
    assert.equal(code, 0, stdout);
    assert.deepEqual(lines(stdout), [
      `${loader}: warning: "${loader}" is missing: import() of the DataSet needs it (persist's own readers do not); the next writer to open the DataSet writes it again`,
      `ok: ${path}: 7 items, 13 files checked, 1 warning`,
    ]);
  });
});

Deno.test("persist verify of a DataSet with a damaged index line or marker names the file (exit code 4)", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const index = join(path, "index.jsonl");
    const text = (await Deno.readTextFile(index)).split("\n");
    text[3] = '{"seq":3,"op":"set",garbage}';
    await Deno.writeTextFile(index, text.join("\n"));
    let result = await persist([read(path)], ["verify", path]);
    assert.equal(result.code, 4);
    assert.deepEqual(lines(result.stdout), [
      `${index}: error: Cannot read "${index}" line 4: it is not JSON; the index is damaged`,
      `FAILED: ${path}: 2 files checked, 1 error`,
    ]);
    // show and get refuse it too, with the same message.
    result = await persist([read(path)], ["show", path]);
    assert.equal(result.code, 4);
    assert.equal(
      result.stderr,
      `persist show: Cannot read "${index}" line 4: it is not JSON; the index is damaged\n`,
    );
    const marker = join(path, ".persist-dataset");
    await Deno.writeTextFile(marker, "{}");
    result = await persist([read(path)], ["verify", path, "--json"]);
    assert.equal(result.code, 4);
    assert.deepEqual(
      JSON.parse(result.stdout).problems.map((p: { file: string }) => p.file),
      [marker],
    );
  });
});

Deno.test("persist show, get and verify of a DataSet need only read permission on its folder", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const before = [...Deno.readDirSync(path)].map((e) => e.name).sort();
    for (
      const args of [["show", path], ["get", path, "x_0"], ["verify", path]]
    ) {
      const result = await persist([read(path)], args);
      assert.equal(result.code, 0, `${args[0]}: ${result.stderr}`);
    }
    const denied = await persist([read(join(path, "items"))], ["show", path]);
    assert.equal(denied.code, 6);
    assert.equal(
      denied.stderr,
      `persist show: Cannot read "${path}": Deno denied read access; run again with --allow-read=${path}\n`,
    );
    assert.deepEqual(
      [...Deno.readDirSync(path)].map((e) => e.name).sort(),
      before,
    );
  });
});
