// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { writeNumber } from "../../lib/archive/_number.ts";
import { Archive, load } from "../../mod.ts";
import { evaluate } from "../../lib/archive/load.ts";
import { withTempDir } from "../_util.ts";
import { random } from "./_corpus.ts";

const decoder = new TextDecoder();

/** writeNumber's text, or undefined when it leaves the number to String(). */
function written(x: number): string | undefined {
  const buf = new Uint8Array(64);
  const end = writeNumber(buf, 0, x);
  return end < 0 ? undefined : decoder.decode(buf.subarray(0, end));
}

/** What the archive format writes for a number. */
function expected(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

function neighbours(x: number, count: number): number[] {
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  const out: number[] = [];
  for (let i = -count; i <= count; i++) {
    const g = new BigInt64Array([bits[0] + BigInt(i)]);
    out.push(new Float64Array(g.buffer)[0]);
  }
  return out;
}

Deno.test("writeNumber() writes integers and short decimals as String() does", () => {
  for (
    const [x, text] of [
      [0, "0"],
      [-0, "-0"],
      [7, "7"],
      [-42, "-42"],
      [0.25, "0.25"],
      [-1.5, "-1.5"],
      [12499.75, "12499.75"],
      [0.1, "0.1"],
      [0.000001, "0.000001"],
      [123456789.125, "123456789.125"],
      [Number.MAX_SAFE_INTEGER, "9007199254740991"],
      [Number.MIN_SAFE_INTEGER, "-9007199254740991"],
    ] as const
  ) assert.equal(written(x), text, `${x}`);
});

Deno.test("writeNumber() writes integers at every digit-count boundary", () => {
  const values = [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 2];
  for (let k = 0; k <= 15; k++) values.push(10 ** k - 1, 10 ** k, 10 ** k + 1);
  for (const x of values) {
    assert.equal(written(x), String(x));
    assert.equal(written(-x), expected(-x));
  }
});

Deno.test("writeNumber() leaves long, tiny, huge and special numbers to String()", () => {
  for (
    const x of [0.1 + 0.2, 1 / 3, 1e-7, 5e-324, 1e21, 2 ** 53, NaN, Infinity]
  ) assert.equal(written(x), undefined, `${x}`);
});

Deno.test("writeNumber() agrees with String() on 400 000 generated numbers and at every boundary", () => {
  const next = random(20260102);
  const values: number[] = [];
  const bits = new Uint32Array(2);
  const float = new Float64Array(bits.buffer);
  for (let i = 0; i < 40_000; i++) {
    const digits = 1 + Math.floor(next() * 17);
    const m = Math.floor(next() * 10 ** digits);
    const e = Math.floor(next() * 30) - 12;
    bits[0] = next() * 2 ** 32;
    bits[1] = next() * 2 ** 32;
    values.push(
      m * 10 ** e,
      m / 10 ** -e,
      -m / 10 ** (digits - 3),
      Number((m / 10 ** (e & 15)).toPrecision(digits)),
      float[0],
      next(),
      Math.round(next() * 1e6) / 8,
      i * 0.1,
      i / 3,
      -i * 0.25,
    );
  }
  for (
    const edge of [1e-6, 1e15, 2 ** 50, 2 ** 52, 0.1, 1, 10, 1e14 + 0.5]
  ) values.push(...neighbours(edge, 500), ...neighbours(-edge, 500));
  let fast = 0;
  for (const x of values) {
    const text = written(x);
    if (text === undefined) continue;
    fast++;
    assert.equal(text, expected(x), `${x}`);
  }
  // Most of these are written without String(): the test covers the fast path.
  assert.ok(fast > values.length / 3, `${fast} of ${values.length}`);
});

Deno.test("Archive keeps the largest safe integers exact inside objects", async () => {
  await withTempDir(async (root) => {
    const value = {
      max: Number.MAX_SAFE_INTEGER,
      min: Number.MIN_SAFE_INTEGER,
      below: Number.MAX_SAFE_INTEGER - 1,
    };
    const a = new Archive().insert({ value });
    assert.match(a.toString(), /max: 9007199254740991,/);
    await a.save(`${root}/a`);
    assert.deepEqual((await load(`${root}/a`)).value, value);
  });
});

Deno.test("load() reads decimal literals exactly as Number() does", async () => {
  const next = random(20260103);
  const digits = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 10)).join("");
  const texts: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const whole = String(Number(digits(1 + Math.floor(next() * 17))));
    const fraction = digits(Math.floor(next() * 25));
    texts.push(
      whole,
      `${whole}.${fraction}`,
      `0.${fraction}`,
      `${whole}.`,
      `${whole}.${fraction}e-${i % 30}`,
    );
  }
  texts.push(
    "9007199254740991.5",
    "9007199254740993",
    "0.1",
    "0.30000000000000004",
  );
  const values = await evaluate(`export const x = [${texts.join(", ")}];\n`);
  const read = values.x as number[];
  assert.equal(read.length, texts.length);
  for (let i = 0; i < texts.length; i++) {
    assert.ok(Object.is(read[i], Number(texts[i])), texts[i]);
  }
});
