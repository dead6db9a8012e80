// Copyright 2026 the persist authors. MIT license.
// readNpySelection() against the real NumPy: files NumPy wrote (C and
// Fortran order, both byte orders, several dtypes), picks made from a fixed
// seed, and each result compared with NumPy's own a[np.ix_(...)] of the
// same file, with the axes picked by a single index dropped.

import assert from "node:assert/strict";
import { join } from "node:path";
import { type AxisPick, readNpySelection } from "../../mod.ts";
import { HAS_NUMPY, PYTHON, python, run, withTempDir } from "../_util.ts";

const WRITE = `
import sys, os
import numpy as np
d = sys.argv[1]
rng = np.random.default_rng(7)
np.save(os.path.join(d, "c_f8.npy"), rng.normal(size=(4, 5, 6)))
np.save(os.path.join(d, "f_be_i2.npy"), np.asfortranarray(rng.integers(-30000, 30000, size=(7, 3, 2)).astype(">i2")))
np.save(os.path.join(d, "f_c16.npy"), np.asfortranarray(rng.normal(size=(3, 8)) + 1j * rng.normal(size=(3, 8))))
np.save(os.path.join(d, "c_u1.npy"), rng.integers(0, 255, size=(50,)).astype("u1"))
np.save(os.path.join(d, "c_b1.npy"), rng.integers(0, 2, size=(4, 4)).astype(bool))
`;

/** NumPy's answer for each case: the picked values, C order, as numbers. */
const EXPECT = `
import sys, json
import numpy as np
out = []
for path, picks in json.load(sys.stdin):
    a = np.load(path)
    index = []
    for p in picks:
        i = p["indices"]
        index.append(np.arange(i["start"], i["start"] + i["step"] * i["count"], i["step"])[: i["count"]] if isinstance(i, dict) else np.array(i, dtype=np.int64))
    r = a[np.ix_(*index)] if index else a
    r = r.reshape([len(ix) for ix, p in zip(index, picks) if p["keep"]])
    flat = r.ravel(order="C")
    if np.iscomplexobj(flat):
        flat = np.stack([flat.real, flat.imag], axis=1).ravel()
    out.append({"shape": list(r.shape), "values": [float(v) for v in flat.astype(np.float64)]})
print(json.dumps(out))
`;

/** A fixed-seed generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random pick along an axis of `length`: a list, a range or one index. */
function pickFor(length: number, next: () => number): AxisPick {
  const int = (n: number) => Math.floor(next() * n);
  switch (int(3)) {
    case 0:
      return { indices: [int(length)], keep: next() < 0.5 };
    case 1: {
      const count = 1 + int(length);
      return {
        indices: Array.from({ length: count }, () => int(length)),
        keep: true,
      };
    }
    default: {
      const step = [1, 2, -1, -3][int(4)];
      const start = step > 0 ? int(length) : length - 1 - int(length);
      const room = step > 0 ? length - start : start + 1;
      return {
        indices: {
          start,
          step,
          count: 1 + int(Math.ceil(room / Math.abs(step))),
        },
        keep: true,
      };
    }
  }
}

Deno.test({
  name:
    "readNpySelection() picks what NumPy's a[np.ix_(...)] picks from files NumPy wrote, in any order, byte order and dtype",
  ignore: !HAS_NUMPY,
  fn: () =>
    withTempDir(async (dir) => {
      await python(WRITE, [dir]);
      const shapes: Record<string, number[]> = {
        "c_f8.npy": [4, 5, 6],
        "f_be_i2.npy": [7, 3, 2],
        "f_c16.npy": [3, 8],
        "c_u1.npy": [50],
        "c_b1.npy": [4, 4],
      };
      const next = random(42);
      const cases: [string, AxisPick[]][] = [];
      for (const [name, shape] of Object.entries(shapes)) {
        for (let k = 0; k < 40; k++) {
          cases.push([join(dir, name), shape.map((n) => pickFor(n, next))]);
        }
      }
      const result = await run(PYTHON, ["-c", EXPECT], {
        stdin: JSON.stringify(cases),
      });
      assert.equal(result.code, 0, result.stderr);
      const want = JSON.parse(result.stdout);
      let compared = 0;
      for (const [k, [path, picks]] of cases.entries()) {
        const got = await readNpySelection(path, picks, { chunkBytes: 64 });
        const what = `${path} ${JSON.stringify(picks)}`;
        assert.deepEqual(got.shape, want[k].shape, what);
        // In C order, as NumPy's ravel gives them.
        const values: number[] = [];
        const size = got.shape.reduce((a, b) => a * b, 1);
        const index = new Array(got.shape.length).fill(0);
        for (let i = 0; i < size; i++) {
          const v = got.get(...index);
          values.push(...(Array.isArray(v) ? v : [Number(v)]));
          for (let a = got.shape.length - 1; a >= 0; a--) {
            if (++index[a] < got.shape[a]) break;
            index[a] = 0;
          }
        }
        assert.deepEqual(values, want[k].values, what);
        compared += values.length;
      }
      assert.ok(compared > 1000, `only ${compared} values compared`);
    }),
});
