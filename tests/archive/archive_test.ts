// Copyright 2026 the persist authors. MIT license.
// The Archive cases of the original persist (reference/persist-cases.md,
// numbered as there), the module text, names, and refusals.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  Archive,
  load,
  loadValue,
  NDArray,
  register,
  save,
  saveValue,
  unregister,
} from "../../mod.ts";
import { evaluate } from "../../lib/archive/mod.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { setupClasses } from "./_corpus.ts";
import { describeExports } from "./_describe.js";

const CHILD = new URL("./_import_child.ts", import.meta.url).href;

/** The values of an archive's module text, built by the parser. */
async function reload(archive: Archive): Promise<Record<string, unknown>> {
  return await evaluate(archive.toString());
}

Deno.test("Archive.insert() accumulates values: x = 3 then y = 4 (case 1)", async () => {
  const a = new Archive();
  a.insert({ x: 3 });
  a.insert({ y: 4 });
  assert.deepEqual(a.names, ["x", "y"]);
  assert.deepEqual(await reload(a), { x: 3, y: 4 });
});

Deno.test("Archive round-trips simple values one at a time (case 2)", async () => {
  for (const value of [1, 1.0, true, false, "asd", null, [1], [1, 2], [1, 1]]) {
    const back = await reload(new Archive().insert({ value }));
    assert.deepEqual(back, { value });
  }
});

