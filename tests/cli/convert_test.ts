// Copyright 2026 the persist authors. MIT license.
// persist convert, run as a user runs it (narrow flags), on archives and
// DataSets: npy ↔ hdf5 round trips with equal values, nothing to do, missing
// permissions, damaged items, and what cannot be converted.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, load, NDArray, save } from "../../mod.ts";
import { readArchiveInfo } from "../../lib/cli/mod.ts";
import { Child } from "../_child.ts";
import { withTempDir } from "../_util.ts";
import { itemValue } from "../dataset/_values.ts";
import { persist, read, write } from "./_cli.ts";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const entry of Deno.readDir(dir)) {
    const info = await Deno.stat(join(dir, entry.name));
    out[entry.name] = `${info.ino}:${info.size}:${info.mtime?.getTime()}`;
  }
  return out;
}

const names = (dir: string) =>
  [...Deno.readDirSync(dir)].map((e) => e.name).sort();

/** A process holding a DataSet's lock: `<dir> <ms>`, prints "ready". */
const HOLD_LOCK = new URL("../dataset/_hold_lock.ts", import.meta.url).href;

/** `persist convert <path> --to <to> [more]` with the given flags. */
const convert = (
  flags: string[],
  path: string,
  to: string,
  ...more: string[]
) => persist(flags, ["convert", path, "--to", to, ...more]);

/** An archive with arrays of several kinds, a class instance and an edit. */
async function archive(dir: string): Promise<string> {
  const path = join(dir, "run1");
  await save(path, {
    signal: new Float64Array(5000).map((_, i) => Math.sin(i)),
    m: new NDArray(new Float32Array(600).map((_, i) => i / 3), [20, 30], {
      order: "F",
    }),
    z: new NDArray(new Float64Array(400).map((_, i) => i), [200], {
      dtype: "<c16",
    }),
    small: [1, 2, 3],
  });
  // A hand edit and a class the tool does not have: both must survive.
  const mod = join(path, "mod.js");
  await Deno.writeTextFile(
    mod,
    (await Deno.readTextFile(mod))
      .replace("export const", "// calibrated 2024\nexport const")
      .replace(
        /^(\/\/ persist archive.*)$/m,
        '$1\nimport { Point } from "../point.js";',
      )
      .replace(
        /^export const small = .*$/m,
        "export const small = [1, 2, 3];\nexport const p = new Point(1, 2);",
      ),
  );
  return path;
}

Deno.test("persist convert --to hdf5 and back: an archive keeps equal values, its edits and its class imports", async () => {
  await withTempDir(async (dir) => {
    const path = await archive(dir);
    const before = await readArchiveInfo(path);
    const flags = [read(dir), write(dir), "--allow-env"];
    const toHdf5 = await convert(flags, path, "hdf5", "--json");
    assert.equal(toHdf5.code, 0, toHdf5.stderr);
    assert.deepEqual(JSON.parse(toHdf5.stdout), {
      path,
      kind: "archive",
      to: "hdf5",
      changed: true,
      from: ["npy"],
      arrays: 3,
      bytes: 5000 * 8 + 600 * 4 + 200 * 16,
      message: `rewrote "${path}": 3 arrays (44.5 KiB) from npy to hdf5`,
    });
    assert.deepEqual(names(path), ["_persist.js", "arrays.h5", "mod.js"]);
    assert.deepStrictEqual((await readArchiveInfo(path)).values, before.values);
    const text = await Deno.readTextFile(join(path, "mod.js"));
    assert.match(text, /^\/\/ calibrated 2024$/m);
    assert.match(text, /^import \{ Point \} from "\.\.\/point\.js";$/m);

    const back = await convert(flags, path, "npy");
    assert.equal(back.code, 0, back.stderr);
    assert.equal(
      back.stdout,
      `rewrote "${path}": 3 arrays (44.5 KiB) from hdf5 to npy\n`,
    );
    assert.deepEqual(names(path), [
      "_persist.js",
      "m.npy",
      "mod.js",
      "signal.npy",
      "z.npy",
    ]);
    assert.deepStrictEqual((await readArchiveInfo(path)).values, before.values);
    assert.deepEqual(names(dir), ["run1"]);
  });
});

Deno.test("persist convert leaves an archive already in the format untouched", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "run1");
    await save(path, { a: new Float64Array(500), b: 1 });
    const before = await snapshot(path);
    const { code, stdout } = await convert(
      [read(dir), write(dir)],
      path,
      "npy",
      "--json",
    );
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      path,
      kind: "archive",
      to: "npy",
      changed: false,
      from: ["npy"],
      arrays: 0,
      bytes: 0,
      message: `the arrays of "${path}" are in npy already; nothing to do`,
    });
    assert.deepEqual(await snapshot(path), before);
  });
});

