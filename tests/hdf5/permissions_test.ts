// Copyright 2026 the persist authors. MIT license.
// HDF5 needs --allow-env (h5wasm's runtime copies the environment) plus read
// and write on the folder, nothing more; without --allow-env it fails with
// an error that names the flag; the npy path never needs it.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  FIXTURES,
  HAS_H5PY,
  HAS_PYTHON,
  onTerminal,
  python,
  ROOT,
  runDeno,
  withTempDir,
} from "../_util.ts";

const MOD = new URL("../../mod.ts", import.meta.url).href;
// The script is a data: URL, so Deno finds no deno.json by itself; a user's
// script in their own project has their import map (or JSR's rewriting).
const CONFIG = `--config=${join(ROOT, "deno.json")}`;
const script = (body: string) =>
  `data:application/typescript,${
    encodeURIComponent(
      `import { readHdf5, writeHdf5, listHdf5, readNpy, writeNpy } from "${MOD}";\n${body}`,
    )
  }`;
const report =
  `catch (e) { console.log(JSON.stringify({ name: e.name, message: e.message, notCapable: e instanceof Deno.errors.NotCapable })); }`;

Deno.test("writeHdf5() and readHdf5() work with --allow-env and read/write on one folder only", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "a.h5");
    const result = await runDeno(
      [
        `--allow-read=${dir}`,
        `--allow-write=${dir}`,
        "--allow-env",
        "--allow-import",
        CONFIG,
      ],
      script(
        `await writeHdf5(${
          JSON.stringify(file)
        }, { x: new Float64Array([1, 2]) });
console.log((await readHdf5(${JSON.stringify(file)}, "x")).data.join(","));
console.log((await listHdf5(${JSON.stringify(file)}))[0].name);`,
      ),
    );
    assert.equal(result.stderr, "");
    assert.deepEqual(result.stdout.trim().split("\n"), ["1,2", "/x"]);
  });
});

for (
  const [label, flags] of [
    ["without --allow-env", []],
    ["with --deny-env", ["--deny-env"]],
    ["with a scoped --allow-env=HOME", ["--allow-env=HOME"]],
  ] as const
) {
  Deno.test(`writeHdf5() and readHdf5() ${label} fail with NotCapable naming --allow-env, and write nothing`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "a.h5");
      const result = await runDeno(
        [
          `--allow-read=${dir}`,
          `--allow-write=${dir}`,
          "--allow-import",
          CONFIG,
          ...flags,
        ],
        script(
          `try { await writeHdf5(${
            JSON.stringify(file)
          }, { x: new Uint8Array(1) }); } ${report}
try { await readHdf5(${JSON.stringify(file)}, "x"); } ${report}`,
        ),
      );
      const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
      assert.equal(lines.length, 2, result.stderr);
      assert.equal(lines[0].name, "NotCapable");
      assert.ok(lines[0].notCapable);
      assert.equal(
        lines[0].message,
        `Cannot write "${file}": the HDF5 backend (npm:h5wasm) needs access to all environment variables; ` +
          "run again with --allow-env (a list such as --allow-env=HOME is not enough), or use the .npy format",
      );
      // Reading a missing file: the file check comes first and says so.
      assert.equal(lines[1].name, "NotFoundError");
      assert.deepEqual([...Deno.readDirSync(dir)], []);
    });
  });
}

Deno.test("readHdf5() of an existing file without --allow-env fails with NotCapable naming --allow-env", async () => {
  const fixture =
    new URL("../../../shared/fixtures/hdf5/mixed.h5", import.meta.url)
      .pathname;
  const result = await runDeno(
    [`--allow-read=${fixture}`, "--allow-import", CONFIG],
    script(
      `try { await readHdf5(${JSON.stringify(fixture)}, "u1"); } ${report}`,
    ),
  );
  const error = JSON.parse(result.stdout);
  assert.equal(error.name, "NotCapable");
  assert.ok(
    error.message.startsWith(`Cannot read "${fixture}": the HDF5 backend`),
  );
  assert.ok(error.message.includes("run again with --allow-env"));
});

Deno.test({
  name:
    "readHdf5() on a terminal without --allow-env and without --no-prompt fails with NotCapable, never prompting",
  ignore: !HAS_PYTHON,
  fn: async () => {
    const fixture = join(FIXTURES, "hdf5", "mixed.h5");
    // Deno prompts on a terminal for a permission neither granted nor denied.
    const { code, out, timedOut } = await onTerminal([
      `--allow-read=${fixture}`,
      "--allow-import",
      script(
        `try { await readHdf5(${JSON.stringify(fixture)}, "u1"); } ${report}`,
      ),
    ], { prompt: true, timeout: 20 });
    assert.ok(!timedOut, `readHdf5() waits at a prompt:\n${out}`);
    assert.equal(code, 0, out);
    const error = JSON.parse(out);
    assert.equal(error.name, "NotCapable");
    assert.ok(error.message.includes("run again with --allow-env"));
  },
});

