// Copyright 2026 the persist authors. MIT license.
// persist get reads only the elements of a .npy array that it prints: the
// same text and JSON as selecting from the whole array, for every dtype and
// order, and a get of one element works where the whole file cannot be read.

import assert from "node:assert/strict";
import { join } from "node:path";
import { type NDArray, save } from "../../mod.ts";
import { readNpyPart } from "../../lib/cli/_npy_part.ts";
import {
  formatValue,
  parsePath,
  selectValue,
  toJsonValue,
} from "../../lib/cli/mod.ts";
import {
  encodeHeader,
  readNpy,
  swapBytes,
  type TypedArray,
} from "../../lib/npy/mod.ts";
import { CONFIG, PYTHON, withTempDir } from "../_util.ts";
import { CLI } from "./_cli.ts";

/** Writes a `.npy` file of `values` (native order) with the given descr. */
async function writeRaw(
  path: string,
  descr: string,
  shape: number[],
  order: "C" | "F",
  values: TypedArray,
) {
  const bytes = new Uint8Array(
    values.buffer.slice(
      values.byteOffset,
      values.byteOffset + values.byteLength,
    ),
  );
  if (descr.startsWith(">")) swapBytes(bytes, values.BYTES_PER_ELEMENT);
  const header = encodeHeader(descr, shape, order);
  const file = new Uint8Array(header.length + bytes.length);
  file.set(header);
  file.set(bytes, header.length);
  await Deno.writeFile(path, file);
}

function unicode(strings: string[], width: number): Uint32Array {
  const out = new Uint32Array(strings.length * width);
  strings.forEach((s, i) =>
    [...s].forEach((c, k) => out[i * width + k] = c.codePointAt(0)!)
  );
  return out;
}

const CASES: {
  name: string;
  descr: string;
  shape: number[];
  order: "C" | "F";
  values: (n: number) => TypedArray;
}[] = [
  {
    name: "f8 vector",
    descr: "<f8",
    shape: [2003],
    order: "C",
    values: (n) => new Float64Array(n).map((_, i) => i / 7 - 50),
  },
  {
    name: "big-endian i4 matrix, C order",
    descr: ">i4",
    shape: [41, 29],
    order: "C",
    values: (n) => new Int32Array(n).map((_, i) => i * 37 - 600),
  },
  {
    name: "f4 3-D, F order",
    descr: "<f4",
    shape: [13, 9, 11],
    order: "F",
    values: (n) => new Float32Array(n).map((_, i) => i / 3),
  },
  {
    name: "complex matrix, F order",
    descr: "<c16",
    shape: [50, 30],
    order: "F",
    values: (n) => new Float64Array(2 * n).map((_, i) => (i % 2 ? -i : i)),
  },
  {
    name: "bool matrix",
    descr: "|b1",
    shape: [1100, 2],
    order: "C",
    values: (n) => new Uint8Array(n).map((_, i) => i % 3 === 0 ? 1 : 0),
  },
  {
    name: "big-endian i8 vector",
    descr: ">i8",
    shape: [1500],
    order: "C",
    values: (n) => new BigInt64Array(n).map((_, i) => BigInt(i) * 10n ** 12n),
  },
  {
    name: "unicode matrix, F order",
    descr: "<U3",
    shape: [40, 40],
    order: "F",
    values: (n) =>
      unicode(Array.from({ length: n }, (_, i) => `é${i % 100}`), 3),
  },
  {
    name: "0-d f8",
    descr: "<f8",
    shape: [],
    order: "C",
    values: () => new Float64Array([2.5]),
  },
  {
    name: "empty matrix",
    descr: "<i2",
    shape: [0, 5],
    order: "C",
    values: () => new Int16Array(0),
  },
];

const PATHS = [
  "",
  "[0]",
  "[5]",
  "[-1]",
  "[-2]",
  "[3:]",
  "[-10:]",
  "[::7]",
  "[::-3]",
  "[5:2:-1]",
  "[100:]",
  "[1:3]",
  "[2][4]",
  "[-1][-1]",
  "[1:30:2][-1]",
  "[::-1][::2]",
  "[3][1:8]",
  "[3][::-1][2]",
  "[1][2][3]",
  "[7:7]",
  "[999999:]",
];

/** What `persist get` prints for a value: text, text --full, JSON. */
function outputs(value: unknown, full: boolean): string[] {
  return [
    formatValue(value, { full, width: 100 }),
    JSON.stringify(toJsonValue(value, { full })),
  ];
}

