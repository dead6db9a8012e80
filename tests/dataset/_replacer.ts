// Copyright 2026 the persist authors. MIT license.
// Child process: replaces the item "hot" (8 arrays of `n` elements) as
// fast as it can for `ms` milliseconds (at least once), then prints "sets <count>".
import { DataSet } from "../../mod.ts";

const [dir, ms, n] = Deno.args;
const ds = await DataSet.open(dir, { mode: "w", sync: false });
const parts = Array.from(
  { length: 8 },
  (_, j) => new Float64Array(Number(n)).fill(j),
);
const end = performance.now() + Number(ms);
let sets = 0;
do {
  await ds.set("hot", { i: sets, parts }, { info: { i: sets } });
  sets++;
} while (performance.now() < end);
await ds.close();
console.log(`sets ${sets}`);
