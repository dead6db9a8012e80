// Copyright 2026 the persist authors. MIT license.
// Child process: for `ms` milliseconds, inserts items, replaces the one
// before and deletes the one before that, so a DataSet always changes
// under a reader; then prints "writes <count>".
import { DataSet } from "../../mod.ts";

const [dir, ms] = Deno.args;
const ds = await DataSet.open(dir, { mode: "w", sync: false });
const mine: string[] = [];
const end = performance.now() + Number(ms);
let writes = 0;
while (performance.now() < end) {
  mine.push(await ds.insert(new Float64Array(200).fill(writes)));
  if (mine.length >= 2) await ds.set(mine.at(-2)!, "replaced");
  if (mine.length >= 3) await ds.delete(mine.shift()!);
  writes += 3;
}
await ds.close();
console.log(`writes ${writes}`);
