// Copyright 2026 the persist authors. MIT license.
// persist get, run as a user runs it: NumPy-style summaries, --full, the
// JSON form, paths into values, and archives naming classes it never imports.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { load, NDArray, register, save, saveValue } from "../../mod.ts";
import { fromJsonValue } from "../../lib/cli/mod.ts";
import {
  type Classes,
  CLASSES_SOURCE,
  trickyValues,
} from "../archive/_corpus.ts";
import { FIXTURES, withTempDir } from "../_util.ts";
import { lines, persist, read } from "./_cli.ts";

Deno.test("persist get prints a big array NumPy-style: first and last 3 elements", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, {
      energy: new Float64Array(1_000_000).map((_, i) => i / 1000),
      m: new NDArray(new Int32Array(3000).map((_, i) => i), [1000, 3]),
    });
    let result = await persist([read(dir)], ["get", archive, "energy"]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      "Float64Array(1000000)\n[      0,   0.001,   0.002, ..., 999.997, 999.998, 999.999]\n",
    );
    result = await persist([read(dir)], ["get", archive, "m"]);
    assert.equal(
      result.stdout,
      "NDArray(1000, 3) <i4\n[[   0,    1,    2],\n [   3,    4,    5],\n [   6,    7,    8],\n ...,\n" +
        " [2991, 2992, 2993],\n [2994, 2995, 2996],\n [2997, 2998, 2999]]\n",
    );
  });
});

Deno.test("persist get --full prints every element, wrapped at 75 columns", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, { y: new Int16Array(2000).map((_, i) => i) });
    const { code, stdout } = await persist([read(dir)], [
      "get",
      archive,
      "y",
      "--full",
    ]);
    assert.equal(code, 0);
    const numbers = stdout.split("\n").slice(1).join(" ").match(/\d+/g)!;
    assert.deepEqual(
      numbers.map(Number),
      Array.from({ length: 2000 }, (_, i) => i),
    );
    assert.ok(lines(stdout).every((l) => l.length <= 75));
  });
});

Deno.test("persist get --json --full gives every tricky value in a form that decodes to the loaded values", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "classes.js");
    await Deno.writeTextFile(file, CLASSES_SOURCE);
    const classes = await import(pathToFileURL(file).href) as Classes;
    const skip = /^(protocol|registered)/;
    const values = Object.fromEntries(
      trickyValues(classes).filter(([name]) => !skip.test(name)),
    );
    const archive = join(dir, "tricky");
    await save(archive, values);
    const { code, stdout, stderr } = await persist([read(dir)], [
      "get",
      archive,
      "--json",
      "--full",
    ]);
    assert.equal(code, 0, stderr);
    assert.deepStrictEqual(
      fromJsonValue(JSON.parse(stdout)),
      await load(archive),
    );
  });
});

Deno.test("persist get --json writes the documented forms", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    const shared = { a: 1 };
    const cycle: unknown[] = [];
    cycle.push(cycle);
    await save(archive, {
      v: {
        big: 2n ** 64n,
        z: -0,
        n: NaN,
        u: undefined,
        d: new Date(0),
        m: new Map([["k", new Set([1])]]),
        t: new Float32Array([1, NaN, -0]),
        i: new BigInt64Array([-1n]),
        nd: new NDArray(new Float64Array([1, 2, 3, 4]), [2, 2], { order: "F" }),
        pair: [shared, shared],
        cycle,
        $type: "a user key",
        long: new Float64Array(5000),
      },
    });
    const { stdout } = await persist([read(dir)], [
      "get",
      archive,
      "v",
      "--json",
    ]);
    assert.deepEqual(JSON.parse(stdout), {
      $type: "Object",
      value: {
        big: { $type: "bigint", value: "18446744073709551616" },
        z: { $type: "number", value: "-0" },
        n: { $type: "number", value: "NaN" },
        u: { $type: "undefined" },
        d: { $type: "Date", value: "1970-01-01T00:00:00.000Z" },
        m: {
          $type: "Map",
          entries: [["k", { $type: "Set", values: [1] }]],
        },
        t: { $type: "Float32Array", length: 3, data: [1, "NaN", "-0"] },
        i: { $type: "BigInt64Array", length: 1, data: ["-1"] },
        nd: {
          $type: "NDArray",
          dtype: "<f8",
          shape: [2, 2],
          order: "F",
          length: 4,
          data: [1, 2, 3, 4],
        },
        pair: [{ $type: "Object", id: 1, value: { a: 1 } }, {
          $type: "ref",
          id: 1,
        }],
        cycle: { $type: "Array", id: 2, value: [{ $type: "ref", id: 2 }] },
        $type: "a user key",
        long: {
          $type: "Float64Array",
          length: 5000,
          truncated: true,
          head: [0, 0, 0],
          tail: [0, 0, 0],
        },
      },
    });
  });
});

