// Copyright 2026 the persist authors. MIT license.
// Archives with dataFormat "hdf5": one HDF5 file per archive, one dataset per
// distinct array; h5py reads them; import() reads them through the h5wasm
// that _persist.js loads (in slices, like load()); errors and permissions.
// The round trip of every tricky value runs in roundtrip_test.ts for both
// formats.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  Archive,
  listHdf5,
  load,
  NDArray,
  NotFoundError,
  save,
} from "../../mod.ts";
import { H5WASM_VERSION } from "../../lib/archive/_runtime.ts";
import {
  HAS_H5PY,
  HAS_PYTHON,
  onTerminal,
  python,
  ROOT,
  run,
  runDeno,
  until,
  withTempDir,
} from "../_util.ts";
import { corpus } from "../npy/_corpus.ts";
import { assertH5pySees, DESCRIBE } from "../hdf5/_h5py.ts";
import { countListings } from "../hdf5/_listings.ts";
import { describeExports } from "./_describe.js";
import { arrayValues, helperModule } from "./_corpus.ts";
import { importInChild, writeHandWritten } from "./_hand_written.ts";
import { countOpens, itemArchives, manyArrayArchives } from "./_opens.ts";

const CHILD = new URL("./_import_child.ts", import.meta.url).href;
const WAIT_CHILD = new URL("./_import_wait_child.ts", import.meta.url).href;
const FAKE_TIMERS_CHILD =
  new URL("./_fake_timers_child.ts", import.meta.url).href;
const MOD = new URL("../../mod.ts", import.meta.url).href;

const names = (dir: string) =>
  [...Deno.readDirSync(dir)].map((e) => e.name).sort();

/** Imports mod.js of each folder in a child process with exactly `flags`. */
async function importAll(
  flags: string[],
  dirs: string[],
): Promise<Record<string, unknown>> {
  const result = await runDeno([...flags, "--no-lock"], CHILD, dirs);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

Deno.test('save({ dataFormat: "hdf5" }) writes one HDF5 file with one dataset per distinct array', async () => {
  await withTempDir(async (dir) => {
    const shared = new Float64Array(300).map((_, i) => i / 7);
    const m = new NDArray(new Int16Array(600).map((_, i) => i - 300), [
      20,
      30,
    ], { order: "F" });
    const values = {
      x: 1,
      y: shared,
      again: { y: shared, m },
      m,
      small: new Float64Array([1, 2]),
    };
    const target = join(dir, "a");
    await save(target, values, { dataFormat: "hdf5" });
    assert.deepEqual(names(target), ["_persist.js", "arrays.h5", "mod.js"]);
    const text = await Deno.readTextFile(join(target, "mod.js"));
    assert.match(
      text,
      /^export const y = await array\("arrays\.h5", \{ dataset: "y" \}\);$/m,
    );
    assert.match(
      text,
      /^export const m = await ndarray\("arrays\.h5", \{ dataset: "again\.m" \}\);$/m,
    );
    const datasets = await listHdf5(join(target, "arrays.h5"));
    assert.deepEqual(
      datasets.map((d) => [d.name, d.shape, d.dtype, d.order]),
      [["/again.m", [20, 30], "<i2", "F"], ["/y", [300], "<f8", "C"]],
    );
    const back = await load(target);
    assert.deepEqual(describeExports(back), describeExports(values));
    assert.equal((back.again as { y: unknown }).y, back.y);
  });
});

Deno.test('Archive({ dataFormat: "hdf5" }) names datasets of arrays.h5 in its text and writes them on save()', async () => {
  await withTempDir(async (dir) => {
    const archive = new Archive({ dataFormat: "hdf5", arrayThreshold: 3 })
      .insert({ "my-key": new Uint8Array([1, 2, 3, 4]) });
    assert.match(
      archive.toString(),
      /^const _v1 = await array\("arrays\.h5", \{ dataset: "my-key" \}\);$/m,
    );
    await archive.save(join(dir, "a"));
    const back = await load(join(dir, "a"));
    assert.deepEqual(back["my-key"], new Uint8Array([1, 2, 3, 4]));
  });
});

Deno.test('save({ dataFormat: "hdf5" }) without arrays above the threshold writes no HDF5 file', async () => {
  await withTempDir(async (dir) => {
    await save(join(dir, "a"), { x: new Float64Array(5) }, {
      dataFormat: "hdf5",
    });
    // Nor _persist.js: the Float64Array is inline, mod.js imports nothing.
    assert.deepEqual(names(join(dir, "a")), ["mod.js"]);
  });
});

Deno.test("save() of an array HDF5 cannot hold leaves no archive and no temporary folder", async () => {
  await withTempDir(async (dir) => {
    const values = {
      ok: new Float64Array(200),
      bad: new NDArray(Array.from({ length: 200 }, (_, i) => `a\0${i}`), [200]),
    };
    await assert.rejects(
      save(join(dir, "a"), values, { dataFormat: "hdf5" }),
      { name: "TypeError", message: /NUL character.*use the \.npy format/ },
    );
    assert.deepEqual(names(dir), []);
  });
});

Deno.test("load() of an archive of 3000 HDF5 arrays lists the file's names once", async () => {
  // Listing them once per array made this O(n²): minutes for 3000 arrays.
  await withTempDir(async (dir) => {
    const n = 3000;
    const values: Record<string, Float64Array> = {};
    for (let i = 0; i < n; i++) values[`a${i}`] = new Float64Array([i, -i]);
    await save(join(dir, "a"), values, {
      arrayThreshold: 0,
      dataFormat: "hdf5",
    });
    let back: Record<string, unknown> = {};
    assert.deepEqual(
      await countListings(async () => back = await load(join(dir, "a"))),
      { calls: 1, names: n },
    );
    assert.deepEqual(back, values);
  });
});

Deno.test("load() of an HDF5 archive names a missing dataset and a missing file with the line of mod.js", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    await save(target, { y: new Float64Array(200) }, { dataFormat: "hdf5" });
    const path = join(target, "mod.js");
    const text = await Deno.readTextFile(path);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("arrays.h5")) + 1;
    const column = lines[line - 1].indexOf("array(") + 1;
    await Deno.writeTextFile(path, text.replace('"y"', '"z"'));
    await assert.rejects(load(target), {
      name: "NotFoundError",
      message: `Cannot load "${path}:${line}:${column}": the array file "${
        join(target, "arrays.h5")
      }" has no dataset "z"; the archive is incomplete`,
    });
    await Deno.writeTextFile(path, text);
    await Deno.remove(join(target, "arrays.h5"));
    const error = await load(target).catch((e) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(
      error.message,
      `Cannot load "${path}:${line}:${column}": the array file "${
        join(target, "arrays.h5")
      }" does not exist; the archive is incomplete`,
    );
  });
});

