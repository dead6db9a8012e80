// Copyright 2026 the persist authors. MIT license.
// Child process of dataset_bench.ts and daemon_bench.ts. Usage:
//   _dataset_writer.ts <dir> <count> [file | daemon:<socket> | plain] [nosync]
// Opens the DataSet at `dir` for writing (`file`, the default: flock on
// `.lock`; `daemon:<socket>`: locks and names from persistd) or, with
// `plain`, prepares crash-safe writes of the item's bytes into `dir`;
// `nosync` skips fdatasync/fsync (crash safe, not power-loss safe).
// Prints "ready", waits for a line on stdin, does `count` small inserts (or
// atomicWrite()s), then prints "done" and a JSON line with the slowest and
// the mean time of one insert, in milliseconds.
import { join } from "node:path";
import { atomicWrite } from "../lib/fs/mod.ts";
import { DataSet } from "../mod.ts";

const [dir, count, how = "file", durability = "sync"] = Deno.args;
const sync = durability !== "nosync";
const value = (i: number) => ({ i, data: new Float64Array(50).fill(i) });
const bytes = new TextEncoder().encode(
  JSON.stringify({ i: 0, data: Array.from(value(0).data) }),
);
const daemon = how.startsWith("daemon:") ? how.slice(7) : undefined;
await using ds = how === "plain"
  ? undefined
  : await DataSet.open(dir, { mode: "w", daemon, sync });
console.log("ready");
const reader = Deno.stdin.readable.getReader();
await reader.read();
let max = 0;
let total = 0;
for (let i = 0; i < Number(count); i++) {
  const start = performance.now();
  if (ds === undefined) {
    await atomicWrite(join(dir, `${Deno.pid}-${i}`), bytes, { sync });
  } else {
    await ds.insert(value(i), { info: [i, 0.5] });
  }
  const took = performance.now() - start;
  max = Math.max(max, took);
  total += took;
}
console.log("done");
console.log(JSON.stringify({ max, mean: total / Number(count) }));
