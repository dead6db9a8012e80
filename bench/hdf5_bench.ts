// Copyright 2026 the persist authors. MIT license.
// How close do writeHdf5/readHdf5 of 128 MiB float64 come to the .npy path
// and to plain file I/O of the same bytes? Bench functions must be `async`
// (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp --allow-env bench/hdf5_bench.ts

import { readFull, writeAll } from "../lib/fs/mod.ts";
import { NDArray, readHdf5, readNpy, writeHdf5, writeNpy } from "../mod.ts";

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

globalThis.addEventListener(
  "unload",
  () => Deno.removeSync(dir, { recursive: true }),
);
