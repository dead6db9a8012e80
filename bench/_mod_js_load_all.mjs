// Copyright 2026 the persist authors. MIT license.
// Child process of dataset_mod_js_bench.ts (Node.js; Deno runs it too). Usage:
//   _mod_js_load_all.mjs <dir> mod.js | direct
// `mod.js`: imports the DataSet's mod.js and load()s every item in order;
// `direct`: imports every item's module itself, by the folders listed in
// <dir>/../folders.json (what load() does without reading the index).
// Prints the number of items loaded.
import { readFileSync } from "node:fs";

const [dir, how] = typeof Deno === "undefined"
  ? process.argv.slice(2)
  : Deno.args;
let count = 0;
if (how === "mod.js") {
  const ds = await import(new URL(`file://${dir}/mod.js`).href);
  for (const name of ds.names) {
    await ds.load(name);
    count++;
  }
} else {
  const folders = JSON.parse(readFileSync(`${dir}/../folders.json`, "utf8"));
  for (const folder of folders) {
    await import(new URL(`file://${dir}/items/${folder}/mod.js`).href);
    count++;
  }
}
console.log(count);
