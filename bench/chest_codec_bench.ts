// Copyright 2026 the persist authors. MIT license.
// How much does the chest's default codec cost against JSON for large plain
// structures, a large typed array and structures full of shared objects
// (which the codec writes once each, as a graph, and JSON once per reference)?
// Run: deno bench bench/chest_codec_bench.ts

import { decodeValue, encodeValue } from "../lib/chest/mod.ts";

const ROWS = Array.from({ length: 100_000 }, (_, i) => ({
  id: i,
  name: `row-${i}`,
  ok: i % 2 === 0,
  tags: ["a", "b"],
}));
const ROWS_TEXT = JSON.stringify(ROWS);
const ROWS_BYTES = encodeValue(ROWS);
const BIG = new Float64Array(1 << 20).map((_, i) => i);
const BIG_BYTES = new Uint8Array(BIG.buffer);
const PARTS = Array.from({ length: 10_000 }, (_, i) => ({ id: i, xs: [i] }));
const SHARED = { first: PARTS, again: PARTS.slice().reverse() };
const REFERENCES = Array.from(
  { length: 1_000_000 },
  (_, i) => PARTS[(i * 7919) % PARTS.length],
);
const REFERENCES_TEXT = JSON.stringify(REFERENCES);
const REFERENCES_BYTES = encodeValue(REFERENCES);

Deno.bench({
  name: "JSON.stringify()",
  group: "encode 100 000 small objects",
  baseline: true,
  fn: () => {
    JSON.stringify(ROWS);
  },
});
Deno.bench({
  name: "encodeValue()",
  group: "encode 100 000 small objects",
  fn: () => {
    encodeValue(ROWS);
  },
});

Deno.bench({
  name: "JSON.parse()",
  group: "decode 100 000 small objects",
  baseline: true,
  fn: () => {
    JSON.parse(ROWS_TEXT);
  },
});
Deno.bench({
  name: "decodeValue()",
  group: "decode 100 000 small objects",
  fn: () => {
    decodeValue(ROWS_BYTES);
  },
});

Deno.bench({
  name: "copy its bytes",
  group: "encode a 8 MiB Float64Array",
  baseline: true,
  fn: () => {
    BIG_BYTES.slice();
  },
});
Deno.bench({
  name: "encodeValue()",
  group: "encode a 8 MiB Float64Array",
  fn: () => {
    encodeValue(BIG);
  },
});

Deno.bench({
  name: "JSON.stringify() (writes each twice)",
  group: "encode 10 000 objects each reached twice",
  baseline: true,
  fn: () => {
    JSON.stringify(SHARED);
  },
});
Deno.bench({
  name: "encodeValue()",
  group: "encode 10 000 objects each reached twice",
  fn: () => {
    encodeValue(SHARED);
  },
});

Deno.bench({
  name: "JSON.stringify() (writes each every time)",
  group: "encode 1 000 000 references to 10 000 objects",
  baseline: true,
  fn: () => {
    JSON.stringify(REFERENCES);
  },
});
Deno.bench({
  name: "encodeValue()",
  group: "encode 1 000 000 references to 10 000 objects",
  fn: () => {
    encodeValue(REFERENCES);
  },
});

Deno.bench({
  name: "JSON.parse() (makes 1 000 000 objects)",
  group: "decode 1 000 000 references to 10 000 objects",
  baseline: true,
  fn: () => {
    JSON.parse(REFERENCES_TEXT);
  },
});
Deno.bench({
  name: "decodeValue()",
  group: "decode 1 000 000 references to 10 000 objects",
  fn: () => {
    decodeValue(REFERENCES_BYTES);
  },
});
