// Copyright 2026 the persist authors. MIT license.
// A chest folder read from Python without Deno: the index with json, .npy
// values with NumPy, .msgpack values with the msgpack package and the ext_hook
// given in docs/CHEST.md.

import assert from "node:assert/strict";
import { Chest, NDArray } from "../../mod.ts";
import { HAS_MSGPACK, python } from "../_util.ts";

if (!HAS_MSGPACK) {
  console.warn(
    "SKIPPING the Python chest reader test: /usr/bin/python3 cannot import msgpack and numpy " +
      "(install Debian's python3-msgpack and python3-numpy; CI does)",
  );
}

/** The reader from docs/CHEST.md, applied to every key of a chest folder. */
const READER = `
import io, json, os, sys
import msgpack, numpy as np

KINDS = ["i1", "u1", "u1", "<i2", "<u2", "<i4", "<u4", "<f4", "<f8", "<i8", "<u8", "<f2"]

def ext_hook(code, data):
    if code == 0: return None                       # undefined
    if code == 1: return -0.0
    if code == 2: return int(data.decode())
    if code in (3, 4):
        items = msgpack.unpackb(data, ext_hook=ext_hook, strict_map_key=False)
        return dict(zip(items[::2], items[1::2])) if code == 3 else items
    if code == 5: return np.frombuffer(data[1:], KINDS[data[0]])
    if code == 6: return np.load(io.BytesIO(data))
    if code == 11: return msgpack.unpackb(data, ext_hook=ext_hook, strict_map_key=False)
    if code == 12:                                  # an array with holes (None)
        items = msgpack.unpackb(data, ext_hook=ext_hook, strict_map_key=False)
        out = [None] * items[0]
        for i, v in zip(items[1::2], items[2::2]): out[i] = v
        return out
    return msgpack.ExtType(code, data)

def plain(v):
    if isinstance(v, np.ndarray): return {"dtype": v.dtype.str, "shape": list(v.shape), "list": v.tolist()}
    if isinstance(v, dict): return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, list): return [plain(x) for x in v]
    if isinstance(v, float) and v != v: return "nan"
    if hasattr(v, "isoformat"): return v.isoformat()
    return v

folder = sys.argv[1]
index = json.load(open(os.path.join(folder, ".chest.json")))
out = {}
for e in index["entries"]:
    path = os.path.join(folder, e["file"])
    if e["codec"] == "npy":
        v = np.load(path)
    else:
        v = msgpack.unpackb(open(path, "rb").read(), ext_hook=ext_hook, timestamp=3)
    out[json.dumps(json.loads(e["key"]))] = plain(v)
print(json.dumps(out, sort_keys=True))
`;

Deno.test({
  name: "Chest folders are readable from Python with json, NumPy and msgpack",
  ignore: !HAS_MSGPACK,
  fn: async () => {
    await using c = await Chest.open();
    await c.set("x", [1, 2, 3]);
    await c.set(["run", 2], {
      big: 2n ** 70n,
      m: new Map<unknown, unknown>([[1, "one"], ["k", [true, null]]]),
      s: new Set(["a"]),
      t: new Int16Array([-1, 2]),
      when: new Date(Date.UTC(2020, 0, 2)),
      neg: -0,
      nan: NaN,
      gone: undefined,
      sparse: Object.assign(new Array(4), { 1: "x", 2: [1] }),
      bare: Object.assign(Object.create(null), { q: 1 }),
    });
    await c.set(3, new NDArray(new Float32Array([1, 2, 3, 4]), [2, 2]));
    await c.flush();
    const read = JSON.parse(await python(READER, [c.path]));
    assert.deepEqual(read, {
      '"x"': [1, 2, 3],
      '["run", 2]': {
        big: 2 ** 70,
        m: { "1": "one", k: [true, null] },
        s: ["a"],
        t: { dtype: "<i2", shape: [2], list: [-1, 2] },
        when: "2020-01-02T00:00:00+00:00",
        neg: -0,
        nan: "nan",
        gone: null,
        sparse: [null, "x", [1], null],
        bare: { q: 1 },
      },
      "3": { dtype: "<f4", shape: [2, 2], list: [[1, 2], [3, 4]] },
    });
  },
});
