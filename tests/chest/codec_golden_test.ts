// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { encodeValue } from "../../lib/chest/mod.ts";
import { codecCorpus } from "./_codec_corpus.ts";

/** The first 16 hex digits of the SHA-256 of `bytes`. */
export function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

Deno.test("encodeValue() writes the same bytes as on 2026-11-26 for 169 values at every MessagePack size boundary and 400 random graphs", async () => {
  const golden: string[] = JSON.parse(
    await Deno.readTextFile(
      new URL("./testdata/codec_golden.json", import.meta.url),
    ),
  );
  const values = codecCorpus();
  assert.equal(values.length, golden.length);
  const differ: number[] = [];
  values.forEach((value, i) => {
    if (digestOf(encodeValue(value)) !== golden[i]) differ.push(i);
  });
  assert.deepEqual(differ, [], "values whose bytes changed, by index");
});
