// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NDArray, NotFoundError } from "../../mod.ts";
import { parsePath, selectValue } from "../../lib/cli/mod.ts";

Deno.test("parsePath() splits names, indices and quoted keys, and refuses what is not a path", () => {
  assert.deepEqual(parsePath("a"), ["a"]);
  assert.deepEqual(parsePath('a[2]["b.c"].d'), ["a", 2, "b.c", "d"]);
  assert.equal(parsePath("a["), undefined);
  assert.equal(parsePath(""), undefined);
  assert.equal(parsePath('a["x'), undefined);
});

Deno.test("selectValue() prefers an exact name, then follows a path through arrays, objects, Maps and arrays of numbers", () => {
  const values = {
    "runs[0]": "exact",
    runs: [{ m: new Map<unknown, unknown>([["k", 1], [2, "two"]]) }],
    y: new Float64Array([5, 6]),
    nd: new NDArray(new Int8Array([7, 8]), [2]),
  };
  assert.equal(selectValue(values, "runs[0]", "r"), "exact");
  assert.equal(selectValue(values, "runs.0.m.k", "r"), 1);
  assert.equal(selectValue(values, "runs[0].m[2]", "r"), "two");
  assert.equal(selectValue(values, "y[1]", "r"), 6);
  assert.equal(selectValue(values, "nd[1]", "r"), 8);
});

Deno.test("selectValue() throws NotFoundError saying what is there", () => {
  const values = { runs: [{ a: 1 }], n: 3 };
  assert.throws(() => selectValue(values, "runs[5]", "r"), (e: unknown) => {
    assert.ok(e instanceof NotFoundError);
    assert.match(e.message, /runs has no \[5\] \(it has 1 items\)/);
    assert.equal(e.item, "runs[5]");
    return true;
  });
  assert.throws(
    () => selectValue(values, "n.x", "r"),
    /n has no "x" \(it is a number\)/,
  );
  assert.throws(
    () => selectValue(values, "zzz", "r"),
    /the archive has no value "zzz"; its values are "runs", "n"/,
  );
});
