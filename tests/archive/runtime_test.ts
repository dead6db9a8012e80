// Copyright 2026 the persist authors. MIT license.
// _persist.js, the helper module import() of an archive runs: it reads
// array files as load() does, and refuses damaged ones with the file's name
// instead of returning something else.

import assert from "node:assert/strict";
import { join } from "node:path";
import { load, NDArray, save } from "../../mod.ts";
import { withTempDir } from "../_util.ts";
import { describe, describeExports } from "./_describe.js";
import { importInChild, writeHandWritten } from "./_hand_written.ts";

/** A version 1.0 `.npy` file of `header` (a Python dict literal) and `data`. */
function npy(header: string, data: Uint8Array): Uint8Array {
  let text = header;
  while ((10 + text.length + 1) % 64 !== 0) text += " ";
  text += "\n";
  const bytes = new Uint8Array(10 + text.length + data.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(bytes.buffer).setUint16(8, text.length, true);
  bytes.set(new TextEncoder().encode(text), 10);
  bytes.set(data, 10 + text.length);
  return bytes;
}

const READ_Y = 'import { ndarray } from "./_persist.js";\n' +
  'export const y = await ndarray("y.npy");';

Deno.test("import() keeps NUL characters inside NumPy unicode strings, stripping only the padding", async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "a");
    const names = new NDArray(["a\0b", "\0\0z", "c", ""], [4]);
    await save(dir, { names }, { arrayThreshold: 1 });
    const loaded = await load(dir);
    assert.deepEqual((loaded.names as NDArray).data, [
      "a\0b",
      "\0\0z",
      "c",
      "",
    ]);
    const imported = await importInChild(root, [dir]);
    assert.deepEqual(imported[dir], describeExports({ names }));
  });
});

Deno.test("import() reads a .npy shape written with Python 2's L suffix, as load() does", async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "a");
    await writeHandWritten(dir, READ_Y);
    const data = new Uint8Array(new Float64Array([1, 2, 3, 4, 5, 6]).buffer);
    await Deno.writeFile(
      join(dir, "y.npy"),
      npy(
        "{'descr': '<f8', 'fortran_order': False, 'shape': (2L, 3L), }",
        data,
      ),
    );
    const expected = new NDArray(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]);
    assert.deepEqual(describe((await load(dir)).y), describe(expected));
    const imported = await importInChild(root, [dir]);
    assert.deepEqual(imported[dir], describeExports({ y: expected }));
  });
});

Deno.test("import() refuses a .npy file whose shape is not whole numbers >= 0, or that is cut short, naming it", async () => {
  await withTempDir(async (root) => {
    const cases: [string, string, Uint8Array, RegExp][] = [
      [
        "<f8",
        "(3.5,)",
        new Uint8Array(32),
        /shape that is not whole numbers >= 0: \(3\.5,\)/,
      ],
      [
        "<f8",
        "(-1,)",
        new Uint8Array(8),
        /shape that is not whole numbers >= 0: \(-1,\)/,
      ],
      [
        "<f8",
        "(x,)",
        new Uint8Array(8),
        /shape that is not whole numbers >= 0: \(x,\)/,
      ],
      ["<f8", "(3,)", new Uint8Array(16), /the file is truncated/],
      ["<U2", "(2,)", new Uint8Array(12), /the file is truncated/],
      [
        "<f8",
        "(99999999999, 99999999999)",
        new Uint8Array(8),
        /the file is truncated/,
      ],
    ];
    const dirs: string[] = [];
    for (const [i, [descr, shape, data]] of cases.entries()) {
      const dir = join(root, `a${i}`);
      await writeHandWritten(dir, READ_Y);
      await Deno.writeFile(
        join(dir, "y.npy"),
        npy(
          `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`,
          data,
        ),
      );
      dirs.push(dir);
    }
    // One process each: Deno 2.9.6 hangs ("Top-level await promise never
    // resolved") at the third module of a process whose top-level await
    // rejects.
    const imported = await Promise.all(
      dirs.map((dir) => importInChild(root, [dir])),
    );
    for (const [i, [, shape, , message]] of cases.entries()) {
      const { error } = imported[i][dirs[i]] as { error?: string };
      assert.match(
        error ?? "",
        message,
        `${shape}: ${JSON.stringify(imported[i])}`,
      );
      assert.ok(
        error!.startsWith(
          `Error: Cannot read "file://${join(dirs[i], "y.npy")}": `,
        ),
        error,
      );
      // load() refuses each too.
      await assert.rejects(() => load(dirs[i]));
    }
  });
});
