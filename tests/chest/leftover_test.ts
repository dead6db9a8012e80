// Copyright 2026 the persist authors. MIT license.
// A temporary chest's process holds a lock on its folder; when the process
// is killed, the next temporary chest opened in the same temporary folder
// removes it. Live chests and chests of older versions are left alone.

import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { Child } from "../_child.ts";
import { exists, LEFTOVER_WRITER } from "../_leftovers.ts";
import { runDeno } from "../_util.ts";

const MOD = new URL("../../mod.ts", import.meta.url).href;

/** Starts a process holding a temporary chest with a spilled value; returns it and the chest's folder. */
async function chestProcess(tmp: string): Promise<[Child, string]> {
  const child = new Child(
    [`--allow-read=${tmp}`, `--allow-write=${tmp}`],
    LEFTOVER_WRITER,
    ["chest", "16"],
  );
  await child.waitFor("ready");
  const path = await child.nextLine(30_000);
  assert.ok(path?.startsWith(join(tmp, "persist-chest-")), path);
  return [child, path!];
}

Deno.test("Chest.open() of a temporary chest removes the folders of temporary chests whose process was killed, and no other", async () => {
  // Where Deno makes temporary folders (TMPDIR, else /tmp).
  const probe = await Deno.makeTempDir({ prefix: "persist-test-" });
  await Deno.remove(probe);
  const tmp = dirname(probe);
  const [live, livePath] = await chestProcess(tmp);
  const [killed, killedPath] = await chestProcess(tmp);
  // A temporary chest of an older version: no lock, no marker.
  const older = await Deno.makeTempDir({ prefix: "persist-chest-" });
  try {
    assert.ok(
      [...Deno.readDirSync(killedPath)].length > 0,
      "the chest holds nothing",
    );
    await killed.kill("SIGKILL");
    await killed[Symbol.asyncDispose]();
    assert.ok(await exists(killedPath), "the kill left nothing");
    // A later job opens a temporary chest, with the flags a user gives it.
    const result = await runDeno(
      [`--allow-read=${tmp}`, `--allow-write=${tmp}`],
      `data:application/typescript,${
        encodeURIComponent(
          `import { Chest } from "${MOD}";\nconst c = await Chest.open();\nawait c.close();`,
        )
      }`,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      await exists(killedPath),
      false,
      `${killedPath} is still there`,
    );
    assert.ok(await exists(livePath), "the live chest's folder went");
    assert.ok(await exists(older), "an older version's chest went");
  } finally {
    await live.kill("SIGKILL");
    await live[Symbol.asyncDispose]();
    await killed[Symbol.asyncDispose]();
    for (const path of [livePath, killedPath, older]) {
      await Deno.remove(path, { recursive: true }).catch(() => {});
    }
  }
});
