// Copyright 2026 the persist authors. MIT license.
// Child process: reads the item "hot" for `ms` milliseconds with get(), and
// with the DataSet's mod.js load() in turns when `ways` is "get,load";
// prints "get <ok> <failed>", "load <ok> <failed>", each distinct error
// message, and last "versions <n>", the distinct values of `i` read. (Deno 2.9.6 can hang in a dynamic import() of a folder
// being removed: see docs/DATASET.md.)
import { DataSet } from "../../mod.ts";

const [dir, ms, ways = "get"] = Deno.args;
const ds = await DataSet.open(dir);
const mod = await import(new URL(`file://${dir}/mod.js`).href);
const counts = { get: [0, 0], load: [0, 0] };
const errors = new Set<string>();
const versions = new Set<unknown>();
const check = (value: unknown) => {
  const parts = (value as { parts: Float64Array[] }).parts;
  if (parts.length !== 8 || parts[7][0] !== 7) throw new Error("partial value");
  versions.add((value as { i: unknown }).i);
};
const end = performance.now() + Number(ms);
while (performance.now() < end) {
  const reads = [["get", () => ds.get("hot")], ["load", () => mod.load("hot")]];
  for (const [how, read] of reads as [keyof typeof counts, () => unknown][]) {
    if (!ways.split(",").includes(how)) continue;
    try {
      check(await read());
      counts[how][0]++;
    } catch (error) {
      counts[how][1]++;
      errors.add(
        `${how}: ${(error as Error).name}: ${(error as Error).message}`,
      );
    }
  }
}
await ds.close();
console.log(`get ${counts.get.join(" ")}`);
console.log(`load ${counts.load.join(" ")}`);
for (const message of errors) console.log(message);
console.log(`versions ${versions.size}`);
