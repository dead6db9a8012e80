// Copyright 2026 the persist authors. MIT license.
// Child process of dataset_bench.ts: opens the DataSet at `dir`, prints
// "ready", waits for a line on stdin, inserts `count` small items, prints
// "done".
import { DataSet } from "../mod.ts";

const [dir, count] = Deno.args;
await using ds = await DataSet.open(dir, { mode: "w" });
console.log("ready");
const reader = Deno.stdin.readable.getReader();
await reader.read();
for (let i = 0; i < Number(count); i++) {
  await ds.insert({ i, data: new Float64Array(50).fill(i) }, {
    info: [i, 0.5],
  });
}
console.log("done");