Deno.test("load() refuses an HDF5 reference without a dataset", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    await save(target, { y: new Float64Array(200) }, { dataFormat: "hdf5" });
    const path = join(target, "mod.js");
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text.replace(', { dataset: "y" }', ""));
    await assert.rejects(load(target), {
      name: "FormatError",
      message: /an HDF5 file holds many arrays; name the dataset/,
    });
  });
});

Deno.test("import() of an HDF5 archive reads big arrays in slices like load()", async () => {
  await withTempDir(async (root) => {
    const target = join(root, "a");
    const values = {
      rows: new NDArray(new Float64Array(2000).map((_, i) => i * 1.5), [
        100,
        20,
      ]),
      cols: new NDArray(new Int32Array(2000).map((_, i) => i - 999), [
        40,
        50,
      ], { order: "F" }),
      cube: new NDArray(new Float64Array(1200).map((_, i) => -i), [
        10,
        12,
        5,
      ], { dtype: "<c16" }),
      flat: new BigInt64Array(1000).map((_, i) => BigInt(i) * 3n),
      wide: new NDArray(new Uint8Array(3000).map((_, i) => i % 7), [1, 3000]),
    };
    await save(target, values, { dataFormat: "hdf5" });
    // The same _persist.js, moving at most 1000 bytes per wasm call: a
    // row of "rows" is 160 bytes, one of "wide" 3000 (one row per call).
    const runtime = join(target, "_persist.js");
    const text = await Deno.readTextFile(runtime);
    const limit = "const SLICE_BYTES = 64 * 2 ** 20;";
    assert.ok(text.includes(limit));
    await Deno.writeTextFile(
      runtime,
      text.replace(limit, "const SLICE_BYTES = 1000;"),
    );
    const imported = await importAll(
      [`--allow-read=${root}`, "--allow-env"],
      [target],
    );
    assert.deepEqual(imported[target], describeExports(values));
  });
});

