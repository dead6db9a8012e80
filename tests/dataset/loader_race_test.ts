// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { LOADER_SOURCE } from "../../lib/dataset/_loader.ts";
import { withTempDir } from "../_util.ts";

const header = (seq: number) =>
  JSON.stringify({
    format: "persist-dataset-index",
    version: 1,
    id: "k",
    seq,
    high: {},
  }) + "\n";
const set = (name: string) =>
  JSON.stringify({ op: "set", name, dir: name, info: null }) + "\n";

Deno.test("DataSet mod.js load() reads a compacted index whole when the compaction lands between its stat and its open", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(join(dir, "items"));
    for (let i = 0; i < 50; i++) {
      await Deno.mkdir(join(dir, "items", `x_${i}`));
      await Deno.writeTextFile(
        join(dir, "items", `x_${i}`, "mod.js"),
        `export default ${i};\n`,
      );
    }
    const index = join(dir, "index.jsonl");
    await Deno.writeTextFile(index, header(0) + set("x_0"));
    await Deno.writeTextFile(join(dir, "mod.js"), LOADER_SOURCE);
    const ds = await import(pathToFileURL(join(dir, "mod.js")).href);
    assert.deepEqual(ds.names, ["x_0"]);
    await Deno.writeTextFile(index, set("x_1"), { append: true });
    // Between the loader's stat and its open, a compaction renames an index
    // of all 50 items (longer than the file the stat saw) over the path.
    const realOpen = Deno.open;
    let armed = true;
    Deno.open = async (path: string | URL, options?: Deno.OpenOptions) => {
      if (armed && String(path).endsWith("index.jsonl")) {
        armed = false;
        let text = header(1);
        for (let i = 0; i < 50; i++) text += set(`x_${i}`);
        await Deno.writeTextFile(index + ".new", text);
        await Deno.rename(index + ".new", index);
      }
      return realOpen(path, options);
    };
    try {
      assert.equal(await ds.load("x_40"), 40);
      assert.equal((await ds.readIndex()).names.length, 50);
    } finally {
      Deno.open = realOpen;
    }
  });
});
