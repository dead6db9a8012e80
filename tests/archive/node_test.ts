// Copyright 2026 the persist authors. MIT license.
// An archive needs nothing but its folder: Node.js (without persist
// installed) imports mod.js and gets the values load() gives; for HDF5
// archives, with the h5wasm package installed where Node finds it.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { load, save } from "../../mod.ts";
import { HAS_NODE, HAS_PYTHON, NODE, run, withTempDir } from "../_util.ts";
import { describeExports } from "./_describe.js";
import { H5WASM_VERSION } from "../../lib/archive/_runtime.ts";
import { random, randomGraph, setupClasses, trickyValues } from "./_corpus.ts";
import { countOpens, itemArchives, manyArrayArchives } from "./_opens.ts";

if (!HAS_NODE) {
  console.warn(
    `SKIPPING Node import() tests: ${NODE} not found or not allowed (--allow-run)`,
  );
}

const SCRIPT = `
import { describeExports } from ${
  JSON.stringify(
    pathToFileURL(new URL("./_describe.js", import.meta.url).pathname).href,
  )
};
import { mkdirSync, symlinkSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [h5wasm, root, ...args] = process.argv.slice(1);
// "--at-once" first: all the imports at the same time, else one by one.
const atOnce = args[0] === "--at-once";
const dirs = atOnce ? args.slice(1) : args;
if (h5wasm !== "") {
  // As if "npm install h5wasm" had run in the folder holding the archives.
  mkdirSync(root + "/node_modules");
  symlinkSync(h5wasm, root + "/node_modules/h5wasm");
}
const importOne = async (dir) => {
  try {
    return describeExports(await import(pathToFileURL(dir + "/mod.js").href));
  } catch (error) {
    return { error: String(error) };
  }
};
const out = {};
if (atOnce) {
  const all = await Promise.all(dirs.map(importOne));
  dirs.forEach((dir, i) => out[dir] = all[i]);
} else {
  for (const dir of dirs) out[dir] = await importOne(dir);
}
console.log(JSON.stringify(out));
`;

/** Deno's copy of the h5wasm package that _persist.js pins, for Node to use. */
async function h5wasmPackage(): Promise<string> {
  const info = await run(Deno.execPath(), ["info", "--json"]);
  assert.equal(info.code, 0, info.stderr);
  const { npmCache } = JSON.parse(info.stdout);
  return join(npmCache, "registry.npmjs.org", "h5wasm", H5WASM_VERSION);
}

for (const dataFormat of ["npy", "hdf5"] as const) {
  Deno.test({
    name:
      `import() in Node.js rebuilds the same values as load() (dataFormat "${dataFormat}": tricky values and 100 random graphs)`,
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
          await save(dir, { [name]: value }, {
            arrayThreshold: 8,
            sync: false,
            dataFormat,
          });
          dirs.push(dir);
        }
        const h5wasm = dataFormat === "hdf5" ? await h5wasmPackage() : "";
        const result = await run(NODE, [
          "--input-type=module",
          "-e",
          SCRIPT,
          h5wasm,
          root,
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
}

/** SCRIPT, then waiting until standard input closes (see _opens.ts). */
const WAIT_SCRIPT = `${SCRIPT}
process.stdin.resume();
await new Promise((resolve) => process.stdin.on("end", resolve));
`;

Deno.test({
  name:
    "import() in Node.js of HDF5 archives opens each HDF5 file once and closes it when done, reading what load() reads",
  ignore: !HAS_NODE || !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (root) => {
      const { dirs, files } = await manyArrayArchives(root);
      const seen = await countOpens(files, [
        NODE,
        "--input-type=module",
        "-e",
        WAIT_SCRIPT,
        await h5wasmPackage(),
        root,
        ...dirs,
      ]);
      assert.deepEqual(
        seen.opens,
        Object.fromEntries(files.map((f) => [f, 1])),
      );
      assert.deepEqual(seen.held, [], "files left open after the import");
      const imported = JSON.parse(seen.line);
      for (const dir of dirs) {
        assert.deepEqual(imported[dir], describeExports(await load(dir)), dir);
      }
    });
  },
});

Deno.test({
  name:
    "import() in Node.js of 200 HDF5 archives at once has at most 8 of their files open at a time, and none after",
  ignore: !HAS_NODE || !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (root) => {
      const { dirs, files } = await itemArchives(root, 200);
      const seen = await countOpens(files, [
        NODE,
        "--input-type=module",
        "-e",
        WAIT_SCRIPT,
        await h5wasmPackage(),
        root,
        "--at-once",
        ...dirs,
      ]);
      assert.ok(
        seen.most >= 1 && seen.most <= 8,
        `${seen.most} HDF5 files open at once`,
      );
      assert.deepEqual(seen.held, [], "files left open after the imports");
      const imported = JSON.parse(seen.line);
      for (const dir of dirs) {
        assert.deepEqual(imported[dir], describeExports(await load(dir)), dir);
      }
    });
  },
});
