// Copyright 2026 the persist authors. MIT license.
// A DataSet whose items keep their arrays in HDF5 files. h5wasm has no file
// locking at all; the DataSet's own lock and per-item files must make two
// writing processes safe anyway.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { HAS_H5PY, python, runDeno, withTempDir } from "../_util.ts";
import { checkItem } from "./_values.ts";

const VALUES = new URL("./_values.ts", import.meta.url).href;
const MOD = new URL("../../mod.ts", import.meta.url).href;

/** A writer process: inserts `count` items in HDF5 format, prints "done". */
const writer = (path: string, w: number, count: number) =>
  `data:application/typescript,${
    encodeURIComponent(`
import { DataSet } from "${MOD}";
import { itemValue } from "${VALUES}";
await using ds = await DataSet.open(${
      JSON.stringify(path)
    }, { mode: "w", dataFormat: "hdf5" });
for (let i = 0; i < ${count}; i++) await ds.insert(itemValue(${w}, i), { info: [${w}, i] });
console.log("done");
`)
  }`;

Deno.test("DataSet.insert() in HDF5 format from 2 processes loses no item", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    await (await DataSet.open(path, { mode: "w", dataFormat: "hdf5" })).close();
    // HDF5 (h5wasm) needs unscoped --allow-env; nothing else beyond the folder.
    const flags = [
      `--allow-read=${dir}`,
      `--allow-write=${dir}`,
      "--allow-env",
      "--allow-import",
    ];
    const outputs = await Promise.all(
      [0, 1].map((w) => runDeno(flags, writer(path, w, 20))),
    );
    for (const [w, out] of outputs.entries()) {
      assert.equal(out.code, 0, `writer ${w}: ${out.stderr}`);
      assert.equal(out.stdout.trim(), "done");
    }
    await using ds = await DataSet.open(path);
    const index = await ds.index();
    assert.equal(index.size, 40);
    const seen = new Set<string>();
    for (const [name, info] of index) {
      const value = await ds.get(name);
      assert.equal(checkItem(value, info), undefined, name);
      seen.add(JSON.stringify(info));
    }
    assert.equal(seen.size, 40, "every (writer, i) pair is present once");
    assert.deepEqual((await ds.verify({ load: true })).problems, []);
  });
});

Deno.test({
  name: "DataSet items in HDF5 format are HDF5 files that h5py reads",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (dir) => {
      const path = join(dir, "runs");
      await using ds = await DataSet.open(path, {
        mode: "w",
        dataFormat: "hdf5",
      });
      const name = await ds.insert({
        data: new Float64Array(500).map((_, i) => i / 2),
      });
      const files: string[] = [];
      for await (const e of Deno.readDir(join(path, "items"))) {
        for await (const f of Deno.readDir(join(path, "items", e.name))) {
          if (f.name.endsWith(".h5")) {
            files.push(join(path, "items", e.name, f.name));
          }
        }
      }
      assert.equal(files.length, 1, `one HDF5 file for item ${name}`);
      const out = await python(
        `import h5py, sys, json
f = h5py.File(sys.argv[1], "r")
out = {}
f.visititems(lambda n, d: out.__setitem__(n, [list(d.shape), str(d.dtype), float(d[()].sum())]) if isinstance(d, h5py.Dataset) else None)
print(json.dumps(out))`,
        [files[0]],
      );
      const datasets = Object.values(JSON.parse(out)) as [
        number[],
        string,
        number,
      ][];
      assert.deepEqual(datasets, [[[500], "float64", 62375]]);
    }),
});