Deno.test({
  name:
    "import() of an HDF5 archive opens each HDF5 file once and closes it when done, reading what load() reads",
  ignore: !HAS_PYTHON,
  fn: () =>
    withTempDir(async (root) => {
      const { dirs, files } = await manyArrayArchives(root);
      // Opened once per array, this took 2 to 3 times as long with 2000
      // arrays; counted here by the kernel, in another process.
      const seen = await countOpens(files, [
        Deno.execPath(),
        "run",
        "--quiet",
        "--no-prompt",
        "--no-lock",
        `--allow-read=${root}`,
        "--allow-env",
        WAIT_CHILD,
        ...dirs,
      ]);
      assert.deepEqual(
        seen.opens,
        Object.fromEntries(files.map((f) => [f, 1])),
      );
      assert.deepEqual(seen.held, [], "files left open after the import");
      const imported = JSON.parse(seen.line);
      for (const dir of dirs) {
        assert.deepEqual(imported[dir], describeExports(await load(dir)), dir);
      }
    }),
});

Deno.test({
  name:
    "import() of 200 HDF5 archives at once (DataSet items loaded with Promise.all) has at most 8 of their files open at a time, and none after",
  ignore: !HAS_PYTHON,
  fn: () =>
    withTempDir(async (root) => {
      // Every folder has its own _persist.js. Each kept its files open
      // until its own timer fired: 130 to 258 of 1500 open at once, HDF5
      // failed with EMFILE under "ulimit -n 256" and Deno panicked.
      const { dirs, files } = await itemArchives(root, 200);
      const seen = await countOpens(files, [
        Deno.execPath(),
        "run",
        "--quiet",
        "--no-prompt",
        "--no-lock",
        `--allow-read=${root}`,
        "--allow-env",
        WAIT_CHILD,
        "--at-once",
        ...dirs,
      ]);
      assert.ok(
        seen.most >= 1 && seen.most <= 8,
        `${seen.most} HDF5 files open at once`,
      );
      assert.deepEqual(seen.held, [], "files left open after the imports");
      const imported = JSON.parse(seen.line);
      for (const dir of dirs) {
        assert.deepEqual(imported[dir], describeExports(await load(dir)), dir);
      }
    }),
});

/** The archives a and b under root, saved with HDF5 arrays. */
async function fakeTimerArchives(root: string): Promise<string[]> {
  const files = [];
  for (const [name, n] of [["a", 1], ["b", 10]] as const) {
    await save(join(root, name), {
      x: new Float64Array(200).fill(n),
      y: new Int32Array(300).fill(2 * n),
    }, { dataFormat: "hdf5" });
    files.push(join(root, name, "arrays.h5"));
  }
  return files;
}

/** Runs _fake_timers_child.ts with these arguments under countOpens(). */
function underFakeTimers(root: string, files: string[], args: string[]) {
  return countOpens(files, [
    Deno.execPath(),
    "run",
    "--quiet",
    "--no-prompt",
    "--no-lock",
    `--allow-read=${root}`,
    "--allow-env",
    FAKE_TIMERS_CHILD,
    ...args,
  ]);
}

Deno.test({
  name:
    "import() of HDF5 archives while fake timers are installed closes their files when _persist.js was loaded before the fake",
  ignore: !HAS_PYTHON,
  fn: () =>
    withTempDir(async (root) => {
      const files = await fakeTimerArchives(root);
      // The close timer was looked up when armed: the fake's, never run.
      const seen = await underFakeTimers(root, files, [
        "captured",
        join(root, "a"),
        "mod.js",
      ]);
      assert.deepEqual(seen.held, [], "files left open after the import");
      assert.equal(seen.opens[files[0]], 1);
      const { exports } = JSON.parse(seen.line);
      assert.deepEqual(
        exports["mod.js"],
        describeExports(await load(join(root, "a"))),
      );
    }),
});

