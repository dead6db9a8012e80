// Copyright 2026 the persist authors. MIT license.
// What does one durable insert into a DataSet cost at 10, 1 000 and 10 000
// items (it should not grow), how long do opening and listing the 10 000
// items take, and how many inserts per second do 1, 2, 4
// and 8 processes inserting into one DataSet at once achieve? The physical
// limit is one crash-safe file write of the item's bytes (temporary file,
// fdatasync, rename, fsync of the folder). Building the 10 000-item DataSet
// takes a minute or so before the benchmarks start. Bench functions must be
// `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp \
//   --allow-run=$(deno eval 'console.log(Deno.execPath())') bench/dataset_bench.ts

import { join } from "node:path";
import { atomicWrite } from "../lib/fs/mod.ts";
import { DataSet } from "../mod.ts";

const SIZES = [10, 1_000, 10_000];
const TOTAL = 160;
const PROCESSES = [1, 2, 4, 8];
const ITERATIONS = 100;

const value = (i: number) => ({ i, data: new Float64Array(50).fill(i) });
const valueBytes = new TextEncoder().encode(
  JSON.stringify({ i: 0, data: Array.from(value(0).data) }),
);

const root = await Deno.makeTempDir({ prefix: "persist-bench-dataset-" });
const datasets = new Map<number, DataSet>();
for (const size of SIZES) {
  const path = join(root, `n${size}`);
  {
    await using ds = await DataSet.open(path, { mode: "w", sync: false });
    for (let i = 0; i < size; i++) {
      await ds.insert(value(i), { info: [i, 0.5] });
    }
  }
  datasets.set(size, await DataSet.open(path, { mode: "w" }));
}
const plain = join(root, "plain");
await Deno.mkdir(plain);

let n = 0;
Deno.bench({
  name: "atomicWrite() of the same bytes",
  group: "insert one small item",
  baseline: true,
  n: ITERATIONS,
  fn: async () => {
    await atomicWrite(join(plain, `f${n++}`), valueBytes);
  },
});
for (const size of SIZES) {
  let i = 0;
  Deno.bench({
    name: `DataSet.insert() at ${size} items`,
    group: "insert one small item",
    n: ITERATIONS,
    fn: async () => {
      await datasets.get(size)!.insert(value(i++), { info: [i, 0.5] });
    },
  });
}

// Opening a DataSet and listing every name with its info: against reading
// and parsing a JSON file that holds the same names and infos.
const big = join(root, `n${SIZES.at(-1)}`);
const listing = join(root, "listing.json");
{
  await using ds = await DataSet.open(big);
  await atomicWrite(
    listing,
    new TextEncoder().encode(JSON.stringify([...(await ds.index())])),
  );
}
Deno.bench({
  name: "readTextFile + JSON.parse of the names and infos",
  group: `open and list ${SIZES.at(-1)} items`,
  baseline: true,
  n: 20,
  fn: async () => {
    JSON.parse(await Deno.readTextFile(listing));
  },
});
Deno.bench({
  name: "DataSet.open() + index()",
  group: `open and list ${SIZES.at(-1)} items`,
  n: 20,
  fn: async () => {
    await using ds = await DataSet.open(big);
    await ds.index();
  },
});

Deno.bench({
  name: `${TOTAL} × atomicWrite(), one process`,
  group: `insert ${TOTAL} small items`,
  baseline: true,
  n: 5,
  warmup: 1,
  fn: async () => {
    for (let i = 0; i < TOTAL; i++) {
      await atomicWrite(join(plain, `g${i}`), valueBytes);
    }
  },
});
const script = new URL("./_dataset_writer.ts", import.meta.url).href;
const config = new URL("../deno.json", import.meta.url).pathname;
let round = 0;
for (const processes of PROCESSES) {
  Deno.bench({
    name: `DataSet.insert() from ${processes} process${
      processes > 1 ? "es" : ""
    }`,
    group: `insert ${TOTAL} small items`,
    n: 5,
    warmup: 1,
    fn: async (b) => {
      const path = join(root, `concurrent-${round++}`);
      await (await DataSet.open(path, { mode: "w" })).close();
      const children = Array.from(
        { length: processes },
        () =>
          new Deno.Command(Deno.execPath(), {
            args: [
              "run",
              "--quiet",
              `--config=${config}`,
              `--allow-read=${path}`,
              `--allow-write=${path}`,
              script,
              path,
              String(TOTAL / processes),
            ],
            stdin: "piped",
            stdout: "piped",
          }).spawn(),
      );
      const lines = children.map((c) =>
        c.stdout.pipeThrough(new TextDecoderStream()).getReader()
      );
      const expect = async (i: number, word: string) => {
        let text = "";
        while (!text.includes(word)) {
          const { value, done } = await lines[i].read();
          if (done) throw new Error(`writer ${i} exited before "${word}"`);
          text += value;
        }
      };
      await Promise.all(children.map((_, i) => expect(i, "ready")));
      const writers = children.map((c) => c.stdin.getWriter());
      b.start();
      await Promise.all(writers.map((w) => w.write(new Uint8Array([10]))));
      await Promise.all(children.map((_, i) => expect(i, "done")));
      b.end();
      for (const w of writers) await w.close();
      for (const c of children) await c.status;
    },
  });
}

globalThis.addEventListener("unload", () => {
  for (const ds of datasets.values()) ds.close();
  Deno.removeSync(root, { recursive: true });
});
