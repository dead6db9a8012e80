// Copyright 2026 the persist authors. MIT license.
// persist show, run as a user runs it, on archives, NumPy's .npy files and
// damaged files.

import assert from "node:assert/strict";
import { join } from "node:path";
import { NDArray, save } from "../../mod.ts";
import { encodeHeader } from "../../lib/npy/mod.ts";
import { FIXTURES, withTempDir } from "../_util.ts";
import { lines, persist, read } from "./_cli.ts";

interface Case {
  file: string;
  descr: string;
  shape: number[] | null;
  fortran_order: boolean | null;
}
const manifest = JSON.parse(
  await Deno.readTextFile(join(FIXTURES, "manifest.json")),
) as { cases: Record<string, Case> };

async function sample(dir: string): Promise<string> {
  const archive = join(dir, "run1");
  const grid = { unit: "m", step: 0.5 };
  await save(archive, {
    grid,
    energy: new Float64Array(1_000_000).map((_, i) => i / 1000),
    m: new NDArray(new Float32Array(6000), [2, 3000], { order: "F" }),
    runs: [{ grid, ok: true }],
    note: "hello",
    "my key": 1n,
  });
  return archive;
}

Deno.test("persist show lists an archive's values and array files in aligned tables", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const { code, stdout, stderr } = await persist([read(dir)], [
      "show",
      archive,
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, "");
    const out = lines(stdout);
    assert.equal(
      out[0],
      `${archive}: archive, format 1, 6 values, 2 array files (7.7 MiB)`,
    );
    assert.deepEqual(out.slice(2, 9).map((l) => l.trimEnd()), [
      "NAME    TYPE          SHAPE       DTYPE      SIZE  VALUE",
      'grid    Object                             2 keys  { unit: "m", step: 0.5 }',
      "energy  Float64Array  (1000000,)  <f8     7.6 MiB  in energy.npy",
      "m       NDArray       (2, 3000)   <f4    23.4 KiB  in m.npy",
      'runs    Array                              1 item  [{ grid: { unit: "m", step: 0.5 }, ok: true }]',
      'note    string                            5 chars  "hello"',
      "my key  bigint                                     1n",
    ]);
    assert.deepEqual(out.slice(10), [
      "FILE        DTYPE  SHAPE       ORDER  FORMAT     BYTES",
      "energy.npy  <f8    (1000000,)  C      npy 1.0  8000128",
      "m.npy       <f4    (2, 3000)   F      npy 1.0    24128",
    ]);
  });
});

Deno.test("persist show --json gives path, kind, format, values and files", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const { code, stdout } = await persist([read(dir)], [
      "show",
      archive,
      "--json",
    ]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      path: archive,
      kind: "archive",
      format: 1,
      values: [
        { name: "grid", type: "Object", length: 2 },
        {
          name: "energy",
          type: "Float64Array",
          shape: [1_000_000],
          dtype: "<f8",
          bytes: 8_000_000,
          file: "energy.npy",
        },
        {
          name: "m",
          type: "NDArray",
          shape: [2, 3000],
          dtype: "<f4",
          bytes: 24_000,
          file: "m.npy",
        },
        { name: "runs", type: "Array", length: 1 },
        { name: "note", type: "string", length: 5 },
        { name: "my key", type: "bigint" },
      ],
      files: [
        {
          file: "energy.npy",
          format: "npy",
          dtype: "<f8",
          shape: [1_000_000],
          order: "C",
          version: "1.0",
          dataBytes: 8_000_000,
          fileBytes: 8_000_128,
        },
        {
          file: "m.npy",
          format: "npy",
          dtype: "<f4",
          shape: [2, 3000],
          order: "F",
          version: "1.0",
          dataBytes: 24_000,
          fileBytes: 24_128,
        },
      ],
      problems: [],
    });
  });
});

Deno.test("persist show reads only the headers of array files (a 1 TiB array is listed at once)", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "huge");
    await save(archive, { big: new Float64Array(1000), small: 1 });
    // Replace big.npy by a sparse file whose header promises 1 TiB of data:
    // reading it would fail to allocate; listing it needs only the header.
    const n = 2 ** 37;
    const header = encodeHeader("<f8", [n], "C");
    const file = join(archive, "big.npy");
    await Deno.writeFile(file, header);
    await Deno.truncate(file, header.length + n * 8);
    const { code, stdout, stderr } = await persist([read(dir)], [
      "show",
      archive,
      "--json",
    ]);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.values[0], {
      name: "big",
      type: "Float64Array",
      shape: [n],
      dtype: "<f8",
      bytes: n * 8,
      file: "big.npy",
    });
    // get reads only the elements it prints; --full must read them all,
    // and says so clearly when it cannot.
    const got = await persist([read(dir)], ["get", archive, "big"]);
    assert.equal(got.code, 0, got.stderr);
    assert.equal(got.stdout, `Float64Array(${n})\n[0, 0, 0, ..., 0, 0, 0]\n`);
    const full = await persist([read(dir)], ["get", archive, "big", "--full"]);
    assert.notEqual(full.code, 0);
    assert.equal(lines(full.stderr).length, 1);
  });
});

