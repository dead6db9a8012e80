// Copyright 2026 the persist authors. MIT license.
// The demo: `deno task demo` (or `deno run --allow-read=.demo
// --allow-write=.demo --allow-run=<deno> examples/demo.ts [folder]`). It
// writes only inside its folder (default `.demo`): saves an archive with a
// big array, prints its mod.js, loads it back, fills a DataSet from several
// processes at once, and shows both with the command line tool. The only
// program it runs is Deno itself (Deno.execPath()), for the writers.

import { fileURLToPath } from "node:url";
import { load, NDArray, save } from "../mod.ts";
import { main as cli } from "../cli.ts";

const folder = Deno.args[0] ?? ".demo";
const dir = `${folder}/run1`;
const dataset = `${folder}/runs`;
const WRITERS = 4;
const ITEMS = 6;
await Deno.mkdir(folder, { recursive: true });

function step(title: string) {
  console.log(`\n=== ${title}`);
}

// 1. Save: a big signal goes to a .npy file, the rest into mod.js.
step(`1. save("${dir}", { ... }): an archive with a 32 MB array`);
const n = 4_000_000;
const signal = new Float64Array(n);
for (let i = 0; i < n; i++) signal[i] = Math.sin(i / 1000);
const grid = { unit: "s", step: 1e-3 };
const values = {
  grid,
  signal,
  spectrum: new NDArray(new Float32Array(512 * 64).fill(0.5), [512, 64]),
  runs: [
    { id: 1n << 60n, grid, ok: true, tags: new Set(["calibration"]) },
    { id: -7n, grid, ok: false, note: undefined, started: new Date(0) },
  ],
  weird: [-0, NaN, Infinity],
};
let start = performance.now();
await save(dir, values, { overwrite: true });
let ms = performance.now() - start;
console.log(
  `saved in ${ms.toFixed(0)} ms (${
    (signal.byteLength / 1e6 / (ms / 1000)).toFixed(0)
  } MB/s, atomic and fsynced)`,
);
const names = [];
for await (const entry of Deno.readDir(dir)) names.push(entry.name);
for (const name of names.sort()) {
  const { size } = await Deno.stat(`${dir}/${name}`);
  console.log(`  ${name.padEnd(14)} ${String(size).padStart(10)} bytes`);
}

// 2. The module: plain, readable JavaScript, meant to be edited by hand.
step(
  `2. ${dir}/mod.js: plain JavaScript (import() it, or load() it without running it)`,
);
console.log((await Deno.readTextFile(`${dir}/mod.js`)).trimEnd());

// 3. Load it back, without running it.
step(`3. load("${dir}"): parsed, not executed`);
start = performance.now();
const back = await load(dir);
ms = performance.now() - start;
const runs = back.runs as { grid: unknown }[];
const loaded = back.signal as Float64Array;
console.log(`loaded in ${ms.toFixed(0)} ms`);
console.log(
  `  signal: ${loaded.constructor.name}(${loaded.length}), signal[123456] === ${
    loaded[123456] === signal[123456]
  }`,
);
console.log(
  `  runs[0].grid === runs[1].grid === grid: ${
    runs[0].grid === runs[1].grid && runs[0].grid === back.grid
  } (shared objects stay shared)`,
);
console.log(`  weird: ${Deno.inspect(back.weird)}`);

// 4. The command line tool, on the same archive.
step(`4. persist show ${dir}`);
await cli(["show", dir]);
step(`5. persist get ${dir} signal`);
await cli(["get", dir, "signal"]);
step(`6. persist verify ${dir}`);
await cli(["verify", dir]);

// 7. A DataSet filled by several processes at once: each writer process
// builds its items on its own and commits each under the DataSet's lock;
// names never clash and no item is lost.
step(
  `7. ${WRITERS} processes insert ${ITEMS} items each into the DataSet "${dataset}" at once`,
);
await Deno.remove(dataset, { recursive: true }).catch((error) => {
  if (!(error instanceof Deno.errors.NotFound)) throw error;
});
const writer = fileURLToPath(new URL("./_demo_writer.ts", import.meta.url));
const config = fileURLToPath(new URL("../deno.json", import.meta.url));
start = performance.now();
const outputs = await Promise.all(
  Array.from({ length: WRITERS }, (_, w) =>
    new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--quiet",
        `--config=${config}`,
        `--allow-read=${folder}`,
        `--allow-write=${folder}`,
        writer,
        dataset,
        String(w),
        String(ITEMS),
      ],
      stdout: "piped",
      stderr: "inherit",
    }).output()),
);
ms = performance.now() - start;
for (const [w, out] of outputs.entries()) {
  if (!out.success) throw new Error(`writer ${w} failed (exit ${out.code})`);
  console.log(
    `  writer ${w} got ${new TextDecoder().decode(out.stdout).trim()}`,
  );
}
console.log(
  `${WRITERS * ITEMS} items in ${ms.toFixed(0)} ms (process start-up included)`,
);
step(`8. persist show ${dataset}: the items and their info, from the index`);
await cli(["show", dataset]);
step(`9. persist get ${dataset} x_0.mu, and persist verify ${dataset}`);
await cli(["get", dataset, "x_0.mu"]);
await cli(["verify", dataset]);
console.log(
  `\nNumPy reads the arrays too: python3 -c "import numpy; print(numpy.load('${dir}/signal.npy')[:3])"`,
);
