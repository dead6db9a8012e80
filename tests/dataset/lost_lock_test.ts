// Copyright 2026 the persist authors. MIT license.
// A persistd client that loses its lock while it compacts the index (the
// daemon is killed, or its lease runs out while the client is stopped)
// must not destroy or hide what other writers commit meanwhile. Real
// processes: the daemon, the compacting writer (SIGSTOPped as soon as its
// compacted file appears, like a descheduled or swapped-out process), and
// this test process as the other writer.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { Child } from "../_child.ts";
import { clientFlags, type Daemon, withDaemon } from "../daemon/_daemon.ts";

const WRITER = new URL("./_compacting_writer.ts", import.meta.url).href;

/**
 * A DataSet whose next record makes the index compact itself, with an
 * index large enough (about 15 MB) that writing the compacted copy takes a
 * while.
 */
async function bigIndex(path: string): Promise<void> {
  await using ds = await DataSet.open(path, { mode: "w", sync: false });
  const big = "y".repeat(60_000);
  for (let i = 0; i < 250; i++) await ds.insert({ i }, { info: { i, big } });
  await ds.set("dummy", 0);
  for (let records = 251; records < 999; records++) {
    await ds.setInfo("dummy", records);
  }
}

/** Polls (without yielding) until a compaction's temporary file appears. */
function waitForTempFile(path: string, timeoutMs: number): void {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    for (const entry of Deno.readDirSync(path)) {
      if (entry.name.startsWith(".index.jsonl.tmp-")) return;
    }
  }
  throw new Error("the compacted index file never appeared");
}

async function lostLockScenario(
  daemon: Daemon,
  root: string,
  lose: () => Promise<void>,
  other: { daemon?: string },
): Promise<void> {
  const path = join(root, "runs");
  await bigIndex(path);
  const go = join(root, "go");
  await using a = new Child(
    clientFlags(daemon.socket, root),
    WRITER,
    [path, daemon.socket, go],
  );
  await a.waitFor("ready");
  await Deno.writeTextFile(go, "");
  waitForTempFile(path, 30_000);
  a.process.kill("SIGSTOP");
  const acked: string[] = [];
  try {
    await lose();
    await using b = await DataSet.open(path, {
      mode: "w",
      daemon: other.daemon,
    });
    for (let i = 0; i < 5; i++) {
      acked.push(await b.insert({ b: i }, { info: { b: i } }));
    }
  } finally {
    a.process.kill("SIGCONT");
  }
  const outcome = await a.nextLine(60_000);
  assert.match(outcome ?? "", /^(resolved|rejected)/);
  await a.process.status;

  await using ds = await DataSet.open(path);
  for (const [i, name] of acked.entries()) {
    assert.deepEqual(await ds.get(name), { b: i }, `${name} was acknowledged`);
    assert.deepEqual(await ds.info(name), { b: i });
  }
  assert.equal(new Set(acked).size, 5);
  const report = await ds.verify();
  assert.deepEqual(report.problems, []);
  await using w = await DataSet.open(path, { mode: "w" });
  const next = await w.insert("next");
  assert.ok(!acked.includes(next), `${next} was handed out twice`);
  assert.equal((await ds.keys()).length, 250 + 1 + 5 + 1);
}

Deno.test("DataSet compaction by a persistd client whose daemon is killed loses no write of a file-lock writer", async () => {
  await withDaemon(async (daemon, root) => {
    await lostLockScenario(daemon, root, async () => {
      await daemon.kill();
    }, {});
  });
});

Deno.test("DataSet compaction by a persistd client stopped past its lease loses no write of another persistd client", async () => {
  await withDaemon(async (daemon, root) => {
    await lostLockScenario(daemon, root, async () => {
      await new Promise((resolve) => setTimeout(resolve, 2_500));
    }, { daemon: daemon.socket });
  }, { args: ["--lease-timeout", "1000"] });
});