Deno.test("persist show describes every .npy file NumPy wrote, with the header's dtype, shape and order", async () => {
  for (const [name, c] of Object.entries(manifest.cases)) {
    if (!c.file.endsWith(".npy") || !Array.isArray(c.shape)) continue;
    const path = join(FIXTURES, c.file);
    const { code, stdout, stderr } = await persist([read(FIXTURES)], [
      "show",
      path,
      "--json",
    ]);
    if (c.descr === "structured") {
      assert.equal(code, 4, name);
      assert.match(stderr, new RegExp(`^persist show: Cannot read "${path}"`));
      continue;
    }
    assert.equal(code, 0, `${name}: ${stderr}`);
    const report = JSON.parse(stdout);
    assert.equal(report.kind, "npy");
    assert.equal(report.dtype, c.descr, name);
    assert.deepEqual(report.shape, c.shape, name);
    assert.equal(report.order, c.fortran_order ? "F" : "C", name);
    assert.equal(report.fileBytes, (await Deno.stat(path)).size);
  }
});

Deno.test("persist show refuses damaged and pickled .npy files with one line naming the file, and exit code 4", async () => {
  for (
    const name of [
      "bad_magic",
      "bad_truncated",
      "bad_huge_shape",
      "object_pickle",
    ]
  ) {
    const path = join(FIXTURES, manifest.cases[name].file);
    const { code, stdout, stderr } = await persist([read(FIXTURES)], [
      "show",
      path,
    ]);
    assert.equal(code, 4, `${name}: ${stderr}`);
    assert.equal(stdout, "");
    assert.equal(lines(stderr).length, 1);
    assert.match(stderr, new RegExp(`^persist show: Cannot read "${path}": `));
  }
});

Deno.test("persist show names a missing path (exit code 3) and a folder that is not an archive (exit code 4)", async () => {
  await withTempDir(async (dir) => {
    const missing = join(dir, "nope");
    let result = await persist([read(dir)], ["show", missing]);
    assert.equal(result.code, 3);
    assert.equal(
      result.stderr,
      `persist show: Cannot show "${missing}": there is no such file or folder; check the path\n`,
    );
    result = await persist([read(dir)], ["show", dir]);
    assert.equal(result.code, 4);
    assert.match(
      result.stderr,
      new RegExp(
        `^persist show: Cannot show "${dir}": the folder holds no mod\\.js`,
      ),
    );
    await Deno.writeTextFile(join(dir, "notes.txt"), "hello");
    result = await persist([read(dir)], ["show", join(dir, "notes.txt")]);
    assert.equal(result.code, 4);
    assert.match(result.stderr, /it is neither a \.npy file nor an HDF5 file/);
  });
});

Deno.test("persist show lists what it can of an archive with a missing array file, flags the file, and exits 4", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, {
      small: 1,
      a: new Float64Array(2000),
      b: new NDArray(new Float32Array(2000), [2, 1000]),
    });
    await Deno.remove(join(archive, "b.npy"));
    let result = await persist([read(dir)], ["show", archive]);
    assert.equal(result.code, 4);
    assert.deepEqual(lines(result.stdout), [
      `${archive}: archive, format 1, 3 values, 1 array file (15.8 KiB)`,
      "",
      "NAME   TYPE          SHAPE    DTYPE      SIZE  VALUE",
      "small  number                                  1",
      "a      Float64Array  (2000,)  <f8    15.6 KiB  in a.npy",
      "b      NDArray                                 in b.npy (cannot be read)",
      "",
      "FILE   DTYPE  SHAPE    ORDER  FORMAT   BYTES",
      "a.npy  <f8    (2000,)  C      npy 1.0  16128",
      "",
      `b.npy: error: Cannot read "${archive}/b.npy": the file does not exist`,
    ]);
    assert.equal(
      result.stderr,
      `persist show: ${archive} is damaged: 1 array file cannot be read; run "persist verify ${archive}" to check everything\n`,
    );
    result = await persist([read(dir)], ["show", archive, "--json"]);
    assert.equal(result.code, 4);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(json.values.map((v: { name: string }) => v.name), [
      "small",
      "a",
      "b",
    ]);
    assert.deepEqual(json.values[2], {
      name: "b",
      type: "NDArray",
      file: "b.npy",
      problem: `Cannot read "${archive}/b.npy": the file does not exist`,
    });
    assert.deepEqual(json.files.map((f: { file: string }) => f.file), [
      "a.npy",
    ]);
    assert.deepEqual(json.problems, [{
      file: "b.npy",
      message: `Cannot read "${archive}/b.npy": the file does not exist`,
    }]);
  });
});
