// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  decodeNpy,
  FormatError,
  NDArray,
  NotFoundError,
  readNpy,
  readNpyHeader,
  writeNpy,
} from "../../mod.ts";
import { readNpySelection } from "../../lib/npy/mod.ts";
import { FIXTURES, withTempDir } from "../_util.ts";
import { random } from "../archive/_corpus.ts";

interface Case {
  file: string;
  descr: string;
  shape: number[];
  fortran_order: boolean;
  values_c_order?: (number | string | boolean | null)[];
  sum?: string;
}

const manifest = JSON.parse(
  await Deno.readTextFile(join(FIXTURES, "manifest.json")),
) as { cases: Record<string, Case> };
const fixture = (name: string) => join(FIXTURES, manifest.cases[name].file);

/** The manifest's value notation: strings for big ints and infinities, null for NaN. */
function expected(
  v: number | string | boolean | null,
): number | bigint | boolean {
  if (v === null) return NaN;
  if (v === "Infinity") return Infinity;
  if (v === "-Infinity") return -Infinity;
  if (typeof v === "string") return BigInt(v);
  return v;
}

/** Values of an NDArray in C order, whatever its memory order. */
function cOrderValues(a: NDArray): unknown[] {
  const out: unknown[] = [];
  const index = a.shape.map(() => 0);
  for (let n = 0; n < a.size; n++) {
    out.push(a.get(...index));
    for (let k = a.shape.length - 1; k >= 0; k--) {
      if (++index[k] < a.shape[k]) break;
      index[k] = 0;
    }
  }
  return out;
}

const numericCases = Object.entries(manifest.cases).filter(([, c]) =>
  c.values_c_order !== undefined && c.file.endsWith(".npy")
);

for (const [name, c] of numericCases) {
  Deno.test(`readNpy() reads fixture ${name} (${c.descr}, shape [${c.shape}])`, async () => {
    const a = await readNpy(fixture(name));
    assert.deepEqual(a.shape, c.shape);
    assert.equal(a.order, c.fortran_order ? "F" : "C");
    const native = c.descr.replace(">", "<").replace(/^<(?=[iub]1$)/, "|");
    assert.equal(a.dtype, native);
    const got = cOrderValues(a).map((v) =>
      c.descr.endsWith("b1") ? v === 1 : v
    );
    const want = c.values_c_order!.map((v) => {
      const e = expected(v);
      // ints up to 32 bits come back as numbers
      return typeof e === "bigint" && !/[iu]8$/.test(c.descr) ? Number(e) : e;
    });
    assert.equal(got.length, want.length);
    for (const [i, w] of want.entries()) {
      assert.ok(
        Object.is(got[i], w),
        `element ${i}: got ${String(got[i])}, want ${String(w)}`,
      );
    }
  });
}

Deno.test("readNpy() keeps a Fortran-order file's layout without copying it to C order", async () => {
  const a = await readNpy(fixture("f8_fortran_3x4"));
  assert.equal(a.order, "F");
  // F order: first index fastest, so data is the C-order values transposed
  assert.deepEqual([...(a.data as Float64Array)].slice(0, 4), [0, 4, 8, 1]);
  assert.equal(a.get(2, 3), 11);
});

Deno.test("readNpy() returns a typed array viewing a buffer of exactly the data size", async () => {
  const a = await readNpy(fixture("f8_large_1M"));
  const data = a.data as Float64Array;
  assert.ok(data instanceof Float64Array);
  assert.equal(data.length, 1_000_000);
  assert.equal(data.buffer.byteLength, 8_000_000);
  let sum = 0;
  for (const x of data) sum += x;
  assert.ok(Math.abs(sum - -112.78554893201773) < 1e-6, `sum ${sum}`);
});

Deno.test("readNpy() reads complex fixtures as interleaved (re, im) pairs", async () => {
  for (
    const [name, dtype, ctor] of [["c16_vec", "<c16", Float64Array], [
      "c8_vec",
      "<c8",
      Float32Array,
    ]] as const
  ) {
    const a = await readNpy(fixture(name));
    assert.equal(a.dtype, dtype);
    assert.ok(a.data instanceof ctor);
    assert.equal(a.size, 2);
    assert.equal(a.data.length, 4);
    assert.deepEqual(
      [...a.data as Float64Array],
      name === "c16_vec" ? [1, 2, -3.5, -0.5] : [1, 2, 0, -1],
    );
  }
});

Deno.test("readNpy() reads 64-bit integers exactly as BigInts", async () => {
  const i8 = await readNpy(fixture("i8_big"));
  assert.ok(i8.data instanceof BigInt64Array);
  assert.equal(i8.data[3], 9007199254740993n);
  const u8 = await readNpy(fixture("u8_big"));
  assert.ok(u8.data instanceof BigUint64Array);
  assert.equal(u8.data[1], 18446744073709551615n);
});

Deno.test("readNpy() reads a 0-d array and an empty 0x3 array", async () => {
  const s = await readNpy(fixture("f8_scalar"));
  assert.deepEqual(s.shape, []);
  assert.equal(s.get(), 3.25);
  const e = await readNpy(fixture("f8_empty_0x3"));
  assert.deepEqual(e.shape, [0, 3]);
  assert.equal(e.data.length, 0);
});

