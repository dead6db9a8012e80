// Copyright 2026 the persist authors. MIT license.
// Hdf5Writer / writeHdf5: round trips through our own reader, slicing,
// names, atomicity and the writer's life cycle.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  Hdf5Reader,
  Hdf5Writer,
  listHdf5,
  NDArray,
  NotFoundError,
  readHdf5,
  ReadOnlyError,
  writeHdf5,
} from "../../mod.ts";
import { TEMP_MARK } from "../../lib/fs/mod.ts";
import { HAS_H5PY, python, until, withTempDir } from "../_util.ts";
import { cOrderBytes, corpus, hex, valuesFor } from "../npy/_corpus.ts";
import { assertH5pySees, DESCRIBE } from "./_h5py.ts";

/** Asserts two arrays are identical: dtype, shape, order and every byte. */
function assertSameArray(actual: NDArray, expected: NDArray, label: string) {
  assert.equal(actual.dtype, expected.dtype, `${label}: dtype`);
  assert.deepEqual(actual.shape, expected.shape, `${label}: shape`);
  assert.equal(actual.order, expected.order, `${label}: order`);
  assert.equal(
    actual.data.constructor,
    expected.data.constructor,
    `${label}: data kind`,
  );
  assert.equal(
    hex(cOrderBytes(actual)),
    hex(cOrderBytes(expected)),
    `${label}: values`,
  );
}

async function listDir(dir: string): Promise<string[]> {
  const names = [];
  for await (const e of Deno.readDir(dir)) names.push(e.name);
  return names.sort();
}

/** Arrays that slicing must cut along an inner axis, in both orders. */
function slicingCases(): Map<string, NDArray> {
  const out = new Map<string, NDArray>();
  for (const order of ["C", "F"] as const) {
    out.set(
      `f8_3x4x5_${order}`,
      new NDArray(valuesFor("<f8", 60), [3, 4, 5], { order, dtype: "<f8" }),
    );
    out.set(
      `c8_4x3_${order}`,
      new NDArray(valuesFor("<c8", 12), [4, 3], { order, dtype: "<c8" }),
    );
    out.set(
      `U4_5x2_${order}`,
      new NDArray(valuesFor("<U4", 10), [5, 2], { order, dtype: "<U4" }),
    );
    out.set(
      `f2_2x2x3_${order}`,
      new NDArray(valuesFor("<f2", 12), [2, 2, 3], { order, dtype: "<f2" }),
    );
  }
  out.set("u1_long", new NDArray(valuesFor("|u1", 1000), [1000]));
  return out;
}

Deno.test("Hdf5Writer.write() and Hdf5Reader.read() round-trip every dtype, both orders, 0-d and empty arrays", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "a.h5");
    const arrays = corpus();
    const writer = await Hdf5Writer.create(path, { sync: false });
    for (const [name, a] of arrays) await writer.write(name, a);
    await writer.close();
    await using reader = await Hdf5Reader.open(path);
    for (const [name, a] of arrays) {
      assertSameArray(await reader.read(name), a, name);
    }
  });
});

Deno.test("Hdf5Writer.write() and Hdf5Reader.read() move arrays larger than sliceBytes in slices", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "sliced.h5");
    const arrays = new Map([...corpus(), ...slicingCases()]);
    // 40 bytes: every 2-D or larger array is cut, some along an inner axis.
    await writeHdf5(path, arrays, { sync: false, sliceBytes: 40 });
    const infos = new Map((await listHdf5(path)).map((d) => [d.name, d]));
    // A sliced dataset is chunked, slices of whole chunks; a 3x4x5 float64
    // is cut inside its second axis: chunks of 1x1x5 (40 bytes).
    assert.deepEqual(infos.get("/f8_3x4x5_C")?.chunks, [1, 1, 5]);
    assert.deepEqual(infos.get("/u1_long")?.chunks, [40]);
    assert.equal(infos.get("/f8_scalar")?.chunks, undefined);
    for (const sliceBytes of [40, 7, undefined]) {
      await using reader = await Hdf5Reader.open(path, { sliceBytes });
      for (const [name, a] of arrays) {
        assertSameArray(await reader.read(name), a, `${name} @${sliceBytes}`);
      }
    }
  });
});

