// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { sizeOf } from "../../lib/chest/mod.ts";
import { NDArray } from "../../mod.ts";

// Reference case 15.
Deno.test("sizeOf() gives a short string a small positive size and a typed array its bytes", () => {
  const s = sizeOf("hello");
  assert.ok(s > 0 && s < 100, String(s));
  assert.equal(sizeOf(new Int32Array(1000)), 4000);
  assert.equal(sizeOf(new Int32Array(new ArrayBuffer(8000), 4000, 1000)), 4000);
});

// Reference case 16.
Deno.test("sizeOf() counts an NDArray by its data's bytes", () => {
  const a = new NDArray(new Float64Array(600), [20, 30]);
  assert.equal(sizeOf(a), 4800);
});

Deno.test("sizeOf() adds up containers and counts a shared object once", () => {
  const big = new Float64Array(1000);
  const one = sizeOf({ a: big });
  assert.ok(one > 8000);
  assert.equal(sizeOf({ a: big, b: big }) - one, 8 + 2 + 0); // slot + key, no second copy
  const cycle: Record<string, unknown> = { big };
  cycle.self = cycle;
  assert.ok(sizeOf(cycle) >= 8000);
  assert.ok(sizeOf(new Map([[1, big]])) > 8000);
  assert.ok(sizeOf(new Set([big])) > 8000);
  assert.ok(sizeOf([big, big]) < 8100);
});

Deno.test("sizeOf() measures a chain of 100 000 objects, far deeper than the call stack", () => {
  type Node = { next: Node | null };
  let head: Node | null = null;
  for (let i = 0; i < 100_000; i++) head = { next: head };
  // Each node: 16, plus 8 for its slot and 2 per character of "next"; the
  // last one's null: 8.
  assert.equal(sizeOf(head), 100_000 * (16 + 8 + 2 * 4) + 8);
});
