// Copyright 2026 the persist authors. MIT license.
// The same archives through load() (in this process) and through import() of
// mod.js (in another process allowed to read only the archives' folder):
// both must rebuild the values, with sharing and cycles, exactly.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type DataFormat, load, NDArray, save } from "../../mod.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { describe, describeExports } from "./_describe.js";
import { random, randomGraph, setupClasses, trickyValues } from "./_corpus.ts";

const CHILD = new URL("./_import_child.ts", import.meta.url).href;

/** The conformance suite below runs once per array format. */
const FORMATS: DataFormat[] = ["npy", "hdf5"];

/**
 * Imports each folder's mod.js in a child process that may read only `root`
 * (and the environment, which h5wasm needs for HDF5 archives). `--no-lock`:
 * _persist.js imports npm:h5wasm at run time, which would otherwise be
 * recorded in the project's lock file.
 */
async function importAll(
  root: string,
  dirs: string[],
  format: DataFormat,
): Promise<Record<string, unknown>> {
  const flags = [`--allow-read=${root}`, "--no-lock"];
  if (format === "hdf5") flags.push("--allow-env");
  const result = await runDeno(flags, CHILD, dirs);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

for (const dataFormat of FORMATS) {
  Deno.test(`save({ dataFormat: "${dataFormat}" }) then load() and import() rebuild every tricky value exactly`, async (t) => {
    await withTempDir(async (root) => {
      const classes = await setupClasses(root);
      const cases = trickyValues(classes);
      const dirs: string[] = [];
      for (const [name, value] of cases) {
        const dir = join(root, name);
        await save(dir, { [name]: value }, { arrayThreshold: 8, dataFormat });
        dirs.push(dir);
      }
      for (const [i, [name, value]] of cases.entries()) {
        await t.step(`load() rebuilds ${name}`, async () => {
          const loaded = await load(dirs[i]);
          assert.deepEqual(
            describeExports(loaded),
            describeExports({ [name]: value }),
          );
        });
      }
      const imported = await importAll(root, dirs, dataFormat);
      for (const [i, [name, value]] of cases.entries()) {
        await t.step(`import() rebuilds ${name}`, () => {
          assert.deepEqual(
            imported[dirs[i]],
            describeExports({ [name]: value }),
          );
        });
      }
    });
  });

  Deno.test(`save({ dataFormat: "${dataFormat}" }) then load() and import() agree on 300 random value graphs (seed 20260101)`, async () => {
    await withTempDir(async (root) => {
      const next = random(20260101);
      const dirs: string[] = [];
      const expected: unknown[] = [];
      for (let i = 0; i < 300; i++) {
        const values = randomGraph(next);
        const dir = join(root, `g${i}`);
        await save(dir, values, { arrayThreshold: 6, sync: false, dataFormat });
        dirs.push(dir);
        expected.push(describeExports(values));
      }
      for (const [i, dir] of dirs.entries()) {
        const loaded = await load(dir);
        assert.deepEqual(
          describeExports(loaded),
          expected[i],
          `graph ${i} (load)`,
        );
      }
      const imported = await importAll(root, dirs, dataFormat);
      for (const [i, dir] of dirs.entries()) {
        assert.deepEqual(imported[dir], expected[i], `graph ${i} (import)`);
      }
    });
  });
}

Deno.test("load() gives the same classes and prototypes as the saved values", async () => {
  await withTempDir(async (root) => {
    const c = await setupClasses(root);
    const value = {
      p: new c.Point(3, 4),
      counter: new c.Counter().increment("x"),
      vec: new c.Vec(1, 2),
      nullProto: Object.create(null),
    };
    await save(join(root, "a"), value);
    const back = await load(join(root, "a"));
    const p = back.p as InstanceType<typeof c.Point>;
    assert.ok(p instanceof c.Point);
    assert.equal(p.norm(), 5);
    assert.ok(back.counter instanceof c.Counter);
    assert.ok(back.counter instanceof Map);
    assert.equal((back.counter as Map<string, number>).get("x"), 1);
    assert.ok(back.vec instanceof c.Vec && Array.isArray(back.vec));
    assert.equal(Object.getPrototypeOf(back.nullProto), null);
  });
});

Deno.test("describe() tells shared objects from equal copies", () => {
  const x = [1];
  assert.notDeepEqual(describe([x, x]), describe([[1], [1]]));
  assert.deepEqual(
    describe([x, x]),
    describe((() => {
      const y = [1];
      return [y, y];
    })()),
  );
});

Deno.test("save() accepts values imported from an archive, including the NDArray of _persist.js", async () => {
  await withTempDir(async (root) => {
    const values = {
      m: new NDArray(new Float64Array(12).map((_, i) => i), [3, 4], {
        order: "F",
      }),
      small: new NDArray(new Int16Array([1, 2]), [2]),
      list: [1, "two"],
    };
    await save(join(root, "a"), values, { arrayThreshold: 4 });
    const imported = await import(
      pathToFileURL(join(root, "a", "mod.js")).href
    );
    assert.equal(imported.m.constructor.name, "NDArray");
    assert.ok(!(imported.m instanceof NDArray));
    await save(join(root, "b"), { ...imported }, { arrayThreshold: 4 });
    const back = await load(join(root, "b"));
    assert.ok(back.m instanceof NDArray);
    assert.deepEqual(describeExports(back), describeExports(values));
  });
});
