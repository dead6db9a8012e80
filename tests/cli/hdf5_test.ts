// Copyright 2026 the persist authors. MIT license.
// persist show, get and verify on HDF5 files (the h5py fixture, files h5py
// writes here) and on archives whose arrays are in HDF5, run as a user runs
// them: --allow-read on the path and --allow-env (h5wasm). Without
// --allow-env the tool says to add it, with exit code 6.

import assert from "node:assert/strict";
import { join } from "node:path";
import { NDArray, save } from "../../mod.ts";
import { FIXTURES, HAS_H5PY, python, withTempDir } from "../_util.ts";
import { lines, persist, read } from "./_cli.ts";
import { countListings } from "../hdf5/_listings.ts";
import {
  getValue,
  type ShowOutput,
  showTarget,
  type VerifyReport,
  verifyTarget,
} from "../../lib/cli/mod.ts";

const MIXED = join(FIXTURES, "hdf5", "mixed.h5");

/** An archive with its arrays in arrays.h5. */
async function h5Archive(dir: string): Promise<string> {
  const path = join(dir, "run1");
  await save(path, {
    label: "hdf5 run",
    signal: new Float64Array(5000).map((_, i) => i / 2),
    m: new NDArray(new Float32Array(600).map((_, i) => i), [20, 30], {
      order: "F",
    }),
  }, { dataFormat: "hdf5" });
  return path;
}

Deno.test("persist show of an HDF5 file lists its datasets: dtype, shape, order, layout, attributes", async () => {
  const { code, stdout, stderr } = await persist(
    [read(FIXTURES), "--allow-env"],
    ["show", MIXED],
  );
  assert.equal(code, 0, stderr);
  const out = lines(stdout).map((l) => l.trimEnd());
  assert.match(out[0], new RegExp(`^${MIXED}: HDF5 file, 6 datasets \\(`));
  assert.deepEqual(out.slice(1), [
    "",
    "NAME           DTYPE  SHAPE    ORDER  LAYOUT                    ATTRS",
    '/f8_2x3        <f8    (2, 3)   C      contiguous                { units: "m" }',
    "/group/nested  <i4    (3,)     C      contiguous",
    "/growable      <f8    (5,)     C      chunks (4,), max (None,)",
    "/gzip_f4       <f4    (1000,)  C      chunks (100,), deflate",
    "/i8            <i8    (2,)     C      contiguous",
    "/u1            |u1    (10,)    C      contiguous",
  ]);
});

Deno.test("persist show --json of an HDF5 file describes each dataset", async () => {
  const { code, stdout } = await persist(
    [read(FIXTURES), "--allow-env"],
    ["show", MIXED, "--json"],
  );
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.kind, "hdf5");
  assert.equal(report.fileBytes, (await Deno.stat(MIXED)).size);
  const byName = Object.fromEntries(
    report.datasets.map((d: { name: string }) => [d.name, d]),
  );
  assert.deepEqual(Object.keys(byName), [
    "/f8_2x3",
    "/group/nested",
    "/growable",
    "/gzip_f4",
    "/i8",
    "/u1",
  ]);
  assert.deepEqual(byName["/f8_2x3"].attrs, { units: "m" });
  assert.deepEqual(byName["/gzip_f4"].chunks, [100]);
  assert.deepEqual(byName["/gzip_f4"].filters, ["deflate"]);
  assert.deepEqual(byName["/growable"].maxShape, [null]);
  assert.equal(byName["/i8"].dtype, "<i8");
});

Deno.test("persist get reads a dataset of an HDF5 file by its path", async () => {
  const get = (...args: string[]) =>
    persist([read(FIXTURES), "--allow-env"], ["get", MIXED, ...args]);
  let result = await get("/group/nested");
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, "NDArray(3) <i4\n[1, 2, 3]\n");
  result = await get("i8", "--json");
  assert.deepEqual(JSON.parse(result.stdout), {
    $type: "NDArray",
    dtype: "<i8",
    shape: [2],
    order: "C",
    length: 2,
    data: ["-9223372036854775808", "9223372036854775807"],
  });
  result = await get("gzip_f4", "--json", "--full");
  const gz = JSON.parse(result.stdout);
  assert.deepEqual(gz.data, Array.from({ length: 1000 }, (_, i) => i));
  result = await get("/nothing");
  assert.equal(result.code, 3);
  assert.match(result.stderr, /^persist get: Cannot read dataset "\/nothing"/);
  result = await get();
  assert.equal(result.code, 2);
  assert.match(result.stderr, /holds 6 datasets, so name one: /);
});

