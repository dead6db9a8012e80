// Copyright 2026 the persist authors. MIT license.
// DataSets shared by real processes: concurrent writers, a reader that
// never sees partial state, writers killed mid-write, lock timeouts. Child
// processes get exactly the permissions a user would grant: read and write
// on the DataSet's parent folder (they create the DataSet) or on the
// DataSet folder itself.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, LockTimeoutError } from "../../mod.ts";
import { Child } from "../_child.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { checkItem } from "./_values.ts";
import { checkInserted, insertFrom } from "./_writers.ts";

const script = (name: string) => new URL(name, import.meta.url).href;
const rw = (dir: string) => [`--allow-read=${dir}`, `--allow-write=${dir}`];

/** Every item loads and is whole, and its info matches where it should. */
async function checkAll(path: string): Promise<number> {
  await using ds = await DataSet.open(path);
  const index = await ds.index();
  for (const [name, info] of index) {
    const value = await ds.get(name);
    // A crash between the two writes of a replacement's info is allowed
    // to leave the previous info on "latest-*" items only if the value
    // changed with it: set() writes both in one record, so they match.
    assert.equal(checkItem(value, info), undefined, name);
  }
  return index.size;
}

/** Item folders a killed writer was still writing (in its staging folder). */
async function unfinishedItems(path: string): Promise<number> {
  let count = 0;
  for await (const writer of Deno.readDir(join(path, ".staging"))) {
    for await (const _ of Deno.readDir(join(path, ".staging", writer.name))) {
      count++;
    }
  }
  return count;
}

Deno.test("DataSet.insert() from 6 processes × 60 items gives 360 distinct names and intact values", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs"); // created by whichever child is first
    const writers = Array.from({ length: 6 }, () => ({ flags: rw(dir) }));
    const byWriter = await insertFrom(path, writers, 60);
    assert.equal(byWriter.flat().length, 360);
    await checkInserted(path, byWriter);
  });
});

Deno.test("DataSet readers in another process never see partial state while two processes write", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.insert({ writer: 9, i: 0, data: new Float64Array([9e6]) });
    }
    const writers = [
      new Child(rw(path), script("./_crash_writer.ts"), [path, "1", "2000"]),
      new Child(rw(path), script("./_crash_writer.ts"), [path, "2", "2000"]),
    ];
    try {
      await Promise.all(writers.map((w) => w.waitFor("ready")));
      const reader = await runDeno(
        [`--allow-read=${path}`],
        script("./_reader.ts"),
        [path, "3000"],
      );
      assert.equal(reader.code, 0, reader.stderr);
      const summary = JSON.parse(reader.stdout);
      assert.deepEqual(summary.errors, []);
      assert.ok(summary.rounds > 3, `only ${summary.rounds} rounds`);
      assert.ok(summary.loads > 20, `only ${summary.loads} loads`);
    } finally {
      for (const w of writers) await w.kill();
    }
    assert.ok(await checkAll(path) > 2);
  });
});

Deno.test("DataSet survives a writer killed with SIGKILL mid-write 15 times: it opens, every item loads, the next writer locks at once", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("first", { writer: 0, i: 0, data: new Float64Array([0]) });
    }
    let previous = 1;
    let midWrite = 0;
    for (let round = 0; round < 15; round++) {
      const writer = new Child(rw(path), script("./_crash_writer.ts"), [
        path,
        String(round + 1),
      ]);
      await writer.waitFor("ready");
      await new Promise((r) => setTimeout(r, Math.random() * 60));
      const status = await writer.kill("SIGKILL");
      assert.equal(status.signal, "SIGKILL");

      if (await unfinishedItems(path) > 0) midWrite++;
      const count = await checkAll(path);
      assert.ok(count >= previous, `round ${round}: ${count} < ${previous}`);
      previous = count;

      const start = performance.now();
      await using next = await DataSet.open(path, {
        mode: "w",
        lockTimeout: 1000,
      });
      await next.set("after-kill", {
        writer: 0,
        i: round,
        data: new Float64Array([round]),
      }, { info: [0, round] });
      assert.ok(performance.now() - start < 1000);
    }
    assert.ok(midWrite >= 3, `only ${midWrite} of 15 kills landed mid-item`);
    await using ds = await DataSet.open(path, { mode: "w" }); // sweeps leftovers
    const report = await ds.verify({ load: true });
    assert.deepEqual(report.problems, []);
    assert.equal(report.tornBytes, 0);
    // Only half-made staging folders younger than a minute may remain.
    assert.deepEqual(report.leftovers.filter((p) => !p.endsWith(".new")), []);
  });
});

Deno.test("DataSet write fails with LockTimeoutError naming the DataSet and the holder's pid; a released lock lets the waiter proceed (case 8)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    await using holder = new Child(rw(path), script("./_hold_lock.ts"), [
      path,
      "60000",
    ]);
    await holder.waitFor("ready");
    await using ds = await DataSet.open(path, { mode: "w", lockTimeout: 0 });
    const start = performance.now();
    await assert.rejects(
      () => ds.insert(1),
      (error: Error) =>
        error instanceof LockTimeoutError &&
        error.holderPid === holder.process.pid &&
        error.path === path &&
        error.message.includes(`"${path}"`) &&
        error.message.includes(`pid ${holder.process.pid}`),
    );
    assert.ok(performance.now() - start < 1000, "timeout 0 fails at once");
    await assert.rejects(
      () => DataSet.open(path, { mode: "w", lock: "session", lockTimeout: 0 }),
      LockTimeoutError,
    );
    assert.deepEqual(await ds.keys(), []);
    await holder.kill();

    await using short = new Child(rw(path), script("./_hold_lock.ts"), [
      path,
      "400",
    ]);
    await short.waitFor("ready");
    const waiting = await DataSet.open(path, {
      mode: "w",
      lockTimeout: 20_000,
    });
    const t0 = performance.now();
    assert.equal(await waiting.insert(2), "x_0");
    assert.ok(performance.now() - t0 > 100, "the insert waited for the holder");
    await waiting.close();
  });
});

Deno.test("DataSet.open() from several processes creating the same folder at once makes one DataSet", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "new");
    const outputs = await Promise.all(
      Array.from(
        { length: 4 },
        (_, w) =>
          runDeno(rw(dir), script("./_inserter.ts"), [path, String(w), "1"]),
      ),
    );
    for (const out of outputs) assert.equal(out.code, 0, out.stderr);
    await using ds = await DataSet.open(path);
    assert.deepEqual((await ds.keys()).sort(), ["x_0", "x_1", "x_2", "x_3"]);
  });
});
