// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { Chest, NDArray } from "../../mod.ts";
import { HAS_NUMPY, python } from "../_util.ts";

Deno.test({
  name: "Chest stores typed arrays and NDArrays as .npy files that NumPy loads",
  ignore: !HAS_NUMPY,
  fn: async () => {
    await using c = await Chest.open({ availableMemory: 0 });
    await c.set(["a", 1], new Float64Array([1.5, -2]));
    await c.set(
      "m",
      new NDArray(new Int32Array([1, 2, 3, 4, 5, 6]), [2, 3], { order: "F" }),
    );
    await c.flush();
    const out = await python(
      `import sys, numpy as np
for f in sys.argv[1:]:
    a = np.load(f, allow_pickle=False)
    print(a.dtype.str, a.shape, a.flags.f_contiguous, a.tolist())`,
      [c.fileOf(["a", 1])!, c.fileOf("m")!],
    );
    assert.deepEqual(out.trim().split("\n"), [
      "<f8 (2,) True [1.5, -2.0]",
      "<i4 (2, 3) True [[1, 3, 5], [2, 4, 6]]",
    ]);
  },
});
