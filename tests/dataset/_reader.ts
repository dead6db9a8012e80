// Copyright 2026 the persist authors. MIT license.
// Child process: reads the DataSet at `dir` for `ms` milliseconds without
// any lock: lists it, loads every item and checks it is whole. Items
// deleted between the listing and the read are skipped. Prints a JSON
// summary { rounds, loads, errors }.
import { DataSet, NotFoundError } from "../../mod.ts";
import { checkItem } from "./_values.ts";

const [dir, ms] = Deno.args;
await using ds = await DataSet.open(dir);
const end = performance.now() + Number(ms);
let rounds = 0;
let loads = 0;
const errors: string[] = [];
while (performance.now() < end && errors.length < 10) {
  rounds++;
  for (const name of await ds.keys()) {
    let value: unknown;
    try {
      value = await ds.get(name);
    } catch (error) {
      if (error instanceof NotFoundError && !(await ds.has(name))) continue;
      errors.push(`${name}: ${error}`);
      continue;
    }
    loads++;
    const problem = checkItem(value);
    if (problem !== undefined) errors.push(`${name}: ${problem}`);
  }
}
console.log(JSON.stringify({ rounds, loads, errors }));
