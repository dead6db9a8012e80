// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import {
  checkFileBase,
  type ChestKey,
  fileBaseFor,
  fnv1a64,
} from "../../lib/chest/mod.ts";

Deno.test("fnv1a64() matches the published FNV-1a 64-bit test vectors", () => {
  assert.equal(fnv1a64(""), "cbf29ce484222325");
  assert.equal(fnv1a64("a"), "af63dc4c8601ec8c");
  assert.equal(fnv1a64("foobar"), "85944171f73967e8");
});

// Reference case 20.
Deno.test("fileBaseFor() keeps simple string keys readable and turns others into one safe name", () => {
  assert.equal(fileBaseFor("x"), "x");
  assert.equal(fileBaseFor("run_1.final"), "run_1.final");
  assert.match(fileBaseFor(["one", ["two", 3]]), /^one_two_3~[0-9a-f]{16}$/);
  assert.match(fileBaseFor("a/b"), /^a_b~[0-9a-f]{16}$/);
});

const NASTY: ChestKey[] = [
  1,
  "1",
  [1],
  ["1"],
  "X",
  "x",
  "A",
  "a",
  "con",
  "CON",
  "nul.txt",
  "lpt1",
  ".",
  "..",
  ".hidden",
  "../../etc/passwd",
  "a\\b",
  "a/b",
  "a_b",
  "a\u0000b",
  "line\nbreak",
  "trailing.",
  "trailing ",
  "-dash",
  "x".repeat(64),
  "x".repeat(65),
  "é",
  "😀",
  "\ud800",
  ["a", "b"],
  "a,b",
  'a","b',
  1n,
  "1n",
  true,
  "true",
  "",
  [],
  [""],
  "~",
  "x~0000000000000000",
  "x.npy",
  "x.msgpack",
];

Deno.test("fileBaseFor() gives safe, bounded names", () => {
  for (const key of NASTY) {
    const name = fileBaseFor(key);
    assert.ok(name.length >= 1 && name.length <= 64, name);
    assert.ok(!name.startsWith("."), name);
    assert.ok(!name.startsWith("-"), name);
    assert.match(name, /^[a-z0-9_.~-]+$/, name);
    assert.ok(!name.endsWith("."), name);
    assert.doesNotMatch(name, /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/, name);
  }
});

Deno.test("fileBaseFor() never gives two keys names equal up to case", () => {
  const names = NASTY.map((key) => fileBaseFor(key).toLowerCase());
  assert.equal(new Set(names).size, NASTY.length);
  // Many similar keys, as a program would make them.
  const many = new Set<string>();
  for (let i = 0; i < 5000; i++) {
    for (const key of [i, String(i), [i], [String(i)], ["run", i], `R${i}`]) {
      many.add(fileBaseFor(key as ChestKey));
    }
  }
  assert.equal(many.size, 5000 * 6);
});

Deno.test("checkFileBase() refuses names that would escape the folder or hide", () => {
  for (
    const bad of ["", ".x", "..", "a/b", "a\\b", "a\u0000", "x".repeat(201), 5]
  ) {
    assert.throws(() => checkFileBase(bad, "1"), TypeError);
  }
  assert.equal(checkFileBase("Item 1", "1"), "Item 1");
});
