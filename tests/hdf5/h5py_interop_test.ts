// Copyright 2026 the persist authors. MIT license.
// Interop against the real h5py (Debian's python3-h5py): h5py reads what we
// write, we read what h5py writes.

import assert from "node:assert/strict";
import { join } from "node:path";
import { NDArray, readHdf5, writeHdf5 } from "../../mod.ts";
import { HAS_H5PY, python, withTempDir } from "../_util.ts";
import { cOrderBytes, corpus, hex, valuesFor } from "../npy/_corpus.ts";
import { assertH5pySees, DESCRIBE } from "./_h5py.ts";

for (const sliceBytes of [undefined, 24]) {
  Deno.test({
    name:
      `writeHdf5() files read in h5py with equal shapes and values, and the documented dtypes${
        sliceBytes ? " (written in slices)" : ""
      }`,
    ignore: !HAS_H5PY,
    fn: () =>
      withTempDir(async (dir) => {
        const path = join(dir, "ours.h5");
        const arrays = corpus();
        arrays.set(
          "f8_3x4x5_F",
          new NDArray(valuesFor("<f8", 60), [3, 4, 5], { order: "F" }),
        );
        await writeHdf5(path, arrays, { sliceBytes });
        const seen = JSON.parse(await python(DESCRIBE, [path]));
        assert.deepEqual(seen["/"], { persist_layout: 1 });
        assert.deepEqual(
          Object.keys(seen).filter((k) => k !== "/").sort(),
          [...arrays.keys()].sort(),
        );
        for (const [name, a] of arrays) {
          const s = seen[name];
          assertH5pySees(s, a, name);
          assert.deepEqual(
            s.attrs,
            { persist_dtype: a.dtype, persist_order: a.order },
            `${name}: attributes`,
          );
        }
      }),
  });
}

/** h5py writes every kind of dataset persist reads, and reports what it wrote. */
const WRITE_ALL = `
import json, sys
import h5py, numpy as np
rng = np.random.default_rng(3)
arrays = {
    "f8_be": np.arange(6, dtype=">f8").reshape(2, 3),
    "i4_be": np.arange(-6, 6, dtype=">i4").reshape(3, 4),
    "u2_be": np.array([1, 256, 65535], dtype=">u2"),
    "c16": np.array([1 + 2j, -3.5 - 0.5j, np.nan + 0j]),
    "c8_be": np.array([[1 - 1j, 2.5 + 0j]], dtype=">c8"),
    "c16_be": np.array([1e300 + 2j], dtype=">c16"),
    "b1": rng.random((3, 5)) > 0.5,
    "b1_scalar": np.bool_(True),
    "f2": np.array([0.5, -2, 65504, np.inf], dtype="<f2"),
    "f2_be": np.array([1.5, -0.0], dtype=">f2"),
    "i8": np.array([-2**63, 2**63 - 1, 2**53 + 1], dtype="<i8"),
    "u8_be": np.array([2**64 - 1, 3], dtype=">u8"),
    "i1": np.array([-128, 127], dtype="i1"),
    "f4_4d": rng.random((2, 3, 4, 5)).astype("<f4"),
    "f8_from_fortran": np.asfortranarray(np.arange(12.0).reshape(3, 4)),
    "scalar_i2": np.array(-7, dtype="<i2"),
    "empty_f8": np.zeros((3, 0), dtype="<f8"),
}
out = {}
with h5py.File(sys.argv[1], "w", userblock_size=512) as f:
    for name, a in arrays.items():
        f[name] = a
    f.create_dataset("gzip_shuffle", data=np.arange(5000, dtype="<i8").reshape(50, 100),
                     chunks=(7, 30), compression="gzip", shuffle=True)
    f.create_dataset("growable", data=np.arange(10.0), maxshape=(None,), chunks=(3,))
    f.create_dataset("fletcher", data=np.arange(20, dtype="<u4"), fletcher32=True, chunks=(6,))
    f["vlen_str"] = np.array(["a", "héé", "", "𝄞x"], dtype=h5py.string_dtype()).reshape(2, 2)
    f["fixed_str"] = np.array([b"ab", b"", b"xyz", b"a\\0b"], dtype="S3")
    nullterm = h5py.h5t.C_S1.copy()
    nullterm.set_size(4)
    nullterm.set_strpad(h5py.h5t.STR_NULLTERM)
    f.create_dataset("nullterm_str", (2,), dtype=h5py.Datatype(nullterm))
    f["nullterm_str"][...] = np.array([b"ab\\0z", b"xyz"], dtype="S4")
    f["group/sub/deep"] = np.arange(3, dtype="<u2")
    colors = h5py.enum_dtype({"RED": 0, "GREEN": 1, "BLUE": -1}, basetype=">i2")
    f.create_dataset("enum_i2", data=np.array([0, 1, -1], dtype=">i2"), dtype=colors)
    arrays["gzip_shuffle"] = np.arange(5000, dtype="<i8").reshape(50, 100)
    arrays["growable"] = np.arange(10.0)
    arrays["fletcher"] = np.arange(20, dtype="<u4")
    arrays["group/sub/deep"] = np.arange(3, dtype="<u2")
    arrays["enum_i2"] = np.array([0, 1, -1], dtype="<i2")
for name, a in arrays.items():
    a = np.asarray(a)
    native = a.astype(a.dtype.newbyteorder("<")) if a.dtype.byteorder == ">" else a
    out[name] = {"descr": native.dtype.str, "shape": list(a.shape),
                 "c_bytes": native.tobytes(order="C").hex()}
out["vlen_str"] = {"descr": "<U3", "shape": [2, 2], "strings": ["a", "héé", "", "𝄞x"]}
# Null-padded: a NUL inside stays (h5py reads b"a\\0b"); null-terminated: it ends
# the string (h5py reads b"ab").
out["fixed_str"] = {"descr": "<U3", "shape": [4], "strings": ["ab", "", "xyz", "a\\0b"]}
out["nullterm_str"] = {"descr": "<U3", "shape": [2], "strings": ["ab", "xyz"]}
for name in ("fixed_str", "nullterm_str"):
    with h5py.File(sys.argv[1], "r") as f:
        assert [b.decode() for b in f[name][()]] == out[name]["strings"], name
print(json.dumps(out))
`;

Deno.test({
  name:
    "readHdf5() reads what h5py wrote: big-endian, complex, bool, enum, float16, gzip+shuffle, fletcher32, resizable, strings, user block",
  ignore: !HAS_H5PY,
  fn: () =>
    withTempDir(async (dir) => {
      const path = join(dir, "theirs.h5");
      const want = JSON.parse(await python(WRITE_ALL, [path]));
      for (const sliceBytes of [undefined, 64]) {
        for (const [name, w] of Object.entries<Record<string, unknown>>(want)) {
          const a = await readHdf5(path, name, { sliceBytes });
          const label = `${name} @${sliceBytes}`;
          assert.equal(a.dtype, w.descr, label);
          assert.deepEqual(a.shape, w.shape, label);
          assert.equal(a.order, "C", label);
          if (w.strings) assert.deepEqual(a.data, w.strings, label);
          else assert.equal(hex(cOrderBytes(a)), w.c_bytes, `${label}: values`);
        }
      }
    }),
});
