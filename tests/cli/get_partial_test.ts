// Copyright 2026 the persist authors. MIT license.
// persist get reads only what it prints of big arrays: nested in a value
// (excerpts), in HDF5 (hyperslabs), and to refuse a path (the header
// alone); shown by processes limited to 1.5 GB getting from 4 GB arrays.
// Views of an array file's bytes print as load() gives them.

import assert from "node:assert/strict";
import { join } from "node:path";
import { load, NDArray, save } from "../../mod.ts";
import {
  ArrayExcerpt,
  formatValue,
  getValue,
  selectValue,
  toJsonValue,
} from "../../lib/cli/mod.ts";
import { loadHdf5 } from "../../lib/hdf5/_h5wasm.ts";
import { storageFor } from "../../lib/hdf5/_types.ts";
import { encodeHeader } from "../../lib/npy/mod.ts";
import { CONFIG, PYTHON, withTempDir } from "../_util.ts";
import { CLI, persist, read } from "./_cli.ts";

/** What `persist get` prints for a value: text, and JSON. */
function outputs(value: unknown, full: boolean): string[] {
  return [
    formatValue(value, { full, width: 100 }),
    JSON.stringify(toJsonValue(value, { full })),
  ];
}

/** Values holding big and small arrays, shared, in Maps, Sets and cycles. */
function nestedValues(): Record<string, unknown> {
  const big = new Float64Array(2000).map((_, i) => i / 3);
  const cycle: Record<string, unknown> = { arr: new Int16Array(1500) };
  cycle.self = cycle;
  return {
    obj: {
      arr: big,
      small: new Int8Array(5).fill(3),
      m: new NDArray(new Float32Array(40 * 30).map((_, i) => i), [40, 30], {
        order: "F",
      }),
      list: [new Uint32Array(1001).map((_, i) => i), 3],
    },
    shared: { a: big, b: big },
    map: new Map<unknown, unknown>([[new Int32Array(1200), "key"], [
      "value",
      new Float32Array(1100).fill(0.5),
    ]]),
    set: new Set([new Uint16Array(1300), new Uint16Array(2)]),
    cycle,
  };
}

Deno.test("getValue() prints big arrays nested in a value from excerpts, as the whole arrays print, from .npy and HDF5", async () => {
  await withTempDir(async (dir) => {
    for (const dataFormat of ["npy", "hdf5"] as const) {
      const path = join(dir, dataFormat);
      await save(path, nestedValues(), { dataFormat });
      const loaded = await load(path);
      const target = { kind: "archive" as const, path };
      for (
        const name of [undefined, "obj", "obj.list", "shared", "map", "set"]
      ) {
        for (const full of [false, true]) {
          const whole = name === undefined
            ? loaded
            : selectValue(loaded, name, path);
          const got = await getValue(target, name, { full });
          assert.deepEqual(
            outputs(got, full),
            outputs(whole, full),
            `${dataFormat} ${name}`,
          );
        }
      }
      for (const name of ["cycle", "cycle.self.self"]) {
        const text = formatValue(await getValue(target, name));
        assert.equal(text, formatValue(selectValue(loaded, name, path)));
      }
      // The big arrays were not read: excerpts stand for them.
      const obj = await getValue(target, "obj") as Record<string, unknown>;
      assert.ok(obj.arr instanceof ArrayExcerpt);
      assert.ok(obj.m instanceof ArrayExcerpt);
      assert.ok(obj.small instanceof Int8Array);
      const shared = await getValue(target, "shared") as Record<
        string,
        unknown
      >;
      assert.ok(shared.a instanceof ArrayExcerpt);
      assert.equal(shared.a, shared.b);
      assert.ok(
        !(((await getValue(target, "obj", { full: true })) as Record<
          string,
          unknown
        >).arr instanceof ArrayExcerpt),
      );
    }
  });
});

const N = 500_000_000;

/**
 * An archive with two arrays of 5e8 float64 (4 GB each) in `.npy` files
 * whose data is a hole in a sparse file, `a` and `obj.arr`: element 5 is
 * 5.5 and the last one 7.
 */