Deno.test({
  name:
    "persist get --json --full gives the values h5py reads from a file h5py wrote",
  ignore: !HAS_H5PY,
  fn: async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "h5py.h5");
      const expected = JSON.parse(
        await python(
          `import sys, json, h5py, numpy as np
rng = np.random.default_rng(7)
with h5py.File(sys.argv[1], "w") as f:
    f.create_dataset("g/m", data=rng.standard_normal((30, 40)), chunks=(10, 40), compression="gzip")
    f["g/m"].attrs["step"] = 0.5
    f["flags"] = rng.integers(0, 2, 50).astype(bool)
with h5py.File(sys.argv[1], "r") as f:
    print(json.dumps({"m": f["g/m"][()].ravel().tolist(), "flags": f["flags"][()].astype(int).tolist()}))`,
          [file],
        ),
      );
      const flags = [read(dir), "--allow-env"];
      const m = await persist(flags, ["get", file, "/g/m", "--json", "--full"]);
      assert.equal(m.code, 0, m.stderr);
      const got = JSON.parse(m.stdout);
      assert.deepEqual(got.shape, [30, 40]);
      assert.equal(got.dtype, "<f8");
      assert.deepEqual(got.data, expected.m);
      const b = await persist(flags, ["get", file, "flags", "--json"]);
      assert.equal(JSON.parse(b.stdout).dtype, "|b1");
      assert.deepEqual(JSON.parse(b.stdout).data, expected.flags);
      const shown = await persist(flags, ["show", file]);
      assert.match(
        shown.stdout,
        /^\/g\/m +<f8 +\(30, 40\) +C +chunks \(10, 40\), deflate +\{ step: 0\.5 \}$/m,
      );
      const verified = await persist(flags, ["verify", file]);
      assert.equal(verified.code, 0, verified.stdout);
      assert.equal(verified.stdout, `ok: ${file}: 1 file checked\n`);
    });
  },
});

Deno.test("persist show and get of an archive with its arrays in HDF5 read the datasets", async () => {
  await withTempDir(async (dir) => {
    const path = await h5Archive(dir);
    const flags = [read(dir), "--allow-env"];
    const shown = await persist(flags, ["show", path]);
    assert.equal(shown.code, 0, shown.stderr);
    const size = (await Deno.stat(join(path, "arrays.h5"))).size;
    const out = lines(shown.stdout).map((l) => l.trimEnd());
    assert.equal(
      out[0],
      `${path}: archive, format 1, 3 values, 1 array file (${
        (size / 1024).toFixed(1)
      } KiB)`,
    );
    assert.deepEqual(out.slice(2), [
      "NAME    TYPE          SHAPE     DTYPE      SIZE  VALUE",
      'label   string                          8 chars  "hdf5 run"',
      "signal  Float64Array  (5000,)   <f8    39.1 KiB  in arrays.h5:signal",
      "m       NDArray       (20, 30)  <f4     2.3 KiB  in arrays.h5:m",
      "",
      "FILE              DTYPE  SHAPE     ORDER  FORMAT  BYTES",
      "arrays.h5:signal  <f8    (5000,)   C      hdf5    40000",
      "arrays.h5:m       <f4    (20, 30)  F      hdf5     2400",
    ]);
    const json = JSON.parse(
      (await persist(flags, ["show", path, "--json"])).stdout,
    );
    assert.deepEqual(json.files[1], {
      file: "arrays.h5",
      dataset: "m",
      format: "hdf5",
      dtype: "<f4",
      shape: [20, 30],
      order: "F",
      dataBytes: 2400,
      fileBytes: size,
    });
    assert.equal(json.values[1].dataset, "signal");
    const got = await persist(flags, ["get", path, "signal[4999]"]);
    assert.equal(got.stdout, "2499.5\n");
    const m = await persist(flags, ["get", path, "m", "--json", "--full"]);
    const mj = JSON.parse(m.stdout);
    assert.equal(mj.order, "F");
    assert.deepEqual(mj.data, Array.from({ length: 600 }, (_, i) => i));
  });
});

Deno.test("persist verify of an archive with HDF5 arrays: whole, a missing dataset, an unused dataset, a damaged file", async () => {
  await withTempDir(async (dir) => {
    const path = await h5Archive(dir);
    const flags = [read(dir), "--allow-env"];
    const h5 = join(path, "arrays.h5");
    let result = await persist(flags, ["verify", path]);
    assert.equal(result.code, 0, result.stdout);
    assert.equal(result.stdout, `ok: ${path}: 2 files checked\n`);

    // mod.js names a dataset the file does not hold.
    const mod = join(path, "mod.js");
    const text = await Deno.readTextFile(mod);
    await Deno.writeTextFile(
      mod,
      text.replace('dataset: "m"', 'dataset: "m2"'),
    );
    result = await persist(flags, ["verify", path]);
    assert.equal(result.code, 4);
    const out = lines(result.stdout);
    assert.match(
      out[0],
      new RegExp(
        `^${h5}: error: Cannot find dataset "m2" in "${h5}": mod\\.js:\\d+:\\d+ reads it, but `,
      ),
    );
    // ... and the dataset "m" is now read by nobody.
    assert.equal(
      out[1],
      `${h5}: warning: "${h5}" holds the dataset "/m", which mod.js does not read: a leftover, or a reference was removed while editing`,
    );
    assert.equal(
      out.at(-1),
      `FAILED: ${path}: 2 files checked, 1 error, 1 warning`,
    );

    // A truncated HDF5 file.
    await Deno.writeTextFile(mod, text);
    await Deno.truncate(h5, 3000);
    result = await persist(flags, ["verify", path, "--json"]);
    assert.equal(result.code, 4);
    const report = JSON.parse(result.stdout);
    assert.equal(report.problems[0].severity, "error");
    assert.equal(report.problems[0].file, h5);
    assert.match(
      report.problems[0].message,
      new RegExp(`^Cannot read "${h5}"`),
    );
  });
});

