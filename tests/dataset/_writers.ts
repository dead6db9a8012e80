// Copyright 2026 the persist authors. MIT license.
// Many writer processes inserting into one DataSet at once, and the check
// that every insert arrived whole under its own name.

import assert from "node:assert/strict";
import { DataSet } from "../../mod.ts";
import { runDeno } from "../_util.ts";
import { checkItem } from "./_values.ts";

const INSERTER = new URL("./_inserter.ts", import.meta.url).href;

/** One writer process: its permission flags, and persistd's socket if any. */
export interface Writer {
  flags: string[];
  daemon?: string;
}

/**
 * Runs `tests/dataset/_inserter.ts` once per writer, all at once, each
 * inserting `count` items into `path`; returns each writer's names in order.
 */
export async function insertFrom(
  path: string,
  writers: Writer[],
  count: number,
): Promise<string[][]> {
  const outputs = await Promise.all(
    writers.map(({ flags, daemon = "-" }, w) =>
      runDeno(flags, INSERTER, [
        path,
        String(w),
        String(count),
        "write",
        daemon,
      ])
    ),
  );
  return outputs.map((out, w) => {
    assert.equal(out.code, 0, `writer ${w}: ${out.stderr}`);
    const lines = out.stdout.trim().split("\n");
    assert.equal(lines.pop(), "done");
    return lines;
  });
}

/**
 * Checks that the DataSet holds exactly `x_0` … `x_<n-1>`, one per insert,
 * each with its writer's info and an intact value, and nothing left over.
 */
export async function checkInserted(
  path: string,
  byWriter: string[][],
): Promise<void> {
  const all = byWriter.flat();
  assert.equal(new Set(all).size, all.length, "every insert got its own name");
  await using ds = await DataSet.open(path);
  const keys = await ds.keys();
  assert.deepEqual([...keys].sort(), [...all].sort());
  assert.deepEqual(
    [...keys].sort(),
    Array.from({ length: all.length }, (_, i) => `x_${i}`).sort(),
  );
  const index = await ds.index();
  for (const [w, names] of byWriter.entries()) {
    for (const [i, name] of names.entries()) {
      assert.deepEqual(index.get(name), [w, i]);
      assert.equal(checkItem(await ds.get(name), [w, i]), undefined);
    }
  }
  const report = await ds.verify();
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.leftovers, []);
  assert.equal(report.tornBytes, 0);
}