async function sparseArchive(dir: string): Promise<string> {
  const archive = join(dir, "big");
  await save(archive, {
    a: new Float64Array(200),
    obj: { arr: new Float64Array(200), label: "x" },
  });
  const header = encodeHeader("<f8", [N], "C");
  for (const file of ["a.npy", "obj.arr.npy"]) {
    const path = join(archive, file);
    await Deno.writeFile(path, header);
    using handle = await Deno.open(path, { write: true });
    await handle.seek(header.length + 5 * 8, Deno.SeekMode.Start);
    await handle.write(new Uint8Array(new Float64Array([5.5]).buffer));
    await handle.truncate(header.length + N * 8);
    await handle.seek(header.length + (N - 1) * 8, Deno.SeekMode.Start);
    await handle.write(new Uint8Array(new Float64Array([7]).buffer));
  }
  return archive;
}

/**
 * The same archive with its arrays in HDF5: datasets of 5e8 float64 in
 * chunks, of which only those holding elements 5 and the last are written
 * (the others hold the fill value 0 and take no space).
 */
async function sparseHdf5Archive(dir: string): Promise<string> {
  const archive = join(dir, "big-h5");
  await save(archive, {
    a: new Float64Array(200),
    obj: { arr: new Float64Array(200), label: "x" },
  }, { dataFormat: "hdf5" });
  const file = join(archive, "arrays.h5");
  await Deno.remove(file);
  const lib = await loadHdf5("write a test file");
  const id = lib.call((m) =>
    m.open(
      file,
      m.H5F_ACC_TRUNC,
      false,
      m.H5F_LIBVER_EARLIEST,
      m.H5F_LIBVER_V110,
    )
  );
  const chunk = 65536;
  const pointer = lib.malloc(chunk * 8, "write a test file");
  try {
    for (const name of ["a", "obj.arr"]) {
      lib.heap(pointer, chunk * 8).fill(0);
      lib.call((m) =>
        m.create_dataset(id, `/${name}`, BigInt(pointer), {
          ...storageFor("<f8").spec,
          shape: [BigInt(chunk)],
          maxshape: [BigInt(N)],
          chunks: [BigInt(chunk)],
          compression: 0,
          compression_opts: [],
          track_order: false,
        })
      );
      lib.call((m) => m.resize_dataset(id, `/${name}`, [BigInt(N)]));
      for (const [at, value] of [[5, 5.5], [N - 1, 7]]) {
        lib.heap(pointer, 8).set(
          new Uint8Array(new Float64Array([value]).buffer),
        );
        lib.call((m) =>
          m.set_dataset_data(
            id,
            `/${name}`,
            [1n],
            [BigInt(at)],
            [1n],
            BigInt(pointer),
          )
        );
      }
    }
  } finally {
    lib.module._free(pointer);
    lib.call((m) => m.close_file(id));
  }
  return archive;
}

/** Runs `persist get` with the process's data limited to 1.5 GB. */
async function getLimited(flags: string[], args: string[]) {
  const limit = 1536 * 1024 * 1024;
  const { code, stdout, stderr } = await new Deno.Command(PYTHON, {
    args: [
      "-c",
      "import os, resource, sys\n" +
      `resource.setrlimit(resource.RLIMIT_DATA, (${limit}, ${limit}))\n` +
      "os.execv(sys.argv[1], sys.argv[1:])",
      Deno.execPath(),
      "run",
      "--quiet",
      "--no-prompt",
      `--config=${CONFIG}`,
      ...flags,
      CLI,
      "get",
      ...args,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return { code, stdout: text.decode(stdout), stderr: text.decode(stderr) };
}

const SUMMARY = "Float64Array(500000000)\n[0, 0, 0, ..., 0, 0, 7]\n";

Deno.test({
  name:
    "persist get reads one element and the summary of a 4 GB .npy array in a process limited to 1.5 GB, also nested in a value",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = await sparseArchive(dir);
      const get = (name: string) =>
        getLimited([`--allow-read=${archive}`], [archive, name]);
      let result = await get("a[5]");
      assert.equal(result.stderr, "");
      assert.equal(result.code, 0);
      assert.equal(result.stdout, "5.5\n");
      result = await get("a[-1]");
      assert.equal(result.stdout, "7\n");
      result = await get("a");
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, SUMMARY);
      result = await get("a[3:8]");
      assert.equal(
        result.stdout,
        "Float64Array(5)\n[  0,   0, 5.5,   0,   0]\n",
      );
      result = await get("obj");
      assert.equal(result.code, 0, result.stderr);
      assert.equal(
        result.stdout,
        '{ arr: Float64Array(500000000) [0, 0, 0, ..., 0, 0, 7], label: "x" }\n',
      );
    });
  },
});

