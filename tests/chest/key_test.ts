// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { type ChestKey, decodeKey, encodeKey } from "../../lib/chest/mod.ts";

const KEYS: ChestKey[] = [
  1,
  "1",
  [1],
  ["1"],
  [[1]],
  1n,
  [1n],
  1.5,
  -1,
  "-1",
  NaN,
  "NaN",
  Infinity,
  -Infinity,
  1e21,
  5e-324,
  true,
  "true",
  [true],
  false,
  "a",
  ["a"],
  "",
  [],
  [""],
  [[]],
  ["a", "b"],
  ["a,b"],
  ['a","b'],
  ["a", ["b"]],
  "\u0000",
  "\ud800",
  "é",
  "e\u0301",
  "[1]",
  '"1"',
  "1n",
  -(2n ** 70n),
];

Deno.test("encodeKey() gives every distinct key distinct text", () => {
  const texts = KEYS.map(encodeKey);
  assert.equal(new Set(texts).size, KEYS.length);
});

Deno.test("decodeKey() inverts encodeKey()", () => {
  for (const key of KEYS) {
    const back = decodeKey(encodeKey(key));
    assert.deepEqual(back, key);
    assert.equal(typeof back, typeof key);
  }
});

Deno.test("encodeKey() treats -0 as 0 and NaN as one key, like Map", () => {
  assert.equal(encodeKey(-0), encodeKey(0));
  assert.equal(encodeKey([-0]), "[0]");
  assert.equal(encodeKey(NaN), encodeKey(0 / 0));
});

Deno.test("encodeKey() gives JSON for keys without bigints, NaN or infinities", () => {
  for (const key of [1, "1", ["a", [2, true]], "\u0000\n", 1e21, -0.5]) {
    assert.deepEqual(JSON.parse(encodeKey(key)), key);
  }
});

Deno.test("encodeKey() rejects values that are not keys, naming what they are", () => {
  const cycle: unknown[] = [];
  cycle.push(cycle);
  for (
    const [bad, what] of [
      [null, "null"],
      [undefined, "undefined"],
      [{}, "an instance of Object"],
      [[1, { a: 1 }], "an instance of Object"],
      [new Date(0), "an instance of Date"],
      [Symbol("s"), "symbol"],
      [() => 1, "function"],
      [cycle, "contains itself"],
    ] as const
  ) {
    assert.throws(
      () => encodeKey(bad as unknown as ChestKey),
      (e) => e instanceof TypeError && e.message.includes(what),
    );
  }
});

Deno.test("decodeKey() rejects text that is not canonical", () => {
  for (
    const text of [
      "01",
      "1.0",
      "[1, 2]",
      "'a'",
      '"a',
      "[1",
      "x",
      "1e21",
      "-0",
      "truex",
      "",
    ]
  ) {
    assert.throws(() => decodeKey(text), SyntaxError, text);
  }
});
