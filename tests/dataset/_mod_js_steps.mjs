// Copyright 2026 the persist authors. MIT license.
// Child process for Deno (with --allow-read on the DataSet's parent folder
// only) and for Node.js: imports the DataSet's mod.js at `dir`, then for each
// name, waits for the file "step<i>" (i = 1, 2, …; none for the first name)
// in `dir`/.., and prints the JSON of load(name), or "error <message>".
import { existsSync } from "node:fs";

const [dir, ...names] = typeof Deno === "undefined"
  ? process.argv.slice(2)
  : Deno.args;
const ds = await import(new URL(`file://${dir}/mod.js`).href);
for (const [step, name] of names.entries()) {
  while (step > 0 && !existsSync(`${dir}/../step${step}`)) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  try {
    console.log(JSON.stringify(await ds.load(name)));
  } catch (error) {
    console.log(`error ${error.message}`);
  }
}