Deno.test("Archive keeps subclasses of Map, Array and Set when registered, and names them when not (case 3)", async () => {
  await withTempDir(async (root) => {
    const c = await setupClasses(root);
    const values = {
      counter: new c.Counter().increment("a"),
      vec: new c.Vec(1, 2),
      bag: new c.Bag([3]),
    };
    await save(join(root, "a"), values);
    const back = await load(join(root, "a"));
    assert.ok(back.counter instanceof c.Counter);
    assert.ok(back.vec instanceof c.Vec);
    assert.ok(back.bag instanceof c.Bag);
    assert.deepEqual([...(back.counter as Map<string, number>)], [["a", 1]]);
    class Unregistered extends Map {}
    assert.throws(
      () => new Archive().insert({ m: new Unregistered() }).toString(),
      {
        name: "TypeError",
        message:
          /Cannot archive values\.m: it is an instance of class Unregistered \(a subclass of Map\).*register\(Unregistered/,
      },
    );
  });
});

Deno.test("Archive keeps shared references: z = [x, y, x] (case 4)", async () => {
  const x = [1];
  const y = [2];
  const back = await reload(new Archive().insert({ x, y, z: [x, y, x] }));
  const z = back.z as unknown[];
  assert.equal(z[0], z[2]);
  assert.equal(z[0], back.x);
  assert.equal(z[1], back.y);
});

Deno.test("Archive holds one copy of lists shared between a dict and a list (case 5)", async () => {
  const l0 = ["a", "b"];
  const l = [1, 2, 3, l0];
  const d = { l0, l, s: "hi" };
  const a = new Archive().insert({ d, l, x: 4 });
  const text = a.toString();
  assert.equal(text.split('["a", "b"]').length, 2, text);
  assert.match(text, /^export const d = \{ l0: _v1, l, s: "hi" \};$/m);
  const back = await reload(a);
  const bd = back.d as typeof d;
  assert.equal(bd.l, back.l);
  assert.equal(bd.l0, (back.l as unknown[])[3]);
});

Deno.test("Archive exports names that are not plain identifiers by string, without collisions (case 6)", async () => {
  const names = [
    "_a",
    "_v1",
    "my-key",
    "class",
    "default",
    "array",
    "NDArray",
    "restore",
    "Map",
    "undefined",
    "",
    "with space",
    "π",
  ];
  const values: Record<string, unknown> = {};
  for (const [i, name] of names.entries()) {
    values[name] = { i, big: new Float64Array(3) };
  }
  values.shared = [values._a, values._a];
  const a = new Archive({ arrayThreshold: 2 }).insert(values);
  const text = a.toString();
  assert.match(text, /^export \{ _v\d+ as _a \};$/m);
  assert.match(text, /^export \{ _v\d+ as "my-key" \};$/m);
  assert.match(text, /^export \{ _v\d+ as default \};$/m);
  assert.match(text, /^export const π = /m);
  await withTempDir(async (dir) => {
    await a.save(join(dir, "a"));
    const back = await load(join(dir, "a"));
    assert.deepEqual(Object.keys(back).sort(), [...names, "shared"].sort());
    for (const [i, name] of names.entries()) {
      assert.equal((back[name] as { i: number }).i, i);
    }
    assert.equal((back.shared as unknown[])[0], back._a);
  });
});

Deno.test("Archive.insert() refuses a name it already holds and names that cannot be exported", () => {
  const a = new Archive().insert({ x: 1 });
  assert.throws(() => a.insert({ x: 2 }), {
    name: "TypeError",
    message:
      /Cannot insert "x": the archive already holds a value with that name/,
  });
  assert.throws(() => a.insert({ ["a\ud800"]: 1 }), {
    name: "TypeError",
    message: /lone surrogate/,
  });
  assert.deepEqual(a.names, ["x"]);
});

Deno.test("Archive names the value whose persistence method throws (case 7)", () => {
  const a = new Archive().insert({
    cfg: {
      solver: {
        [Symbol.for("persist.rep")]() {
          throw new Error("not today");
        },
      },
    },
  });
  assert.throws(() => a.toString(), {
    name: "TypeError",
    message:
      /Cannot archive values\.cfg\.solver: its \[Symbol\.for\("persist\.rep"\)\]\(\) method threw: not today/,
  });
});

Deno.test("Archive refuses a protocol object with more than 10 000 constructor arguments; 10 000 nested 995 levels deep load() and import()", async () => {
  await withTempDir(async (root) => {
    const source =
      'export class Many {\n  constructor(...a) { this.a = a; }\n  [Symbol.for("persist.rep")]() { return { module: "../many.js", export: "Many", args: this.a }; }\n}\n';
    await Deno.writeTextFile(join(root, "many.js"), source);
    const { Many } = await import(
      new URL(`file://${join(root, "many.js")}`).href
    );
    const deep = (n: number) => {
      let v: unknown = new Many(...new Array(n).fill(7));
      for (let i = 0; i < 995; i++) v = [v];
      return v;
    };
    assert.throws(() => new Archive().insert({ p: deep(10_001) }).toString(), {
      name: "TypeError",
      message:
        /^Cannot archive values\.p(\[0\])+: its \[Symbol\.for\("persist\.rep"\)\]\(\) method returned 10001 constructor arguments, more than the 10000 .*; pass them as one array argument instead$/,
    });
    register(Many, { module: "../many.js", export: "Many" });
    try {
      const dir = join(root, "a");
      await save(dir, { p: deep(10_000) });
      let back = (await load(dir)).p;
      for (let i = 0; i < 995; i++) back = (back as unknown[])[0];
      assert.ok(back instanceof Many);
      assert.equal((back as { a: number[] }).a.length, 10_000);
      const result = await runDeno([`--allow-read=${root}`], CHILD, [dir]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(JSON.parse(result.stdout)[dir].error, undefined);
    } finally {
      unregister(Many);
    }
  });
});

Deno.test("Archive rebuilds a list that contains itself (case 8, refused by the original)", async () => {
  const A: unknown[] = [];
  A.push(A);
  const back = await reload(new Archive().insert({ A }));
  const a = back.A as unknown[];
  assert.equal(a.length, 1);
  assert.equal(a[0], a);
});

Deno.test("Archive rebuilds protocol objects whose arguments are shared with other values (case 9)", async () => {
  await withTempDir(async (root) => {
    const c = await setupClasses(root);
    const items = [{ n: 1 }];
    await save(join(root, "a"), { t: new c.Tagged("t", items), items });
    const back = await load(join(root, "a"));
    const t = back.t as { tag: string; items: unknown };
    assert.ok(back.t instanceof c.Tagged);
    assert.equal(t.tag, "t");
    assert.equal(t.items, back.items);
  });
});

Deno.test("Archive never calls toString or inspect of protocol objects (case 10)", async () => {
  await withTempDir(async (root) => {
    const c = await setupClasses(root);
    const p = new c.Point(1, 2);
    p.toString = () => {
      throw new Error("toString called");
    };
    p[Symbol.for("Deno.customInspect")] = () => {
      throw new Error("inspect called");
    };
    await save(join(root, "a"), { p });
    const back = await load(join(root, "a"));
    assert.equal((back.p as { x: number }).x, 1);
  });
});

Deno.test("Archive round-trips numeric arrays of every dtype, inline and in files (case 11)", async () => {
  const kinds = [
    Int8Array,
    Uint8Array,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float16Array,
    Float32Array,
    Float64Array,
  ];
  const values: Record<string, unknown> = {};
  for (const kind of kinds) {
    const data = new kind(12).map((_, i) => (i * 7) % 100);
    values[kind.name] = data;
    values[`${kind.name}_2d`] = new NDArray(data, [3, 4]);
  }
  values.BigInt64Array = new BigInt64Array([1n, -2n, 3n, 2n ** 62n]);
  values.BigUint64Array = new BigUint64Array([1n, 2n ** 64n - 1n, 0n, 5n]);
  values.c8 = new NDArray(new Float32Array([1, 2, 3, 4]), [2], {
    dtype: "<c8",
  });
  values.c16 = new NDArray(new Float64Array([1, -2, 3.5, 4]), [1, 2], {
    dtype: "<c16",
    order: "F",
  });
  values.b1 = new NDArray(new Uint8Array([1, 0, 0, 1]), [2, 2], {
    dtype: "|b1",
  });
  for (const threshold of [Infinity, 2]) {
    await withTempDir(async (dir) => {
      await save(join(dir, "a"), values, { arrayThreshold: threshold });
      const back = await load(join(dir, "a"));
      assert.deepEqual(back, values);
      for (const [name, v] of Object.entries(back)) {
        if (v instanceof NDArray) {
          assert.equal(v.dtype, (values[name] as NDArray).dtype);
        }
      }
    });
  }
});

Deno.test("save() writes _persist.js exactly when mod.js imports helpers", async () => {
  await withTempDir(async (root) => {
    const c = await setupClasses(root);
    const shared = { s: 1 };
    const cycle: unknown[] = [];
    cycle.push(cycle);
    const cases: [string, Record<string, unknown>, boolean][] = [
      ["tree", { a: 1, b: [{ c: "x" }], d: new Date(0), r: /x/g }, false],
      ["graph", { shared, list: [shared, shared], cycle }, false],
      ["builtins", { m: new Map([[1n, -0]]), s: new Set([NaN]) }, false],
      ["inline typed array", { t: new Float32Array(50) }, false],
      ["protocol class", { p: new c.Point(1, 2) }, false],
      ["array file", { y: new Float64Array(500) }, true],
      ["inline NDArray", { nd: new NDArray(new Int8Array(6), [2, 3]) }, true],
      ["ArrayBuffer", { b: new ArrayBuffer(8) }, true],
      ["DataView", { v: new DataView(new ArrayBuffer(4)) }, true],
      ["registered class", { q: new c.Plain(1) }, true],
    ];
    for (const [name, values, helpers] of cases) {
      const dir = join(root, name.replaceAll(" ", "-"));
      await save(dir, values);
      const text = await Deno.readTextFile(join(dir, "mod.js"));
      assert.equal(text.includes('from "./_persist.js"'), helpers, name);
      const files = [...Deno.readDirSync(dir)].map((e) => e.name);
      assert.equal(files.includes("_persist.js"), helpers, name);
      assert.deepEqual(await load(dir), values, name);
    }
  });
});

Deno.test("Archive.save() twice writes the same files, not more (case 12)", async () => {
  await withTempDir(async (dir) => {
    const m = new Float64Array(50).map((_, i) => i);
    const a = new Archive({ arrayThreshold: 10 }).insert({ m, again: m });
    await a.save(join(dir, "one"));
    await a.save(join(dir, "two"));
    const files = (d: string) =>
      [...Deno.readDirSync(join(dir, d))].map((e) => e.name).sort();
    assert.deepEqual(files("one"), ["_persist.js", "m.npy", "mod.js"]);
    assert.deepEqual(files("two"), files("one"));
    for (const name of files("one")) {
      assert.deepEqual(
        await Deno.readFile(join(dir, "two", name)),
        await Deno.readFile(join(dir, "one", name)),
      );
    }
  });
});

Deno.test("Archive with arrayThreshold 2 writes M and N to one file each, and x = [M, N] refers to them (case 13)", async () => {
  await withTempDir(async (dir) => {
    const M = new Float64Array(10).map(Math.random);
    const N = new Float64Array(10).map(Math.random);
    await save(join(dir, "a"), { M, N, x: [M, N] }, { arrayThreshold: 2 });
    const names = [...Deno.readDirSync(join(dir, "a"))].map((e) => e.name)
      .sort();
    assert.deepEqual(names, ["M.npy", "N.npy", "_persist.js", "mod.js"]);
    const back = await load(join(dir, "a"));
    assert.deepEqual(back.M, M);
    assert.deepEqual(back.N, N);
    assert.equal((back.x as unknown[])[0], back.M);
    assert.equal((back.x as unknown[])[1], back.N);
  });
});

Deno.test("Archive writes small arrays inline and big ones to files, by arrayThreshold", () => {
  const text = (n: number) =>
    new Archive({ arrayThreshold: 4 }).insert({ a: new Int32Array(n) })
      .toString();
  assert.match(
    text(4),
    /^export const a = new Int32Array\(\[0, 0, 0, 0\]\);$/m,
  );
  assert.match(text(5), /^export const a = await array\("a\.npy"\);$/m);
});

Deno.test("save() writes into an empty existing folder and creates missing ones (case 14)", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(join(dir, "empty"));
    await save(join(dir, "empty"), { x: 1 });
    await save(join(dir, "new", "deeper", "a"), { x: 2 });
    assert.deepEqual(await load(join(dir, "empty")), { x: 1 });
    assert.deepEqual(await load(join(dir, "new", "deeper", "a")), { x: 2 });
  });
});

