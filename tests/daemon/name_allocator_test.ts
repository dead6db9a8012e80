// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { NameAllocator } from "../../daemon/name_allocator.ts";

Deno.test("NameAllocator.allocate() counts up per folder and prefix, past seen", () => {
  const names = new NameAllocator();
  assert.equal(names.allocate("/a", "x_"), 0);
  assert.equal(names.allocate("/a", "x_"), 1);
  assert.equal(
    names.allocate("/a", "x_", 0),
    2,
    "a stale seen never goes back",
  );
  assert.equal(names.allocate("/a", "x_", 9), 10);
  assert.equal(names.allocate("/a", "y_"), 0);
  assert.equal(names.allocate("/b", "x_"), 0);
  assert.equal(names.peek("/a", "x_"), 11);
  assert.equal(names.peek("/c", "x_"), undefined);
});

Deno.test("NameAllocator forgets the least recently used counter beyond its bound", () => {
  const names = new NameAllocator({ maxCounters: 2 });
  names.allocate("/a", "x_");
  names.allocate("/b", "x_");
  names.allocate("/a", "x_"); // /a is now the most recent
  names.allocate("/c", "x_");
  assert.equal(names.size, 2);
  assert.equal(names.peek("/b", "x_"), undefined);
  assert.equal(names.peek("/a", "x_"), 2);
  assert.equal(names.allocate("/b", "x_", 4), 5, "reseeded from seen");
});

Deno.test("NameAllocator refuses a bad seen", () => {
  const names = new NameAllocator();
  assert.throws(() => names.allocate("/a", "x_", -2), RangeError);
  assert.throws(() => names.allocate("/a", "x_", 1.5), RangeError);
});
