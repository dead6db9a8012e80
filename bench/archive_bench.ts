// Copyright 2026 the persist authors. MIT license.
// How close do save() and load() come to JSON of the same data written and
// read the same way? Baselines: JSON.stringify + atomicWrite (temp file,
// fdatasync, rename, fsync folder: as durable as save()) and readTextFile +
// JSON.parse. Bench functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp bench/archive_bench.ts

import { atomicWrite } from "../lib/fs/mod.ts";
import { load, save } from "../mod.ts";

const dir = await Deno.makeTempDir({ prefix: "persist-bench-archive-" });
const encoder = new TextEncoder();
const opts = { n: 15, warmup: 3 };

function records(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: i,
    name: `record ${i}`,
    value: i * 0.25,
    ok: i % 3 === 0,
    tags: ["a", "b"],
  }));
}

/** 10 000 small objects, each referenced from two places. */
function sharedGraph() {
  const items = Array.from(
    { length: 10_000 },
    (_, i) => ({ i, label: `item ${i}` }),
  );
  const links = items.map((item, i) => ({
    from: item,
    to: items[(i * 7) % items.length],
  }));
  return { items, links };
}

function group(title: string, values: Record<string, unknown>) {
  const archive = `${dir}/${title.replace(/\W+/g, "-")}`;
  const json = `${archive}.json`;
  Deno.bench({
    name: "JSON.stringify + atomicWrite",
    group: `save ${title}`,
    baseline: true,
    ...opts,
    fn: async () => {
      await atomicWrite(json, encoder.encode(JSON.stringify(values)));
    },
  });
  Deno.bench({
    name: "save() (atomic, fsynced)",
    group: `save ${title}`,
    ...opts,
    fn: async () => {
      await save(archive, values, { overwrite: true });
    },
  });
  Deno.bench({
    name: "readTextFile + JSON.parse",
    group: `load ${title}`,
    baseline: true,
    ...opts,
    fn: async () => {
      JSON.parse(await Deno.readTextFile(json));
    },
  });
  Deno.bench({
    name: "load()",
    group: `load ${title}`,
    ...opts,
    fn: async () => {
      await load(archive);
    },
  });
}

group("50 000 small records", { records: records(50_000) });
group("20 000 small records", { records: records(20_000) });
group("a graph with 10 000 shared objects", sharedGraph());
group("2 000 000 numbers in a plain array", {
  numbers: Array.from({ length: 2_000_000 }, (_, i) => i * 0.25 - 1000),
});

globalThis.addEventListener("unload", () => {
  Deno.removeSync(dir, { recursive: true });
});
