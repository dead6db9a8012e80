// Copyright 2026 the persist authors. MIT license.
// What does a DataSet's mod.js load() cost in a 5 000-item DataSet, without
// persist? In Deno, in this process: load() of an item already imported,
// against import() of the item's module (cached: the physical limit of a
// load()), so what is left is finding the item's folder in the index. In
// Node.js, in a new process each run: loading every item, against the same
// process importing each item's module by its folder, without the index.
// (In Deno 2.9.6 the first import() of a module costs time that grows with
// the number of modules imported before, about 2.5 min for 5 000 items
// either way, so the whole run is measured in Node.js only.) Building the
// DataSet takes a few seconds before the benchmarks start; the Node.js cases
// run when --allow-run grants /usr/bin/node.
// Run: deno bench --allow-read=/tmp --allow-write=/tmp \
//   --allow-run=$(deno eval 'console.log(Deno.execPath())'),/usr/bin/node \
//   bench/dataset_mod_js_bench.ts

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { atomicWrite } from "../lib/fs/mod.ts";
import { DataSet } from "../mod.ts";

const ITEMS = 5_000;
const NODE = "/usr/bin/node";

const root = await Deno.makeTempDir({ prefix: "persist-bench-mod-js-" });
const path = join(root, "runs");
{
  await using ds = await DataSet.open(path, { mode: "w", sync: false });
  for (let i = 0; i < ITEMS; i++) {
    await ds.insert({ i, data: [i, i + 0.5] }, { info: [i, 0.5] });
  }
  const folders = [...Deno.readDirSync(join(path, "items"))].map((e) => e.name);
  await atomicWrite(
    join(root, "folders.json"),
    new TextEncoder().encode(JSON.stringify(folders)),
  );
}
const script = new URL("./_mod_js_load_all.mjs", import.meta.url).pathname;

/** The folder of an item's current version. */
function folderOf(name: string): string {
  const line = Deno.readTextFileSync(join(path, "index.jsonl")).split("\n")
    .findLast((l) => l.includes(`"name":${JSON.stringify(name)}`))!;
  return JSON.parse(line).dir;
}

async function loadAll(how: string): Promise<void> {
  const { code, stdout, stderr } = await new Deno.Command(NODE, {
    args: [script, path, how],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const out = new TextDecoder().decode(stdout).trim();
  if (code !== 0 || out !== String(ITEMS)) {
    throw new Error(
      `node ${how} failed: ${out} ${new TextDecoder().decode(stderr)}`,
    );
  }
}

const toFileUrl = (p: string) => pathToFileURL(p).href;
const modJs = await import(toFileUrl(join(path, "mod.js")));
const name = `x_${ITEMS / 2}`;
const item = toFileUrl(
  join(path, "items", folderOf(name), "mod.js"),
);
await modJs.load(name);
const group = `load() an imported item of a ${ITEMS}-item DataSet`;
Deno.bench({
  name: "import() of the item's module",
  group,
  baseline: true,
  fn: async () => {
    await import(item);
  },
});
Deno.bench({
  name: "load() of the DataSet's mod.js",
  group,
  fn: async () => {
    await modJs.load(name);
  },
});

if (
  Deno.permissions.querySync({ name: "run", command: NODE }).state === "granted"
) {
  const group = `load ${ITEMS} items in a new Node.js process`;
  Deno.bench({
    name: "import() of each item's module by its folder",
    group,
    baseline: true,
    n: 3,
    warmup: 1,
    fn: async () => await loadAll("direct"),
  });
  Deno.bench({
    name: "import() of the DataSet's mod.js + load() of each item",
    group,
    n: 3,
    warmup: 1,
    fn: async () => await loadAll("mod.js"),
  });
}

globalThis.addEventListener("unload", () => {
  Deno.removeSync(root, { recursive: true });
});
