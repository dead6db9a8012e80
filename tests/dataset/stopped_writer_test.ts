// Copyright 2026 the persist authors. MIT license.
// A writer process stopped (SIGSTOP: descheduled, swapped out, suspended
// by a debugger or ^Z) at the moment it holds the DataSet index lock, the
// short flock around an index append: readers in other processes go on
// reading what was committed, another writer gets a LockTimeoutError that
// names the stopped process instead of hanging or writing anyway, and once
// the writer continues, every insert of both is there and verify() is clean.
// Through persistd, a client stopped past its lease loses the daemon's lock
// but not the flock: the next client gets the lease, then waits for the
// index flock and times out with the index's own message.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, LockTimeoutError } from "../../mod.ts";
import { Child } from "../_child.ts";
import { withTempDir } from "../_util.ts";
import { clientFlags, withDaemon } from "../daemon/_daemon.ts";
import { checkItem } from "./_values.ts";

const INSERTER = new URL("./_inserter.ts", import.meta.url).href;

/**
 * Stops `child` while it holds the flock on `index`: polls the lock without
 * waiting, and when someone holds it, stops the child and checks the lock
 * is still held (if it is free after all, lets the child go on and tries
 * again). Returns how many tries it took.
 */
async function stopWhileHolding(child: Child, index: string): Promise<number> {
  using probe = await Deno.open(index, { read: true });
  const deadline = performance.now() + 60_000;
  for (let tries = 1; performance.now() < deadline;) {
    if (probe.tryLockSync(true)) {
      probe.unlockSync();
      // Lets the child run (a tight loop would keep the lock from it).
      await new Promise((resolve) => setTimeout(resolve, 0));
      continue;
    }
    child.process.kill("SIGSTOP");
    if (!probe.tryLockSync(true)) return tries;
    probe.unlockSync();
    child.process.kill("SIGCONT");
    tries++;
  }
  throw new Error("never saw the writer holding the index lock");
}

Deno.test("DataSet writer stopped while it holds the index lock: readers read, another writer times out naming it, nothing is lost", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    const before: string[] = [];
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      for (let i = 0; i < 5; i++) before.push(await ds.insert({ before: i }));
    }
    await using child = new Child(
      [`--allow-read=${path}`, `--allow-write=${path}`],
      INSERTER,
      [path, "3", "400"],
    );
    const tries = await stopWhileHolding(child, join(path, "index.jsonl"));
    let other: string;
    try {
      // A reader in this process: what was committed reads at once.
      await using reader = await DataSet.open(path);
      const keys = await reader.keys();
      for (const [i, name] of before.entries()) {
        assert.ok(keys.includes(name), `${name} is listed (try ${tries})`);
        assert.deepEqual(await reader.get(name), { before: i });
      }
      const committed = (await reader.index()).size;
      assert.ok(committed >= before.length);

      // A writer times out, naming the stopped process, and writes nothing.
      await using writer = await DataSet.open(path, {
        mode: "w",
        lockTimeout: 300,
      });
      const start = performance.now();
      await assert.rejects(
        () => writer.insert({ other: 1 }),
        (error: Error) =>
          error instanceof LockTimeoutError &&
          error.holderPid === child.process.pid &&
          error.message.includes(`pid ${child.process.pid}`),
      );
      assert.ok(performance.now() - start < 10_000, "the timeout was kept");
      assert.equal((await reader.index()).size, committed);
    } finally {
      child.process.kill("SIGCONT");
    }

    // Continued, the stopped writer finishes; a new insert goes through.
    const names: string[] = [];
    for (;;) {
      const line = await child.nextLine(120_000);
      assert.ok(line !== undefined, "the writer ended without saying done");
      if (line === "done") break;
      names.push(line);
    }
    assert.equal((await child.process.status).code, 0);
    assert.equal(names.length, 400);
    {
      await using writer = await DataSet.open(path, { mode: "w" });
      other = await writer.insert({ other: 1 });
    }

    await using ds = await DataSet.open(path);
    const index = await ds.index();
    assert.equal(index.size, 5 + 400 + 1);
    assert.equal(new Set([...before, ...names, other]).size, 406);
    for (const name of names) {
      const info = index.get(name);
      assert.equal(checkItem(await ds.get(name), info), undefined, name);
    }
    assert.deepEqual(await ds.get(other), { other: 1 });
    const report = await ds.verify();
    assert.deepEqual(report.problems, []);
    assert.equal(report.tornBytes, 0);
  });
});

Deno.test("DataSet persistd client stopped past its lease while it holds the index lock: the next client waits for the flock, not the lease, and nothing is lost", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.insert({ before: 0 });
    }
    await using child = new Child(
      clientFlags(daemon.socket, path),
      INSERTER,
      [path, "3", "400", "write", daemon.socket],
    );
    await stopWhileHolding(child, join(path, "index.jsonl"));
    let error: unknown;
    try {
      // Past the lease: persistd hands the lock on, the flock stays held.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await using writer = await DataSet.open(path, {
        mode: "w",
        daemon: daemon.socket,
        lockTimeout: 500,
      });
      error = await writer.insert({ other: 1 }).catch((e) => e);
    } finally {
      child.process.kill("SIGCONT");
    }
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.match(
      error.message,
      /Cannot lock the DataSet index ".*index\.jsonl"/,
    );
    assert.match(error.message, /the write was not made, try it again/);
    assert.equal(error.timeout, 500);

    const names: string[] = [];
    for (;;) {
      const line = await child.nextLine(120_000);
      assert.ok(line !== undefined, "the writer ended without saying done");
      if (line === "done") break;
      names.push(line);
    }
    assert.equal((await child.process.status).code, 0);
    assert.equal(names.length, 400);
    let other: string;
    {
      await using writer = await DataSet.open(path, {
        mode: "w",
        daemon: daemon.socket,
      });
      other = await writer.insert({ other: 1 });
    }
    await using ds = await DataSet.open(path);
    const index = await ds.index();
    assert.equal(index.size, 1 + 400 + 1);
    assert.ok(!names.includes(other));
    for (const name of names) {
      assert.equal(checkItem(await ds.get(name), index.get(name)), undefined);
    }
    const report = await ds.verify();
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.leftovers, []);
  }, { args: ["--lease-timeout", "1000"] });
});