Deno.test("save() refuses an existing archive without overwrite, naming its mod.js, and replaces it with overwrite (case 15)", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    await save(target, { version: 1 });
    await assert.rejects(() => save(target, { version: 2 }), {
      name: "AlreadyExists",
      message: new RegExp(
        `an archive exists there \\("${
          join(target, "mod.js")
        }"\\); pass \\{ overwrite: true \\}`,
      ),
    });
    assert.deepEqual(await load(target), { version: 1 });
    await save(target, { version: 2 }, { overwrite: true });
    assert.deepEqual(await load(target), { version: 2 });
    await save(target, { version: 3 }, { overwrite: true, backup: true });
    assert.deepEqual(await load(target), { version: 3 });
    assert.deepEqual(await load(`${target}.bak`), { version: 2 });
    await save(target, { version: 4 }, { overwrite: true, backup: true });
    assert.deepEqual(await load(`${target}.bak`), { version: 3 });
    const left = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
    assert.deepEqual(left, ["a", "a.bak"]);
  });
});

Deno.test("save() refuses a target that is a file, naming it (case 16)", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "f");
    await Deno.writeTextFile(file, "not a folder");
    await assert.rejects(() => save(file, { x: 1 }, { overwrite: true }), {
      name: "NotADirectory",
      message:
        `Cannot save an archive to "${file}": it is a file, not a folder; choose another path`,
    });
    assert.equal(await Deno.readTextFile(file), "not a folder");
  });
});

