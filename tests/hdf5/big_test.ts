// Copyright 2026 the persist authors. MIT license.
// Opt-in (PERSIST_SLOW=1): an array larger than h5wasm's whole 2 GiB wasm
// heap goes through it in slices, and h5py reads it back.

import assert from "node:assert/strict";
import { join } from "node:path";
import { listHdf5, NDArray, readHdf5, writeHdf5 } from "../../mod.ts";
import { HAS_H5PY, python, withTempDir } from "../_util.ts";

const SLOW = Deno.env.get("PERSIST_SLOW") === "1";

const CHECK = `
import json, sys
import h5py, numpy as np
with h5py.File(sys.argv[1], "r") as f:
    d = f["big"]
    ok = True
    step = 1 << 23
    for row in range(d.shape[0]):
        for at in range(0, d.shape[1], step):
            n = min(step, d.shape[1] - at)
            first = row * d.shape[1] + at
            ok = ok and np.array_equal(d[row, at:at + n], (np.arange(first, first + n) * 0.5))
    print(json.dumps({"shape": list(d.shape), "dtype": d.dtype.str, "ok": bool(ok)}))
`;

Deno.test({
  name:
    "writeHdf5() and readHdf5() move a 2.25 GiB float64 array through the 2 GiB wasm heap in slices",
  ignore: !SLOW,
  fn: () =>
    withTempDir(async (dir) => {
      const path = join(dir, "big.h5");
      const shape = [3, 3 * 2 ** 25]; // 3 rows of 768 MiB: cut inside each row
      const n = shape[0] * shape[1];
      const data = new Float64Array(n);
      for (let i = 0; i < n; i++) data[i] = i * 0.5;
      await writeHdf5(path, { big: new NDArray(data, shape) });
      const [info] = await listHdf5(path);
      assert.deepEqual(info.shape, shape);
      assert.deepEqual(info.chunks, [1, 2 ** 23]); // 64 MiB slices
      const back = await readHdf5(path, "big");
      assert.deepEqual(back.shape, shape);
      const values = back.data as Float64Array;
      let bad = -1;
      for (let i = 0; i < n; i++) {
        if (values[i] !== i * 0.5) {
          bad = i;
          break;
        }
      }
      assert.equal(bad, -1, `first wrong element: ${bad}`);
      if (HAS_H5PY) {
        assert.deepEqual(JSON.parse(await python(CHECK, [path])), {
          shape,
          dtype: "<f8",
          ok: true,
        });
      }
    }),
});
