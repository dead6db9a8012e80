// Copyright 2026 the persist authors. MIT license.
// Writes testdata/codec_golden.json: a digest of encodeValue()'s bytes for
// each value of the codec corpus. Run it only when the format changes on
// purpose (then say so in docs/CHEST.md):
// deno run --allow-write=tests/chest/testdata tests/chest/_write_codec_golden.ts

import { encodeValue } from "../../lib/chest/mod.ts";
import { codecCorpus } from "./_codec_corpus.ts";
import { digestOf } from "./codec_golden_test.ts";

const digests = codecCorpus().map((value) => digestOf(encodeValue(value)));
await Deno.writeTextFile(
  new URL("./testdata/codec_golden.json", import.meta.url),
  JSON.stringify(digests, null, 2) + "\n",
);
console.log(`${digests.length} digests written`);
