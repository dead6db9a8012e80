// Copyright 2026 the persist authors. MIT license.
// IndexFile.replace() (compaction) on its own: each of its two safeguards
// keeps a stale or lock-less compaction from replacing the index.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, LockLostError } from "../../mod.ts";
import { IndexFile } from "../../lib/dataset/_index_file.ts";
import { withTempDir } from "../_util.ts";

async function dataSet(dir: string): Promise<string> {
  const path = join(dir, "ds");
  await using ds = await DataSet.open(path, { mode: "w" });
  await ds.set("a", 1);
  return join(path, "index.jsonl");
}

Deno.test("IndexFile.replace() gives up when a record was appended since it read the index", async () => {
  await withTempDir(async (dir) => {
    const index = await dataSet(dir);
    const file = new IndexFile(index, { sync: false });
    await file.refresh();
    const stale = await Deno.readTextFile(index);
    {
      await using other = await DataSet.open(join(dir, "ds"), { mode: "w" });
      await other.set("b", 2);
    }
    const appended = await Deno.readTextFile(index);
    assert.match(appended, /"b"/);
    // The lock check passes: only the changed file can stop it.
    assert.equal(await file.replace(stale, () => {}), undefined);
    assert.equal(await Deno.readTextFile(index), appended);
    assert.deepEqual(
      [...Deno.readDirSync(join(dir, "ds"))].map((e) => e.name)
        .filter((n) => n.includes(".tmp-")),
      [],
    );
  });
});

Deno.test("IndexFile.replace() leaves the index as it was when the lock is lost", async () => {
  await withTempDir(async (dir) => {
    const index = await dataSet(dir);
    const file = new IndexFile(index, { sync: false });
    await file.refresh();
    const before = await Deno.readTextFile(index);
    // The file is unchanged: only the lock check can stop it.
    await assert.rejects(
      file.replace(before.replace('"a"', '"z"'), () => {
        throw new LockLostError("lost", { path: index });
      }),
      LockLostError,
    );
    assert.equal(await Deno.readTextFile(index), before);
  });
});