Deno.test("persist get picks a value by path and names what exists when nothing is there (exit code 3)", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, {
      runs: [{ grid: { step: 0.5 } }],
      "a.b": 2,
      y: new Float64Array([1.5, 2.5]),
    });
    const get = (name: string) => persist([read(dir)], ["get", archive, name]);
    assert.equal((await get("runs[0].grid.step")).stdout, "0.5\n");
    assert.equal((await get("runs.0.grid")).stdout, "{ step: 0.5 }\n");
    assert.equal((await get("a.b")).stdout, "2\n");
    assert.equal((await get("y[1]")).stdout, "2.5\n");
    let result = await get("nothing");
    assert.equal(result.code, 3);
    assert.equal(
      result.stderr,
      `persist get: Cannot get "nothing" from "${archive}": the archive has no value "nothing"; its values are "runs", "y", "a.b" (see "persist show ${archive}")\n`,
    );
    result = await get("runs[0].mesh");
    assert.equal(result.code, 3);
    assert.match(result.stderr, /runs\[0\] has no "mesh"; its keys are "grid"/);
  });
});

Deno.test("persist get prints the value of a single-value archive, and all values of an archive", async () => {
  await withTempDir(async (dir) => {
    await saveValue(join(dir, "one"), { a: [1, 2] });
    let result = await persist([read(dir)], ["get", join(dir, "one")]);
    assert.equal(result.stdout, "{ a: [1, 2] }\n");
    await save(join(dir, "two"), { x: 1, s: "text" });
    result = await persist([read(dir)], ["get", join(dir, "two")]);
    assert.equal(result.stdout, '{ x: 1, s: "text" }\n');
    result = await persist([read(dir)], ["get", join(dir, "two"), "s"]);
    assert.equal(result.stdout, "text");
  });
});

Deno.test("persist get shows instances of the classes an archive names without importing them", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "classes.js");
    await Deno.writeTextFile(
      file,
      `${CLASSES_SOURCE}\nconsole.log("classes.js ran");\n`,
    );
    const c = await import(pathToFileURL(file).href) as Classes;
    register(c.Counter, { module: "../classes.js", export: "Counter" });
    const archive = join(dir, "run1");
    await save(archive, {
      p: new c.Point(1, 2),
      counts: new c.Counter().increment("a"),
    });
    let result = await persist([read(archive)], ["get", archive]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      '{ p: new Point(1, 2), counts: Counter Map(1) { "a" => 1 } }\n',
    );
    result = await persist([read(archive)], ["get", archive, "--json"]);
    assert.deepEqual(JSON.parse(result.stdout), {
      p: {
        $type: "instance",
        class: "Point",
        module: "../classes.js",
        args: [1, 2],
      },
      counts: {
        $type: "instance",
        class: "Counter",
        module: "../classes.js",
        value: { $type: "Map", entries: [["a", 1]] },
      },
    });
  });
});

Deno.test("persist get prints the array of a .npy file; a name after it is a usage error", async () => {
  const path = join(FIXTURES, "npy", "f8_2x3.npy");
  let result = await persist([read(path)], ["get", path]);
  assert.equal(result.stdout, "NDArray(2, 3) <f8\n[[0, 1, 2],\n [3, 4, 5]]\n");
  result = await persist([read(path)], ["get", path, "--json"]);
  assert.deepEqual(JSON.parse(result.stdout), {
    $type: "NDArray",
    dtype: "<f8",
    shape: [2, 3],
    order: "C",
    length: 6,
    data: [0, 1, 2, 3, 4, 5],
  });
  result = await persist([read(path)], ["get", path, "x"]);
  assert.equal(result.code, 2);
});

