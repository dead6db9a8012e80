// Copyright 2026 the persist authors. MIT license.
// One of the demo's writer processes: `deno run --allow-read=<folder>
// --allow-write=<folder> examples/_demo_writer.ts <dataset> <writer> <count>`.
// Opens the DataSet for writing (creating it if no other writer did yet),
// inserts `count` simulated runs with their parameters as info, and prints
// the names it was given.

import { DataSet } from "../mod.ts";

const [path, writer, count] = Deno.args;
await using ds = await DataSet.open(path, { mode: "w" });
const names: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const mu = 0.5 + Number(writer) + i / 10;
  const trace = new Float64Array(50_000).map((_, t) => Math.exp(-mu * t / 1e4));
  names.push(
    await ds.insert(
      { mu, trace, converged: i % 3 !== 2 },
      { info: { writer: Number(writer), mu, pid: Deno.pid } },
    ),
  );
}
console.log(names.join(" "));
