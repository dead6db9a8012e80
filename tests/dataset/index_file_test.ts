// Copyright 2026 the persist authors. MIT license.
// IndexFile.replace() (compaction) on its own: each of its two safeguards
// keeps a stale or lock-less compaction from replacing the index.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, LockLostError } from "../../mod.ts";
import { IndexFile } from "../../lib/dataset/_index_file.ts";
import { compactIndex } from "../../lib/dataset/index_log.ts";
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

Deno.test("IndexFile.append() refuses when records were appended and compacted since it read the index, to as many records as it read", async () => {
  await withTempDir(async (dir) => {
    const index = await dataSet(dir);
    {
      await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
      await ds.setInfo("a", "two records"); // records: set a, info a
    }
    const file = new IndexFile(index, { sync: false });
    assert.equal((await file.refresh()).records, 2);
    {
      // Another writer (this one's lock is lost) adds "b", then compacts:
      // two records again (set a, set b), one seq further.
      await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
      await ds.set("b", 2);
      const other = new IndexFile(index, { sync: false });
      const state = await other.refresh();
      assert.ok(await other.replace(compactIndex(state, "other"), () => {}));
    }
    const compacted = await Deno.readTextFile(index);
    // The seq this writer would give its record is taken by "b" now.
    await assert.rejects(
      file.append({ seq: 3, op: "set", name: "b", dir: "b~3", info: null }),
      LockLostError,
    );
    assert.equal(await Deno.readTextFile(index), compacted);
  });
});

Deno.test("IndexFile.append() appends to a compacted copy of the state it read", async () => {
  await withTempDir(async (dir) => {
    const index = await dataSet(dir);
    {
      await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
      await ds.setInfo("a", "history");
    }
    const file = new IndexFile(index, { sync: false });
    await file.refresh();
    // A writer that lost its lock compacts the same state: one record.
    const other = new IndexFile(index, { sync: false });
    const state = await other.refresh();
    assert.ok(await other.replace(compactIndex(state, "other"), () => {}));
    const after = await file.append({
      seq: state.seq + 1,
      op: "info",
      name: "a",
      info: "appended",
    });
    assert.equal(after.get("a")?.info, "appended");
    const lines = (await Deno.readTextFile(index)).trimEnd().split("\n");
    assert.deepEqual(
      lines.slice(1).map((line) => JSON.parse(line).op),
      ["set", "info"],
    );
  });
});

Deno.test("IndexFile lock: an index replaced and then removed while it is locked fails as a missing index, not a double close", async () => {
  await withTempDir(async (dir) => {
    {
      await using ds = await DataSet.open(join(dir, "ds"), { mode: "w" });
      await ds.insert(1);
    }
    const path = join(dir, "ds", "index.jsonl");
    const index = new IndexFile(path, { sync: false });
    await index.refresh();
    // Another process compacts (a new file renamed over the index) right as
    // this one opens it, and the file is then removed before the reopen.
    const real = Deno.openSync;
    let opens = 0;
    Deno.openSync = (p: string | URL, o?: Deno.OpenOptions) => {
      if (p === path && opens++ === 0) {
        const file = real(p, o);
        Deno.copyFileSync(path, path + ".new");
        Deno.renameSync(path + ".new", path);
        return file;
      }
      if (p === path && opens === 2) Deno.removeSync(path);
      return real(p, o);
    };
    try {
      const error = await index.whileLocked(async () => {}).catch((e) => e);
      assert.match(
        String(error),
        /the file is missing; the DataSet is damaged/,
      );
    } finally {
      Deno.openSync = real;
    }
  });
});
