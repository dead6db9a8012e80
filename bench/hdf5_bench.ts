// Copyright 2026 the persist authors. MIT license.
// How close do writeHdf5/readHdf5 of 128 MiB float64 come to the .npy path
// and to plain file I/O of the same bytes? And whole archives of 16 arrays
// (128 MiB) saved and loaded with dataFormat "hdf5" against "npy"? Bench
// functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp --allow-env bench/hdf5_bench.ts

import {
  ARRAY as array,
  benchPlainAndNpy,
  GROUPS,
  MIB,
  OPTS as opts,
  plainRead,
  plainWrite,
} from "./_big_array.ts";
import { load, readHdf5, save, writeHdf5 } from "../mod.ts";

const dir = await Deno.makeTempDir({ prefix: "persist-bench-hdf5-" });
const plain = `${dir}/plain.bin`;
const h5 = `${dir}/a.h5`;
const h5Read = `${dir}/read.h5`;

await benchPlainAndNpy(dir);
const hdf5Rows: [string, string, () => Promise<unknown>][] = [
  [
    GROUPS.write,
    "writeHdf5({ sync: false }) (2 slices of 64 MiB)",
    () => writeHdf5(h5, { a: array }, { sync: false }),
  ],
  [
    GROUPS.write,
    "writeHdf5({ sync: false, sliceBytes: 256 MiB }) (one call)",
    () => writeHdf5(h5, { a: array }, { sync: false, sliceBytes: 2 ** 28 }),
  ],
  [
    GROUPS.durable,
    "writeHdf5() (atomic, fsynced)",
    () => writeHdf5(h5, { a: array }),
  ],
  [GROUPS.read, "readHdf5() (2 slices of 64 MiB)", () => readHdf5(h5Read, "a")],
  [
    GROUPS.read,
    "readHdf5({ sliceBytes: 256 MiB }) (one call)",
    () => readHdf5(h5Read, "a", { sliceBytes: 2 ** 28 }),
  ],
];
for (const [group, name, run] of hdf5Rows) {
  Deno.bench({
    name,
    group,
    ...opts,
    fn: async () => {
      await run();
    },
  });
}
await writeHdf5(h5Read, { a: array });

// Whole archives: 16 arrays of 8 MiB, one file each (npy) or one HDF5 file.
const PARTS = 16;
const n = array.data.length;
const parts = Array.from(
  { length: PARTS },
  (_, k) => array.data.subarray(k * (n / PARTS), (k + 1) * (n / PARTS)),
);
const values = { label: "bench", parts };
const partBytes = parts.map((p) =>
  new Uint8Array(p.buffer, p.byteOffset, p.byteLength)
);
const archive = (name: string) => `${dir}/archive-${name}`;

Deno.bench({
  name: `plain files write + fdatasync (${PARTS} files)`,
  group: `save archive of ${PARTS} × ${MIB / PARTS} MiB`,
  baseline: true,
  n: 10,
  warmup: 2,
  fn: async () => {
    for (const [k, b] of partBytes.entries()) {
      await plainWrite(`${plain}.${k}`, true, b);
    }
  },
});
for (const dataFormat of ["npy", "hdf5"] as const) {
  Deno.bench({
    name: `save({ dataFormat: "${dataFormat}", overwrite: true })`,
    group: `save archive of ${PARTS} × ${MIB / PARTS} MiB`,
    n: 10,
    warmup: 2,
    fn: async () =>
      await save(archive(dataFormat), values, {
        dataFormat,
        overwrite: true,
      }),
  });
}

for (const dataFormat of ["npy", "hdf5"] as const) {
  await save(archive(dataFormat), values, { dataFormat, overwrite: true });
}
Deno.bench({
  name: `plain files read (${PARTS} files)`,
  group: `load archive of ${PARTS} × ${MIB / PARTS} MiB`,
  baseline: true,
  n: 10,
  warmup: 2,
  fn: async () => {
    for (let k = 0; k < PARTS; k++) await plainRead(`${plain}.${k}`);
  },
});
for (const dataFormat of ["npy", "hdf5"] as const) {
  Deno.bench({
    name: `load() (${dataFormat})`,
    group: `load archive of ${PARTS} × ${MIB / PARTS} MiB`,
    n: 10,
    warmup: 2,
    fn: async () => {
      await load(archive(dataFormat));
    },
  });
}

globalThis.addEventListener(
  "unload",
  () => Deno.removeSync(dir, { recursive: true }),
);
