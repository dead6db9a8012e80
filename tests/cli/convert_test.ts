// Copyright 2026 the persist authors. MIT license.
// persist convert, run as a user runs it, and the atomic rewrite behind it.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { load, NDArray, register, save } from "../../mod.ts";
import { readArchiveInfo, rewriteArchive } from "../../lib/cli/mod.ts";
import { type Classes, CLASSES_SOURCE } from "../archive/_corpus.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { persist, read, write } from "./_cli.ts";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const entry of Deno.readDir(dir)) {
    const info = await Deno.stat(join(dir, entry.name));
    out[entry.name] = `${info.ino}:${info.size}:${info.mtime?.getTime()}`;
  }
  return out;
}

Deno.test("persist convert --to npy leaves an archive in .npy untouched", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, { a: new Float64Array(500), b: 1 });
    const before = await snapshot(archive);
    const { code, stdout } = await persist([read(dir), write(dir)], [
      "convert",
      archive,
      "--to",
      "npy",
      "--json",
    ]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      path: archive,
      kind: "archive",
      to: "npy",
      changed: false,
      message: "the 1 array file is npy already; nothing to do",
    });
    assert.deepEqual(await snapshot(archive), before);
  });
});

Deno.test("persist convert --to hdf5 says HDF5 is not available yet (exit code 1) and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, { a: new Float64Array(500) });
    const before = await snapshot(archive);
    const { code, stderr } = await persist([read(dir), write(dir)], [
      "convert",
      archive,
      "--to",
      "hdf5",
    ]);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      `persist convert: Cannot convert "${archive}" to hdf5: the HDF5 array store is not available yet in this version of persist; convert to "npy"\n`,
    );
    assert.deepEqual(await snapshot(archive), before);
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["run1"]);
  });
});

Deno.test("rewriteArchive() replaces an archive with equal values, keeping the classes it names, and leaves no temporary folder", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "classes.js");
    await Deno.writeTextFile(file, CLASSES_SOURCE);
    const c = await import(pathToFileURL(file).href) as Classes;
    register(c.Counter, { module: "../classes.js", export: "Counter" });
    const archive = join(dir, "run1");
    const shared = { s: 1 };
    await save(archive, {
      p: new c.Point(1, 2),
      counts: new c.Counter().increment("a"),
      y: new NDArray(new Float32Array(600), [20, 30], { order: "F" }),
      pair: [shared, shared],
    });
    const mod = join(archive, "mod.js");
    await Deno.writeTextFile(
      mod,
      (await Deno.readTextFile(mod)).replace(
        "export const",
        "// edited\nexport const",
      ),
    );
    const before = await readArchiveInfo(archive);
    let steps = 0;
    await rewriteArchive(archive, "npy", { onProgress: () => steps++ });
    assert.equal(steps, 5);
    const after = await readArchiveInfo(archive);
    assert.deepStrictEqual(after.values, before.values);
    assert.doesNotMatch(await Deno.readTextFile(mod), /edited/);
    assert.match(
      await Deno.readTextFile(mod),
      /^import \{ Counter, Point \} from "\.\.\/classes\.js";$/m,
    );
    // With the real classes registered, the rewritten archive loads as before.
    register(c.Point, { module: "../classes.js", export: "Point" });
    const values = await load(archive);
    assert.ok(values.p instanceof c.Point);
    assert.equal((values.counts as Map<string, number>).get("a"), 1);
    assert.deepEqual(
      [...Deno.readDirSync(dir)].map((e) => e.name).sort(),
      ["classes.js", "run1"],
    );
  });
});

Deno.test("rewriteArchive() without write permission fails with Deno's permission error and leaves the archive whole", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, { a: new Float64Array(500).fill(2) });
    const before = await snapshot(archive);
    const mod = new URL("../../lib/cli/mod.ts", import.meta.url).href;
    const { stdout } = await runDeno(
      [read(dir)],
      `data:application/typescript,${
        encodeURIComponent(`import { rewriteArchive } from "${mod}";
try { await rewriteArchive(${
          JSON.stringify(archive)
        }, "npy"); } catch (e) { console.log(e.name); }`)
      }`,
    );
    assert.equal(stdout.trim(), "NotCapable");
    assert.deepEqual(await snapshot(archive), before);
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["run1"]);
  });
});