Deno.test("save() never replaces a folder that is not an archive, even with overwrite", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "data");
    await Deno.mkdir(target);
    await Deno.writeTextFile(join(target, "notes.txt"), "precious");
    await assert.rejects(
      () => save(target, { x: 1 }, { overwrite: true }),
      {
        name: "AlreadyExists",
        message: /is not empty and is not a persist archive/,
      },
    );
    await Deno.writeTextFile(join(target, "mod.js"), "export const x = 1;\n");
    await assert.rejects(() => save(target, { x: 1 }, { overwrite: true }), {
      name: "AlreadyExists",
    });
    assert.equal(
      await Deno.readTextFile(join(target, "notes.txt")),
      "precious",
    );
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["data"]);
  });
});

Deno.test("Archive in single-value mode exports one value as default (case 17)", async () => {
  const y = [1, 2, 3];
  const a = new Archive({ single: true }).insert({ my_x: [y, y] });
  assert.match(
    a.toString(),
    /^const my_x = \[_v1, _v1\];\n\nexport default my_x;$/m,
  );
  assert.throws(() => a.insert({ other: 1 }), {
    name: "TypeError",
    message:
      /Cannot insert "other": a single-value archive holds one value and already holds "my_x"/,
  });
  await withTempDir(async (dir) => {
    await a.save(join(dir, "a"));
    const x = await loadValue(join(dir, "a")) as unknown[][];
    assert.deepEqual(x, [y, y]);
    assert.equal(x[0], x[1]);
    await saveValue(join(dir, "b"), 42, { name: "answer" });
    assert.equal(await loadValue(join(dir, "b")), 42);
    await save(join(dir, "c"), { x: 1 });
    await assert.rejects(() => loadValue(join(dir, "c")), {
      name: "NotFoundError",
      message: /it is not a single-value archive/,
    });
  });
});