/** What h5py reads: shape, chunks, and whether the values are 0, 1, 2, … */
const H5PY_ARANGE = `
import json, sys
import h5py, numpy as np
with h5py.File(sys.argv[1], "r") as f:
    d = f["x"]
    a = d[()]
    ok = a.dtype == np.float64 and np.array_equal(a.ravel(), np.arange(a.size, dtype=np.float64))
    print(json.dumps({"shape": list(d.shape), "chunks": list(d.chunks or []), "ok": bool(ok)}))
`;

Deno.test("Hdf5Writer.write() of an array just over sliceBytes takes about its size on disk", async () => {
  // HDF5 stores a dataset's last chunk whole: chunks of a full slice made
  // 64 MiB + 8 B take 128 MiB. Chunks are balanced instead.
  await withTempDir(async (dir) => {
    const cases: [number[], number | undefined, number[]][] = [
      [[2 ** 23 + 1], undefined, [2 ** 22 + 1]], // 64 MiB + 8 B, default slices
      [[2 ** 17 + 1], 2 ** 20, [2 ** 16 + 1]], // 1 MiB + 8 B in 1 MiB slices
      [[2, 2 ** 17 + 1], 2 ** 20, [1, 2 ** 16 + 1]], // rows over a slice
      [[3, 45000], 2 ** 20, [1, 45000]], // rows of a third of a slice
    ];
    for (const [shape, sliceBytes, chunks] of cases) {
      const label = `${shape} in slices of ${sliceBytes ?? "64 MiB"}`;
      const path = join(dir, "x.h5");
      const n = shape.reduce((a, b) => a * b, 1);
      const data = new Float64Array(n).map((_, i) => i);
      await writeHdf5(path, { x: new NDArray(data, shape) }, {
        sliceBytes,
        sync: false,
      });
      const [info] = await listHdf5(path);
      assert.deepEqual(info.chunks, chunks, label);
      const size = (await Deno.stat(path)).size;
      assert.ok(
        size <= n * 8 * 1.02 + 4096,
        `${label}: ${size} bytes for ${n * 8} bytes of data`,
      );
      const back = await readHdf5(path, "x");
      assert.deepEqual(back.shape, shape, label);
      assert.ok((back.data as Float64Array).every((v, i) => v === i), label);
      if (HAS_H5PY) {
        assert.deepEqual(
          JSON.parse(await python(H5PY_ARANGE, [path])),
          { shape, chunks, ok: true },
          label,
        );
      }
    }
  });
});

Deno.test("Hdf5Writer.write() keeps float16 NaN payloads and signs bit for bit", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "half.h5");
    const bits = new Uint16Array([0x7e01, 0xfd00, 0x7c01, 0x8000, 0x0001]);
    const half = new Float16Array(bits.buffer);
    await writeHdf5(path, { half }, { sync: false });
    const back = await readHdf5(path, "half");
    assert.equal(back.dtype, "<f2");
    const backBits = new Uint16Array((back.data as Float16Array).buffer);
    assert.deepEqual([...backBits], [...bits]);
  });
});

Deno.test("writeHdf5() takes an object or pairs, and writes a bare typed array as 1-D", async () => {
  await withTempDir(async (dir) => {
    await writeHdf5(join(dir, "o.h5"), { x: new Int16Array([1, -2, 3]) });
    const x = await readHdf5(join(dir, "o.h5"), "x");
    assertSameArray(x, new NDArray(new Int16Array([1, -2, 3])), "object");
    await writeHdf5(join(dir, "p.h5"), [["y", new Float32Array([0.5])]]);
    const y = await readHdf5(join(dir, "p.h5"), "/y");
    assertSameArray(y, new NDArray(new Float32Array([0.5])), "pairs");
  });
});

