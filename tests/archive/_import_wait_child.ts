// Copyright 2026 the persist authors. MIT license.
// Imports the mod.js of each archive folder given as an argument, prints one
// JSON object mapping each folder to the description of its exports, then
// waits until its standard input closes: a watcher looks at the process
// after the imports (see _opens.ts). With "--at-once" first, all the
// imports run at the same time (as DataSet items loaded with Promise.all),
// else one after the other.

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeExports } from "./_describe.js";

const atOnce = Deno.args[0] === "--at-once";
const dirs = atOnce ? Deno.args.slice(1) : Deno.args;
const importOne = async (dir: string) =>
  describeExports(await import(pathToFileURL(join(dir, "mod.js")).href));
const out: Record<string, unknown> = {};
if (atOnce) {
  const all = await Promise.all(dirs.map(importOne));
  dirs.forEach((dir, i) => out[dir] = all[i]);
} else {
  for (const dir of dirs) out[dir] = await importOne(dir);
}
console.log(JSON.stringify(out));
for await (const _ of Deno.stdin.readable) {
  // until the watcher closes it
}