Deno.test("persist get --full prints a 1 000 000-element array, a 2000×500 NDArray and a 1 000 000-item Array", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "big");
    await save(archive, {
      y: new Float64Array(1_000_000).map((_, i) => i % 7),
      m: new NDArray(new Int32Array(1_000_000).map((_, i) => i % 500), [
        2000,
        500,
      ]),
      list: Array.from({ length: 1_000_000 }, (_, i) => i % 10),
    });
    const get = async (name: string) => {
      const result = await persist([read(dir)], [
        "get",
        archive,
        name,
        "--full",
      ]);
      assert.equal(result.code, 0, result.stderr);
      return result.stdout;
    };
    const count = (text: string) => text.match(/\d+/g)!.length;
    const y = await get("y");
    assert.equal(lines(y)[0], "Float64Array(1000000)");
    assert.equal(count(lines(y).slice(1).join("\n")), 1_000_000);
    const m = await get("m");
    assert.equal(lines(m)[0], "NDArray(2000, 500) <i4");
    assert.equal(count(lines(m).slice(1).join("\n")), 1_000_000);
    assert.ok(m.endsWith(" 497, 498, 499]]\n"));
    const list = await get("list");
    assert.equal(count(list), 1_000_000);
    assert.ok(list.startsWith("[\n  0, 1, 2, 3, "));
  });
});

Deno.test("persist get of one value reads only its arrays: a missing array file elsewhere does not matter", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    const b = new Float64Array(2000);
    await save(archive, {
      small: 1,
      a: new Float64Array(2000).map((_, i) => i),
      b,
      runs: [{ grid: { step: 0.5 }, b }],
    });
    await Deno.remove(join(archive, "b.npy"));
    const get = (...args: string[]) =>
      persist([read(dir)], ["get", archive, ...args]);
    let result = await get("small");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "1\n");
    result = await get("a[1999]");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "1999\n");
    result = await get("runs[0].grid.step");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "0.5\n");
    // What needs the missing file is damage (exit code 4), named.
    for (const name of ["runs", "runs[0].b", "b", undefined]) {
      result = await get(...(name === undefined ? [] : [name]));
      assert.equal(result.code, 4, name);
      assert.match(
        result.stderr,
        /^persist get: Cannot load ".*mod\.js:\d+:\d+": /,
      );
      assert.ok(
        result.stderr.endsWith(
          `: the array file "${archive}/b.npy" does not exist; the archive is incomplete; ` +
            `run "persist verify ${archive}" to list every problem\n`,
        ),
        result.stderr,
      );
    }
  });
});

Deno.test("persist get indexes the first axis of an N-D NDArray as NumPy does, in C and F order", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "nd");
    await save(archive, {
      big2d: new NDArray(new Float64Array(1_000_000).map((_, i) => i), [
        2000,
        500,
      ]),
      // [[0, 2, 4], [1, 3, 5]] in F order.
      f: new NDArray(new Int32Array([0, 1, 2, 3, 4, 5]), [2, 3], {
        order: "F",
      }),
      cube: new NDArray(new Int8Array(24).map((_, i) => i), [2, 3, 4]),
    });
    const get = (name: string) =>
      persist([read(dir)], ["get", archive, name, "--json", "--full"]);
    let result = await get("big2d[1999]");
    assert.equal(result.code, 0, result.stderr);
    const row = JSON.parse(result.stdout);
    assert.deepEqual(row.shape, [500]);
    assert.deepEqual(
      row.data,
      Array.from({ length: 500 }, (_, j) => 1999 * 500 + j),
    );
    result = await get("big2d[7][3]");
    assert.equal(result.stdout, `${7 * 500 + 3}\n`);
    result = await get("f[1]");
    assert.deepEqual(JSON.parse(result.stdout).data, [1, 3, 5]);
    assert.equal((await get("f[0][2]")).stdout, "4\n");
    result = await get("cube[1]");
    assert.deepEqual(JSON.parse(result.stdout), {
      $type: "NDArray",
      dtype: "|i1",
      shape: [3, 4],
      order: "C",
      length: 12,
      data: Array.from({ length: 12 }, (_, i) => 12 + i),
    });
    assert.equal((await get("cube[1][2][3]")).stdout, "23\n");
    result = await get("big2d[2000]");
    assert.equal(result.code, 3);
    assert.equal(
      result.stderr,
      `persist get: Cannot get "big2d[2000]" from "${archive}": big2d has no [2000] ` +
        "(it is an NDArray of shape [2000, 500]; indices along its first axis go from 0 to 1999, or from -2000 to -1 counting from the end)\n",
    );
  });
});

