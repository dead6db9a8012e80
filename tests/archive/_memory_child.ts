// Copyright 2026 the persist authors. MIT license.
// Saves a changing archive again and again and reads it back each time, with
// load() or with import() (mode argument), checking that each read sees the
// new version; prints the heap growth after garbage collection, in bytes,
// between the 20th and the last read. Run with --v8-flags=--expose-gc.

import { join } from "node:path";
import { load, save } from "../../mod.ts";

const [mode, dir, rounds = "120"] = Deno.args;
const archive = join(dir, "a");
const payload = Array.from({ length: 8000 }, (_, i) => ({ i, s: `item ${i}` }));
const gc = (globalThis as unknown as { gc: () => void }).gc;
let baseline = 0;
for (let version = 0; version < Number(rounds); version++) {
  await save(archive, { version, payload }, { overwrite: true, sync: false });
  const values = mode === "import"
    ? await import(`file://${archive}/mod.js?v=${version}`)
    : await load(archive);
  if (values.version !== version) {
    throw new Error(`read version ${values.version}, expected ${version}`);
  }
  if (version === 20) {
    gc();
    baseline = Deno.memoryUsage().heapUsed;
  }
}
gc();
console.log(Deno.memoryUsage().heapUsed - baseline);