Deno.test("Archive of many small shared objects is not quadratic (case 18)", () => {
  const time = (n: number) => {
    const items = Array.from({ length: n }, (_, i) => ({ i }));
    const values = { items, again: items.slice().reverse() };
    const start = performance.now();
    new Archive().insert(values).toString();
    return performance.now() - start;
  };
  time(2_000); // warm up
  const small = Math.max(time(5_000), 1);
  const large = time(40_000);
  // Linear work takes ~8× as long; quadratic would take ~64×.
  assert.ok(large < small * 30, `5 000: ${small} ms, 40 000: ${large} ms`);
});

Deno.test("Archive.toString() is byte-identical for equal values built separately", () => {
  const make = () => {
    const shared = { k: [1, 2] };
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    return {
      a: shared,
      b: [shared, new Map([[shared, new Set([1n, "x"])]])],
      c: cycle,
      d: new Date(5),
      "e-f": /x/g,
    };
  };
  assert.equal(
    new Archive().insert(make()).toString(),
    new Archive().insert(make()).toString(),
  );
});

Deno.test("Archive refuses values it cannot rebuild, naming their path and the fix", () => {
  class Solver {
    run() {}
  }
  const cases: [unknown, RegExp][] = [
    [
      () => 1,
      /values\.cfg\.solver: it is a function; archives hold data, not code/,
    ],
    [
      Symbol("s"),
      /values\.cfg\.solver: it is a symbol \(Symbol\(s\)\); symbols cannot be saved/,
    ],
    [
      new WeakMap(),
      /values\.cfg\.solver: it is a WeakMap; its entries cannot be listed/,
    ],
    [new WeakSet(), /it is a WeakSet/],
    [Promise.resolve(1), /values\.cfg\.solver: it is a Promise; await it/],
    [new WeakRef({}), /it is a WeakRef/],
    [
      new Solver(),
      /values\.cfg\.solver: it is an instance of class Solver, which neither implements \[Symbol\.for\("persist\.rep"\)\]\(\) nor is registered; add that method to Solver .* or call register\(Solver/,
    ],
    [new Number(1), /it is a boxed Number object/],
    [new Error("x"), /it is an instance of class Error, which neither/],
    [
      Object.assign([1], { extra: 2 }),
      /it is an Array with an extra property "extra"/,
    ],
    [
      Object.assign(new Map(), { extra: 2 }),
      /it is a Map with an extra property "extra"/,
    ],
    [
      { [Symbol.for("persist.rep")]: () => ({ module: "m" }) },
      /returned an object instead of \{ module, export, args \}/,
    ],
  ];
  for (const [solver, message] of cases) {
    assert.throws(
      () => new Archive().insert({ cfg: { solver } }).toString(),
      { name: "TypeError", message },
    );
  }
  assert.throws(
    () => new Archive().insert({ list: [1, { f: () => 1 }] }).toString(),
    { message: /Cannot archive values\.list\[1\]\.f: it is a function/ },
  );
  assert.throws(
    () =>
      new Archive().insert({ "my-key": new Map([["k", Symbol()]]) }).toString(),
    {
      message: /Cannot archive values\["my-key"\]\.get\("k"\): it is a symbol/,
    },
  );
});

Deno.test("Archive refuses a cycle through the constructor arguments of a protocol object", () => {
  class Node {
    constructor(public next: unknown) {}
    [Symbol.for("persist.rep")]() {
      return { module: "./node.js", export: "Node", args: [this.next] };
    }
  }
  const list: unknown[] = [];
  list.push(new Node(list));
  assert.throws(() => new Archive().insert({ list }).toString(), {
    name: "TypeError",
    message:
      /values\.list\[0\]\.<rep args>\[0\]: it refers back to an object that contains it, and the cycle passes through the constructor arguments of a Node/,
  });
});

Deno.test("Archive refuses values nested deeper than 1000 levels with a RangeError", () => {
  let value: unknown = 1;
  for (let i = 0; i < 1500; i++) value = [value];
  assert.throws(() => new Archive().insert({ value }).toString(), {
    name: "RangeError",
    message: /nested more than 1000 levels deep/,
  });
});

/** `levels` levels of one kind of container around the number 1. */
function nested(kind: string, levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) {
    value = kind === "Map"
      ? new Map([[i, value]])
      : kind === "Set"
      ? new Set([value])
      : kind === "array"
      ? [value]
      : { a: value };
  }
  return value;
}

