// Copyright 2026 the persist authors. MIT license.
// Child process: atomically rewrites argv[0] forever with 4 MiB files whose
// bytes are all equal to a counter, printing "ready" after the first write.
import { atomicWrite } from "../../lib/fs/mod.ts";

const [path] = Deno.args;
for (let i = 1;; i++) {
  await atomicWrite(path, new Uint8Array(4 << 20).fill(i % 256));
  if (i === 1) console.log("ready");
}
