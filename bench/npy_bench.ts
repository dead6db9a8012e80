// Copyright 2026 the persist authors. MIT license.
// How close do writeNpy/readNpy of 128 MiB float64 come to plain file I/O of
// the same bytes? Bench functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp bench/npy_bench.ts

import { readFull, writeAll } from "../lib/fs/mod.ts";
import { NDArray, readNpy, writeNpy } from "../mod.ts";

const MIB = 128;
const n = (MIB * 2 ** 20) / 8;
const data = new Float64Array(n);
for (let i = 0; i < n; i++) data[i] = i * 0.5;
const array = new NDArray(data);
const bytes = new Uint8Array(data.buffer);
const dir = await Deno.makeTempDir({ prefix: "persist-bench-npy-" });
const plain = `${dir}/plain.bin`;
const npy = `${dir}/a.npy`;
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
  name: "writeNpy({ sync: false }) (atomic rename)",
  group: `write ${MIB} MiB`,
  ...opts,
  fn: async () => await writeNpy(npy, array, { sync: false }),
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

// The read benches use their own files, written once here the same way, so
// the write benches above (which rewrite plain.bin and a.npy) cannot skew them.
const plainRead = `${dir}/read.bin`;
const npyRead = `${dir}/read.npy`;
await plainWrite(plainRead, true);
await writeNpy(npyRead, array);

Deno.bench({
  name: "plain file read into a new buffer (FsFile.read)",
  group: `read ${MIB} MiB`,
  baseline: true,
  ...opts,
  fn: async () => {
    using file = await Deno.open(plainRead);
    const buffer = new Uint8Array((await file.stat()).size);
    await readFull(file, buffer);
  },
});
Deno.bench({
  name: "Deno.readFile",
  group: `read ${MIB} MiB`,
  ...opts,
  fn: async () => {
    await Deno.readFile(plainRead);
  },
});
Deno.bench({
  name: "readNpy()",
  group: `read ${MIB} MiB`,
  ...opts,
  fn: async () => {
    await readNpy(npyRead);
  },
});

globalThis.addEventListener(
  "unload",
  () => Deno.removeSync(dir, { recursive: true }),
);
