// Copyright 2026 the persist authors. MIT license.
// A DataSet's mod.js load(), imported without persist in a child process
// that has only --allow-read on the folder, and get(), while writer
// processes replace and delete items.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DataSet } from "../../mod.ts";
import { Child } from "../_child.ts";
import { HAS_NODE, NODE, run, runDeno, withTempDir } from "../_util.ts";

const script = (name: string) => new URL(name, import.meta.url).href;

Deno.test("mod.js load() returns the current version after set() and says an item deleted since is not there", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("a", "version 1");
    await using reader = new Child(
      [`--allow-read=${tmp}`],
      script("./_mod_js_reader.ts"),
      [path, "a", "2"],
    );
    assert.equal(await reader.nextLine(), '"version 1"');
    await ds.set("a", "version 2");
    await Deno.writeTextFile(join(tmp, "step1"), "");
    assert.equal(await reader.nextLine(), '"version 2"');
    await ds.delete("a");
    await Deno.writeTextFile(join(tmp, "step2"), "");
    assert.match(
      (await reader.nextLine()) ?? "",
      /^error Cannot load "a": the DataSet has no such item/,
    );
  });
});

/** Starts two processes that replace "hot" for 4 s; returns their runs. */
async function replacing(tmp: string): Promise<Promise<{ stdout: string }>[]> {
  const path = join(tmp, "runs");
  const rw = [`--allow-read=${tmp}`, `--allow-write=${tmp}`];
  await runDeno(rw, script("./_replacer.ts"), [path, "0", "1000"]);
  return [0, 1].map(() =>
    runDeno(rw, script("./_replacer.ts"), [path, "4000", "1000"])
  );
}

Deno.test("DataSet.get() reads an item that two writer processes keep replacing", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    const writers = await replacing(tmp);
    const reader = await runDeno(
      [`--allow-read=${tmp}`],
      script("./_hot_reader.ts"),
      [path, "3500"],
    );
    const written = await Promise.all(writers);
    for (const w of written) assert.match(w.stdout, /^sets [1-9]/);
    assert.equal(reader.stderr, "");
    const lines = reader.stdout.trim().split("\n");
    const [, getOk, getFailed] = lines[0].split(" ").map(Number);
    const [, loadOk, loadFailed] = lines[1].split(" ").map(Number);
    assert.deepEqual({ getFailed, loadFailed, errors: lines.slice(2, -1) }, {
      getFailed: 0,
      loadFailed: 0,
      errors: [],
    });
    assert.ok(getOk > 0 && loadOk === 0);
    // The reads overlapped the replacements.
    assert.ok(Number(lines.at(-1)!.split(" ")[1]) > 1, "only one version");
  });
});

Deno.test({
  name:
    "mod.js load() in Node.js reads the newest versions of an item that two writer processes keep replacing",
  ignore: !HAS_NODE,
  fn: async () => {
    await withTempDir(async (tmp) => {
      const path = join(tmp, "runs");
      const writers = await replacing(tmp);
      const reader = await run(NODE, [
        script("./_hot_loader.mjs").replace("file://", ""),
        path,
        "3500",
      ]);
      for (const w of await Promise.all(writers)) {
        assert.match(w.stdout, /^sets [1-9]/);
      }
      assert.equal(reader.stderr, "");
      const lines = reader.stdout.trim().split("\n");
      const [, ok, failed] = lines[0].split(" ").map(Number);
      assert.deepEqual({ failed, errors: lines.slice(1, -1) }, {
        failed: 0,
        errors: [],
      });
      assert.ok(ok > 0);
      assert.ok(Number(lines.at(-1)!.split(" ")[1]) > 1, "only one version");
    });
  },
});

Deno.test("a DataSet's mod.js load() does not call an HDF5 item damaged when --allow-env is missing, and does when its folder lost a file", async () => {
  await withTempDir(async (path) => {
    {
      await using ds = await DataSet.open(path, {
        mode: "w",
        dataFormat: "hdf5",
      });
      await ds.set("a", new Float64Array(1000).fill(2));
      await ds.set("b", new Float64Array(1000).fill(3));
    }
    const loader = (name: string) =>
      `data:application/javascript,${
        encodeURIComponent(`
const ds = await import(${
          JSON.stringify(pathToFileURL(join(path, "mod.js")).href)
        });
try { await ds.load(${JSON.stringify(name)}); console.log("loaded"); }
catch (error) { console.log(error.message); }
`)
      }`;
    const noEnv = await runDeno([`--allow-read=${path}`], loader("a"));
    assert.equal(noEnv.code, 0, noEnv.stderr);
    assert.match(noEnv.stdout, /^Cannot load "a"/);
    assert.doesNotMatch(noEnv.stdout, /damaged/);
    const items = join(path, "items");
    const folder = [...Deno.readDirSync(items)].find((e) =>
      e.name.startsWith("b~")
    )!.name;
    await Deno.remove(join(items, folder, "mod.js"));
    const missing = await runDeno([`--allow-read=${path}`], loader("b"));
    assert.match(missing.stdout, /its folder is damaged/);
  });
});
