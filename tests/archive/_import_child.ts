// Copyright 2026 the persist authors. MIT license.
// Imports the mod.js of each archive folder given as an argument (run with
// --allow-read on those folders only) and prints one JSON object mapping
// each folder to the description of its exports, or to the error.

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeExports } from "./_describe.js";

const out: Record<string, unknown> = {};
for (const dir of Deno.args) {
  try {
    const mod = await import(pathToFileURL(join(dir, "mod.js")).href);
    out[dir] = describeExports(mod);
  } catch (error) {
    out[dir] = {
      error: `${(error as Error).name}: ${(error as Error).message}`,
    };
  }
}
console.log(JSON.stringify(out));
