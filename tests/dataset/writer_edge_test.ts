// Copyright 2026 the persist authors. MIT license.
// Writers meeting what people do to a DataSet folder by hand or by
// accident: a deleted .lock, a removed staging folder or mod.js, generated
// numbers reused after a delete or running past 2^53.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { Child } from "../_child.ts";
import { withTempDir } from "../_util.ts";
import { checkItem, itemValue } from "./_values.ts";

const script = (name: string) => new URL(name, import.meta.url).href;
const rw = (dir: string) => [`--allow-read=${dir}`, `--allow-write=${dir}`];

/** The index's records, in order. */
async function records(path: string): Promise<Record<string, unknown>[]> {
  const lines = (await Deno.readTextFile(join(path, "index.jsonl")))
    .split("\n").filter((line) => line.startsWith("{"));
  return lines.map((line) => JSON.parse(line)).filter((r) => "op" in r);
}

Deno.test("DataSet: a session writer whose .lock was deleted fails its write with LockLostError, commits nothing, and locks the new file for the next", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.insert(itemValue(0, 0), { info: [0, 0] }); // x_0
    }
    const go = join(dir, "go");
    await using session = new Child(rw(dir), script("./_session_writer.ts"), [
      path,
      go,
      "2",
    ]);
    await session.waitFor("ready");
    await Deno.remove(join(path, ".lock")); // a "stale lock" clean-up
    // Another writer locks the new .lock at once, while the session still
    // holds its lock on the deleted file, and writes.
    {
      await using other = await DataSet.open(path, {
        mode: "w",
        lockTimeout: 5_000,
      });
      assert.equal(
        await other.insert(itemValue(2, 0), { info: [2, 0] }),
        "x_1",
      );
    }
    await Deno.writeTextFile(go, "");
    const lines: string[] = [];
    for (;;) {
      const line = await session.nextLine();
      if (line === undefined || line === "done") break;
      lines.push(line);
    }
    // The session's first write was refused; its second took the new lock.
    assert.deepEqual(lines, ["LockLostError", "x_2"]);
    assert.equal((await session.process.status).code, 0);

    const recs = await records(path);
    const seqs = recs.map((r) => r.seq);
    assert.deepEqual(seqs, [1, 2, 3], "one record per committed write");
    await using ds = await DataSet.open(path, { mode: "w" });
    assert.deepEqual(await ds.keys(), ["x_0", "x_1", "x_2"]);
    for (const [name, info] of await ds.index()) {
      assert.equal(checkItem(await ds.get(name), info), undefined, name);
    }
    const report = await ds.verify({ load: true });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.leftovers, []);
  });
});

Deno.test("DataSet.insert(): a generated name is not reused when another writer used and deleted it while this insert waited", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await using a = await DataSet.open(path, { mode: "w" });
    assert.equal(await a.insert("first"), "x_0");
    const b = await DataSet.open(path, { mode: "w", lock: "session" });
    // a guesses x_1 from the index, stages the value, then waits for b.
    const pending = a.insert("from a");
    const staging = join(path, ".staging");
    const staged = async () => {
      for await (const writer of Deno.readDir(staging)) {
        for await (const _ of Deno.readDir(join(staging, writer.name))) {
          return true;
        }
      }
      return false;
    };
    while (!(await staged())) await new Promise((r) => setTimeout(r, 5));
    assert.equal(await b.insert("from b"), "x_1");
    assert.equal(await b.delete("x_1"), true);
    await b.close();
    assert.equal(await pending, "x_2");
    const sets = (await records(path)).filter((r) => r.op === "set")
      .map((r) => r.name);
    assert.deepEqual(sets, ["x_0", "x_1", "x_2"]);
    assert.equal(await a.get("x_2"), "from a");
  });
});

Deno.test("DataSet.insert() refuses generated numbers past 2^53 - 1 with a RangeError instead of looping", async () => {
  await withTempDir(async (dir) => {
    await using ds = await DataSet.open(join(dir, "runs"), { mode: "w" });
    const last = `x_${Number.MAX_SAFE_INTEGER}`;
    assert.equal(await ds.insert(1, { name: last }), last);
    const timeout = new Promise((_, reject) => {
      const t = setTimeout(() => reject(new Error("insert hangs")), 10_000);
      Deno.unrefTimer(t);
    });
    await assert.rejects(
      () => Promise.race([ds.insert(2), timeout]),
      (error: Error) =>
        error instanceof RangeError &&
        /generated names "x_<n>" have reached n = 9007199254740991/.test(
          error.message,
        ) && /insert with another prefix, or give names/.test(error.message),
    );
    // Nothing was committed, the lock is free, other prefixes still work.
    assert.deepEqual(await ds.keys(), [last]);
    assert.equal(await ds.insert(3, { prefix: "y_" }), "y_0");
  });
});

Deno.test("DataSet: a writer whose staging folder was removed makes a new one; a removed mod.js is written again by the next writer", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    const loader = join(path, "mod.js");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      assert.equal(await ds.insert(1), "x_0");
      await Deno.remove(join(path, ".staging"), { recursive: true });
      assert.equal(await ds.insert(2), "x_1");
      await Deno.remove(join(path, ".staging"), { recursive: true });
      const names = await Promise.all([ds.insert(3), ds.insert(4)]);
      assert.deepEqual(names.sort(), ["x_2", "x_3"]);
      const values = await Promise.all(
        ["x_0", "x_1", "x_2", "x_3"].map((n) => ds.get(n)),
      );
      assert.deepEqual(values.sort(), [1, 2, 3, 4]);
    }
    const text = await Deno.readTextFile(loader);
    await Deno.remove(loader);
    {
      await using reader = await DataSet.open(path); // readers change nothing
      assert.equal(await reader.get("x_0"), 1);
    }
    await assert.rejects(() => Deno.lstat(loader), Deno.errors.NotFound);
    {
      await using _writer = await DataSet.open(path, { mode: "w" });
    }
    assert.equal(await Deno.readTextFile(loader), text);
    await using ds = await DataSet.open(path);
    const report = await ds.verify();
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.leftovers, []);
  });
});
