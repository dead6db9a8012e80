// Copyright 2026 the persist authors. MIT license.
// Hdf5Reader / readHdf5 / listHdf5: the h5py fixture, listings, and the
// errors for missing, damaged and unsupported data.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  FormatError,
  Hdf5Reader,
  listHdf5,
  NotFoundError,
  readHdf5,
  ReadOnlyError,
  writeHdf5,
} from "../../mod.ts";
import { FIXTURES, HAS_H5PY, python, withTempDir } from "../_util.ts";
import { countListings } from "./_listings.ts";

const MIXED = join(FIXTURES, "hdf5", "mixed.h5");

Deno.test("readHdf5() reads every dataset of the h5py fixture with its dtype, shape and values", async () => {
  const expected: Record<string, [string, number[], unknown[]]> = {
    "f8_2x3": ["<f8", [2, 3], [0, 1, 2, 3, 4, 5]],
    "i8": ["<i8", [2], [-(2n ** 63n), 2n ** 63n - 1n]],
    "u1": ["|u1", [10], Array.from({ length: 10 }, (_, i) => i)],
    "gzip_f4": ["<f4", [1000], Array.from({ length: 1000 }, (_, i) => i)],
    "growable": ["<f8", [5], [0, 1, 2, 3, 4]],
    "group/nested": ["<i4", [3], [1, 2, 3]],
  };
  await using reader = await Hdf5Reader.open(MIXED);
  for (const [name, [dtype, shape, values]] of Object.entries(expected)) {
    const a = await reader.read(name);
    assert.equal(a.dtype, dtype, name);
    assert.deepEqual(a.shape, shape, name);
    assert.equal(a.order, "C", name);
    assert.deepEqual([...a.data], values, name);
  }
});

Deno.test("Hdf5Reader.read() reads a gzip-chunked dataset in slices along its chunks", async () => {
  // 400-byte slices of a float32 dataset in 100-element chunks: one chunk each.
  await using reader = await Hdf5Reader.open(MIXED, { sliceBytes: 400 });
  const a = await reader.read("gzip_f4");
  assert.deepEqual([...a.data], Array.from({ length: 1000 }, (_, i) => i));
  const b = await reader.read("growable", {
    signal: AbortSignal.timeout(5000),
  });
  assert.deepEqual([...b.data], [0, 1, 2, 3, 4]);
});

Deno.test("listHdf5() describes the fixture's datasets: groups, chunks, filters, resizable axes, attributes", async () => {
  const infos = await listHdf5(MIXED);
  assert.deepEqual(infos.map((d) => d.name), [
    "/f8_2x3",
    "/group/nested",
    "/growable",
    "/gzip_f4",
    "/i8",
    "/u1",
  ]);
  const byName = Object.fromEntries(infos.map((d) => [d.name, d]));
  assert.deepEqual(byName["/f8_2x3"], {
    name: "/f8_2x3",
    shape: [2, 3],
    dtype: "<f8",
    order: "C",
    type: "float64",
    chunks: undefined,
    maxShape: [2, 3],
    filters: [],
    attrs: { units: "m" },
    unreadableAttrs: [],
  });
  assert.deepEqual(byName["/gzip_f4"].chunks, [100]);
  assert.deepEqual(byName["/gzip_f4"].filters, ["deflate"]);
  assert.deepEqual(byName["/growable"].maxShape, [null]);
  assert.deepEqual(byName["/growable"].chunks, [4]);
  assert.equal(byName["/i8"].type, "int64");
  await using reader = await Hdf5Reader.open(MIXED);
  assert.deepEqual(await reader.info("group/nested"), byName["/group/nested"]);
});

Deno.test("readHdf5() on a missing file fails with NotFoundError naming it", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "none.h5");
    await assert.rejects(
      readHdf5(path, "a"),
      (e: Error) =>
        e instanceof NotFoundError && (e as NotFoundError).path === path &&
        e.message === `Cannot read "${path}": the file does not exist`,
    );
  });
});