// In mod.js an array or object is one level of brackets, a Set two
// (`new Set([`), a Map three (`new Map([[`): the limit counts those.
const DEEPEST = { array: 1000, object: 1000, Set: 500, Map: 333 };

Deno.test("save() accepts nesting up to 1000 levels of mod.js brackets, and load() and import() read it back", async () => {
  await withTempDir(async (root) => {
    const dirs: string[] = [];
    for (const [kind, levels] of Object.entries(DEEPEST)) {
      const dir = join(root, kind);
      await save(dir, { v: nested(kind, levels) });
      const loaded = await load(dir);
      let value = loaded.v;
      for (let i = levels - 1; i >= 0; i--) {
        value = value instanceof Map
          ? value.get(i)
          : value instanceof Set
          ? [...value][0]
          : Array.isArray(value)
          ? value[0]
          : (value as { a: unknown }).a;
      }
      assert.equal(value, 1, kind);
      dirs.push(dir);
    }
    // Deno's module parser aborts the whole process (stack overflow) at
    // about 1110 levels: import each archive in a child process.
    const result = await runDeno([`--allow-read=${root}`], CHILD, dirs);
    assert.equal(result.code, 0, result.stderr);
    const imported = JSON.parse(result.stdout);
    for (const dir of dirs) {
      assert.equal(imported[dir].error, undefined, dir);
      // (deepEqual itself overflows the stack at this depth)
      assert.equal(
        JSON.stringify(imported[dir]),
        JSON.stringify(describeExports(await load(dir))),
      );
    }
  });
});

Deno.test("save() refuses nesting one level deeper than mod.js may hold, naming the path, and leaves the target alone", async () => {
  await withTempDir(async (root) => {
    const steps: Record<string, string> = {
      array: "[0]",
      object: ".a",
      Set: ".<member 0>",
      Map: "",
    };
    for (const [kind, levels] of Object.entries(DEEPEST)) {
      const dir = join(root, kind);
      await save(dir, { v: "old" });
      await assert.rejects(
        save(dir, { v: nested(kind, levels + 1) }, { overwrite: true }),
        (error: Error) => {
          assert.equal(error.name, "RangeError");
          const path = kind === "Map"
            ? Array.from({ length: levels }, (_, i) => `.get(${levels - i})`)
              .join("")
            : steps[kind].repeat(levels);
          assert.ok(
            error.message.startsWith(`Cannot archive values.v${path}: `),
            error.message.slice(0, 200),
          );
          assert.match(
            error.message,
            /values are nested more than 1000 levels deep in mod\.js \(each array, object, Date or argument list is one level, a sparse array or a Set two, a Map three\)/,
          );
          return true;
        },
      );
      assert.deepEqual(await load(dir), { v: "old" });
    }
  });
});