Deno.test("readNpyPart() prints as selecting from the whole array does, for every dtype and order", async () => {
  await withTempDir(async (dir) => {
    let lazy = 0;
    for (const { name, descr, shape, order, values } of CASES) {
      const path = join(dir, `${name}.npy`);
      const size = shape.reduce((a, b) => a * b, 1);
      await writeRaw(path, descr, shape, order, values(size));
      const whole = await readNpy(path);
      const forms = shape.length === 1 && !descr.includes("c") &&
          !descr.includes("U")
        ? ["ndarray", "array"] as const
        : ["ndarray"] as const;
      for (const as of forms) {
        const value = as === "array" ? whole.data : whole;
        for (const text of PATHS) {
          for (const full of [false, true]) {
            let expected: string[] | Error;
            try {
              expected = outputs(
                selectValue({ a: value }, `a${text}`, "x"),
                full,
              );
            } catch (error) {
              expected = error as Error;
            }
            const steps = text === "" ? [] : parsePath(`a${text}`)!.slice(1);
            const part = await readNpyPart(path, steps, { as, full });
            const where = `${name} as ${as}: a${text}${full ? " --full" : ""}`;
            if (part === undefined) {
              // Left to the whole-array read: only where that fails, or a
              // path goes on into an element.
              assert.ok(
                expected instanceof Error || steps.length > 1,
                `${where} was not read in part`,
              );
              continue;
            }
            lazy++;
            assert.ok(!(expected instanceof Error), `${where} should fail`);
            assert.deepEqual(outputs(part.value, full), expected, where);
          }
        }
      }
    }
    assert.ok(lazy > 300, `only ${lazy} selections were read in part`);
  });
});

Deno.test("readNpyPart() reads a big array's summary as an excerpt, not the whole array", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "m.npy");
    await writeRaw(
      path,
      "<i4",
      [400, 500],
      "C",
      new Int32Array(200_000).map((_, i) => i),
    );
    const part = await readNpyPart(path, [], {});
    const excerpt = part!.value as { edges: NDArray; shape: number[] };
    assert.deepEqual(excerpt.shape, [400, 500]);
    assert.deepEqual(excerpt.edges.shape, [6, 6]);
    assert.deepEqual(
      [...excerpt.edges.data.slice(0, 6)],
      [0, 1, 2, 497, 498, 499],
    );
  });
});

/**
 * An archive whose one array `a` is a `.npy` file of 5e8 float64 (4 GB)
 * whose data is a hole in a sparse file: a[5] is 5.5 and a[-1] is 7.
 */
async function sparseArchive(dir: string): Promise<string> {
  const archive = join(dir, "big");
  await save(archive, { a: new Float64Array(200) });
  const n = 500_000_000;
  const header = encodeHeader("<f8", [n], "C");
  const path = join(archive, "a.npy");
  await Deno.writeFile(path, header);
  using file = await Deno.open(path, { write: true });
  await file.seek(header.length + 5 * 8, Deno.SeekMode.Start);
  await file.write(new Uint8Array(new Float64Array([5.5]).buffer));
  await file.truncate(header.length + n * 8);
  await file.seek(header.length + (n - 1) * 8, Deno.SeekMode.Start);
  await file.write(new Uint8Array(new Float64Array([7]).buffer));
  return archive;
}

/** Runs `persist get` with the process's data limited to 1.5 GB. */
async function getLimited(archive: string, name: string) {
  const limit = 1536 * 1024 * 1024;
  const { code, stdout, stderr } = await new Deno.Command(PYTHON, {
    args: [
      "-c",
      "import os, resource, sys\n" +
      `resource.setrlimit(resource.RLIMIT_DATA, (${limit}, ${limit}))\n` +
      "os.execv(sys.argv[1], sys.argv[1:])",
      Deno.execPath(),
      "run",
      "--quiet",
      "--no-prompt",
      `--config=${CONFIG}`,
      `--allow-read=${archive}`,
      CLI,
      "get",
      archive,
      name,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return { code, stdout: text.decode(stdout), stderr: text.decode(stderr) };
}

Deno.test({
  name:
    "persist get reads one element and the summary of a 4 GB array in a process limited to 1.5 GB",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = await sparseArchive(dir);
      let result = await getLimited(archive, "a[5]");
      assert.equal(result.stderr, "");
      assert.equal(result.code, 0);
      assert.equal(result.stdout, "5.5\n");
      result = await getLimited(archive, "a[-1]");
      assert.equal(result.stdout, "7\n");
      result = await getLimited(archive, "a");
      assert.equal(result.code, 0, result.stderr);
      assert.equal(
        result.stdout,
        "Float64Array(500000000)\n[0, 0, 0, ..., 0, 0, 7]\n",
      );
      result = await getLimited(archive, "a[3:8]");
      assert.equal(
        result.stdout,
        "Float64Array(5)\n[  0,   0, 5.5,   0,   0]\n",
      );
    });
  },
});
