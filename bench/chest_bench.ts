// Copyright 2026 the persist authors. MIT license.
// How fast is a Chest for small values in memory and on disk, and for 1 MB
// arrays under a small budget, against a plain Map and plain file I/O of the
// same bytes? Bench functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp bench/chest_bench.ts
// Python's diskcache on the same machine: /usr/bin/python3 bench/chest_diskcache.py

import { join } from "node:path";
import { encodeValue } from "../lib/chest/mod.ts";
import { Chest } from "../mod.ts";

const SMALL = { id: 12345, name: "sample-7", ok: true, score: 0.75 };
const SMALL_BYTES = encodeValue(SMALL);
const KEYS = 1000;
const ARRAY_BYTES = 1 << 20;
const ARRAYS = 16;

const dir = await Deno.makeTempDir({ prefix: "persist-bench-chest-" });
const memory = await Chest.open({ path: join(dir, "memory") });
const disk = await Chest.open({ path: join(dir, "disk"), availableMemory: 0 });
const arrays = await Chest.open({
  path: join(dir, "arrays"),
  availableMemory: 4 * ARRAY_BYTES,
});
const durable = await Chest.open({ path: join(dir, "durable") });
const crashSafe = await Chest.open({ path: join(dir, "crash"), sync: false });
const map = new Map<string, unknown>();
const plain = join(dir, "plain");
await Deno.mkdir(plain);
for (let i = 0; i < KEYS; i++) {
  await memory.set(`k${i}`, { ...SMALL, id: i });
  await disk.set(`k${i}`, { ...SMALL, id: i });
  map.set(`k${i}`, { ...SMALL, id: i });
  await Deno.writeFile(join(plain, `k${i}`), SMALL_BYTES);
}
const big = new Float64Array(ARRAY_BYTES / 8).map((_, i) => i);
const bigBytes = new Uint8Array(big.buffer);
for (let i = 0; i < ARRAYS; i++) {
  await arrays.set(i, big);
  await Deno.writeFile(join(plain, `a${i}`), bigBytes);
}

/** The fastest plain write of a whole file: overwrite its blocks in place. */
async function overwrite(path: string, bytes: Uint8Array): Promise<void> {
  using file = await Deno.open(path, { write: true });
  await file.write(bytes);
}

let n = 0;
const next = () => `k${n++ % KEYS}`;

Deno.bench({
  name: "Map.get()",
  group: "get a small value in memory",
  baseline: true,
  fn: async () => {
    await Promise.resolve(map.get(next()));
  },
});
Deno.bench({
  name: "Chest.get() (in memory)",
  group: "get a small value in memory",
  fn: async () => {
    await memory.get(next());
  },
});

Deno.bench({
  name: "Map.set()",
  group: "set a small value in memory",
  baseline: true,
  fn: async () => {
    await Promise.resolve(map.set(next(), SMALL));
  },
});
Deno.bench({
  name: "Chest.set() (in memory)",
  group: "set a small value in memory",
  fn: async () => {
    await memory.set(next(), SMALL);
  },
});

Deno.bench({
  name: "Deno.readFile() of its bytes",
  group: "get a small value from disk",
  baseline: true,
  fn: async () => {
    await Deno.readFile(join(plain, next()));
  },
});
Deno.bench({
  name: "Chest.get() (budget 0: read and decode)",
  group: "get a small value from disk",
  fn: async () => {
    await disk.get(next());
  },
});

Deno.bench({
  name: "overwrite a file with its bytes (open, write, close)",
  group: "set a small value to disk",
  baseline: true,
  fn: async () => {
    await overwrite(join(plain, next()), SMALL_BYTES);
  },
});
Deno.bench({
  name: "Deno.writeFile() of its bytes (truncate, write)",
  group: "set a small value to disk",
  fn: async () => {
    await Deno.writeFile(join(plain, next()), SMALL_BYTES);
  },
});
Deno.bench({
  name: "Chest.set() (budget 0: encode and write)",
  group: "set a small value to disk",
  fn: async () => {
    await disk.set(next(), SMALL);
  },
});

Deno.bench({
  name: "write + fdatasync + rename + fsync folder",
  group: "set and flush one small value (durable)",
  baseline: true,
  fn: async () => {
    const path = join(plain, "durable");
    {
      using file = await Deno.open(`${path}.tmp`, {
        write: true,
        create: true,
        truncate: true,
      });
      await file.write(SMALL_BYTES);
      await file.syncData();
    }
    await Deno.rename(`${path}.tmp`, path);
    using folder = await Deno.open(plain);
    await folder.sync();
  },
});
Deno.bench({
  name: "Chest.set() + flush()",
  group: "set and flush one small value (durable)",
  fn: async () => {
    await durable.set(next(), SMALL);
    await durable.flush();
  },
});

Deno.bench({
  name: "write + rename (no fsync)",
  group: "set and flush one small value (sync: false, crash-safe)",
  baseline: true,
  fn: async () => {
    const path = join(plain, "crash");
    await Deno.writeFile(`${path}.tmp`, SMALL_BYTES);
    await Deno.rename(`${path}.tmp`, path);
  },
});
Deno.bench({
  name: "Chest.set() + flush() (index of 1000 keys)",
  group: "set and flush one small value (sync: false, crash-safe)",
  fn: async () => {
    await crashSafe.set(next(), SMALL);
    await crashSafe.flush();
  },
});

let a = 0;
Deno.bench({
  name: "overwrite a 1 MiB file in place",
  group: "set 1 MiB arrays, 4 MiB budget",
  baseline: true,
  fn: async () => {
    await overwrite(join(plain, `a${a++ % ARRAYS}`), bigBytes);
  },
});
Deno.bench({
  name: "Deno.writeFile() 1 MiB (truncate, write)",
  group: "set 1 MiB arrays, 4 MiB budget",
  fn: async () => {
    await Deno.writeFile(join(plain, `a${a++ % ARRAYS}`), bigBytes);
  },
});
Deno.bench({
  name: "Chest.set() Float64Array 1 MiB (each spills one)",
  group: "set 1 MiB arrays, 4 MiB budget",
  fn: async () => {
    await arrays.set(a++ % ARRAYS, big);
  },
});

Deno.bench({
  name: "Deno.readFile() 1 MiB",
  group: "get 1 MiB arrays, 4 MiB budget",
  baseline: true,
  fn: async () => {
    await Deno.readFile(join(plain, `a${a++ % ARRAYS}`));
  },
});
Deno.bench({
  name: "Chest.get() Float64Array 1 MiB (cycling 16 keys)",
  group: "get 1 MiB arrays, 4 MiB budget",
  fn: async () => {
    await arrays.get(a++ % ARRAYS);
  },
});

globalThis.addEventListener("unload", () => {
  Deno.removeSync(dir, { recursive: true });
});
