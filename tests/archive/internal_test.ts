// Copyright 2026 the persist authors. MIT license.
// The internal API that DataSets build on: write an archive into a folder of
// one's own, install it atomically, tell archive folders apart.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Archive, load, loadValue, save } from "../../mod.ts";
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

Deno.test("save() with overwrite replaces an archive whose mod.js an editor gave a byte order mark", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    await save(target, { version: 1 });
    const mod = join(target, "mod.js");
    await Deno.writeTextFile(mod, "\ufeff" + await Deno.readTextFile(mod));
    assert.equal(await isArchiveFolder(target), true);
    assert.deepEqual(await load(target), { version: 1 });
    await save(target, { version: 2 }, { overwrite: true });
    assert.deepEqual(await load(target), { version: 2 });
  });
});

/** Runs `fn` with `Deno[name]` replaced by `stub` (given the original). */
async function withStub<K extends "rename" | "stat">(
  name: K,
  stub: (original: typeof Deno[K]) => typeof Deno[K],
  fn: () => Promise<void>,
) {
  const original = Deno[name];
  (Deno as Record<K, unknown>)[name] = stub(original);
  try {
    await fn();
  } finally {
    (Deno as Record<K, unknown>)[name] = original;
  }
}

Deno.test("save(): an overwriting save that loses its rename to a save that found the place empty keeps the old archive in <name>.bak and names it", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "run1");
    await save(target, { tag: "old" });
    let other = false;
    await withStub("rename", (rename) => async (from, to) => {
      if (!other && to === target && String(from).includes(".run1.tmp-")) {
        other = true; // between our two renames: another save, no overwrite
        await rename.call(Deno, from, `${from}-paused`);
        await save(target, { tag: "other" });
        await rename.call(Deno, `${from}-paused`, from);
      }
      return await rename.call(Deno, from, to);
    }, async () => {
      await assert.rejects(
        () => save(target, { tag: "ours" }, { overwrite: true }),
        (error: Error) =>
          error instanceof Deno.errors.Interrupted &&
          error.message ===
            `Cannot save an archive to "${target}": another save replaced or removed it meanwhile; try again (the archive that was there before is kept in "${target}.bak")`,
      );
    });
    assert.ok(other);
    assert.deepEqual(await load(target), { tag: "other" });
    assert.deepEqual(await load(`${target}.bak`), { tag: "old" });
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name).sort(), [
      "run1",
      "run1.bak",
    ]);
  });
});

Deno.test("save({ backup: true }): when another save moves the target away first, the error names the target and the older backup is put back", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "run1");
    await save(target, { tag: "T0" });
    await save(`${target}.bak`, { tag: "B0" });
    let moved = false;
    await withStub("rename", (rename) => async (from, to) => {
      if (!moved && from === target && to === `${target}.bak`) {
        moved = true; // another save renames the target aside first
        await rename.call(Deno, target, join(dir, ".run1.tmp-other"));
      }
      return await rename.call(Deno, from, to);
    }, async () => {
      await assert.rejects(
        () => save(target, { tag: "A" }, { overwrite: true, backup: true }),
        (error: Error) =>
          error instanceof Deno.errors.Interrupted &&
          error.message.startsWith(
            `Cannot save an archive to "${target}": another save replaced or removed it meanwhile`,
          ),
      );
    });
    assert.ok(moved);
    assert.deepEqual(await load(`${target}.bak`), { tag: "B0" });
  });
});

Deno.test("load() of an archive being replaced retries when the new one is already in place by the time it looks beside it", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "run1");
    await save(target, { v: 1 });
    await save(join(dir, ".run1.tmp-new"), { v: 2 }); // a save's finished folder
    let armed = true;
    await withStub("stat", (stat) => async (path) => {
      if (armed && path === target) {
        armed = false; // the save's two renames happen around this stat
        await Deno.rename(target, join(dir, ".run1.tmp-old"));
        try {
          return await stat.call(Deno, path);
        } finally {
          await Deno.rename(join(dir, ".run1.tmp-new"), target);
          await Deno.remove(join(dir, ".run1.tmp-old"), { recursive: true });
        }
      }
      return await stat.call(Deno, path);
    }, async () => {
      assert.deepEqual(await load(target), { v: 2 });
    });
    assert.equal(armed, false, "the stat was not met: the test tests nothing");
  });
});