Deno.test("persist verify of an HDF5 file reads every dataset; a truncated copy fails with exit code 4", async () => {
  await withTempDir(async (dir) => {
    let result = await persist([read(FIXTURES), "--allow-env"], [
      "verify",
      MIXED,
    ]);
    assert.equal(result.code, 0, result.stdout);
    assert.equal(result.stdout, `ok: ${MIXED}: 1 file checked\n`);
    const copy = join(dir, "copy.h5");
    await Deno.copyFile(MIXED, copy);
    await Deno.truncate(copy, 4000);
    result = await persist([read(dir), "--allow-env"], ["verify", copy]);
    assert.equal(result.code, 4);
    assert.match(
      lines(result.stdout)[0],
      new RegExp(`^${copy}: error: Cannot read "${copy}"`),
    );
  });
});

Deno.test("persist show, get and verify of HDF5 without --allow-env say to add it (exit code 6)", async () => {
  await withTempDir(async (dir) => {
    const path = await h5Archive(dir);
    const h5 = join(path, "arrays.h5");
    for (
      const args of [
        ["show", MIXED],
        ["get", MIXED, "u1"],
        ["verify", MIXED],
        ["show", path],
        ["get", path, "signal"],
        ["verify", path],
      ]
    ) {
      const { code, stdout, stderr } = await persist(
        [read(FIXTURES, dir)],
        args,
      );
      const file = args[1] === MIXED ? MIXED : h5;
      assert.equal(code, 6, `${args.join(" ")}: ${stderr}`);
      assert.equal(stdout, "");
      assert.equal(
        stderr,
        `persist ${
          args[0]
        }: Cannot read "${file}": the HDF5 backend (npm:h5wasm) needs access to all environment variables; ` +
          "run again with --allow-env (a list such as --allow-env=HOME is not enough), or use the .npy format\n",
        args.join(" "),
      );
    }
  });
});

Deno.test("persist show of an archive whose arrays.h5 is missing counts one damaged file, not one per dataset (exit code 4)", async () => {
  await withTempDir(async (dir) => {
    const path = await h5Archive(dir);
    await Deno.remove(join(path, "arrays.h5"));
    const { code, stdout, stderr } = await persist(
      [read(dir), "--allow-env"],
      ["show", path],
    );
    assert.equal(code, 4, stdout);
    assert.equal(
      stderr,
      `persist show: ${path} is damaged: 1 array file cannot be read; run "persist verify ${path}" to check everything\n`,
    );
    assert.match(stdout, /^label +string +8 chars +"hdf5 run"$/m);
  });
});

Deno.test("showTarget(), getValue() and verifyTarget() of an archive of 500 HDF5 arrays list the file's names once per reader", async () => {
  // Listing once per dataset made each of them O(n²) in the arrays.
  await withTempDir(async (dir) => {
    const path = join(dir, "many");
    const values: Record<string, Float64Array> = {};
    for (let i = 0; i < 500; i++) values[`a${i}`] = new Float64Array([i, -i]);
    await save(path, values, { arrayThreshold: 0, dataFormat: "hdf5" });
    const target = { kind: "archive", path } as const;
    let shown: ShowOutput | undefined;
    assert.deepEqual(
      await countListings(async () => shown = await showTarget(target)),
      { calls: 1, names: 500 },
    );
    assert.match(shown!.text, /arrays\.h5:a499 +<f8 +\(2,\)/);
    let value: unknown;
    // the headers (stand-ins for all arrays); the data of a5 is read
    // through the same reader
    assert.deepEqual(
      await countListings(async () => value = await getValue(target, "a5")),
      { calls: 1, names: 500 },
    );
    assert.deepEqual(value, new Float64Array([5, -5]));
    let report: VerifyReport | undefined;
    // one listing describes every dataset; loading every value reads them
    assert.deepEqual(
      await countListings(async () => report = await verifyTarget(target)),
      { calls: 2, names: 500 + 500 },
    );
    assert.deepEqual(report!.problems, []);
  });
});