Deno.test({
  name:
    "import() of HDF5 archives under fake timers that are then removed: the next import closes the files the fake kept open",
  ignore: !HAS_PYTHON,
  fn: () =>
    withTempDir(async (root) => {
      const files = await fakeTimerArchives(root);
      // Another module of archive a, imported with the real setTimeout back.
      await Deno.writeTextFile(
        join(root, "a", "again.js"),
        'import { array } from "./_persist.js";\n' +
          'export const y = await array("arrays.h5", { dataset: "y" });\n',
      );
      // The close timer the fake took stayed pending for ever: no later
      // import of either archive armed another.
      const seen = await underFakeTimers(root, files, [
        "restored",
        join(root, "a"),
        "mod.js",
        "../b/mod.js",
        "again.js",
      ]);
      assert.deepEqual(seen.held, [], "files left open after the imports");
      const { queued, exports } = JSON.parse(seen.line);
      assert.ok(queued >= 1, "the fake setTimeout was never called");
      assert.deepEqual(
        exports["../b/mod.js"],
        describeExports(await load(join(root, "b"))),
      );
      assert.deepEqual(
        exports["again.js"],
        describeExports({ y: new Int32Array(300).fill(2) }),
      );
    }),
});

Deno.test({
  name:
    'save({ dataFormat: "hdf5" }) of equal values a second apart, in another process, gives byte-identical archives that h5py reads',
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (dir) => {
      const options = { dataFormat: "hdf5", arrayThreshold: 0 } as const;
      const first = join(dir, "first");
      await save(first, arrayValues(), options);
      // HDF5 stored times in seconds: the second save runs in a later one.
      const start = Date.now();
      await until(() => Date.now() - start > 1100, 5000, "a second to pass");
      const second = join(dir, "second");
      const result = await runDeno(
        [`--allow-read=${dir}`, `--allow-write=${dir}`, "--allow-env"],
        script(
          `import { arrayValues } from "${
            new URL("./_corpus.ts", import.meta.url).href
          }";
await save(${JSON.stringify(second)}, arrayValues(), ${
            JSON.stringify(options)
          });`,
        ),
      );
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(names(second), names(first));
      assert.ok(names(first).includes("arrays.h5"));
      for (const name of names(first)) {
        const [a, b] = await Promise.all(
          [first, second].map((d) => Deno.readFile(join(d, name))),
        );
        assert.equal(a.length, b.length, name);
        const differ = a.findIndex((byte, i) => byte !== b[i]);
        assert.equal(differ, -1, `${name} differs at byte ${differ}`);
      }
      // h5py reads every dataset (named as mod.js says) as saved.
      const seen = JSON.parse(
        await python(DESCRIBE, [join(second, "arrays.h5")]),
      );
      const text = await Deno.readTextFile(join(second, "mod.js"));
      const datasets = new Map(
        [...text.matchAll(/^export const (\w+) = .*dataset: "([^"]+)"/gm)]
          .map(([, name, dataset]) => [name, dataset]),
      );
      const stored = [...corpus()].filter(([, a]) => a.size > 0);
      assert.equal(datasets.size, stored.length);
      for (const [name, a] of stored) {
        assertH5pySees(seen[datasets.get(name)!], a, name);
      }
      assert.deepEqual(
        describeExports(await load(second)),
        describeExports(arrayValues()),
      );
    }),
});

Deno.test("_persist.js imports the h5wasm release that deno.lock resolves for the library", async () => {
  const lock = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.lock")));
  const locked = Object.keys(lock.npm).filter((k) => k.startsWith("h5wasm@"));
  assert.deepEqual(locked, [`h5wasm@${H5WASM_VERSION}`]);
});