Deno.test("save() and insert() refuse values records that are not plain objects, instead of saving their own properties", async () => {
  class Run {
    energy = 1.5;
  }
  const cases: [unknown, string][] = [
    [new Map([["energy", 1.5]]), "a Map"],
    [new Set([1]), "a Set"],
    [[1, 2], "an array"],
    [new Date(0), "a Date"],
    [new Float64Array(2), "a Float64Array"],
    [new Run(), "a Run"],
    [
      Object.create({ inherited: 1 }),
      "an object whose prototype is not Object.prototype (made by Object.create(), or in another realm)",
    ],
  ];
  await withTempDir(async (root) => {
    for (const [values, what] of cases) {
      const message =
        `Cannot insert ${what} into an Archive: the values must be a plain object of named values, { name: value }; ` +
        "to save a single value, name it, as in save(dir, { m: map }) or insert({ m: map })";
      assert.throws(
        () => new Archive().insert(values as Record<string, unknown>),
        { name: "TypeError", message },
      );
      const dir = join(root, "a");
      await assert.rejects(
        save(dir, values as Record<string, unknown>),
        { name: "TypeError", message },
      );
      assert.deepEqual([...Deno.readDirSync(root)], []);
    }
    const bare = Object.assign(Object.create(null), { x: 1 });
    assert.deepEqual(
      await reload(new Archive().insert(bare)),
      { x: 1 },
    );
  });
});

/** The start of the refusal of a module longer than a string can be. */
function tooLong(dir: string, length: number, path: string): string {
  return `Cannot write the archive "${dir}": its mod.js would be at least ${length} characters long (because of ${path}), ` +
    "more than the 536870888 a JavaScript string can hold, so neither load() nor import() could read it; ";
}

Deno.test("save() writes a sparse array of length 2^32 - 1 in a few bytes, though as a literal its holes alone would make mod.js too long", async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "a");
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[5] = { x: 1 };
    await save(dir, { run: { samples: sparse } });
    const text = await Deno.readTextFile(join(dir, "mod.js"));
    assert.match(
      text,
      /samples: Object\.assign\(new Array\(4294967295\), \{ 5: \{ x: 1 \} \}\)/,
    );
    assert.ok(text.length < 400, `${text.length} characters`);
    const samples = ((await load(dir)).run as { samples: unknown[] }).samples;
    assert.equal(samples.length, 2 ** 32 - 1);
    assert.deepEqual(Object.keys(samples), ["5"]);
    assert.deepEqual(samples[5], { x: 1 });
  });
});

Deno.test("save() refuses strings that make mod.js too long only once escaped, with the module-length RangeError", async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "a");
    await save(dir, { old: 1 });
    // Each character is escaped as \u0001 or \ud800: 6e8 characters.
    const cases: [Record<string, unknown>, string][] = [
      [{ s: "\u0001".repeat(1e8) }, "values.s"],
      [{ t: { list: ["\ud800".repeat(1e8)] } }, "values.t"],
      [{ m: new Map([["\u0001".repeat(1e8), 1]]) }, "values.m"],
    ];
    for (const [values, path] of cases) {
      await assert.rejects(
        save(dir, values, { overwrite: true }),
        (error: Error) => {
          assert.equal(error.name, "RangeError");
          assert.ok(
            error.message.startsWith(
              tooLong(dir, 6e8 + 2, `a string in ${path}`),
            ),
            error.message,
          );
          return true;
        },
      );
    }
    assert.deepEqual(await load(dir), { old: 1 });
  });
});

Deno.test("Archive refuses a getter that flips in the last object slot of a holder, in either direction, instead of writing another object there", () => {
  for (const first of ["primitive", "object"]) {
    const shared = { s: 1 }; // shared: the graph writer
    let reads = 0;
    const o: Record<string, unknown> = { a: shared, b: shared };
    Object.defineProperty(o, "g", {
      enumerable: true,
      get: () =>
        (++reads === 1) === (first === "primitive") ? 5 : { obj: true },
    });
    // p's first object child sits in slot 2 too: a writer reading past o's
    // children would put it in o.g.
    assert.throws(
      () => new Archive().insert({ o, p: [1, 2, { z: 1 }] }).toString(),
      {
        name: "TypeError",
        message:
          /^Cannot archive values\.o: a property under it was read once as an object and once as a primitive/,
      },
      first,
    );
  }
});

