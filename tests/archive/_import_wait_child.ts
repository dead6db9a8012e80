// Copyright 2026 the persist authors. MIT license.
// Imports the mod.js of each archive folder given as an argument, prints one
// JSON object mapping each folder to the description of its exports, then
// waits until its standard input closes: a watcher looks at the process
// after the imports (see _opens.ts).

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeExports } from "./_describe.js";

const out: Record<string, unknown> = {};
for (const dir of Deno.args) {
  out[dir] = describeExports(
    await import(pathToFileURL(join(dir, "mod.js")).href),
  );
}
console.log(JSON.stringify(out));
for await (const _ of Deno.stdin.readable) {
  // until the watcher closes it
}
