// Copyright 2026 the persist authors. MIT license.
// A DataSet folder is importable without persist: its mod.js lists names
// and info and loads items lazily, in Deno and in Node.js.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DataSet } from "../../mod.ts";
import { HAS_NODE, NODE, run, runDeno, withTempDir } from "../_util.ts";

if (!HAS_NODE) {
  console.warn(
    `SKIPPING Node import() tests: ${NODE} not found or not allowed (--allow-run)`,
  );
}

/** Info values that need the tagged encoding, and plain ones. */
const INFOS: [string, unknown][] = [
  ["plain", { nx: 10, mu: [1.2, "a"], ok: true, none: null }],
  ["special", [NaN, -0, Infinity, -Infinity, 10n ** 25n, -3n]],
  ["undefined", [undefined, { u: undefined }]],
  ["dates", [new Date("2024-02-29T23:59:59.999Z"), new Date(NaN)]],
  ["dollar", { $number: "NaN", $: 1, nested: { $bigint: "x" } }],
  ["proto", JSON.parse('{"__proto__": {"x": 1}}')],
  ["text", "line\nbreak \u2028 é 名前 \ud83d\ude00"],
];

Deno.test("import() of a DataSet's mod.js gives the info index without loading items, and loads each item on request (case 4)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    const a = new Float64Array(1000).map((_, i) => i * 0.5);
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", a);
      await ds.set("b", "bee", { info: "b" });
      await ds.set("c", 1);
    }
    // Items are not read at import: remove c's folder, and import still works.
    const items = join(path, "items");
    const cFolder = [...Deno.readDirSync(items)].find((e) =>
      e.name.startsWith("c~")
    )!.name;
    await Deno.rename(join(items, cFolder), join(dir, "c-aside"));
    const mod = await import(pathToFileURL(join(path, "mod.js")).href);
    assert.deepEqual(mod.names, ["a", "b", "c"]);
    assert.deepEqual({ ...mod.info }, { a: null, b: "b", c: null });
    assert.deepEqual(await mod.load("a"), a);
    assert.equal(await mod.load("b"), "bee");
    await Deno.rename(join(dir, "c-aside"), join(items, cFolder));
    assert.equal(await mod.load("c"), 1);
    await assert.rejects(() => mod.load("d"), /no such item/);
  });
});

Deno.test("import() of mod.js decodes every info value exactly as DataSet.info() does", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, { mode: "w" });
    for (const [name, info] of INFOS) await ds.set(name, name, { info });
    const mod = await import(pathToFileURL(join(path, "mod.js")).href);
    for (const [name, info] of INFOS) {
      assert.deepEqual(await ds.info(name), info, name);
      assert.deepEqual(mod.info[name], info, name);
    }
    const fresh = await mod.readIndex();
    assert.deepEqual(fresh.names, INFOS.map(([n]) => n));
  });
});

Deno.test("import() of mod.js: load() follows an item replaced or added after the import", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await using ds = await DataSet.open(path, { mode: "w" });
    await ds.set("a", 1);
    const mod = await import(
      pathToFileURL(join(path, "mod.js")).href + "?v=replaced"
    );
    await ds.set("a", 2); // the folder load() knew is gone
    await ds.set("late", 3);
    assert.equal(await mod.load("a"), 2);
    assert.equal(await mod.load("late"), 3);
    assert.deepEqual((await mod.readIndex()).names, ["a", "late"]);
  });
});

Deno.test("import() of mod.js works with --allow-read on the DataSet folder only", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.insert(new Int16Array(500).fill(7), { info: [1, 2] });
    }
    const url = pathToFileURL(join(path, "mod.js")).href;
    const script = `const ds = await import(${JSON.stringify(url)});
      const x = await ds.load("x_0");
      console.log(JSON.stringify([ds.names, ds.info.x_0, x.constructor.name, x.length, x[499]]));`;
    const result = await runDeno(
      [`--allow-read=${path}`],
      `data:application/javascript,${encodeURIComponent(script)}`,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), [
      ["x_0"],
      [1, 2],
      "Int16Array",
      500,
      7,
    ]);
  });
});

Deno.test({
  name:
    "import() of a DataSet's mod.js in Node.js gives the same names, info and items",
  ignore: !HAS_NODE,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "ds");
      {
        await using ds = await DataSet.open(path, { mode: "w" });
        await ds.set("nxs", [10, 20], { info: "nx values" });
        await ds.insert(new Float64Array(300).fill(2.5), { info: [10, 2.5] });
        await ds.set("special", 0, { info: INFOS[1][1] });
      }
      const script = `
        const ds = await import(process.argv[1]);
        const x = await ds.load("x_0");
        const s = ds.info.special;
        console.log(JSON.stringify({
          names: ds.names,
          nxs: await ds.load("nxs"),
          info: [ds.info.nxs, ds.info.x_0],
          x: [x.constructor.name, x.length, x[299]],
          special: [String(s[0]), Object.is(s[1], -0), String(s[2]), String(s[3]), String(s[4]) + typeof s[4]],
        }));`;
      const result = await run(NODE, [
        "--input-type=module",
        "-e",
        script,
        pathToFileURL(join(path, "mod.js")).href,
      ]);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), {
        names: ["nxs", "x_0", "special"],
        nxs: [10, 20],
        info: ["nx values", [10, 2.5]],
        x: ["Float64Array", 300, 2.5],
        special: [
          "NaN",
          true,
          "Infinity",
          "-Infinity",
          "10000000000000000000000000bigint",
        ],
      });
    });
  },
});
