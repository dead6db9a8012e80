// Copyright 2026 the persist authors. MIT license.
// An archive needs nothing but its folder: Node.js (without persist
// installed) imports mod.js and gets the values load() gives.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { load, save } from "../../mod.ts";
import { HAS_NODE, NODE, run, withTempDir } from "../_util.ts";
import { describeExports } from "./_describe.js";
import { random, randomGraph, setupClasses, trickyValues } from "./_corpus.ts";

if (!HAS_NODE) console.warn(`SKIPPING Node import() tests: ${NODE} not found`);

const SCRIPT = `
import { describeExports } from ${
  JSON.stringify(
    pathToFileURL(new URL("./_describe.js", import.meta.url).pathname).href,
  )
};
import { pathToFileURL } from "node:url";
const out = {};
for (const dir of process.argv.slice(1)) {
  try {
    out[dir] = describeExports(await import(pathToFileURL(dir + "/mod.js").href));
  } catch (error) {
    out[dir] = { error: String(error) };
  }
}
console.log(JSON.stringify(out));
`;

Deno.test({
  name:
    "import() in Node.js rebuilds the same values as load() (tricky values and 100 random graphs)",
  ignore: !HAS_NODE,
  fn: async () => {
    await withTempDir(async (root) => {
      const classes = await setupClasses(root);
      // Node 20 has no Float16Array.
      const cases = trickyValues(classes).filter(([name]) =>
        !name.startsWith("typed")
      );
      const next = random(7);
      for (let i = 0; i < 100; i++) cases.push([`g${i}`, randomGraph(next)]);
      const dirs: string[] = [];
      for (const [name, value] of cases) {
        const dir = join(root, name);
        await save(dir, { [name]: value }, { arrayThreshold: 8, sync: false });
        dirs.push(dir);
      }
      const result = await run(NODE, [
        "--input-type=module",
        "-e",
        SCRIPT,
        ...dirs,
      ]);
      assert.equal(result.code, 0, result.stderr);
      const imported = JSON.parse(result.stdout);
      for (const [i, [name]] of cases.entries()) {
        const loaded = describeExports(await load(dirs[i]));
        assert.deepEqual(imported[dirs[i]], loaded, name);
      }
    });
  },
});