Deno.test("import() of an HDF5 archive leaves deno.lock unchanged: it pins the h5wasm specifier _persist.js imports", async () => {
  await withTempDir(async (dir) => {
    // A copy of the project's config and lock, so that the child's import()
    // may write the lock without touching the checkout's.
    const config = join(dir, "deno.json");
    const lockfile = join(dir, "deno.lock");
    await Deno.copyFile(join(ROOT, "deno.json"), config);
    await Deno.copyFile(join(ROOT, "deno.lock"), lockfile);
    const before = await Deno.readTextFile(lockfile);
    const target = join(dir, "a");
    await save(target, { y: new Float64Array(500) }, { dataFormat: "hdf5" });
    const result = await run(Deno.execPath(), [
      "run",
      "--quiet",
      "--no-prompt",
      `--config=${config}`,
      `--allow-read=${target}`,
      "--allow-env",
      CHILD,
      target,
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      JSON.parse(result.stdout)[target],
      describeExports({ y: new Float64Array(500) }),
    );
    assert.equal(await Deno.readTextFile(lockfile), before);
  });
});

const script = (body: string) =>
  `data:application/typescript,${
    encodeURIComponent(`import { load, save } from "${MOD}";\n${body}`)
  }`;
const report =
  `catch (e) { console.log(JSON.stringify({ name: e.name, message: e.message })); }`;

Deno.test('save({ dataFormat: "hdf5" }) and load() work with --allow-env and read/write on their folder only', async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    const result = await runDeno(
      [
        `--allow-read=${dir}`,
        `--allow-write=${dir}`,
        "--allow-env",
        "--allow-import",
      ],
      script(
        `await save(${
          JSON.stringify(target)
        }, { y: new Float64Array(500).fill(2) }, { dataFormat: "hdf5" });
const { y } = await load(${JSON.stringify(target)});
console.log(y.length, y[499]);`,
      ),
    );
    assert.equal(result.stderr, "");
    assert.equal(result.stdout.trim(), "500 2");
  });
});

Deno.test('save({ dataFormat: "hdf5" }) without --allow-env fails naming the flag and leaves no partial archive', async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    const result = await runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`, "--allow-import"],
      script(
        `try { await save(${
          JSON.stringify(target)
        }, { y: new Float64Array(500) }, { dataFormat: "hdf5" }); } ${report}
await save(${
          JSON.stringify(join(dir, "small"))
        }, { y: new Float64Array(5) }, { dataFormat: "hdf5" });
console.log("small saved");`,
      ),
    );
    const [failed, small] = result.stdout.trim().split("\n");
    const error = JSON.parse(failed);
    assert.equal(error.name, "NotCapable");
    assert.match(
      error.message,
      /needs access to all environment variables; run again with --allow-env/,
    );
    assert.equal(small, "small saved", result.stderr);
    // Only the archive without arrays above the threshold exists.
    assert.deepEqual(names(dir), ["small"]);
  });
});

Deno.test("load() and import() of an HDF5 archive without --allow-env fail naming the flag", async () => {
  await withTempDir(async (root) => {
    const target = join(root, "a");
    await save(target, { y: new Float64Array(500) }, { dataFormat: "hdf5" });
    const loaded = await runDeno(
      [`--allow-read=${root}`, "--allow-import"],
      script(`try { await load(${JSON.stringify(target)}); } ${report}`),
    );
    const error = JSON.parse(loaded.stdout);
    assert.equal(error.name, "NotCapable");
    assert.match(error.message, /run again with --allow-env/);
    const imported = await importAll([`--allow-read=${root}`], [target]);
    assert.deepEqual(imported[target], {
      error: `NotCapable: Cannot read "file://${
        join(target, "arrays.h5")
      }" (dataset "y"): h5wasm, which reads HDF5, needs access to all environment variables; run with --allow-env`,
    });
  });
});

Deno.test({
  name:
    "import() of an HDF5 archive on a terminal without --allow-env and without --no-prompt fails naming the flag, never prompting",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (root) => {
      const target = join(root, "a");
      await save(target, { y: new Float64Array(500) }, {
        dataFormat: "hdf5",
      });
      // Deno prompts on a terminal for a permission neither granted nor denied.
      const { code, out, timedOut } = await onTerminal(
        [`--allow-read=${root}`, "--no-lock", CHILD, target],
        { prompt: true, timeout: 20 },
      );
      assert.ok(!timedOut, `import() waits at a prompt:\n${out}`);
      assert.equal(code, 0, out);
      assert.match(
        JSON.parse(out)[target].error,
        /^NotCapable: .*needs access to all environment variables; run with --allow-env$/,
      );
    });
  },
});

