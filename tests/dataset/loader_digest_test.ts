// Copyright 2026 the persist authors. MIT license.
// The loaders earlier persist versions wrote are known by their digests,
// and the current one is pinned, so that a change to it adds its digest.

import assert from "node:assert/strict";
import {
  isOldLoader,
  LOADER_SOURCE,
  OLD_LOADERS,
} from "../../lib/dataset/_loader.ts";

const CURRENT = new TextEncoder().encode(LOADER_SOURCE);

/**
 * The SHA-256 of LOADER_SOURCE. When this test fails, LOADER_SOURCE
 * changed: add the text it replaces to OLD_LOADERS (its commit, length and
 * digest) and to testdata/, so that writers upgrade DataSets that have it,
 * then update this digest.
 */
const CURRENT_SHA256 =
  "03380c3ac9212fbbef287fc0c02eef4af822760b9013d3b7d53a4283217cd445";

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    bytes as Uint8Array<ArrayBuffer>,
  );
  return Array.from(
    new Uint8Array(digest),
    (b) => b.toString(16).padStart(2, "0"),
  ).join("");
}

Deno.test("LOADER_SOURCE is pinned, and is none of OLD_LOADERS, whose digests are of the texts earlier persist versions wrote", async () => {
  assert.equal(await sha256(CURRENT), CURRENT_SHA256);
  assert.equal(await isOldLoader(CURRENT), false);
  for (const old of OLD_LOADERS) {
    const bytes = await Deno.readFile(
      new URL(`./testdata/mod_js_${old.commit}.js`, import.meta.url),
    );
    assert.deepEqual(
      { bytes: bytes.length, sha256: await sha256(bytes) },
      { bytes: old.bytes, sha256: old.sha256 },
    );
    assert.equal(await isOldLoader(bytes), true);
  }
});
