// Copyright 2026 the persist authors. MIT license.
// A DataSet's mod.js: writers replace one an earlier persist wrote (exactly
// its bytes) with the current loader; a hand-edited one, and every mod.js
// opened by readers, stays byte for byte.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { LOADER_SOURCE } from "../../lib/dataset/_loader.ts";
import { Child } from "../_child.ts";
import { runDeno, withTempDir } from "../_util.ts";

const TRY = new URL("./_try_dataset.ts", import.meta.url).href;
const STEPS = new URL("./_mod_js_steps.mjs", import.meta.url).href;

/** The loaders earlier persist versions wrote (testdata/mod_js_<commit>.js). */
const OLD_TEXTS = [...Deno.readDirSync(new URL("./testdata/", import.meta.url))]
  .map((e) => /^mod_js_(\w+)\.js$/.exec(e.name)?.[1]).filter((c) =>
    c !== undefined
  )
  .sort().map((commit) => ({
    commit,
    bytes: Deno.readFileSync(
      new URL(`./testdata/mod_js_${commit}.js`, import.meta.url),
    ),
  }));

/** The loader whose load() returned the version first loaded. */
const PRE_14 = OLD_TEXTS.find((old) => old.commit === "7898186")!.bytes;

const CURRENT = new TextEncoder().encode(LOADER_SOURCE);

/** A DataSet with item "a" = 1 whose mod.js holds `bytes`. */
async function dataSetWith(path: string, bytes: Uint8Array): Promise<string> {
  await (async () => {
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("a", 1);
  })();
  const modJs = join(path, "mod.js");
  await Deno.writeFile(modJs, bytes);
  return modJs;
}

/** Runs one `_try_dataset.ts` scenario in a child with `flags`. */
async function tryIn(flags: string[], scenario: string, path: string) {
  const out = await runDeno(flags, TRY, [scenario, path]);
  assert.equal(out.code, 0, out.stderr);
  return JSON.parse(out.stdout);
}

for (const { commit, bytes } of OLD_TEXTS) {
  Deno.test(`DataSet.open() for writing, with --allow-read and --allow-write on the folder only, replaces the mod.js persist ${commit} wrote with the current loader`, async () => {
    await withTempDir(async (tmp) => {
      const path = join(tmp, "runs");
      const modJs = await dataSetWith(path, bytes);
      const rw = [`--allow-read=${path}`, `--allow-write=${path}`];
      assert.deepEqual(await tryIn(rw, "open-w", path), { result: ["a"] });
      assert.deepEqual(await Deno.readFile(modJs), CURRENT);
    });
  });
}

Deno.test("DataSet.open() for writing upgrades a DataSet made before load() read the index at each call, so load() returns an item's newest version", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    await dataSetWith(path, PRE_14);
    await (await DataSet.open(path, { mode: "w" })).close();
    await using reader = new Child([`--allow-read=${tmp}`], STEPS, [
      path,
      "a",
      "a",
    ]);
    assert.equal(await reader.nextLine(), "1");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 2);
    }
    await Deno.writeTextFile(join(tmp, "step1"), "");
    assert.equal(await reader.nextLine(), "2");
  });
});

Deno.test("DataSet.open() for writing keeps a hand-edited mod.js byte for byte, even one of an old loader's length", async () => {
  await withTempDir(async (tmp) => {
    const old = new TextDecoder().decode(PRE_14);
    const edits = [
      old.replace("Do not edit.", "Do not edjt."), // same length
      old.replace("Do not edit.", "Edited."),
      old + "// edited\n",
      old.replaceAll("\n", "\r\n"),
    ];
    for (const [i, edit] of edits.entries()) {
      const path = join(tmp, `runs${i}`);
      const bytes = new TextEncoder().encode(edit);
      const modJs = await dataSetWith(path, bytes);
      const before = await Deno.stat(modJs);
      const rw = [`--allow-read=${path}`, `--allow-write=${path}`];
      assert.deepEqual(await tryIn(rw, "open-w", path), { result: ["a"] });
      assert.deepEqual(await Deno.readFile(modJs), bytes);
      const after = await Deno.stat(modJs);
      assert.deepEqual([after.ino, after.mtime], [before.ino, before.mtime]);
    }
  });
});

Deno.test("DataSet.open() read-only, with --allow-read on the folder only, leaves an old loader as it is", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    const modJs = await dataSetWith(path, PRE_14);
    const before = await Deno.stat(modJs);
    assert.deepEqual(
      await tryIn([`--allow-read=${path}`], "open-r", path),
      { result: ["a"] },
    );
    // In this process too, with --allow-write granted.
    await (await DataSet.open(path)).close();
    assert.deepEqual(await Deno.readFile(modJs), PRE_14);
    const after = await Deno.stat(modJs);
    assert.deepEqual([after.ino, after.mtime], [before.ino, before.mtime]);
  });
});

Deno.test("DataSet.open() for writing writes mod.js again when it was removed", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    const modJs = await dataSetWith(path, CURRENT);
    await Deno.remove(modJs);
    await (await DataSet.open(path, { mode: "w" })).close();
    assert.deepEqual(await Deno.readFile(modJs), CURRENT);
  });
});

Deno.test("DataSet.open() for writing without --allow-write for mod.js leaves an old loader as it is, and opens", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    const modJs = await dataSetWith(path, PRE_14);
    const writable = ["items", ".staging", ".lock", "index.jsonl"]
      .map((name) => join(path, name)).join(",");
    const flags = [`--allow-read=${path}`, `--allow-write=${writable}`];
    assert.deepEqual(await tryIn(flags, "open-w", path), { result: ["a"] });
    assert.deepEqual(await Deno.readFile(modJs), PRE_14);
  });
});
