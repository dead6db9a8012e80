// Copyright 2026 the persist authors. MIT license.
// The demo: `deno task demo`. Writes a large array as a NumPy .npy file,
// reads it back, and shows its header.

import { NDArray, readNpy, readNpyHeader, writeNpy } from "../mod.ts";

const dir = ".demo";
await Deno.mkdir(dir, { recursive: true });
const n = 2_000_000;
const data = new Float64Array(n);
for (let i = 0; i < n; i++) data[i] = Math.sin(i / 1000);
const matrix = new NDArray(data, [1000, 2000]);

let start = performance.now();
await writeNpy(`${dir}/signal.npy`, matrix);
const wrote = performance.now() - start;
console.log(
  `wrote ${dir}/signal.npy: ${(matrix.byteLength / 1e6).toFixed(1)} MB in ${
    wrote.toFixed(0)
  } ms`,
);

const info = await readNpyHeader(`${dir}/signal.npy`);
console.log(
  `header: dtype ${info.descr}, shape (${
    info.shape.join(", ")
  }), data at byte ${info.dataOffset}`,
);

start = performance.now();
const back = await readNpy(`${dir}/signal.npy`);
console.log(
  `read back in ${
    (performance.now() - start).toFixed(0)
  } ms; element [999, 1999] = ${back.get(999, 1999)}`,
);
console.log(
  `NumPy reads it too: python3 -c "import numpy; print(numpy.load('${dir}/signal.npy').shape)"`,
);
