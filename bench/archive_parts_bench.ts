// Copyright 2026 the persist authors. MIT license.
// Every bench function is async, as the house rule asks, even where its
// step is synchronous:
// deno-lint-ignore-file require-await
// Where do save() and load() of 50 000 small records spend their time, next
// to their JSON baselines? Each row is one step (or the one unavoidable
// primitive inside a step) on the same data: the identity Map that finds
// shared objects and cycles, the check that arrays hold nothing but their
// entries, the walk and the module text (the graph writer, for values with
// shared objects), the check and the writer without a graph that save()
// uses for these records, then the whole operation. This bench
// reaches into lib/archive internals on purpose.
// Run: deno bench --allow-read=/tmp --allow-write=/tmp bench/archive_parts_bench.ts

import { atomicWrite } from "../lib/fs/mod.ts";
import { evaluate, load, save } from "../lib/archive/mod.ts";
import { isPlainTree, walk } from "../lib/archive/_graph.ts";
import { emit, emitTree } from "../lib/archive/_emit.ts";
import { parse } from "../lib/archive/_parse.ts";
import { NPY_FORMAT } from "../lib/archive/array_store.ts";

const dir = await Deno.makeTempDir({ prefix: "persist-bench-parts-" });
const encoder = new TextEncoder();
const opts = { n: 15, warmup: 3 };

const records = Array.from({ length: 50_000 }, (_, i) => ({
  id: i,
  name: `record ${i}`,
  value: i * 0.25,
  ok: i % 3 === 0,
  tags: ["a", "b"],
}));
const values = { records };
const roots = [{ name: "records", value: records as unknown }];
/** Every object save() meets: the records, their tags, the list. */
const objects: object[] = [records, ...records.flatMap((r) => [r, r.tags])];
const arrays: unknown[][] = [records, ...records.map((r) => r.tags)];
const emitOptions = { arrayThreshold: 100, ref: NPY_FORMAT.ref, single: false };

const archive = `${dir}/records`;
const json = `${dir}/records.json`;
await save(archive, values);
await atomicWrite(json, encoder.encode(JSON.stringify(values)));
const text = await Deno.readTextFile(`${archive}/mod.js`);

const saveGroup = "save 50 000 small records, step by step";
Deno.bench({
  name: "JSON.stringify + atomicWrite",
  group: saveGroup,
  baseline: true,
  ...opts,
  fn: async () => {
    await atomicWrite(json, encoder.encode(JSON.stringify(values)));
  },
});
Deno.bench({
  name: "identity Map of its 100 001 objects",
  group: saveGroup,
  ...opts,
  fn: async () => {
    const index = new Map<object, number>();
    for (let i = 0; i < objects.length; i++) index.getOrInsert(objects[i], i);
  },
});
Deno.bench({
  name: "Object.keys of its 50 001 arrays",
  group: saveGroup,
  ...opts,
  fn: async () => {
    let n = 0;
    for (const array of arrays) n += Object.keys(array).length;
    if (n !== 150_000) throw new Error("unexpected keys");
  },
});
Deno.bench({
  name: "walk(): sharing, cycles, refusals",
  group: saveGroup,
  ...opts,
  fn: async () => {
    walk(roots);
  },
});
Deno.bench({
  name: "walk() + emit(): the text of mod.js",
  group: saveGroup,
  ...opts,
  fn: async () => {
    emit(walk(roots), emitOptions).release();
  },
});
Deno.bench({
  name: "isPlainTree(): a tree? (identity Set, kinds)",
  group: saveGroup,
  ...opts,
  fn: async () => {
    if (!isPlainTree(roots)) throw new Error("not a tree");
  },
});
Deno.bench({
  name: "emitTree(): that check + the same text",
  group: saveGroup,
  ...opts,
  fn: async () => {
    emitTree(roots, emitOptions)!.release();
  },
});
Deno.bench({
  name: "save(): text, files, fsyncs, renames",
  group: saveGroup,
  ...opts,
  fn: async () => {
    await save(archive, values, { overwrite: true });
  },
});

const loadGroup = "load 50 000 small records, step by step";
Deno.bench({
  name: "readTextFile + JSON.parse",
  group: loadGroup,
  baseline: true,
  ...opts,
  fn: async () => {
    JSON.parse(await Deno.readTextFile(json));
  },
});
Deno.bench({
  name: "readFile + TextDecoder of mod.js",
  group: loadGroup,
  ...opts,
  fn: async () => {
    new TextDecoder().decode(await Deno.readFile(`${archive}/mod.js`));
  },
});
Deno.bench({
  name: "parse(): the subset, literals built",
  group: loadGroup,
  ...opts,
  fn: async () => {
    parse(text);
  },
});
Deno.bench({
  name: "evaluate(): parse + build",
  group: loadGroup,
  ...opts,
  fn: async () => {
    await evaluate(text);
  },
});
Deno.bench({
  name: "load(): read, parse, build, checks",
  group: loadGroup,
  ...opts,
  fn: async () => {
    await load(archive);
  },
});

globalThis.addEventListener("unload", () => {
  Deno.removeSync(dir, { recursive: true });
});