Deno.test("readHdf5() on a missing dataset or a group fails with NotFoundError naming both", async () => {
  await assert.rejects(
    readHdf5(MIXED, "group/missing"),
    (e: Error) =>
      e instanceof NotFoundError && (e as NotFoundError).path === MIXED &&
      (e as NotFoundError).item === "/group/missing" &&
      e.message.includes("there is no such dataset") &&
      e.message.includes("listHdf5()"),
  );
  await assert.rejects(
    readHdf5(MIXED, "no/such/group/a"),
    (e: Error) => e instanceof NotFoundError,
  );
  await assert.rejects(
    readHdf5(MIXED, "group"),
    (e: Error) =>
      e instanceof NotFoundError && e.message.includes("it is a group"),
  );
});

Deno.test("readHdf5() on a file that is not HDF5 fails with FormatError", async () => {
  await withTempDir(async (dir) => {
    const npy = join(FIXTURES, "npy", "f8_2x3.npy");
    await assert.rejects(
      readHdf5(npy, "a"),
      (e: Error) =>
        e instanceof FormatError && (e as FormatError).path === npy &&
        e.message.includes("not an HDF5 file"),
    );
    const empty = join(dir, "empty.h5");
    await Deno.writeFile(empty, new Uint8Array());
    await assert.rejects(readHdf5(empty, "a"), FormatError);
    await assert.rejects(
      readHdf5(dir, "a"),
      (e: Error) =>
        e instanceof FormatError && e.message.includes("not a file"),
    );
  });
});

Deno.test("readHdf5() on a truncated HDF5 file fails with FormatError, not a crash", async () => {
  await withTempDir(async (dir) => {
    const whole = await Deno.readFile(MIXED);
    const path = join(dir, "cut.h5");
    for (const keep of [8, 100, 1000, whole.length - 3000]) {
      await Deno.writeFile(path, whole.subarray(0, keep));
      await assert.rejects(
        (async () => {
          await using reader = await Hdf5Reader.open(path);
          for (const d of await reader.list()) await reader.read(d.name);
        })(),
        (e: Error) =>
          e instanceof FormatError && (e as FormatError).path === path &&
          e.message.includes("HDF5"),
        `kept ${keep} bytes`,
      );
    }
  });
});

Deno.test("Hdf5Reader after close() fails with ReadOnlyError", async () => {
  const reader = await Hdf5Reader.open(MIXED);
  await reader.close();
  await reader.close(); // idempotent
  await assert.rejects(reader.read("u1"), ReadOnlyError);
  await assert.rejects(reader.list(), ReadOnlyError);
});

Deno.test("readHdf5() refuses a persist_dtype attribute that contradicts the data", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "x.h5");
    await writeHdf5(path, { a: new Float64Array([1]) });
    const bytes = await Deno.readFile(path);
    // Rewrite the attribute's value in place: same length, another dtype.
    const text = new TextDecoder("latin1").decode(bytes);
    const at = text.indexOf("<f8");
    assert.ok(at > 0 && text.indexOf("<f8", at + 1) < 0);
    bytes.set(new TextEncoder().encode("<i4"), at);
    await Deno.writeFile(path, bytes);
    await assert.rejects(
      readHdf5(path, "a"),
      (e: Error) =>
        e instanceof FormatError &&
        e.message.includes('persist_dtype" says "<i4" but it holds float64'),
    );
  });
});

const UNSUPPORTED = `
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as f:
    f["ref"] = np.array([f.ref], dtype=h5py.ref_dtype)
    f.create_dataset("lzf", data=np.arange(100.0), compression="lzf", chunks=(10,))
    f["opaque"] = np.void(b"abc")
    f["record"] = np.zeros(3, dtype=[("a", "<i4"), ("b", "<f8")])
    f["nothing"] = h5py.Empty("f8")
    d = f.create_dataset("s", data=np.array([b"a", b"bc"], dtype="S3"))
    d.attrs["ref"] = f.ref
    d.attrs["z"] = 1 + 2j
    d.attrs["flags"] = np.array([True, False])
    d.attrs["m"] = np.arange(6, dtype="<u8").reshape(2, 3)
    d.attrs["n"] = np.int16(-3)
    d.attrs.create("color", np.array([1, -1], dtype=">i2"),
                   dtype=h5py.enum_dtype({"GREEN": 1, "BLUE": -1}, basetype=">i2"))
    f["soft"] = h5py.SoftLink("/s")
    f["dangling"] = h5py.SoftLink("/nowhere")
    f["ext"] = h5py.ExternalLink("other.h5", "/x")
`;

