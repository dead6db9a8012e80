// Copyright 2026 the persist authors. MIT license.
// Child process: inserts an item of `n` float64 elements into the DataSet
// at `dir` and prints "inserted <name>" or "<error name>: <message>".
import { DataSet } from "../../mod.ts";

const [dir, n] = Deno.args;
const ds = await DataSet.open(dir, { mode: "w" });
try {
  console.log(`inserted ${await ds.insert(new Float64Array(Number(n)))}`);
} catch (error) {
  console.log(`${(error as Error).name}: ${(error as Error).message}`);
}
await ds.close();
