// Copyright 2026 the persist authors. MIT license.
// A DataSet's mod.js load(), imported without persist in a child process
// that has only --allow-read on the folder (or in Node.js), and get(), while
// writer processes replace and delete items; how load() reads the index.

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

/** The runtimes a DataSet's mod.js is tested in: Deno, and Node.js if here. */
const RUNTIMES: ("deno" | "node")[] = HAS_NODE ? ["deno", "node"] : ["deno"];

/**
 * Starts `_mod_js_steps.mjs` in a runtime: it loads `names[0]`, then each
 * next name once the test writes the file "step<i>" into `tmp`.
 */
function stepper(
  runtime: "deno" | "node",
  tmp: string,
  path: string,
  names: string[],
): Child {
  const flags = runtime === "deno" ? [`--allow-read=${tmp}`] : [];
  return new Child(
    flags,
    script("./_mod_js_steps.mjs"),
    [path, ...names],
    runtime === "node" ? NODE : undefined,
  );
}

/** The lines of index.jsonl, without their newlines. */
async function indexLines(path: string): Promise<string[]> {
  return (await Deno.readTextFile(join(path, "index.jsonl"))).split("\n")
    .slice(0, -1);
}

for (const runtime of RUNTIMES) {
  Deno.test(`mod.js load() in ${runtime} reads only the records appended to index.jsonl since its last call`, async () => {
    await withTempDir(async (tmp) => {
      const path = join(tmp, "runs");
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 1);
      await ds.set("b", 2);
      await using reader = stepper(runtime, tmp, path, ["a", "c"]);
      assert.equal(await reader.nextLine(), "1");
      // Spoil b's record in place, keeping its length: a reader that reads
      // the whole index again fails on it; one that reads the new bytes
      // only never sees it.
      const lines = await indexLines(path);
      const b = lines.findIndex((line) => line.includes('"name":"b"'));
      const offset = lines.slice(0, b).join("\n").length + 1;
      {
        using file = await Deno.open(join(path, "index.jsonl"), {
          write: true,
        });
        await file.seek(offset, Deno.SeekMode.Start);
        await file.write(new TextEncoder().encode("#".repeat(lines[b].length)));
      }
      await ds.set("c", 3);
      await Deno.writeTextFile(join(tmp, "step1"), "");
      assert.equal(await reader.nextLine(), "3");
    });
  });

  Deno.test(`mod.js load() in ${runtime} reads index.jsonl whole when it was replaced or shrunk, and a torn last line again`, async () => {
    await withTempDir(async (tmp) => {
      const path = join(tmp, "runs");
      const index = join(path, "index.jsonl");
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 1);
      await ds.set("b", 2);
      await ds.set("c", 3);
      await using reader = stepper(runtime, tmp, path, [
        "b",
        "b",
        "c",
        "a",
        "a",
      ]);
      assert.equal(await reader.nextLine(), "2");
      const [, ...records] = await indexLines(path);
      const header = (seq: number) =>
        `{"format":"persist-dataset-index","version":1,"id":"k${seq}","seq":${seq},"high":{}}\n`;
      const without = (name: string) =>
        records.filter((r) => !r.includes(`"name":"${name}"`))
          .map((r) => `${r}\n`).join("");
      const step = (n: number) => Deno.writeTextFile(join(tmp, `step${n}`), "");

      // Replaced, as a compaction does (a new file renamed over it), by an
      // index of the same size without "b": read whole.
      const compacted = header(3) + without("b");
      const padded = compacted.replace(
        '"id":"k3"',
        `"id":"k3${
          "0".repeat((await Deno.stat(index)).size - compacted.length)
        }"`,
      );
      await Deno.writeTextFile(`${index}.new`, padded);
      await Deno.rename(`${index}.new`, index);
      await step(1);
      assert.match(
        await reader.nextLine() ?? "",
        /^error Cannot load "b": the DataSet has no such item/,
      );

      // Shrunk in place (same file, same header, fewer records): read whole.
      const kept = await Deno.readTextFile(index);
      const first = kept.slice(0, kept.indexOf("\n") + 1);
      await Deno.writeTextFile(
        index,
        first + without("b").split("\n")[0] + "\n",
      );
      await step(2);
      assert.match(
        await reader.nextLine() ?? "",
        /^error Cannot load "c": the DataSet has no such item/,
      );

      // A torn last line is not applied; once cut off and written again
      // whole, at the same size, it is.
      const record = '{"seq":9,"op":"delete","name":"a"}\n';
      const before = (await Deno.stat(index)).size;
      await Deno.writeTextFile(index, "{".repeat(record.length), {
        append: true,
      });
      await step(3);
      assert.equal(await reader.nextLine(), "1");
      await Deno.truncate(index, before);
      await Deno.writeTextFile(index, record, { append: true });
      await step(4);
      assert.match(
        await reader.nextLine() ?? "",
        /^error Cannot load "a": the DataSet has no such item/,
      );
    });
  });
}