Deno.test("persist convert of a DataSet to hdf5 and back keeps every item's value and info", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      for (let i = 0; i < 5; i++) {
        await ds.insert(itemValue(0, i), { info: [0, i] });
      }
      await ds.set("note", "no arrays", { info: { at: new Date(0) } });
    }
    const values = async () => {
      await using ds = await DataSet.open(path);
      const out: [string, unknown, unknown][] = [];
      for (const [name, info] of await ds.index()) {
        out.push([name, info, await ds.get(name)]);
      }
      return out;
    };
    const before = await values();
    // A DataSet is converted in place: flags on its folder only.
    const flags = [read(path), write(path), "--allow-env"];
    const toHdf5 = await convert(flags, path, "hdf5", "--json");
    assert.equal(toHdf5.code, 0, toHdf5.stderr);
    assert.deepEqual(JSON.parse(toHdf5.stdout), {
      path,
      kind: "dataset",
      to: "hdf5",
      changed: true,
      items: 6,
      converted: 5,
      from: ["npy"],
      arrays: 5,
      bytes: 5 * 300 * 8,
      message:
        `rewrote 5 of the 6 items of "${path}": 5 arrays (11.7 KiB) to hdf5`,
    });
    assert.deepStrictEqual(await values(), before);
    {
      await using ds = await DataSet.open(path);
      const files = await ds.readItem("x_2", (f) => Promise.resolve(names(f)));
      assert.deepEqual(files, ["_persist.js", "arrays.h5", "mod.js"]);
    }
    const again = await convert(flags, path, "hdf5");
    assert.equal(again.code, 0, again.stderr);
    assert.equal(
      again.stdout,
      `the 6 items of "${path}" have no arrays in another format than hdf5; nothing to do\n`,
    );
    const back = await convert(flags, path, "npy");
    assert.equal(back.code, 0, back.stderr);
    assert.deepStrictEqual(await values(), before);
    const verify = await persist([read(path)], ["verify", path]);
    assert.equal(verify.code, 0, verify.stdout);
  });
});

Deno.test("persist convert --to hdf5 without --allow-env says to add it (exit code 6) and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "run1");
    await save(path, { a: new Float64Array(500).fill(2) });
    const before = await snapshot(path);
    const { code, stdout, stderr } = await convert(
      [read(dir), write(dir)],
      path,
      "hdf5",
    );
    assert.equal(code, 6);
    assert.equal(stdout, "");
    assert.match(
      stderr,
      /^persist convert: Cannot write ".*arrays\.h5": the HDF5 backend \(npm:h5wasm\) needs access to all environment variables; run again with --allow-env /,
    );
    assert.deepEqual(await snapshot(path), before);
    assert.deepEqual(names(dir), ["run1"]);
  });
});

Deno.test("persist convert without write permission names the folder to allow (exit code 6) and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "run1");
    await save(path, { a: new Float64Array(500).fill(2) });
    const before = await snapshot(path);
    const { code, stderr } = await convert(
      [read(dir), "--allow-env"],
      path,
      "hdf5",
    );
    assert.equal(code, 6);
    assert.equal(
      stderr,
      `persist convert: Cannot write "${dir}": Deno denied write access; run again with --allow-write=${dir}\n`,
    );
    assert.deepEqual(await snapshot(path), before);
    assert.deepEqual(names(dir), ["run1"]);
  });
});

Deno.test("persist convert of a DataSet stops at a damaged item, naming it and its file (exit code 4)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "runs");
    let broken: string;
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      for (let i = 0; i < 3; i++) {
        await ds.insert(itemValue(0, i), { info: [0, i] });
      }
      broken = await ds.readItem("x_1", (f) => Promise.resolve(f));
    }
    const file = join(broken, "value.data.npy");
    await Deno.truncate(file, 300);
    const { code, stderr } = await convert(
      [read(path), write(path), "--allow-env"],
      path,
      "hdf5",
    );
    assert.equal(code, 4, stderr);
    assert.ok(
      stderr.startsWith(
        `persist convert: Cannot convert DataSet "${path}" to hdf5: item "x_1" cannot be converted, so it and the items after it were left as they are: Cannot read "${file}": `,
      ),
      stderr,
    );
    await using ds = await DataSet.open(path);
    assert.equal(await ds.readItem("x_1", (f) => Promise.resolve(f)), broken);
    assert.ok(
      (await ds.readItem("x_0", (f) => Promise.resolve(names(f)))).includes(
        "arrays.h5",
      ),
    );
  });
});

Deno.test("persist convert of a .npy or HDF5 file is refused (exit code 1)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "run1");
    await save(path, { a: new Float64Array(500) });
    const file = join(path, "a.npy");
    const { code, stderr } = await convert(
      [read(dir), write(dir)],
      file,
      "hdf5",
    );
    assert.equal(code, 1);
    assert.equal(
      stderr,
      `persist convert: Cannot convert "${file}": it is a .npy file, and convert rewrites the array files of archives and DataSets; save the array in an archive first\n`,
    );
    assert.deepStrictEqual(await load(path), { a: new Float64Array(500) });
  });
});

Deno.test("persist convert --lock-timeout gives up on a held DataSet lock after that long, naming the option (exit code 7)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.insert(new Float64Array(500));
    }
    await using holder = new Child(
      [read(path), write(path)],
      HOLD_LOCK,
      [path, "60000"],
    );
    await holder.waitFor("ready");
    const started = performance.now();
    const { code, stdout, stderr } = await convert(
      [read(path), write(path), "--allow-env"],
      path,
      "hdf5",
      "--lock-timeout",
      "300",
    );
    assert.ok(performance.now() - started < 10_000);
    assert.equal(code, 7, stderr);
    assert.equal(stdout, "");
    assert.match(
      stderr,
      new RegExp(
        `^persist convert: Cannot convert DataSet "${path}" to hdf5: the DataSet is still locked by pid \\d+ after 300 ms; ` +
          "wait for that writer to finish, or pass a longer --lock-timeout \\(in milliseconds\\)\n$",
      ),
    );
    assert.doesNotMatch(stderr, /lockTimeout/);
  });
});

Deno.test("persist convert refuses a --lock-timeout that is not a number of milliseconds (exit code 2)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    await DataSet.open(path, { mode: "w" }).then((ds) => ds.close());
    for (const value of ["soon", "-1", ""]) {
      const { code, stderr } = await convert(
        [read(path), write(path)],
        path,
        "npy",
        `--lock-timeout=${value}`,
      );
      assert.equal(code, 2, stderr);
      assert.equal(
        stderr,
        `persist convert: --lock-timeout must be a number of 0 or more milliseconds, got "${value}"; see "persist convert --help"\n`,
      );
    }
  });
});
