// Copyright 2026 the persist authors. MIT license.
// A temporary chest's process holds a lock on its folder; when the process
// is killed, the next temporary chest opened in the same temporary folder
// removes it. Live chests and chests of older versions are left alone. In
// a chest's own folder,
// a leftover that cannot be removed stays, the chest still opens and
// flushes, and verify() lists it.

import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { Chest } from "../../mod.ts";
import { SPILL_PREFIX } from "../../lib/chest/mod.ts";
import { Child } from "../_child.ts";
import { exists, LEFTOVER_WRITER } from "../_leftovers.ts";
import { canPin, pin } from "../_pin.ts";
import { CONFIG, HAS_PYTHON, python, runDeno, withTempDir } from "../_util.ts";

const MOD = new URL("../../mod.ts", import.meta.url).href;
const TRY_CHEST = new URL("./_try_chest.ts", import.meta.url).href;

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

/** Where Deno makes temporary folders (TMPDIR, else /tmp). */
async function systemTemp(): Promise<string> {
  const probe = await Deno.makeTempDir({ prefix: "persist-test-" });
  await Deno.remove(probe);
  return dirname(probe);
}

/** Opens and closes a temporary chest in a new process, as a later job does. */
async function openTemporaryChest(tmp: string): Promise<void> {
  const result = await runDeno(
    [`--allow-read=${tmp}`, `--allow-write=${tmp}`],
    `data:application/typescript,${
      encodeURIComponent(
        `import { Chest } from "${MOD}";\nconst c = await Chest.open();\nawait c.close();`,
      )
    }`,
  );
  assert.equal(result.code, 0, result.stderr);
}

/** Starts a process holding the chest in `folder` (see _leftover_writer.ts). */
async function holder(
  folder: string,
  mode: "spill" | "flushed",
): Promise<Child> {
  const dir = dirname(folder);
  const child = new Child(
    [`--allow-read=${dir}`, `--allow-write=${dir}`],
    LEFTOVER_WRITER,
    [mode, folder, "2"],
  );
  await child.waitFor("holding", 30_000);
  return child;
}

/** The spill folders in a chest's folder. */
async function spillsIn(path: string): Promise<string[]> {
  const found = [];
  for await (const entry of Deno.readDir(path)) {
    if (entry.name.startsWith(SPILL_PREFIX)) found.push(join(path, entry.name));
  }
  return found.sort();
}

Deno.test("Chest.open() of a temporary chest removes the folders of temporary chests whose process was killed, and no other", async () => {
  const tmp = await systemTemp();
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
    await openTemporaryChest(tmp);
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

/** Sets the modification time of a folder and everything in it `ms` back. */
async function age(path: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  for await (const entry of Deno.readDir(path)) {
    const inner = join(path, entry.name);
    if (entry.isDirectory) await age(inner, ms);
    else await Deno.utime(inner, then, then);
  }
  await Deno.utime(path, then, then);
}

Deno.test("Chest.open() of a temporary chest never removes a persist-chest-* folder without a .temporary marker, even one unchanged for hours with a killed process's spill folder", async () => {
  // Such a folder may be an older version's temporary chest or a chest
  // someone opened by that path; a spill folder whose process was killed
  // says nothing of the chest's own users: here, a process that holds its
  // flushed values and sits idle, and a chest that is simply kept there.
  const tmp = await systemTemp();
  const folder = () => Deno.makeTempDir({ prefix: "persist-chest-" });
  const [used, kept] = [await folder(), await folder()];
  const children: Child[] = [];
  try {
    children.push(await holder(used, "flushed"));
    for (const path of [used, kept]) {
      if (path === kept) {
        await using c = await Chest.open({ path });
        await c.set("small", 1);
      }
      const spiller = await holder(path, "spill");
      await spiller.kill("SIGKILL");
      await spiller[Symbol.asyncDispose]();
      assert.equal((await spillsIn(path)).length, 1, path);
      await age(path, 2 * 3600_000);
    }
    await openTemporaryChest(tmp);
    for (const path of [used, kept]) {
      assert.ok(await exists(path), `${path} was removed`);
      await using c = await Chest.open({ path });
      assert.equal(await c.get("small"), 1, path);
    }
  } finally {
    for (const child of children) await child[Symbol.asyncDispose]();
    for (const path of [used, kept]) {
      await Deno.remove(path, { recursive: true }).catch(() => {});
    }
  }
});

/** Whether a file can be made unremovable here (see tests/_pin.ts). */
const CAN_PIN = await canPin();
/** The same without making its folder read-only (only as root). */
const CAN_PIN_FILE = await canPin({ readOnlyFolder: false });
if (!CAN_PIN_FILE) {
  console.warn(
    "chest/leftover_test.ts: some tests skipped: no file can be made unremovable here" +
      (CAN_PIN ? " without making its folder read-only" : ""),
  );
}

Deno.test({
  name:
    "Chest.open() succeeds when a killed process's spill folder cannot be removed; verify() lists it until the next open removes it",
  ignore: !CAN_PIN,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "c");
      {
        await using c = await Chest.open({ path });
        await c.set("x", 1);
      }
      const killed = await holder(path, "spill");
      await killed.kill("SIGKILL");
      await killed[Symbol.asyncDispose]();
      const [stuck] = await spillsIn(path);
      const undo = await pin(join(stuck, ".lock"));
      assert.ok(undo !== undefined);
      try {
        // Another process opens the chest and spills: it lives on.
        await using _live = await holder(path, "spill");
        const alive = (await spillsIn(path)).find((p) => p !== stuck)!;
        // A temporary file a killed flush left: removable.
        const temp = join(path, ".x~g2.msgpack.tmp-k2j3h4.part");
        await Deno.writeTextFile(temp, "partial");
        await using c = await Chest.open({ path });
        assert.equal(await c.get("x"), 1);
        assert.ok(await exists(stuck), "the stuck spill folder went");
        assert.equal(await exists(temp), false, "the other leftover stayed");
        assert.deepEqual(await c.verify(), {
          keys: 1,
          problems: [],
          leftovers: [stuck],
        });
        await c.set("y", 2);
        await c.flush();
        await undo();
        await using again = await Chest.open({ path });
        assert.equal(await exists(stuck), false, "the next open kept it");
        assert.ok(await exists(alive), "a live process's spill folder went");
        assert.deepEqual(await again.verify(), {
          keys: 2,
          problems: [],
          leftovers: [],
        });
      } finally {
        await undo();
      }
    });
  },
});

