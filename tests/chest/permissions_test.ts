// Copyright 2026 the persist authors. MIT license.
// A chest works with read and write permission on its own folder alone (a
// temporary chest: on the system's temporary folder), and a missing
// permission is reported, never swallowed.

import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { Chest } from "../../mod.ts";
import { runDeno, withTempDir } from "../_util.ts";

const CHILD = new URL("./_try_chest.ts", import.meta.url).href;

Deno.test("Chest.open() with a path works with --allow-read and --allow-write on that folder only", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const result = await runDeno(
      [`--allow-read=${path}`, `--allow-write=${path}`],
      CHILD,
      [path],
    );
    assert.equal(result.stderr, "");
    assert.equal(result.stdout.trim(), `ok ${path}`);
    await using c = await Chest.open({ path });
    assert.deepEqual(await c.get(["k", 1]), new Float64Array([1, 2, 3]));
  });
});

Deno.test("Chest.open() without write permission fails with NotCapable and creates nothing", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const result = await runDeno([`--allow-read=${dir}`], CHILD, [path]);
    assert.equal(result.stdout.trim(), "error NotCapable");
    assert.deepEqual([...Deno.readDirSync(dir)], []);
  });
});

Deno.test("Chest.open() of an existing chest without write permission fails with NotCapable", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await (await Chest.open({ path })).close();
    const result = await runDeno([`--allow-read=${dir}`], CHILD, [path]);
    assert.equal(result.stdout.trim(), "error NotCapable");
  });
});

Deno.test("Chest.open() without a path needs read and write on the system temporary folder only", async () => {
  const probe = await Deno.makeTempDir();
  await Deno.remove(probe);
  const tmp = dirname(probe);
  const result = await runDeno(
    [`--allow-read=${tmp}`, `--allow-write=${tmp}`],
    CHILD,
    ["-"],
  );
  assert.equal(result.stderr, "");
  const [word, path] = result.stdout.trim().split(" ");
  assert.equal(word, "ok");
  assert.equal(dirname(path), tmp);
  assert.throws(() => Deno.statSync(path), Deno.errors.NotFound);
  const denied = await runDeno([`--allow-read=${tmp}`], CHILD, ["-"]);
  assert.equal(denied.stdout.trim(), "error NotCapable");
});