Deno.test("readNpy() reads unicode strings as string[]", async () => {
  const u = await readNpy(fixture("U5_strings"));
  assert.equal(u.dtype, "<U5");
  assert.ok(Array.isArray(u.data));
  assert.deepEqual(u.data, ["ab", "héllo", ""]);
});

Deno.test("readNpy() reads datetime64 as int64 counts, keeping the unit in the dtype", async () => {
  const d = await readNpy(fixture("M8_dates"));
  assert.equal(d.dtype, "<M8[D]");
  assert.ok(d.data instanceof BigInt64Array);
  // days since 1970-01-01: 2020-01-01 and 2021-06-15
  assert.deepEqual([...d.data], [18262n, 18793n]);
});

Deno.test("readNpy() accepts file: URLs", async () => {
  const a = await readNpy(pathToFileURL(fixture("f8_2x3")));
  assert.deepEqual(a.shape, [2, 3]);
});

async function assertFormatError(
  file: string,
  pattern: RegExp,
): Promise<FormatError> {
  const error = await readNpy(file).then(
    () => assert.fail(`expected ${file} to be refused`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof FormatError, `got ${error}`);
  assert.equal(error.path, file);
  assert.match(error.message, pattern);
  assert.ok(error.message.includes(file), "message names the file");
  return error;
}

Deno.test("readNpy() refuses object (pickle) arrays without executing them", async () => {
  await assertFormatError(
    fixture("object_pickle"),
    /"\|O" is refused: .*pickles/,
  );
});

Deno.test("readNpy() refuses structured dtypes naming the dtype", async () => {
  await assertFormatError(fixture("structured"), /structured \(record\)/);
});

Deno.test("readNpy() refuses a file with a wrong magic string", async () => {
  const e = await assertFormatError(fixture("bad_magic"), /magic string/);
  assert.equal(e.offset, 0);
});

Deno.test("readNpy() refuses a truncated file, saying how many bytes are missing", async () => {
  await assertFormatError(
    fixture("bad_truncated"),
    /ends after \d+ of \d+ data bytes/,
  );
});

Deno.test("readNpy() refuses an absurd shape before allocating anything", async () => {
  const before = Deno.memoryUsage().rss;
  await assertFormatError(
    fixture("bad_huge_shape"),
    /(ends after|more bytes than)/,
  );
  assert.ok(Deno.memoryUsage().rss - before < 64 * 2 ** 20);
});

Deno.test("readNpy() refuses a header length that runs past the end of the file", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "long.npy");
    const bytes = new Uint8Array(64);
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 2, 0]);
    new DataView(bytes.buffer).setUint32(8, 0xfffffff0, true);
    await Deno.writeFile(file, bytes);
    await assertFormatError(
      file,
      /header claims \d+ bytes but the file has only 64/,
    );
  });
});

Deno.test("readNpy() refuses a damaged header dict with the byte offset", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "damaged.npy");
    const text = "{'descr': '<f8', 'fortran_order': Fals, 'shape': (1,), }";
    const header = new TextEncoder().encode(text.padEnd(117, " ") + "\n");
    const bytes = new Uint8Array(128 + 8);
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, 118, 0]);
    bytes.set(header, 10);
    await Deno.writeFile(file, bytes);
    const e = await assertFormatError(file, /not a valid Python dict literal/);
    assert.ok(e.offset! > 10);
  });
});

Deno.test("readNpy() throws NotFoundError naming a missing file", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "missing.npy");
    const error = await readNpy(file).catch((e) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.path, file);
    assert.ok(error.message.includes(`"${file}"`));
  });
});

Deno.test("readNpyHeader() reads shape and dtype without the data", async () => {
  const info = await readNpyHeader(fixture("f8_large_1M"));
  assert.deepEqual(info.shape, [1_000_000]);
  assert.equal(info.descr, "<f8");
  assert.equal(info.dataBytes, 8_000_000);
  assert.equal(info.fileBytes, info.dataOffset + info.dataBytes);
  assert.deepEqual(info.version, [1, 0]);
});

Deno.test("readNpyHeader() reads format versions 2.0 and 3.0", async () => {
  assert.deepEqual((await readNpyHeader(fixture("f8_v2_header"))).version, [
    2,
    0,
  ]);
  assert.deepEqual((await readNpyHeader(fixture("f8_v3_header"))).version, [
    3,
    0,
  ]);
});