Deno.test({
  name:
    "Chest.flush() resolves when the file of the value it replaced cannot be removed; the file stays as a leftover verify() lists",
  ignore: !CAN_PIN_FILE,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "c");
      await using c = await Chest.open({ path });
      await c.set("x", 1);
      await c.flush();
      const first = c.fileOf("x")!;
      const undo = await pin(first, { readOnlyFolder: false });
      assert.ok(undo !== undefined);
      try {
        await c.set("x", 2);
        await c.flush();
        assert.notEqual(c.fileOf("x"), first);
        assert.equal(await c.get("x"), 2);
        assert.deepEqual((await c.verify()).leftovers, [first]);
        await using other = await Chest.open({ path });
        assert.equal(await other.get("x"), 2);
        assert.ok(await exists(first));
      } finally {
        await undo();
      }
      await using again = await Chest.open({ path });
      assert.equal(await exists(first), false);
      assert.deepEqual((await again.verify()).leftovers, []);
    });
  },
});

Deno.test({
  name:
    "Chest.close() resolves when its spill folder cannot be removed: every value is flushed, the folder stays as a leftover verify() lists, and the next open removes it",
  ignore: !CAN_PIN,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "c");
      const c = await Chest.open({ path, availableMemory: 1e6 });
      await c.set("big", new Float64Array(1 << 18)); // 2 MiB: spilled
      await c.set("small", 1);
      const [spill] = await spillsIn(path);
      assert.ok(spill !== undefined, "nothing was spilled");
      const [file] = [...Deno.readDirSync(spill)].filter((e) =>
        e.name !== ".lock"
      );
      const undo = await pin(join(spill, file.name));
      assert.ok(undo !== undefined);
      try {
        await c.close();
        await using other = await Chest.open({ path });
        assert.deepEqual(await other.get("big"), new Float64Array(1 << 18));
        assert.equal(await other.get("small"), 1);
        assert.deepEqual((await other.verify()).leftovers, [spill]);
      } finally {
        await undo();
      }
      await using again = await Chest.open({ path });
      assert.equal(await exists(spill), false);
      assert.deepEqual((await again.verify()).leftovers, []);
    });
  },
});

Deno.test("Chest.verify() names a key whose file is missing, and finds nothing wrong in a whole chest", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await using c = await Chest.open({ path });
    await c.set(["run", 1], new Float64Array(10));
    await c.set("b", { ok: true });
    await c.flush();
    assert.deepEqual(await c.verify(), {
      keys: 2,
      problems: [],
      leftovers: [],
    });
    const file = c.fileOf(["run", 1])!;
    await Deno.remove(file);
    const { problems } = await c.verify();
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].key, ["run", 1]);
    assert.equal(problems[0].path, file);
    assert.match(problems[0].message, /is missing/);
    assert.match(problems[0].message, /restore the file from a backup/);
  });
});

Deno.test({
  name:
    "Chest.open() in a folder whose spill folder's .lock is a FIFO does not open it: it opens at once and leaves that folder",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "c");
      {
        await using c = await Chest.open({ path });
        await c.set("x", 1);
      }
      const spill = join(path, `${SPILL_PREFIX}odd`);
      await Deno.mkdir(spill);
      await python("import os, sys; os.mkfifo(sys.argv[1])", [
        join(spill, ".lock"),
      ]);
      // In a process of its own, killed should it block.
      const child = new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--quiet",
          `--config=${CONFIG}`,
          `--allow-read=${dir}`,
          `--allow-write=${dir}`,
          TRY_CHEST,
          path,
        ],
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const out = await child.output();
      clearTimeout(timer);
      assert.equal(
        new TextDecoder().decode(out.stdout),
        `ok ${path}\n`,
        new TextDecoder().decode(out.stderr),
      );
      assert.ok((await Deno.lstat(join(spill, ".lock"))).isFifo);
      await using c = await Chest.open({ path });
      const { leftovers } = await c.verify();
      assert.deepEqual(leftovers, []);
    });
  },
});