Deno.test({
  name:
    "h5py reads every array of an HDF5 archive with equal values, shapes and dtypes",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (dir) => {
      const arrays = corpus();
      const target = join(dir, "a");
      const shared = arrays.get("f8_2x3_C")!;
      await save(target, { ...Object.fromEntries(arrays), shared }, {
        dataFormat: "hdf5",
        arrayThreshold: 0,
      });
      const seen = JSON.parse(
        await python(DESCRIBE, [join(target, "arrays.h5")]),
      );
      assert.deepEqual(seen["/"], { persist_layout: 1 });
      // Empty arrays stay inline; the shared one is stored once. Dataset
      // names are unique ignoring case ("u4_2x3_C" and "U4_2x3_C-2").
      const text = await Deno.readTextFile(join(target, "mod.js"));
      const datasets = new Map(
        [...text.matchAll(
          /^export const (\w+) = await ndarray\("arrays\.h5", \{ dataset: "([^"]+)" \}\);$/gm,
        )]
          .map(([, name, dataset]) => [name, dataset]),
      );
      const stored = [...arrays].filter(([, a]) => a.size > 0);
      assert.deepEqual(
        [...datasets.keys()].sort(),
        stored.map(([name]) => name).sort(),
      );
      assert.deepEqual(
        Object.keys(seen).filter((k) => k !== "/").sort(),
        [...datasets.values()].sort(),
      );
      const back = await load(target);
      for (const [name, a] of stored) {
        assertH5pySees(seen[datasets.get(name)!], a, name);
        assert.deepEqual(
          describeExports({ a: back[name] }),
          describeExports({ a }),
          `${name}: load()`,
        );
      }
      assert.equal(back.shared, back.f8_2x3_C);
    }),
});

Deno.test({
  name:
    "an archive pointing at float16 datasets h5py wrote loads the same through load() and import()",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (root) => {
      const target = join(root, "a");
      await writeHandWritten(
        target,
        `import { array, ndarray } from "./_persist.js";
export const little = await ndarray("half.h5", { dataset: "little" });
export const big = await array("half.h5", { dataset: "big" });`,
      );
      await python(
        `import sys, h5py, numpy as np
values = np.array([[0.5, -2, 65504], [6e-8, np.inf, np.nan]])
with h5py.File(sys.argv[1], "w") as f:
    f["little"] = values.astype("<f2")
    f["big"] = values.ravel().astype(">f2")`,
        [join(target, "half.h5")],
      );
      const loaded = await load(target);
      const expected = new Float16Array([0.5, -2, 65504, 6e-8, Infinity, NaN]);
      assert.deepEqual((loaded.little as NDArray).data, expected);
      assert.deepEqual((loaded.little as NDArray).shape, [2, 3]);
      assert.equal((loaded.little as NDArray).dtype, "<f2");
      assert.deepEqual(loaded.big, expected);
      const imported = await importInChild(root, [target], ["--allow-env"]);
      assert.deepEqual(imported[target], describeExports(loaded));
    }),
});

Deno.test({
  name:
    "an archive pointing at an HDF5 file h5py wrote loads the same through load() and import()",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (root) => {
      const target = join(root, "a");
      await save(target, { placeholder: 0 });
      await python(
        `import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as f:
    f["x"] = np.arange(12, dtype="<f8").reshape(3, 4) / 4
    f["group/counts"] = np.arange(-5, 5, dtype=">i4")
    f.create_dataset("packed", data=np.arange(1000, dtype="<u2"), chunks=(64,), compression="gzip")
    f["flags"] = np.array([0, 1, 255], dtype="u1")`,
        [join(target, "data.hdf5")],
      );
      const path = join(target, "mod.js");
      const text = await Deno.readTextFile(path);
      await Deno.writeTextFile(
        path,
        text.replace(
          "export const placeholder = 0;",
          `import { array, ndarray } from "./_persist.js";
export const x = await ndarray("data.hdf5", { dataset: "x" });
export const counts = await array("data.hdf5", { dataset: "/group/counts" });
export const packed = await array("data.hdf5", { dataset: "packed" });
export const flags = await ndarray("data.hdf5", { dataset: "flags" });`,
        ),
      );
      // load() needs nothing more; import() needs the helpers it now imports.
      const loaded = await load(target);
      await Deno.writeTextFile(
        join(target, "_persist.js"),
        await helperModule(root),
      );
      assert.deepEqual((loaded.x as NDArray).shape, [3, 4]);
      assert.equal((loaded.x as NDArray).get(2, 3), 11 / 4);
      assert.deepEqual([...loaded.counts as Int32Array].slice(0, 3), [
        -5,
        -4,
        -3,
      ]);
      assert.equal((loaded.packed as Uint16Array)[999], 999);
      const imported = await importAll(
        [`--allow-read=${root}`, "--allow-env"],
        [target],
      );
      assert.deepEqual(imported[target], describeExports(loaded));
    }),
});
