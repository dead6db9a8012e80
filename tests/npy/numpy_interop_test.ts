// Copyright 2026 the persist authors. MIT license.
// Interop against the real NumPy (Debian's python3-numpy).

import assert from "node:assert/strict";
import { join } from "node:path";
import { encodeNpy, readNpy, writeNpy } from "../../mod.ts";
import { HAS_NUMPY, python, withTempDir } from "../_util.ts";
import { cOrderBytes, corpus, hex } from "./_corpus.ts";

const DESCRIBE = `
import json, sys, os
import numpy as np
out = {}
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if not name.endswith(".npy"):
        continue
    path = os.path.join(folder, name)
    a = np.load(path, allow_pickle=False)
    native = a.astype(a.dtype.newbyteorder("<")) if a.dtype.byteorder == ">" else a
    resaved = os.path.join(folder, name + ".resaved")
    np.save(resaved, a)
    out[name[:-4]] = {
        "descr": a.dtype.str,
        "shape": list(a.shape),
        "fortran": bool(a.flags.f_contiguous and not a.flags.c_contiguous),
        "c_bytes": native.tobytes(order="C").hex(),
        "identical_to_np_save": open(path, "rb").read() == open(resaved + ".npy", "rb").read(),
    }
print(json.dumps(out))
`;

Deno.test({
  name:
    "writeNpy() files load in NumPy with equal dtype, shape, order and values",
  ignore: !HAS_NUMPY,
  fn: () =>
    withTempDir(async (dir) => {
      const arrays = corpus();
      for (const [name, a] of arrays) {
        await writeNpy(join(dir, `${name}.npy`), a);
      }
      const seen = JSON.parse(await python(DESCRIBE, [dir]));
      assert.deepEqual(Object.keys(seen).sort(), [...arrays.keys()].sort());
      for (const [name, a] of arrays) {
        const s = seen[name];
        assert.equal(s.descr, a.dtype.replace("[s]", "[s]"), name);
        assert.deepEqual(s.shape, a.shape, name);
        assert.equal(
          s.fortran,
          a.order === "F" && a.ndim >= 2 && a.size > 0,
          name,
        );
        assert.equal(s.c_bytes, hex(cOrderBytes(a)), `${name}: values differ`);
      }
    }),
});

Deno.test({
  name:
    "writeNpy() output is byte-identical to NumPy's np.save of the same array",
  ignore: !HAS_NUMPY,
  fn: () =>
    withTempDir(async (dir) => {
      const arrays = corpus();
      for (const [name, a] of arrays) {
        await writeNpy(join(dir, `${name}.npy`), a);
      }
      const seen = JSON.parse(await python(DESCRIBE, [dir]));
      for (const [name, a] of arrays) {
        // NumPy re-saves 1-D and 0-d F-order arrays as C order (same bytes, other flag).
        if (a.order === "F" && a.ndim < 2) continue;
        assert.ok(
          seen[name].identical_to_np_save,
          `${name} differs from np.save`,
        );
      }
    }),
});

const WRITE_ALL = `
import json, sys, os
import numpy as np
folder = sys.argv[1]
rng = np.random.default_rng(7)
arrays = {
    "f8_be": np.arange(6, dtype=">f8").reshape(2, 3),
    "i4_be_F": np.asfortranarray(np.arange(-6, 6, dtype=">i4").reshape(3, 4)),
    "u2_be": np.array([1, 256, 65535], dtype=">u2"),
    "c16_be": np.array([1 + 2j, -3.5 - 0.5j], dtype=">c16"),
    "f2": np.array([0.5, -2, 65504], dtype="<f2"),
    "i8": np.array([-2**63, 2**63 - 1, 2**53 + 1], dtype="<i8"),
    "u8_be": np.array([2**64 - 1, 3], dtype=">u8"),
    "b1_F": np.asfortranarray(rng.random((3, 5)) > 0.5),
    "f4_4d": rng.random((2, 3, 4, 5)).astype("<f4"),
    "c8_F": np.asfortranarray((rng.random((4, 3)) + 1j * rng.random((4, 3))).astype("<c8")),
    "U3": np.array(["a", "bc", "déf"]),
    "m8_ns": np.array([1, -5, 7], dtype="timedelta64[ns]"),
    "scalar_i2": np.array(-7, dtype="<i2"),
    "empty_f8": np.zeros((3, 0), dtype="<f8"),
}
out = {}
for name, a in arrays.items():
    np.save(os.path.join(folder, name + ".npy"), a)
    native = a.astype(a.dtype.newbyteorder("<")) if a.dtype.byteorder == ">" else a
    out[name] = {"descr": native.dtype.str, "shape": list(a.shape),
                 "fortran": bool(a.flags.f_contiguous and not a.flags.c_contiguous),
                 "c_bytes": native.tobytes(order="C").hex()}
print(json.dumps(out))
`;

Deno.test({
  name:
    "readNpy() reads what NumPy's np.save wrote: big-endian, Fortran, 4-D, strings, timedelta",
  ignore: !HAS_NUMPY,
  fn: () =>
    withTempDir(async (dir) => {
      const want = JSON.parse(await python(WRITE_ALL, [dir]));
      for (const [name, w] of Object.entries<Record<string, unknown>>(want)) {
        const a = await readNpy(join(dir, `${name}.npy`));
        assert.equal(a.dtype, w.descr, name);
        assert.deepEqual(a.shape, w.shape, name);
        assert.equal(a.order === "F", w.fortran, name);
        assert.equal(hex(cOrderBytes(a)), w.c_bytes, `${name}: values differ`);
      }
    }),
});

Deno.test("encodeNpy() and writeNpy() produce the same bytes", async () => {
  await withTempDir(async (dir) => {
    for (const [name, a] of corpus()) {
      await writeNpy(join(dir, "x.npy"), a, { sync: false });
      assert.deepEqual(
        await Deno.readFile(join(dir, "x.npy")),
        encodeNpy(a),
        name,
      );
    }
  });
});

const NUL_STRINGS = `
import json, sys
import numpy as np
a = np.array(["a\\0b", "x", "\\0\\0z", "", "tail\\0", "\\0"], dtype="<U6")
np.save(sys.argv[1], a)
print(json.dumps(a.tolist()))
`;

Deno.test({
  name:
    "readNpy() keeps NULs inside unicode strings and strips only trailing ones, as NumPy does; writeNpy() keeps them for NumPy",
  ignore: !HAS_NUMPY,
  fn: () =>
    withTempDir(async (dir) => {
      const path = join(dir, "nul.npy");
      const want: string[] = JSON.parse(await python(NUL_STRINGS, [path]));
      assert.deepEqual(want, ["a\0b", "x", "\0\0z", "", "tail", ""]);
      const read = await readNpy(path);
      assert.deepEqual(Array.from(read.data as string[]), want);
      const ours = join(dir, "ours.npy");
      await writeNpy(ours, read);
      const back: string[] = JSON.parse(
        await python(
          "import json, sys\nimport numpy as np\nprint(json.dumps(np.load(sys.argv[1]).tolist()))",
          [ours],
        ),
      );
      assert.deepEqual(back, want);
      assert.deepEqual(
        Array.from((await readNpy(ours)).data as string[]),
        want,
      );
    }),
});
