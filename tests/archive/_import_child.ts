// Copyright 2026 the persist authors. MIT license.
// Imports the mod.js of each archive folder given as an argument (run with
// --allow-read on those folders only), or of each archive URL (http://…,
// run with --allow-import and --allow-net for that host only), and prints
// one JSON object mapping each argument to the description of its exports,
// or to the error.

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeExports } from "./_describe.js";

const out: Record<string, unknown> = {};
for (const dir of Deno.args) {
  try {
    const url = /^https?:/.test(dir)
      ? `${dir}/mod.js`
      : pathToFileURL(join(dir, "mod.js")).href;
    const mod = await import(url);
    out[dir] = describeExports(mod);
  } catch (error) {
    out[dir] = {
      error: `${(error as Error).name}: ${(error as Error).message}`,
    };
  }
}
console.log(JSON.stringify(out));
