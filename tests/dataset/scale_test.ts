// Copyright 2026 the persist authors. MIT license.
// Appending costs the same at any size, and opening and listing 10 000
// items is fast. The big DataSet's index is written directly in the
// documented format (docs/DATASET.md) so the default suite stays fast;
// PERSIST_SOAK=1 builds it through insert() instead. Timing bounds are
// generous: the machine is shared.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { formatHeader, formatRecord } from "../../lib/dataset/mod.ts";
import { withTempDir } from "../_util.ts";

const SOAK = Deno.env.get("PERSIST_SOAK") !== undefined;
const BIG = 10_000;

/** A DataSet of `count` items listed in the index (item folders not made). */
async function indexOnly(path: string, count: number): Promise<void> {
  await (await DataSet.open(path, { mode: "w" })).close();
  const lines = [formatHeader({ id: "scale", seq: 0, high: {} })];
  for (let i = 0; i < count; i++) {
    lines.push(formatRecord({
      seq: i + 1,
      op: "set",
      name: `x_${i}`,
      dir: `x_${i}~${i + 1}`,
      info: [i, i / 10, "run"],
    }));
  }
  await Deno.writeTextFile(join(path, "index.jsonl"), lines.join(""));
}

async function inserted(path: string, count: number): Promise<void> {
  await using ds = await DataSet.open(path, { mode: "w", sync: false });
  for (let i = 0; i < count; i++) {
    await ds.insert({ i }, { info: [i, i / 10, "run"] });
  }
}

/** Median milliseconds of `n` inserts into the DataSet at `path`. */
async function insertCost(path: string, n: number): Promise<number> {
  await using ds = await DataSet.open(path, { mode: "w" });
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await ds.insert({ i, data: new Float64Array(50) }, { info: [i] });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)];
}

Deno.test(`DataSet.open() and keys()/index() of ${BIG} items take well under a second`, async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "big");
    await (SOAK ? inserted : indexOnly)(path, BIG);
    const start = performance.now();
    await using ds = await DataSet.open(path);
    const keys = await ds.keys();
    const index = await ds.index();
    const elapsed = performance.now() - start;
    assert.equal(keys.length, BIG);
    assert.deepEqual(index.get("x_9999"), [9999, 999.9, "run"]);
    assert.ok(elapsed < 500, `open + list took ${elapsed.toFixed(0)} ms`);
    // Later calls read nothing but a stat when nothing changed.
    const again = performance.now();
    for (let i = 0; i < 100; i++) await ds.has("x_5000");
    const perCall = (performance.now() - again) / 100;
    assert.ok(perCall < 5, `has() took ${perCall.toFixed(2)} ms`);
  });
});

Deno.test(`DataSet.insert() costs about the same with ${BIG} items as with 10`, async () => {
  await withTempDir(async (dir) => {
    const small = join(dir, "small");
    const big = join(dir, "big");
    await inserted(small, 10);
    await (SOAK ? inserted : indexOnly)(big, BIG);
    // Alternate, so both see the same load on the shared machine.
    const costs = { small: [] as number[], big: [] as number[] };
    for (let round = 0; round < 3; round++) {
      costs.small.push(await insertCost(small, 15));
      costs.big.push(await insertCost(big, 15));
    }
    const smallMs = Math.min(...costs.small);
    const bigMs = Math.min(...costs.big);
    assert.ok(
      bigMs < 3 * smallMs + 2,
      `insert at ${BIG}: ${bigMs.toFixed(2)} ms, at 10: ${
        smallMs.toFixed(2)
      } ms`,
    );
    await using ds = await DataSet.open(big);
    assert.equal((await ds.keys()).length, BIG + 45);
    assert.equal((await ds.keys()).at(-1), `x_${BIG + 44}`);
  });
});
