// Copyright 2026 the persist authors. MIT license.
// Committed writes whose old version cannot be removed (a folder made
// read-only, or as root a file made immutable): the write resolves, the
// folder stays as a leftover that verify() lists, and writers still open.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { PYTHON, run, withTempDir } from "../_util.ts";

const IMMUTABLE = `
import array, fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
flags = array.array("l", [0])
fcntl.ioctl(fd, 0x80086601, flags, True)  # FS_IOC_GETFLAGS
flags[0] = flags[0] | 0x10 if sys.argv[2] == "on" else flags[0] & ~0x10
fcntl.ioctl(fd, 0x40086602, flags, True)  # FS_IOC_SETFLAGS (FS_IMMUTABLE_FL)
`;

/**
 * Makes a folder's files unremovable: the folder read-only (0o555), or,
 * where that does not stop a removal (running as root), its `mod.js`
 * immutable (`chattr +i`, through Python). Returns the undo, or
 * `undefined` when neither works here.
 */
async function pin(dir: string): Promise<(() => Promise<void>) | undefined> {
  const probe = join(dir, ".probe");
  await Deno.chmod(dir, 0o555);
  try {
    await Deno.writeTextFile(probe, "");
  } catch (error) {
    if (!(error instanceof Deno.errors.PermissionDenied)) throw error;
    return () => Deno.chmod(dir, 0o755);
  }
  await Deno.remove(probe);
  await Deno.chmod(dir, 0o755);
  const file = join(dir, "mod.js");
  const set = async (on: string) =>
    (await run(PYTHON, ["-c", IMMUTABLE, file, on])).code === 0;
  if (!(await set("on"))) return undefined;
  return async () => {
    await set("off");
  };
}

/** Whether {@linkcode pin} works here (probed once). */
const CAN_PIN = await withTempDir(async (tmp) => {
  await Deno.writeTextFile(join(tmp, "mod.js"), "");
  const undo = await pin(tmp);
  await undo?.();
  return undo !== undefined;
});
if (!CAN_PIN) {
  console.warn(
    "leftover_test.ts: skipped: neither a read-only folder nor an immutable file stops a removal here",
  );
}

async function withStuckOldVersion(
  fn: (
    ds: DataSet,
    path: string,
    old: string,
    undo: () => Promise<void>,
  ) => Promise<void>,
): Promise<void> {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    const ds = await DataSet.open(path, { mode: "w" });
    const old = join(path, "items", "a~1");
    let undo: (() => Promise<void>) | undefined;
    try {
      await ds.set("a", "version 1");
      undo = await pin(old);
      assert.ok(undo !== undefined);
      await fn(ds, path, old, undo);
    } finally {
      await undo?.();
      await ds.close();
    }
  });
}

for (
  const [what, write, expected] of [
    ["set()", (ds: DataSet) => ds.set("a", "version 2"), undefined],
    ["delete()", (ds: DataSet) => ds.delete("a"), true],
  ] as const
) {
  Deno.test({
    name:
      `DataSet.${what} resolves when the old version cannot be removed, and verify() lists it as a leftover`,
    ignore: !CAN_PIN,
    fn: async () => {
      await withStuckOldVersion(async (ds, path, old) => {
        assert.equal(await write(ds), expected);
        if (expected === undefined) {
          assert.equal(await ds.get("a"), "version 2");
        } else assert.equal(await ds.has("a"), false);
        const report = await ds.verify();
        assert.deepEqual(report.problems, []);
        assert.deepEqual(report.leftovers, [old]);
        await using again = await DataSet.open(path, { mode: "w" });
        assert.deepEqual((await again.verify()).leftovers, [old]);
      });
    },
  });
}

Deno.test({
  name:
    "DataSet.open() for writing succeeds when an unlisted folder cannot be removed, and a later sweep removes it",
  ignore: !CAN_PIN,
  fn: async () => {
    await withStuckOldVersion(async (ds, path, _old, undo) => {
      await ds.set("a", "version 2");
      await using again = await DataSet.open(path, {
        mode: "w",
        lock: "session",
      });
      assert.equal(await again.get("a"), "version 2");
      await undo();
      await again.close();
      await using third = await DataSet.open(path, { mode: "w" });
      assert.deepEqual((await third.verify()).leftovers, []);
    });
  },
});