Deno.test("persist get takes negative indices and slices of arrays in .npy files, as NumPy does", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, {
      spectrum: new NDArray(new Float32Array(6000).map((_, i) => i), [
        2000,
        3,
      ]),
      energy: new Float64Array(5000).map((_, i) => i),
      runs: [{ id: 1 }, { id: 2 }, { id: 3 }],
    });
    const get = async (name: string) => {
      const result = await persist([read(dir)], [
        "get",
        archive,
        name,
        "--json",
      ]);
      assert.equal(result.code, 0, `${name}: ${result.stderr}`);
      return JSON.parse(result.stdout);
    };
    assert.deepEqual((await get("spectrum[-1]")).data, [5997, 5998, 5999]);
    const rows = await get("spectrum[1:3]");
    assert.deepEqual([rows.shape, rows.data], [[2, 3], [3, 4, 5, 6, 7, 8]]);
    assert.equal(await get("energy[-1]"), 4999);
    const tail = await get("energy[-3:]");
    assert.deepEqual([tail.$type, tail.data], ["Float64Array", [
      4997,
      4998,
      4999,
    ]]);
    assert.deepEqual((await get("energy[10:2:-4]")).data, [10, 6]);
    assert.deepEqual(await get("runs[-2:]"), [{ id: 2 }, { id: 3 }]);
    assert.equal(await get("runs[-1].id"), 3);
    const missing = await persist([read(dir)], [
      "get",
      archive,
      "energy[-5001]",
    ]);
    assert.equal(missing.code, 3);
    assert.equal(
      missing.stderr,
      `persist get: Cannot get "energy[-5001]" from "${archive}": energy has no [-5001] (it has 5000 items)\n`,
    );
  });
});

Deno.test("persist get writes a string to a pipe exactly, adding no line break", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "notes");
    const notes = { a: "abc", b: "abc\n", c: "", d: "é\r\n\t€" };
    await save(archive, notes);
    for (const [name, text] of Object.entries(notes)) {
      const result = await persist([read(dir)], ["get", archive, name]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, text, name);
    }
  });
});

const UNSAFE_TEXT = "file\u202etxt.exe \u001b[2J\u0007 done";

Deno.test("persist get writes a string as it is to a pipe, and escapes control and bidi characters inside values and JSON", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "evil");
    await save(archive, { s: UNSAFE_TEXT, o: { [UNSAFE_TEXT]: UNSAFE_TEXT } });
    let result = await persist([read(dir)], ["get", archive, "s"]);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, UNSAFE_TEXT);
    const quoted = '"file\\u202etxt.exe \\u001b[2J\\u0007 done"';
    result = await persist([read(dir)], ["get", archive, "o"]);
    assert.equal(result.stdout, `{ ${quoted}: ${quoted} }\n`);
    result = await persist([read(dir)], ["get", archive, "s", "--json"]);
    assert.equal(result.stdout, `${quoted}\n`);
    assert.equal(JSON.parse(result.stdout), UNSAFE_TEXT);
    // Names in error messages too.
    result = await persist([read(dir)], ["get", archive, "x\u001b\u202e"]);
    assert.equal(result.code, 3);
    assert.ok(
      result.stderr.includes('has no value "x\\u001b\\u202e"'),
      result.stderr,
    );
    assert.ok(
      !result.stderr.includes("\u001b") && !result.stderr.includes("\u202e"),
      result.stderr,
    );
  });
});
