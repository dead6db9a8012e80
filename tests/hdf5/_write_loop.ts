// Copyright 2026 the persist authors. MIT license.
// Child process: rewrites argv[0] with writeHdf5 forever. Each file holds
// "who" = [argv[1]] and "data", 512 KiB of float64 all equal to a counter
// that the process bumps per file, written in 64 KiB slices. Prints "ready"
// after the first file.
import { writeHdf5 } from "../../mod.ts";

const [path, who] = Deno.args;
for (let i = 1;; i++) {
  await writeHdf5(path, {
    who: new Int32Array([Number(who)]),
    data: new Float64Array(1 << 16).fill(i),
  }, { sliceBytes: 1 << 16 });
  if (i === 1) console.log("ready");
}
