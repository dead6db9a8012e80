// Copyright 2026 the persist authors. MIT license.
// A chest folder read from Python without Deno: the index with json, .npy
// values with NumPy, .msgpack values with the msgpack package and the reader
// of docs/CHEST.md, taken from the page itself so that the page stays true.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest, NDArray } from "../../mod.ts";
import { MAX_NESTING } from "../../lib/chest/codec.ts";
import { HAS_MSGPACK, python, ROOT, withTempDir } from "../_util.ts";
import { CONTAINER_KINDS, nest } from "./_deep.ts";

if (!HAS_MSGPACK) {
  console.warn(
    "SKIPPING the Python chest reader test: /usr/bin/python3 cannot import msgpack and numpy " +
      "(install Debian's python3-msgpack and python3-numpy; CI does)",
  );
}

/** The Python blocks of the default codec's section of docs/CHEST.md. */
function pythonBlocks(page: string): string[] {
  const start = page.indexOf("### The default codec");
  const end = page.indexOf("\n## ", start);
  assert.ok(start >= 0 && end > start, "docs/CHEST.md has no codec section");
  const section = page.slice(start, end);
  return [...section.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
}

const BLOCKS = pythonBlocks(
  await Deno.readTextFile(join(ROOT, "docs", "CHEST.md")),
);
/** The reader: `unpack(bytes)` and what it needs. */
const READER = BLOCKS[0];
/** The page's example: reads key "x" of "results.chest" into `value` and keeps `folder` and `files`. */
const EXAMPLE = BLOCKS[1];

Deno.test("docs/CHEST.md has a Python reader and an example that uses it", () => {
  assert.equal(BLOCKS.length, 2);
  assert.match(READER, /^def unpack\(data\):/m);
  assert.match(EXAMPLE, /^value = unpack\(|^ +value = unpack\(/m);
});

/** Every key of the chest folder argv[1], read with the reader, as JSON. */
const READ_ALL = `
import json, os, sys

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
        with open(path, "rb") as f:
            v = unpack(f.read())
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
      nested: new Map([["d", [new Date(Date.UTC(2021, 1, 3))]]]),
    });
    await c.set(3, new NDArray(new Float32Array([1, 2, 3, 4]), [2, 2]));
    await c.flush();
    const read = JSON.parse(await python(READER + READ_ALL, [c.path]));
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
        nested: { d: ["2021-02-03T00:00:00+00:00"] },
      },
      "3": { dtype: "<f4", shape: [2, 2], list: [[1, 2], [3, 4]] },
    });
  },
});

/** After the page's example: which objects Python reads as the same object. */
const CHECK_SHARING = `
with open(os.path.join(folder, files['"chain"']), "rb") as f:
    chain = unpack(f.read())
length, node = 0, chain[0]
while node is not None:
    length, node = length + 1, node["next"]
print(json.dumps({
    "a is b": value["a"] is value["b"],
    "map value is a": value["m"]["k"] is value["a"],
    "set member is a": value["s"][0] is value["a"],
    "t1 is t2": value["t1"] is value["t2"],
    "d1 is d2": value["d1"] is value["d2"],
    "list holds itself": value["list"][1] is value["list"],
    "self is value": value["self"] is value,
    "bare1 is bare2": value["bare1"] is value["bare2"],
    "bare q is a": value["bare1"]["q"] is value["a"],
    "sparse1 is sparse2": value["sparse1"] is value["sparse2"],
    "sparse[1] is a": value["sparse1"][1] is value["a"],
    "copy is a": value["copy"] is value["a"],
    "chain[5].next is chain[6]": chain[5]["next"] is chain[6],
    "keys": list(value.keys()),
    "a": value["a"],
    "list[0]": value["list"][0],
    "sparse": [None if v is None else "a" for v in value["sparse1"]],
    "t1": value["t1"].tolist(),
    "d1": value["d1"].isoformat(),
    "chain length": length,
}))
`;

Deno.test({
  name:
    "The Python reader of docs/CHEST.md keeps shared objects shared and cycles closed",
  ignore: !HAS_MSGPACK,
  fn: async () => {
    await withTempDir(async (dir) => {
      const row = { n: 1 };
      const t = new Int16Array([7, 8]);
      const d = new Date(Date.UTC(2020, 0, 2));
      const list: unknown[] = ["head"];
      list.push(list);
      const bare = Object.assign(Object.create(null), { q: row });
      const sparse = Object.assign(new Array(3), { 1: row });
      const value: Record<string, unknown> = {
        a: row,
        b: row,
        m: new Map([["k", row]]),
        s: new Set([row]),
        t1: t,
        t2: t,
        d1: d,
        d2: d,
        list,
        bare1: bare,
        bare2: bare,
        sparse1: sparse,
        sparse2: sparse,
        copy: { n: 1 },
      };
      value.self = value;
      // 100 000 shared objects, each referring to the next.
      type Node = { next: Node | null };
      const chain: Node[] = Array.from({ length: 100_000 }, () => ({
        next: null,
      }));
      chain.forEach((node, i) => (node.next = chain[i + 1] ?? null));
      const c = await Chest.open({ path: join(dir, "results.chest") });
      await c.set("x", value);
      await c.set("chain", chain);
      await c.close();
      const out = await python(READER + EXAMPLE + CHECK_SHARING, [], {
        cwd: dir,
      });
      assert.deepEqual(JSON.parse(out), {
        "a is b": true,
        "map value is a": true,
        "set member is a": true,
        "t1 is t2": true,
        "d1 is d2": true,
        "list holds itself": true,
        "self is value": true,
        "bare1 is bare2": true,
        "bare q is a": true,
        "sparse1 is sparse2": true,
        "sparse[1] is a": true,
        "copy is a": false,
        "chain[5].next is chain[6]": true,
        keys: Object.keys(value),
        a: { n: 1 },
        "list[0]": "head",
        sparse: [null, "a", null],
        t1: [7, 8],
        d1: "2020-01-02T00:00:00+00:00",
        "chain length": 100_000,
      });
    });
  },
});

/** Each key of the chest folder argv[1] with its depth of containers, as JSON. */
const DEPTHS = `
import json, os, sys

def depth(value):
    deepest, todo, seen = 0, [(value, 0)], set()
    while todo:
        v, d = todo.pop()
        if not isinstance(v, (dict, list)) or id(v) in seen: continue
        seen.add(id(v))
        deepest = max(deepest, d + 1)
        todo.extend((x, d + 1) for x in (v.values() if isinstance(v, dict) else v))
    return deepest

folder = sys.argv[1]
index = json.load(open(os.path.join(folder, ".chest.json")))
out = {}
for e in index["entries"]:
    with open(os.path.join(folder, e["file"]), "rb") as f:
        out[json.loads(e["key"])] = depth(unpack(f.read()))
print(json.dumps(out, sort_keys=True))
`;

Deno.test({
  name:
    "The Python reader of docs/CHEST.md reads values of every container kind nested MAX_NESTING levels deep",
  ignore: !HAS_MSGPACK,
  fn: async () => {
    await using c = await Chest.open();
    const s = { shared: true };
    const expected: Record<string, number> = {};
    for (const kind of CONTAINER_KINDS) {
      await c.set(kind, nest(kind, MAX_NESTING, 1));
      await c.set(`${kind} shared`, nest(kind, MAX_NESTING - 1, [s, s]));
      expected[kind] = MAX_NESTING;
      expected[`${kind} shared`] = MAX_NESTING + 1; // s is shared: level 1 again
    }
    await c.flush();
    const read = JSON.parse(await python(READER + DEPTHS, [c.path]));
    assert.deepEqual(read, expected);
  },
});
