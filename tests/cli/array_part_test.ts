// Copyright 2026 the persist authors. MIT license.
// readArrayPart(): persist get reads only the elements of an array that it
// prints, from a .npy file or an HDF5 dataset: the same text and JSON as
// selecting from the whole array, for every dtype, order and view of the
// data, and a path that finds nothing is refused as the whole array refuses
// it, from the header alone.

import assert from "node:assert/strict";
import { join } from "node:path";
import { NDArray, writeHdf5 } from "../../mod.ts";
import {
  type ArraySource,
  type ArrayView,
  hdf5Source,
  npySource,
  readArrayPart,
} from "../../lib/cli/_array_part.ts";
import {
  ArrayExcerpt,
  formatValue,
  parsePath,
  selectValue,
  toJsonValue,
} from "../../lib/cli/mod.ts";
import { Hdf5Reader } from "../../lib/hdf5/mod.ts";
import {
  encodeHeader,
  readNpy,
  swapBytes,
  type TypedArray,
  type TypedArrayConstructor,
} from "../../lib/npy/mod.ts";
import { withTempDir } from "../_util.ts";

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
    name: "u1 vector",
    descr: "|u1",
    shape: [1200],
    order: "C",
    values: (n) => new Uint8Array(n).map((_, i) => i * 7),
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
  "[1000000000000]",
  "[-3][0]",
  "[::0]",
  "[2][::0]",
  ".foo",
  '["x"]',
  "[0].foo",
  ".0",
];

/** What `persist get` prints for a value: text, text --full, JSON. */
function outputs(value: unknown, full: boolean): string[] {
  return [
    formatValue(value, { full, width: 100 }),
    JSON.stringify(toJsonValue(value, { full })),
  ];
}

/**
 * The views of a file's array an archive's value can be, with the value
 * each is when the array is read whole: its NDArray, its data (a typed
 * array, or an Array of strings), and typed arrays of other kinds over
 * its bytes.
 */
function viewsOf(whole: NDArray): [ArrayView, unknown][] {
  const views: [ArrayView, unknown][] = [[{ kind: "ndarray" }, whole]];
  const data = whole.data;
  if (Array.isArray(data)) return [...views, [{ kind: "list" }, data]];
  views.push([{
    kind: "typed",
    type: data.constructor as TypedArrayConstructor,
  }, data]);
  const others: TypedArrayConstructor[] = data instanceof Uint8Array
    ? [Uint8ClampedArray, Int8Array]
    : data instanceof Float64Array
    ? [Float32Array, BigInt64Array]
    : [];
  for (const type of others) {
    views.push([{ kind: "typed", type }, new type(data.buffer as ArrayBuffer)]);
  }
  return views;
}

Deno.test("readArrayPart() prints as selecting from the whole array does, or fails as it does, for every dtype, order and view, from .npy and HDF5", async () => {
  await withTempDir(async (dir) => {
    let lazy = 0;
    let refused = 0;
    const h5 = join(dir, "all.h5");
    const wholes: Record<string, NDArray> = {};
    for (const { name, descr, shape, order, values } of CASES) {
      const path = join(dir, `${name}.npy`);
      const size = shape.reduce((a, b) => a * b, 1);
      await writeRaw(path, descr, shape, order, values(size));
      wholes[name] = await readNpy(path);
    }
    await writeHdf5(h5, wholes);
    await using reader = await Hdf5Reader.open(h5);
    for (const name of Object.keys(wholes)) {
      const sources: [string, ArraySource][] = [
        ["npy", await npySource(join(dir, `${name}.npy`))],
        ["hdf5", (await hdf5Source(reader, name))!],
      ];
      for (const [format, source] of sources) {
        for (const [view, value] of viewsOf(wholes[name])) {
          for (const text of PATHS) {
            for (const full of [false, true]) {
              const where = `${name} (${format}) as ${
                view.kind === "typed" ? view.type.name : view.kind
              }: a${text}${full ? " --full" : ""}`;
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
              const place = { name: `a${text}`, where: "x", at: "a" };
              let part: { value: unknown } | undefined;
              try {
                part = await readArrayPart(source, steps, {
                  view,
                  full,
                  place,
                });
              } catch (error) {
                // Refused from the header, as the whole array refuses it.
                assert.ok(expected instanceof Error, `${where}: ${error}`);
                assert.equal((error as Error).name, expected.name, where);
                assert.equal((error as Error).message, expected.message, where);
                refused++;
                continue;
              }
              assert.ok(!(expected instanceof Error), `${where} should fail`);
              if (part === undefined) {
                // Left to the whole read: only views whose elements are
                // not the array's (of complex numbers, of an N-D array,
                // of another size, strings).
                const whole = wholes[name];
                assert.ok(
                  view.kind === "list" || (view.kind === "typed" && (
                    whole.ndim !== 1 || whole.dtype.startsWith("<c") ||
                    view.type.BYTES_PER_ELEMENT !==
                      (whole.data as TypedArray).BYTES_PER_ELEMENT
                  )),
                  `${where} was not read in part`,
                );
                continue;
              }
              lazy++;
              assert.deepEqual(outputs(part.value, full), expected, where);
            }
          }
        }
      }
    }
    assert.ok(lazy > 1000, `only ${lazy} selections were read in part`);
    assert.ok(refused > 500, `only ${refused} paths were refused`);
  });
});
Deno.test("readArrayPart() reads a big array's summary as an excerpt, not the whole array, from .npy and HDF5", async () => {
  await withTempDir(async (dir) => {
    const m = new NDArray(new Int32Array(200_000).map((_, i) => i), [400, 500]);
    const path = join(dir, "m.npy");
    await writeRaw(path, "<i4", [400, 500], "C", m.data as Int32Array);
    await writeHdf5(join(dir, "m.h5"), { m });
    await using reader = await Hdf5Reader.open(join(dir, "m.h5"));
    for (
      const source of [await npySource(path), await hdf5Source(reader, "m")]
    ) {
      const part = await readArrayPart(source!, []);
      const excerpt = part!.value as ArrayExcerpt;
      assert.ok(excerpt instanceof ArrayExcerpt);
      assert.deepEqual(excerpt.shape, [400, 500]);
      const edges = excerpt.edges as NDArray;
      assert.deepEqual(edges.shape, [6, 6]);
      assert.deepEqual([...edges.data.slice(0, 6)], [0, 1, 2, 497, 498, 499]);
    }
  });
});
