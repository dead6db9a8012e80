// Copyright 2026 the persist authors. MIT license.
// The internal API that DataSets build on: write an archive into a folder of
// one's own, install it atomically, tell archive folders apart.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Archive, load, loadValue } from "../../mod.ts";
import {
  checkTarget,
  installArchive,
  isArchiveFolder,
  singleArchive,
  writeArchive,
} from "../../lib/archive/mod.ts";
import { withTempDir } from "../_util.ts";

Deno.test("writeArchive() writes a whole archive into a given folder, which installArchive() puts in place", async () => {
  await withTempDir(async (dir) => {
    const temp = join(dir, ".x_0.tmp-1");
    await Deno.mkdir(temp);
    await writeArchive(
      temp,
      singleArchive([1, new Float64Array(500)], { name: "x_0" }),
    );
    assert.deepEqual(
      [...Deno.readDirSync(temp)].map((e) => e.name).sort(),
      ["_persist.js", "mod.js", "x_0.1.npy"],
    );
    assert.ok(await isArchiveFolder(temp));
    assert.equal(await checkTarget(join(dir, "x_0")), "absent");
    await installArchive(temp, join(dir, "x_0"));
    const value = await loadValue(join(dir, "x_0")) as [number, Float64Array];
    assert.equal(value[0], 1);
    assert.equal(value[1].length, 500);
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["x_0"]);
  });
});

Deno.test("installArchive() replaces an archive only with overwrite, and keeps the old one when renaming in fails", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    const build = async (version: number) => {
      const temp = join(dir, `.a.tmp-${version}`);
      await Deno.mkdir(temp);
      await writeArchive(temp, new Archive().insert({ version }));
      return temp;
    };
    await installArchive(await build(1), target);
    const second = await build(2);
    await assert.rejects(() => installArchive(second, target), {
      name: "AlreadyExists",
    });
    assert.equal(await checkTarget(target, { overwrite: true }), "archive");
    await installArchive(second, target, { overwrite: true });
    assert.deepEqual(await load(target), { version: 2 });
    // A temporary folder that does not exist: the rename in fails, and the
    // archive in place is put back.
    await assert.rejects(
      () =>
        installArchive(join(dir, ".a.tmp-missing"), target, {
          overwrite: true,
        }),
      Deno.errors.NotFound,
    );
    assert.deepEqual(await load(target), { version: 2 });
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["a"]);
  });
});

Deno.test("isArchiveFolder() tells archives from other folders", async () => {
  await withTempDir(async (dir) => {
    assert.equal(await isArchiveFolder(dir), false);
    await Deno.writeTextFile(join(dir, "mod.js"), "export const x = 1;\n");
    assert.equal(await isArchiveFolder(dir), false);
    await Deno.writeTextFile(
      join(dir, "mod.js"),
      "// persist archive, format 1\n",
    );
    assert.equal(await isArchiveFolder(dir), true);
    assert.equal(await isArchiveFolder(join(dir, "missing")), false);
  });
});
