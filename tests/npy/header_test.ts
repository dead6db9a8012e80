// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { decodeHeader, encodeHeader } from "../../lib/npy/mod.ts";

Deno.test("encodeHeader() pads to 64 bytes with NumPy's growth room", () => {
  const h = encodeHeader("<f8", [2, 3], "C");
  assert.equal(h.length % 64, 0);
  const text = new TextDecoder().decode(h.subarray(10));
  assert.ok(
    text.startsWith(
      "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
    ),
  );
  assert.ok(text.endsWith(" \n"));
  assert.deepEqual([h[6], h[7]], [1, 0]);
});

Deno.test("encodeHeader() writes 1-tuples and 0-d shapes as Python does", () => {
  const one = new TextDecoder().decode(encodeHeader("<i4", [5], "C"));
  assert.match(one, /'shape': \(5,\), }/);
  const zero = new TextDecoder().decode(encodeHeader("<i4", [], "C"));
  assert.match(zero, /'shape': \(\), }/);
});

Deno.test("encodeHeader() switches to format 2.0 only when the header outgrows 64 KiB", () => {
  const shape = Array.from({ length: 30_000 }, () => 1);
  const h = encodeHeader("<f8", shape, "C");
  assert.deepEqual([h[6], h[7]], [2, 0]);
  assert.equal(h.length % 64, 0);
  const back = decodeHeader(h);
  assert.deepEqual(back.shape, shape);
  assert.equal(back.dataOffset, h.length);
});

Deno.test("decodeHeader() accepts double quotes, extra spaces and Python 2 long ints", () => {
  const text = `{"descr": "<u2", "fortran_order": True,"shape":(3L, 4)}`;
  const body = new TextEncoder().encode(text.padEnd(53, " ") + "\n");
  const bytes = new Uint8Array(10 + body.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, body.length, 0]);
  bytes.set(body, 10);
  const h = decodeHeader(bytes);
  assert.deepEqual(h.shape, [3, 4]);
  assert.equal(h.order, "F");
  assert.equal(h.dataBytes, 24);
});

Deno.test("decodeHeader() refuses unknown keys and a missing shape", () => {
  const make = (text: string) => {
    const body = new TextEncoder().encode(text + "\n");
    const bytes = new Uint8Array(10 + body.length);
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, body.length, 0]);
    bytes.set(body, 10);
    return bytes;
  };
  assert.throws(
    () => decodeHeader(make("{'descr': '<f8', 'fortran_order': False}")),
    /exactly the keys/,
  );
  assert.throws(
    () =>
      decodeHeader(
        make("{'descr': '<f8', 'fortran_order': False, 'shape': (2, -1)}"),
      ),
    /not a tuple of whole numbers/,
  );
  assert.throws(
    () =>
      decodeHeader(
        make("{'descr': '|S3', 'fortran_order': False, 'shape': (2,)}"),
      ),
    /"\|S3" is refused: byte strings/,
  );
});