Deno.test("Hdf5Writer.write() creates the groups a name needs", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "g.h5");
    await writeHdf5(path, {
      "a/b/c": new Uint8Array([1]),
      "a/d": new Uint8Array([2]),
      "//e//": new Uint8Array([3]),
    });
    const names = (await listHdf5(path)).map((d) => d.name);
    assert.deepEqual(names, ["/a/b/c", "/a/d", "/e"]);
    assert.deepEqual([...(await readHdf5(path, "a/b/c")).data], [1]);
    assert.deepEqual([...(await readHdf5(path, "/e")).data], [3]);
  });
});

Deno.test("Hdf5Writer.write() refuses a name already written as a dataset or group, and stays usable", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "dup.h5");
    const writer = await Hdf5Writer.create(path, { sync: false });
    await writer.write("a", new Uint8Array([1]));
    await writer.write("g/b", new Uint8Array([2]));
    for (const name of ["a", "/a", "a/x", "g", "g/b"]) {
      await assert.rejects(
        writer.write(name, new Uint8Array([9])),
        (e: Error) =>
          e instanceof Deno.errors.AlreadyExists &&
          /already written as a (dataset|group)/.test(e.message),
        name,
      );
    }
    await writer.write("g/c", new Uint8Array([3]));
    await writer.close();
    const names = (await listHdf5(path)).map((d) => d.name);
    assert.deepEqual(names, ["/a", "/g/b", "/g/c"]);
    assert.deepEqual([...(await readHdf5(path, "a")).data], [1]);
  });
});

Deno.test("Hdf5Writer.write() refuses invalid names and values with TypeError, and stays usable", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "bad.h5");
    const writer = await Hdf5Writer.create(path, { sync: false });
    for (const name of ["", "/", "a/../b", "./a", "a\0b"]) {
      await assert.rejects(
        writer.write(name, new Uint8Array(1)),
        (e: Error) =>
          e instanceof TypeError && e.message.includes("dataset name"),
        JSON.stringify(name),
      );
    }
    await assert.rejects(
      writer.write("s", new NDArray(["ok", "a\0b"], [2])),
      (e: Error) =>
        e instanceof TypeError && e.message.includes("element 1") &&
        e.message.includes("NUL"),
    );
    await assert.rejects(
      writer.write("n", [1, 2] as unknown as Uint8Array),
      TypeError,
    );
    await writer.write("fine", new Uint8Array([7]));
    await writer.close();
    assert.deepEqual([...(await readHdf5(path, "fine")).data], [7]);
  });
});

Deno.test("Hdf5Writer makes the file appear only at close(), replacing the old one", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "f.h5");
    await writeHdf5(path, { old: new Uint8Array([1]) });
    const writer = await Hdf5Writer.create(path);
    await writer.write("new", new Uint8Array([2]));
    // Before close(): the old file is untouched, the new one is a hidden temp.
    assert.deepEqual((await listHdf5(path)).map((d) => d.name), ["/old"]);
    const during = await listDir(dir);
    assert.equal(during.length, 2);
    assert.ok(
      during.some((n) => n.startsWith(".f.h5") && n.includes(TEMP_MARK)),
    );
    await writer.close();
    await writer.close(); // idempotent
    assert.deepEqual((await listHdf5(path)).map((d) => d.name), ["/new"]);
    assert.deepEqual(await listDir(dir), ["f.h5"]);
  });
});

Deno.test("Hdf5Writer.abort() and disposal without close() leave no file behind", async () => {
  await withTempDir(async (dir) => {
    const aborted = await Hdf5Writer.create(join(dir, "a.h5"));
    await aborted.write("x", new Uint8Array(4));
    await aborted.abort();
    await aborted.abort(); // idempotent
    await assert.rejects(
      aborted.close(),
      (e: Error) => e instanceof ReadOnlyError && e.message.includes("aborted"),
    );
    {
      await using disposed = await Hdf5Writer.create(join(dir, "b.h5"));
      await disposed.write("x", new Uint8Array(4));
    }
    assert.deepEqual(await listDir(dir), []);
  });
});

