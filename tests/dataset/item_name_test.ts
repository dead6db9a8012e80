// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import {
  checkItemName,
  checkPrefix,
  foldItemName,
  splitGeneratedName,
} from "../../lib/dataset/mod.ts";

Deno.test("checkItemName() accepts ordinary names and refuses each rule with its own message", () => {
  for (const name of ["x_0", "a b", "名前", "a..b", ".hidden", "con", "Ω"]) {
    checkItemName(name);
  }
  assert.throws(() => checkItemName(1), /must be a string, got number/);
  assert.throws(() => checkItemName("a\u007f"), /U\+007F/);
  assert.throws(() => checkItemName("a\u0085"), /U\+0085/);
  assert.throws(
    () => checkItemName("a/b", 'set "a/b" in DataSet "runs"'),
    /^TypeError: Cannot set "a\/b" in DataSet "runs": an item name must not contain "\/" \(it names a folder\); choose another name$/,
  );
});

Deno.test("foldItemName() makes case and Unicode normalization variants equal", () => {
  assert.equal(foldItemName("RUN_1"), foldItemName("run_1"));
  assert.equal(foldItemName("e\u0301"), foldItemName("\u00c9"));
  assert.notEqual(foldItemName("a"), foldItemName("b"));
});

Deno.test("splitGeneratedName() splits <prefix><n> only for canonical numbers", () => {
  assert.deepEqual(splitGeneratedName("x_0"), ["x_", 0]);
  assert.deepEqual(splitGeneratedName("x_120"), ["x_", 120]);
  assert.deepEqual(splitGeneratedName("7"), ["", 7]);
  assert.equal(splitGeneratedName("x_"), undefined);
  assert.equal(splitGeneratedName("x_01"), undefined);
  assert.equal(splitGeneratedName("x_99999999999999999999"), undefined);
});

Deno.test("checkPrefix() refuses prefixes ending in a digit or making invalid names", () => {
  checkPrefix("x_");
  checkPrefix("");
  assert.throws(() => checkPrefix("run1"), /must not end in a digit/);
  assert.throws(() => checkPrefix("a/"), /must not contain "\/"/);
  assert.throws(() => checkPrefix(3), /must be a string/);
});