Deno.test({
  name:
    "persist get refuses a path into a 4 GB array from its header, in a process limited to 1.5 GB",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = await sparseArchive(dir);
      const get = (name: string) =>
        getLimited([`--allow-read=${archive}`], [archive, name]);
      for (
        const [name, at, what] of [
          ["a[10000000000]", "a", "[10000000000] (it has 500000000 items)"],
          ["a[-500000001]", "a", "[-500000001] (it has 500000000 items)"],
          [
            "obj.arr[3:][600000000]",
            "obj.arr[3:]",
            "[600000000] (it has 499999997 items)",
          ],
          ["obj.arr[5][0]", "obj.arr[5]", "[0] (it is a number)"],
          ["a.foo", "a", '"foo" (it has 500000000 items)'],
        ]
      ) {
        const result = await get(name);
        assert.equal(result.stdout, "");
        assert.equal(
          result.stderr,
          `persist get: Cannot get "${name}" from "${archive}": ${at} has no ${what}\n`,
        );
        assert.equal(result.code, 3, name);
      }
      const result = await get("a[::0]");
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /the slice \[::0\] has a step of 0/);
    });
  },
});

Deno.test({
  name:
    "persist get reads one element, the summary and errors of a 4 GB HDF5 array in a process limited to 1.5 GB",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = await sparseHdf5Archive(dir);
      const get = (...args: string[]) =>
        getLimited([`--allow-read=${archive}`, "--allow-env"], args);
      let result = await get(archive, "a[5]");
      assert.equal(result.stderr, "");
      assert.equal(result.stdout, "5.5\n");
      result = await get(archive, "a[-3:]");
      assert.equal(result.stdout, "Float64Array(3)\n[0, 0, 7]\n");
      result = await get(archive, "a");
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, SUMMARY);
      result = await get(archive, "obj");
      assert.equal(
        result.stdout,
        '{ arr: Float64Array(500000000) [0, 0, 0, ..., 0, 0, 7], label: "x" }\n',
      );
      result = await get(archive, "a[10000000000]");
      assert.equal(result.code, 3, result.stderr);
      assert.equal(
        result.stderr,
        `persist get: Cannot get "a[10000000000]" from "${archive}": a has no [10000000000] (it has 500000000 items)\n`,
      );
      // The HDF5 file itself: its dataset is an NDArray.
      result = await get(join(archive, "arrays.h5"), "/a");
      assert.equal(result.code, 0, result.stderr);
      assert.equal(
        result.stdout,
        "NDArray(500000000) <f8\n[0, 0, 0, ..., 0, 0, 7]\n",
      );
    });
  },
});

Deno.test("persist get prints a Uint8ClampedArray, and typed arrays over another array's bytes, as load() gives them", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "views");
    await save(archive, {
      clamped: new Uint8ClampedArray(1500).map((_, i) => i),
      f8: new Float64Array(2000).map((_, i) => i / 3),
    });
    // A hand edit: typed arrays of other kinds over f8.npy's bytes.
    const mod = join(archive, "mod.js");
    const text = await Deno.readTextFile(mod);
    await Deno.writeTextFile(
      mod,
      text.replace(
        "// end of persist archive",
        'export const f32 = new Float32Array(buffer(await array("f8.npy")));\n' +
          'export const u8 = new Uint8Array(buffer(await array("f8.npy")));\n' +
          "// end of persist archive",
      ),
    );
    const loaded = await load(archive);
    for (
      const name of [
        "clamped",
        "clamped[2:5]",
        "clamped[::-1]",
        "f32",
        "f32[2]",
        "f32[-3:]",
        "u8",
        "u8[-1]",
      ]
    ) {
      const value = selectValue(loaded, name, archive);
      let result = await persist([read(archive)], ["get", archive, name]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, `${formatValue(value)}\n`, name);
      result = await persist([read(archive)], ["get", archive, name, "--json"]);
      assert.equal(
        result.stdout,
        `${JSON.stringify(toJsonValue(value))}\n`,
        name,
      );
    }
  });
});
