// Copyright 2026 the persist authors. MIT license.
// Committed writes whose old version cannot be removed (a folder made
// read-only, or as root a file made immutable): the write resolves, the
// folder stays as a leftover that verify() lists, and writers still open.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { canPin, pin } from "../_pin.ts";
import { withTempDir } from "../_util.ts";

/** Whether {@linkcode pin} works here (probed once). */
const CAN_PIN = await canPin();
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
      undo = await pin(join(old, "mod.js"));
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