Deno.test("Archive refuses a getter that flips between an object and a primitive while saving, instead of misplacing objects", () => {
  let reads = 0;
  const values = {
    m: new Map([[1, 2]]), // not a plain tree: the graph path
    get flip() {
      return ++reads % 2 === 0 ? { inner: true } : 1;
    },
    after: { y: 2 },
  };
  assert.throws(() => new Archive().insert({ v: values }).toString(), {
    name: "TypeError",
    message:
      "Cannot archive values.v: a property under it was read once as an object and once as a primitive (a getter whose value changed while saving); save a snapshot instead, such as an object holding the getter's value",
  });
});

Deno.test("Archive saves a getter that builds a new object on each read as one of those objects", async () => {
  let reads = 0;
  const values = {
    m: new Map([[1, 2]]),
    get stats() {
      return { read: ++reads, list: [reads] };
    },
    after: { y: 2 },
  };
  const loaded = await reload(new Archive().insert({ v: values }));
  const v = loaded.v as { stats: { read: number; list: number[] } };
  assert.deepEqual(v.stats.list, [v.stats.read]);
  assert.deepEqual(Object.keys(v), ["m", "stats", "after"]);
  assert.deepEqual((v as unknown as { after: unknown }).after, { y: 2 });
});

Deno.test("Archive refuses unknown data formats and negative thresholds", () => {
  assert.throws(() => new Archive({ dataFormat: "zarr" as "npy" }), {
    name: "TypeError",
    message:
      'Cannot use dataFormat "zarr": it is not an array format; use "npy" or "hdf5"',
  });
  assert.throws(() => new Archive({ arrayThreshold: -1 }), {
    name: "RangeError",
  });
});

Deno.test("register() replaces registrations and unregister() removes them", () => {
  class A {
    x = 1;
  }
  register(A, { module: "./a.js", export: "A" });
  assert.match(
    new Archive().insert({ a: new A() }).toString(),
    /restore\(A, \{ x: 1 \}\)/,
  );
  register(A, { module: "./b.js", export: "B" });
  assert.match(
    new Archive().insert({ a: new A() }).toString(),
    /import \{ B \} from "\.\/b\.js";/,
  );
  unregister(A);
  assert.throws(() => new Archive().insert({ a: new A() }).toString(), {
    name: "TypeError",
  });
  assert.throws(() => register(1 as never, { module: "m", export: "e" }), {
    name: "TypeError",
  });
  assert.throws(() => register(A, { module: "", export: "e" }), {
    name: "TypeError",
  });
});

Deno.test("save() refuses a cycle closed by an own property named __proto__, naming the path, and saves one through another property", async () => {
  /** An object with an own, enumerable `__proto__` property. */
  const withProto = (value: unknown, rest: Record<string, unknown> = {}) =>
    Object.defineProperty(rest, "__proto__", {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  await withTempDir(async (root) => {
    const o = withProto(null);
    Object.defineProperty(o, "__proto__", { value: o });
    await assert.rejects(() => save(join(root, "refused"), { o }), {
      name: "TypeError",
      message:
        'Cannot archive values.o["__proto__"]: it closes a cycle through a property named "__proto__"; rename the property',
    });
    assert.equal(
      await Deno.stat(join(root, "refused")).catch(() => null),
      null,
    );
    // The cycle closes through "back": the __proto__ property is saved.
    const inner: Record<string, unknown> = { back: null };
    const p = withProto(inner, { x: 1 });
    inner.back = p;
    const dir = join(root, "saved");
    await save(dir, { p });
    const loaded = await load(dir);
    const q = loaded.p as Record<string, { back: unknown }>;
    assert.ok(Object.hasOwn(q, "__proto__"));
    assert.equal(q["__proto__"].back, q);
    assert.equal(Object.getPrototypeOf(q), Object.prototype);
    const result = await runDeno([`--allow-read=${root}`], CHILD, [dir]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout)[dir], describeExports(loaded));
  });
});