Deno.test("decodeNpy() of 4 000 randomly damaged NumPy fixtures (seed 5) gives an array or a FormatError, and nothing else", async () => {
  const next = random(5);
  const names = [...Deno.readDirSync(join(FIXTURES, "npy"))]
    .map((e) => e.name)
    .filter((n) => !n.startsWith("bad_") && !n.includes("large"))
    .sort();
  const files = await Promise.all(
    names.map((n) => Deno.readFile(join(FIXTURES, "npy", n))),
  );
  const encoder = new TextEncoder();
  // Pieces of header dicts, and numbers that make shapes absurd.
  const pieces = [
    "'",
    "(",
    ")",
    ",",
    ":",
    "{",
    "}",
    "True",
    "False",
    "<f8",
    ">i4",
    "|O",
    "999999999999",
    "-1",
    "0",
    " ",
    "\n",
    "'descr'",
    "'shape'",
    "1,",
    "()",
    "U",
    "M8[D]",
    "<c16",
    "\\x00",
    "(2**40,)",
  ].map((p) => encoder.encode(p));
  const counts = { read: 0, refused: 0 };
  for (let round = 0; round < 4000; round++) {
    const k = Math.floor(next() * files.length);
    const bytes = files[k];
    const headerEnd = 10 + (bytes[8] | (bytes[9] << 8));
    const at = Math.floor(next() * Math.min(bytes.length, headerEnd + 4));
    const piece = pieces[Math.floor(next() * pieces.length)];
    let damaged: Uint8Array;
    switch (Math.floor(next() * 4)) {
      case 0: // one byte changed
        damaged = bytes.slice();
        damaged[at] = Math.floor(next() * 256);
        break;
      case 1: // a piece written over the header
        damaged = bytes.slice();
        damaged.set(piece.subarray(0, bytes.length - at), at);
        break;
      case 2: // a piece inserted
        damaged = new Uint8Array(bytes.length + piece.length);
        damaged.set(bytes.subarray(0, at));
        damaged.set(piece, at);
        damaged.set(bytes.subarray(at), at + piece.length);
        break;
      default: // cut short
        damaged = bytes.subarray(0, Math.floor(next() * bytes.length));
    }
    try {
      decodeNpy(damaged);
      counts.read++;
    } catch (error) {
      assert.ok(error instanceof FormatError, `${names[k]}: ${error}`);
      counts.refused++;
    }
  }
  assert.ok(counts.read > 50 && counts.refused > 2000, JSON.stringify(counts));
});

Deno.test("readNpy() and writeNpy() name the file and the fix for a missing folder, a folder in the way and a non-array", async () => {
  await withTempDir(async (dir) => {
    const a = new Float64Array([1, 2, 3]);
    const inMissing = join(dir, "missing", "a.npy");
    await assert.rejects(
      () => writeNpy(inMissing, a),
      (error: Error) =>
        error instanceof Deno.errors.NotFound &&
        error.message.startsWith(`Cannot write "${inMissing}": `) &&
        error.message.endsWith(
          `; its folder "${
            join(dir, "missing")
          }" does not exist; create it first`,
        ),
    );
    const folder = join(dir, "b.npy");
    await Deno.mkdir(join(folder, "inside"), { recursive: true });
    await assert.rejects(
      () => writeNpy(folder, a),
      (error: Error) =>
        error instanceof Error &&
        error.message.startsWith(`Cannot write "${folder}": `) &&
        error.message.includes("remove it or choose another path"),
    );
    await assert.rejects(
      () => readNpy(folder),
      (error: Error) =>
        error instanceof Deno.errors.IsADirectory &&
        error.message.startsWith(`Cannot read "${folder}": `) &&
        error.message.endsWith("; it is a folder, not a .npy file"),
    );
    // The folder and what is in it are untouched; no temporary file is left.
    assert.deepEqual(
      (await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name),
      ["b.npy"],
    );
    await Deno.lstat(join(folder, "inside"));
    const plain = join(dir, "c.npy");
    await assert.rejects(
      () => writeNpy(plain, [1, 2, 3] as unknown as Float64Array),
      (error: Error) =>
        error instanceof TypeError &&
        error.message ===
          `Cannot write "${plain}": expected an NDArray or a typed array, got a plain Array (make it an NDArray or a typed array, e.g. Float64Array.from(...))`,
    );
    await assert.rejects(() => Deno.lstat(plain), Deno.errors.NotFound);
  });
});

Deno.test("readNpySelection() gathers strided and reversed picks in small chunks as indexing does", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/m.npy`;
    const m = new NDArray(new Int32Array(60 * 70).map((_, i) => i), [60, 70], {
      order: "F",
    });
    await writeNpy(path, m);
    const rows = { start: 59, step: -4, count: 15 };
    const columns = { start: 1, step: 3, count: 23 };
    for (const chunkBytes of [4, 64, 1000, 1 << 20]) {
      const got = await readNpySelection(path, [
        { indices: rows, keep: true },
        { indices: columns, keep: true },
      ], { chunkBytes });
      assert.deepEqual(got.shape, [15, 23]);
      assert.equal(got.order, "F");
      for (let r = 0; r < 15; r++) {
        for (let c = 0; c < 23; c++) {
          assert.equal(got.get(r, c), m.get(59 - 4 * r, 1 + 3 * c));
        }
      }
      const column = await readNpySelection(path, [
        { indices: { start: 0, step: 1, count: 60 }, keep: true },
        { indices: [69], keep: false },
      ], { chunkBytes });
      assert.deepEqual([...column.data], [...m.data.slice(69 * 60)]);
    }
  });
});
