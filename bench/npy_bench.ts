// Copyright 2026 the persist authors. MIT license.
// How close do writeNpy/readNpy of 128 MiB float64 come to plain file I/O of
// the same bytes? Bench functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp bench/npy_bench.ts

import {
  ARRAY as array,
  MIB,
  OPTS as opts,
  plainRead,
  plainWrite,
} from "./_big_array.ts";
import { readNpy, writeNpy } from "../mod.ts";

const dir = await Deno.makeTempDir({ prefix: "persist-bench-npy-" });
const plain = `${dir}/plain.bin`;
const npy = `${dir}/a.npy`;

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
const plainFile = `${dir}/read.bin`;
const npyRead = `${dir}/read.npy`;
await plainWrite(plainFile, true);
await writeNpy(npyRead, array);

Deno.bench({
  name: "plain file read into a new buffer (FsFile.read)",
  group: `read ${MIB} MiB`,
  baseline: true,
  ...opts,
  fn: async () => {
    await plainRead(plainFile);
  },
});
Deno.bench({
  name: "Deno.readFile",
  group: `read ${MIB} MiB`,
  ...opts,
  fn: async () => {
    await Deno.readFile(plainFile);
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
