// Copyright 2026 the persist authors. MIT license.
// How close do writeHdf5/readHdf5 of 128 MiB float64 come to the .npy path
// and to plain file I/O of the same bytes? And whole archives of 16 arrays
// (128 MiB) saved and loaded with dataFormat "hdf5" against "npy"? Bench
// functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp --allow-env bench/hdf5_bench.ts

import { readFull, writeAll } from "../lib/fs/mod.ts";
import {
  load,
  NDArray,
  readHdf5,
  readNpy,
  save,
  writeHdf5,
  writeNpy,
} from "../mod.ts";

const MIB = 128;
const n = (MIB * 2 ** 20) / 8;
const data = new Float64Array(n);
for (let i = 0; i < n; i++) data[i] = i * 0.5;
const array = new NDArray(data);
const bytes = new Uint8Array(data.buffer);
const dir = await Deno.makeTempDir({ prefix: "persist-bench-hdf5-" });
const plain = `${dir}/plain.bin`;
const npy = `${dir}/a.npy`;
const h5 = `${dir}/a.h5`;
const opts = { n: 20, warmup: 3 };

async function plainWrite(path: string, sync: boolean): Promise<void> {
  using file = await Deno.open(path, {
    write: true,
    create: true,
    truncate: true,
  });
  await writeAll(file, bytes);
  if (sync) await file.syncData();
}

Deno.bench({
  name: "plain file write (FsFile.write)",
  group: `write ${MIB} MiB`,
  baseline: true,
  ...opts,
  fn: async () => await plainWrite(plain, false),
});
Deno.bench({
  name: "writeNpy({ sync: false })",
  group: `write ${MIB} MiB`,
  ...opts,
  fn: async () => await writeNpy(npy, array, { sync: false }),
});
Deno.bench({
  name: "writeHdf5({ sync: false }) (2 slices of 64 MiB)",
  group: `write ${MIB} MiB`,
  ...opts,
  fn: async () => await writeHdf5(h5, { a: array }, { sync: false }),
});
Deno.bench({
  name: "writeHdf5({ sync: false, sliceBytes: 256 MiB }) (one call)",
  group: `write ${MIB} MiB`,
  ...opts,
  fn: async () =>
    await writeHdf5(h5, { a: array }, { sync: false, sliceBytes: 2 ** 28 }),
});

Deno.bench({
  name: "plain file write + fdatasync",
  group: `durable write ${MIB} MiB`,
  baseline: true,
  ...opts,
  fn: async () => await plainWrite(plain, true),
});
Deno.bench({
  name: "writeNpy() (atomic, fsynced)",
  group: `durable write ${MIB} MiB`,
  ...opts,
  fn: async () => await writeNpy(npy, array),
});
Deno.bench({
  name: "writeHdf5() (atomic, fsynced)",
  group: `durable write ${MIB} MiB`,
  ...opts,
  fn: async () => await writeHdf5(h5, { a: array }),
});

await plainWrite(plain, false);
await writeNpy(npy, array, { sync: false });
await writeHdf5(h5, { a: array }, { sync: false });

Deno.bench({
  name: "plain file read into a new buffer (FsFile.read)",
  group: `read ${MIB} MiB`,
  baseline: true,
  ...opts,
  fn: async () => {
    using file = await Deno.open(plain);
    const buffer = new Uint8Array((await file.stat()).size);
    await readFull(file, buffer);
  },
});
Deno.bench({
  name: "readNpy()",
  group: `read ${MIB} MiB`,
  ...opts,
  fn: async () => {
    await readNpy(npy);
  },
});
Deno.bench({
  name: "readHdf5() (2 slices of 64 MiB)",
  group: `read ${MIB} MiB`,
  ...opts,
  fn: async () => {
    await readHdf5(h5, "a");
  },
});
Deno.bench({
  name: "readHdf5({ sliceBytes: 256 MiB }) (one call)",
  group: `read ${MIB} MiB`,
  ...opts,
  fn: async () => {
    await readHdf5(h5, "a", { sliceBytes: 2 ** 28 });
  },
});

// Whole archives: 16 arrays of 8 MiB, one file each (npy) or one HDF5 file.
const PARTS = 16;
const parts = Array.from(
  { length: PARTS },
  (_, k) => data.subarray(k * (n / PARTS), (k + 1) * (n / PARTS)),
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
      using file = await Deno.open(`${plain}.${k}`, {
        write: true,
        create: true,
        truncate: true,
      });
      await writeAll(file, b);
      await file.syncData();
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
    for (const [k, b] of partBytes.entries()) {
      using file = await Deno.open(`${plain}.${k}`);
      await readFull(file, new Uint8Array(b.length));
    }
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