Deno.test({
  name:
    "readHdf5() refuses h5py datatypes persist cannot represent with a FormatError naming the type",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (dir) => {
      const path = join(dir, "u.h5");
      await python(UNSUPPORTED, [path]);
      const cases: [string, string][] = [
        ["ref", "its HDF5 datatype (object reference) has no NumPy equivalent"],
        ["opaque", "(3-byte opaque)"],
        ["record", "(compound {a: int32, b: float64})"],
        ["nothing", "empty dataspace (h5py's Empty)"],
        [
          "lzf",
          'compressed with the "lzf" filter, which h5wasm does not include',
        ],
      ];
      cases.push(
        [
          "ext",
          'external link to "/x" in "other.h5", which persist does not follow',
        ],
        ["dangling", "it is a soft link to nothing"],
      );
      for (const [name, text] of cases) {
        await assert.rejects(
          readHdf5(path, name),
          (e: Error) =>
            (e instanceof FormatError || e instanceof NotFoundError) &&
            e.message.includes(text) && e.message.includes(`"/${name}"`) &&
            e.message.includes(path),
          name,
        );
      }
    }),
});

Deno.test({
  name:
    "listHdf5() lists unsupported datasets with dtype undefined and names unreadable attributes",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (dir) => {
      const path = join(dir, "u.h5");
      await python(UNSUPPORTED, [path]);
      const infos = Object.fromEntries(
        (await listHdf5(path)).map((d) => [d.name, d]),
      );
      assert.deepEqual(Object.keys(infos).sort(), [
        "/lzf",
        "/nothing",
        "/opaque",
        "/record",
        "/ref",
        "/s",
        "/soft",
      ]);
      assert.equal(infos["/ref"].dtype, undefined);
      assert.equal(infos["/ref"].type, "object reference");
      assert.equal(infos["/nothing"].shape, null);
      assert.deepEqual(infos["/lzf"].filters, ["lzf"]);
      assert.equal(infos["/s"].dtype, "<U");
      assert.deepEqual(infos["/s"].attrs, {
        color: [1, -1],
        flags: [true, false],
        m: [[0n, 1n, 2n], [3n, 4n, 5n]],
        n: -3,
      });
      assert.deepEqual(infos["/s"].unreadableAttrs.sort(), ["ref", "z"]);
      const s = await readHdf5(path, "s");
      assert.equal(s.dtype, "<U2");
      assert.deepEqual(s.data, ["a", "bc"]);
      assert.deepEqual((await readHdf5(path, "soft")).data, ["a", "bc"]);
    }),
});

Deno.test("Hdf5Reader stays usable after thousands of HDF5 errors in one process", async () => {
  // h5wasm's throwing error handler corrupts wasm memory after about 2,200
  // errors; persist captures HDF5's reports instead.
  await withTempDir(async (dir) => {
    const path = join(dir, "cut.h5");
    await Deno.writeFile(path, (await Deno.readFile(MIXED)).subarray(0, 100));
    for (let i = 0; i < 2500; i++) {
      await assert.rejects(Hdf5Reader.open(path), FormatError);
    }
    const a = await readHdf5(MIXED, "gzip_f4");
    assert.equal(a.data[999], 999);
  });
});

Deno.test("Hdf5Reader lists each group's names once per open file, not once per dataset", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "many.h5");
    const entries: [string, Float64Array][] = [];
    for (let i = 0; i < 100; i++) {
      entries.push([`a${i}`, new Float64Array([i])]);
      entries.push([`g/b${i}`, new Float64Array([-i])]);
    }
    await writeHdf5(path, entries, { sync: false });
    const counts = await countListings(async () => {
      await using reader = await Hdf5Reader.open(path);
      for (const [name, array] of entries) {
        assert.deepEqual((await reader.read(name)).data, array, name);
        assert.deepEqual((await reader.info(name)).shape, [1], name);
      }
      await assert.rejects(reader.read("a100"), NotFoundError);
      await assert.rejects(reader.read("g/b100"), NotFoundError);
      assert.equal((await reader.list()).length, 200);
    });
    // "/" (100 datasets and g) and "/g" once each, then list()'s one
    // recursive listing (201 names).
    assert.deepEqual(counts, { calls: 3, names: 101 + 100 + 201 });
  });
});
