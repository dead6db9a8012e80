// Copyright 2026 the persist authors. MIT license.
// How close do writeNpy/readNpy of 128 MiB float64 come to plain file I/O of
// the same bytes? Bench functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp bench/npy_bench.ts

import { benchPlainAndNpy } from "./_big_array.ts";

const dir = await Deno.makeTempDir({ prefix: "persist-bench-npy-" });
await benchPlainAndNpy(dir, { readFile: true });

globalThis.addEventListener(
  "unload",
  () => Deno.removeSync(dir, { recursive: true }),
);