Deno.test("readHdf5() without read permission fails with Deno's NotCapable before loading h5wasm", async () => {
  await withTempDir(async (dir) => {
    const result = await runDeno(
      ["--allow-import", CONFIG, "--deny-env"],
      script(
        `try { await readHdf5(${
          JSON.stringify(join(dir, "a.h5"))
        }, "x"); } ${report}`,
      ),
    );
    const error = JSON.parse(result.stdout);
    assert.equal(error.name, "NotCapable");
    assert.ok(error.message.includes("read access"), error.message);
  });
});

Deno.test("writeHdf5() without write permission fails with Deno's NotCapable and creates nothing", async () => {
  await withTempDir(async (dir) => {
    const result = await runDeno(
      [`--allow-read=${dir}`, "--allow-env", "--allow-import", CONFIG],
      script(
        `try { await writeHdf5(${
          JSON.stringify(join(dir, "a.h5"))
        }, { x: new Uint8Array(1) }); } ${report}`,
      ),
    );
    const error = JSON.parse(result.stdout);
    assert.equal(error.name, "NotCapable");
    assert.ok(error.message.includes("write access"), error.message);
    assert.deepEqual([...Deno.readDirSync(dir)], []);
  });
});

Deno.test("writeHdf5() with write but no read access to the folder fails with NotCapable, and HDF5 stays usable", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "y");
    await Deno.mkdir(out);
    const file = join(out, "f.h5");
    const fixture = join(FIXTURES, "hdf5", "mixed.h5");
    const result = await runDeno(
      [
        `--allow-read=${fixture}`,
        `--allow-write=${out}`,
        "--allow-env",
        "--allow-import",
        CONFIG,
      ],
      script(
        `try { await writeHdf5(${
          JSON.stringify(file)
        }, { x: new Uint8Array(1) }); } ${report}
console.log(JSON.stringify((await readHdf5(${
          JSON.stringify(fixture)
        }, "u1")).shape));`,
      ),
    );
    const [error, shape] = result.stdout.trim().split("\n").map((l) =>
      JSON.parse(l)
    );
    assert.deepEqual(error, {
      name: "NotCapable",
      message:
        `Requires read access to "${out}", run again with the --allow-read flag`,
      notCapable: true,
    }, result.stderr);
    assert.deepEqual(shape, [10]);
    assert.deepEqual([...Deno.readDirSync(out)], []);
  });
});

Deno.test("readHdf5() after the HDF5 module became unusable says so and restart, not that the file is damaged", async () => {
  const fixture = join(FIXTURES, "hdf5", "mixed.h5");
  const h5wasm = new URL("../../lib/hdf5/_h5wasm.ts", import.meta.url).href;
  // An error thrown through the wasm code (not one HDF5 reported) marks the
  // module unusable, as an unforeseen failure inside h5wasm would.
  const result = await runDeno(
    [`--allow-read=${fixture}`, "--allow-env", "--allow-import", CONFIG],
    script(`import { loadHdf5 } from "${h5wasm}";
const lib = await loadHdf5("test");
try { lib.call(() => { throw new Error("boom"); }); } catch {}
try { await readHdf5(${JSON.stringify(fixture)}, "u1"); } ${report}`),
  );
  const error = JSON.parse(result.stdout);
  assert.deepEqual(error, {
    name: "Error",
    message:
      `Cannot read "${fixture}": an earlier failure left the HDF5 module unusable in this process (boom); restart the process`,
    notCapable: false,
  }, result.stderr);
});

Deno.test("writeNpy() and readNpy() under --deny-env never load h5wasm", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "a.npy");
    // Evaluating h5wasm without env access would reject its start-up promise
    // and end the process with an unhandled rejection.
    const result = await runDeno(
      [
        `--allow-read=${dir}`,
        `--allow-write=${dir}`,
        "--allow-import",
        CONFIG,
        "--deny-env",
      ],
      script(`await writeNpy(${JSON.stringify(file)}, new Int8Array([3]));
console.log((await readNpy(${JSON.stringify(file)})).data[0]);`),
    );
    assert.equal(result.stderr, "");
    assert.equal(result.code, 0);
    assert.equal(result.stdout.trim(), "3");
  });
});

Deno.test({
  name:
    "readHdf5() of a dataset with a missing filter needs no access beyond the file's folder",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (dir) => {
      // HDF5 would search plugin folders for the filter; persist turns the
      // search off, so a scoped --allow-read is enough and the reader goes on.
      const file = join(dir, "lzf.h5");
      await python(
        `import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as f:
    f.create_dataset("lzf", data=np.arange(10.0), compression="lzf", chunks=(5,))
    f["plain"] = np.arange(3)`,
        [file],
      );
      const result = await runDeno(
        [`--allow-read=${dir}`, "--allow-env", "--allow-import", CONFIG],
        script(
          `try { await readHdf5(${JSON.stringify(file)}, "lzf"); } ${report}
console.log(JSON.stringify([...(await readHdf5(${
            JSON.stringify(file)
          }, "plain")).data].map(Number)));`,
        ),
      );
      const [error, plain] = result.stdout.trim().split("\n").map((l) =>
        JSON.parse(l)
      );
      assert.equal(error.name, "FormatError", result.stderr);
      assert.ok(error.message.includes('"lzf" filter'), error.message);
      assert.deepEqual(plain, [0, 1, 2]);
      assert.equal(result.stderr, "");
    }),
});
