// Copyright 2026 the persist authors. MIT license.
// Array files of archives are NumPy's own format: NumPy reads what save()
// writes, and an archive whose files were written by NumPy (big-endian,
// Fortran order, format 2.0/3.0 headers, strings, dates) loads the same
// through load() and through import() (the _persist.js reader).

import assert from "node:assert/strict";
import { join } from "node:path";
import { load, NDArray, readNpy, save } from "../../mod.ts";
import { FIXTURES, HAS_NUMPY, python, runDeno, withTempDir } from "../_util.ts";
import { describe, describeExports } from "./_describe.js";
import { helperModule } from "./_corpus.ts";

const CHILD = new URL("./_import_child.ts", import.meta.url).href;

Deno.test({
  name:
    "save() writes array files that NumPy reads with equal values, dtype, shape and order",
  ignore: !HAS_NUMPY,
  fn: async () => {
    await withTempDir(async (dir) => {
      const values = {
        m: new NDArray(new Float64Array(24).map((_, i) => i / 3), [4, 6]),
        f: new NDArray(new Float32Array(12).map((_, i) => i), [3, 4], {
          order: "F",
        }),
        z: new NDArray(new Float64Array(40).map((_, i) => i - 20), [20], {
          dtype: "<c16",
        }),
        b: new NDArray(new Uint8Array(30).map((_, i) => i % 2), [30], {
          dtype: "|b1",
        }),
        t: new BigInt64Array(20).map((_, i) => BigInt(i) * 10n ** 15n),
        s: new NDArray(Array.from({ length: 12 }, (_, i) => `s${i}é`), [12]),
        d: new NDArray(new BigInt64Array(15).map((_, i) => BigInt(i)), [15], {
          dtype: "<M8[D]",
        }),
      };
      await save(join(dir, "a"), values, { arrayThreshold: 10 });
      const out = await python(
        `import numpy as np, json, sys, os
d = sys.argv[1]
r = {}
for f in sorted(os.listdir(d)):
    if f.endswith(".npy"):
        a = np.load(os.path.join(d, f))
        r[f] = [a.dtype.str, list(a.shape), bool(np.isfortran(a)) and a.ndim > 1, str(a.ravel(order="K").tolist())]
print(json.dumps(r))`,
        [join(dir, "a")],
      );
      const got = JSON.parse(out);
      assert.deepEqual(Object.keys(got), [
        "b.npy",
        "d.npy",
        "f.npy",
        "m.npy",
        "s.npy",
        "t.npy",
        "z.npy",
      ]);
      assert.deepEqual(got["m.npy"].slice(0, 3), ["<f8", [4, 6], false]);
      assert.deepEqual(got["f.npy"].slice(0, 3), ["<f4", [3, 4], true]);
      assert.deepEqual(got["z.npy"].slice(0, 2), ["<c16", [20]]);
      assert.deepEqual(got["b.npy"].slice(0, 2), ["|b1", [30]]);
      assert.deepEqual(got["t.npy"].slice(0, 2), ["<i8", [20]]);
      assert.deepEqual(got["s.npy"].slice(0, 2), ["<U4", [12]]);
      assert.deepEqual(got["d.npy"].slice(0, 2), ["<M8[D]", [15]]);
      assert.equal(got["t.npy"][3], `[${[...values.t].join(", ")}]`);
      assert.match(got["s.npy"][3], /^\['s0é', 's1é'/);
    });
  },
});

const manifest = JSON.parse(
  await Deno.readTextFile(join(FIXTURES, "manifest.json")),
) as { cases: Record<string, { file: string; descr: string | null }> };
const READABLE = Object.entries(manifest.cases).filter(([name, c]) =>
  c.file.endsWith(".npy") && !name.startsWith("bad_") && c.descr !== null &&
  c.descr !== "structured" && c.descr !== "|O" && name !== "f8_large_1M"
);

Deno.test("an archive of NumPy-written files loads the same through load() and import()", async () => {
  await withTempDir(async (root) => {
    const runtime = await helperModule(root);
    const dirs: string[] = [];
    for (const [name, c] of READABLE) {
      const dir = join(root, name);
      await Deno.mkdir(dir);
      await Deno.copyFile(join(FIXTURES, c.file), join(dir, "a.npy"));
      await Deno.writeTextFile(join(dir, "_persist.js"), runtime);
      await Deno.writeTextFile(
        join(dir, "mod.js"),
        'import { array, ndarray } from "./_persist.js";\n' +
          'export const nd = await ndarray("a.npy");\n' +
          'export const data = await array("a.npy");\n',
      );
      dirs.push(dir);
    }
    const result = await runDeno([`--allow-read=${root}`], CHILD, dirs);
    assert.equal(result.code, 0, result.stderr);
    const imported = JSON.parse(result.stdout);
    for (const [i, [name, c]] of READABLE.entries()) {
      const loaded = await load(dirs[i]);
      const direct = await readNpy(join(FIXTURES, c.file));
      assert.deepEqual(describe(loaded.nd), describe(direct), name);
      assert.deepEqual(imported[dirs[i]], describeExports(loaded), name);
    }
  });
});