Deno.test("Hdf5Writer.write() after close() fails with ReadOnlyError", async () => {
  await withTempDir(async (dir) => {
    const writer = await Hdf5Writer.create(join(dir, "c.h5"), { sync: false });
    await writer.close();
    await assert.rejects(
      writer.write("x", new Uint8Array(1)),
      (e: Error) =>
        e instanceof ReadOnlyError && e.message.includes("was closed") &&
        (e as ReadOnlyError).path === join(dir, "c.h5"),
    );
  });
});

Deno.test("Hdf5Writer.write() aborted between slices discards the file", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "abort.h5");
    const writer = await Hdf5Writer.create(path, { sliceBytes: 1024 });
    const controller = new AbortController();
    const big = new Float64Array(1 << 16); // 512 KiB: 512 slices
    const writing = writer.write("big", big, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 0);
    await assert.rejects(writing, (e: Error) => e.message === "stop");
    await assert.rejects(
      writer.write("x", new Uint8Array(1)),
      (e: Error) => e instanceof ReadOnlyError && e.message.includes("failed"),
    );
    await writer.close().catch(() => {});
    assert.deepEqual(await listDir(dir), []);
  });
});

Deno.test("Hdf5Writer.create() in a missing folder fails with NotFoundError", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "no", "such", "f.h5");
    await assert.rejects(
      Hdf5Writer.create(path),
      (e: Error) =>
        e instanceof NotFoundError && (e as NotFoundError).path === path &&
        e.message.includes("does not exist"),
    );
  });
});

Deno.test("Hdf5Writer.create() refuses a sliceBytes outside 1 B to 1 GiB", async () => {
  await withTempDir(async (dir) => {
    for (const sliceBytes of [0, 1.5, 2 ** 31, -1]) {
      await assert.rejects(
        Hdf5Writer.create(join(dir, "s.h5"), { sliceBytes }),
        RangeError,
      );
    }
    assert.deepEqual(await listDir(dir), []);
  });
});

/** The modification time h5py reports for every object of a file. */
const H5PY_MTIMES = `
import json, sys
import h5py
out = {}
with h5py.File(sys.argv[1], "r") as f:
    f.visititems(lambda name, obj: out.__setitem__(name, h5py.h5g.get_objinfo(f.id, name.encode()).mtime))
print(json.dumps(out))
`;

Deno.test("writeHdf5() of the same arrays a second apart gives byte-identical files, which h5py reads, with no write times", async () => {
  await withTempDir(async (dir) => {
    // Every dtype, datasets in groups, and datasets written in slices
    // (created, resized, then filled: each step changes the object).
    const arrays = new Map([...corpus(), ...slicingCases()]);
    for (const [name, a] of slicingCases()) arrays.set(`g/h/${name}`, a);
    const write = (name: string) =>
      writeHdf5(join(dir, name), arrays, { sync: false, sliceBytes: 40 });
    await write("a.h5");
    // HDF5 stored times in seconds: the second file is written in a later one.
    const start = Date.now();
    await until(() => Date.now() - start > 1100, 5000, "a second to pass");
    await write("b.h5");
    const [a, b] = await Promise.all(
      ["a.h5", "b.h5"].map((n) => Deno.readFile(join(dir, n))),
    );
    assert.equal(a.length, b.length);
    const differ = a.findIndex((byte, i) => byte !== b[i]);
    assert.equal(differ, -1, `the files differ at byte ${differ}`);
    if (!HAS_H5PY) return;
    const path = join(dir, "b.h5");
    const seen = JSON.parse(await python(DESCRIBE, [path]));
    for (const [name, array] of arrays) {
      assertH5pySees(seen[name], array, name);
    }
    // 0 is what HDF5 reports for objects whose times are not tracked.
    const mtimes = JSON.parse(await python(H5PY_MTIMES, [path]));
    assert.ok(Object.keys(mtimes).length > arrays.size); // groups too
    for (const [name, mtime] of Object.entries(mtimes)) {
      assert.equal(mtime, 0, name);
    }
  });
});
