// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { encode } from "@msgpack/msgpack";
import {
  encodeFrame,
  FrameDecoder,
  isWithin,
  MAX_FRAME_SIZE,
  parseRequest,
  parseServerMessage,
} from "../../daemon/protocol.ts";

function frameOf(body: Uint8Array): Uint8Array {
  const frame = new Uint8Array(4 + body.length);
  new DataView(frame.buffer).setUint32(0, body.length);
  frame.set(body, 4);
  return frame;
}

Deno.test("encodeFrame() prefixes the MessagePack body with its big-endian length", () => {
  const frame = encodeFrame({ id: 1, op: "status", path: undefined });
  const body = encode({ id: 1, op: "status" });
  assert.equal(new DataView(frame.buffer).getUint32(0), body.length);
  assert.deepEqual(frame.subarray(4), body);
});

Deno.test("encodeFrame() refuses a body above MAX_FRAME_SIZE", () => {
  assert.throws(
    () => encodeFrame({ blob: new Uint8Array(MAX_FRAME_SIZE) }),
    RangeError,
  );
});

Deno.test("FrameDecoder yields frames however the bytes are split", () => {
  const messages = [
    { id: 1, op: "hello", version: 1 },
    { id: 2, op: "acquire", path: "/d", timeout: 5 },
    { id: 3, op: "status", path: "é".repeat(300) },
  ];
  const bytes = new Uint8Array(
    messages.flatMap((m) => [...encodeFrame(m)]),
  );
  for (const step of [1, 2, 3, 7, 64, bytes.length]) {
    const decoder = new FrameDecoder();
    const out: unknown[] = [];
    for (let i = 0; i < bytes.length; i += step) {
      decoder.push(bytes.subarray(i, i + step));
      for (let f = decoder.next(); f; f = decoder.next()) {
        assert.ok(f.ok);
        out.push(f.value);
      }
    }
    assert.deepEqual(out, messages, `step ${step}`);
    assert.equal(decoder.buffered, 0);
  }
});

Deno.test("FrameDecoder fails on a huge length prefix before the body arrives", () => {
  const decoder = new FrameDecoder();
  decoder.push(new Uint8Array([0xff, 0xff, 0xff, 0xff]));
  const result = decoder.next();
  assert.equal(result?.ok, false);
  assert.match(
    (result as { message: string }).message,
    /frame length of 4294967295 bytes exceeds the limit of 1048576/,
  );
  decoder.push(encodeFrame({ id: 1, op: "status" }));
  assert.deepEqual(decoder.next(), result, "the failure is sticky");
});

Deno.test("FrameDecoder recognises text such as HTTP", () => {
  const decoder = new FrameDecoder();
  decoder.push(new TextEncoder().encode("GET / HTTP/1.1\r\n\r\n"));
  const result = decoder.next();
  assert.equal(result?.ok, false);
  assert.match((result as { message: string }).message, /seems to send text/);
});

Deno.test("FrameDecoder fails on a zero length and on invalid MessagePack", () => {
  const zero = new FrameDecoder();
  zero.push(new Uint8Array(4));
  assert.match(
    (zero.next() as { message: string }).message,
    /length 0/,
  );
  for (
    const body of [
      [0xc1], // never used
      [0x92, 0x01], // array of 2 with 1 element: truncated inside the frame
      [0x01, 0x02], // two values in one frame
    ]
  ) {
    const decoder = new FrameDecoder();
    decoder.push(frameOf(new Uint8Array(body)));
    const result = decoder.next();
    assert.equal(result?.ok, false, JSON.stringify(body));
    assert.match(
      (result as { message: string }).message,
      /not valid MessagePack/,
    );
  }
});

Deno.test("FrameDecoder survives deeply nested MessagePack", () => {
  const decoder = new FrameDecoder();
  decoder.push(frameOf(new Uint8Array(100_000).fill(0x91)));
  assert.equal(decoder.next()?.ok, false);
});

Deno.test("FrameDecoder waits for the rest of a truncated frame", () => {
  const frame = encodeFrame({ id: 1, op: "status" });
  const decoder = new FrameDecoder();
  decoder.push(frame.subarray(0, frame.length - 1));
  assert.equal(decoder.next(), undefined);
  assert.equal(decoder.buffered, frame.length - 1);
});

Deno.test("parseRequest() accepts every op with its fields", () => {
  const requests = [
    { id: 0, op: "hello", version: 1, pid: 42, name: "ingest" },
    { id: 1, op: "acquire", path: "/d", timeout: 0 },
    { id: 2, op: "acquire", path: "/d" },
    { id: 3, op: "release", lock: 7 },
    { id: 4, op: "renew", lock: 7 },
    { id: 5, op: "cancel", request: 1 },
    { id: 6, op: "allocate", path: "/d", prefix: "x_", seen: -1 },
    { id: 7, op: "allocate", path: "/d", prefix: "" },
    { id: 8, op: "status" },
    { id: 0xffff_ffff, op: "status", path: "/d" },
  ];
  for (const request of requests) {
    assert.deepEqual(parseRequest(request), { ok: true, request });
  }
});

Deno.test("parseRequest() ignores unknown fields and null optional ones", () => {
  assert.deepEqual(
    parseRequest({ id: 1, op: "acquire", path: "/d", timeout: null, x: 1 }),
    { ok: true, request: { id: 1, op: "acquire", path: "/d" } },
  );
});

Deno.test("parseRequest() refuses frames without a map or a valid id with id null", () => {
  for (
    const value of [
      [1, 2],
      "hello",
      42,
      null,
      new Uint8Array(3),
      new Date(0),
      { op: "status" },
      { id: -1, op: "status" },
      { id: 1.5, op: "status" },
      { id: 2 ** 32, op: "status" },
      { id: "1", op: "status" },
    ]
  ) {
    const result = parseRequest(value);
    assert.equal(result.ok, false, JSON.stringify(value));
    if (!result.ok) {
      assert.equal(result.id, null);
      assert.equal(result.error.code, "Protocol");
    }
  }
});

Deno.test("parseRequest() refuses an unknown op with UnknownOp and the request id", () => {
  const result = parseRequest({ id: 9, op: "shutdown" });
  assert.deepEqual(result, {
    ok: false,
    id: 9,
    error: {
      code: "UnknownOp",
      message:
        'Cannot handle the request: request 9 has the unknown op "shutdown"; the ops are hello, acquire, release, renew, cancel, allocate, status',
    },
  });
});

Deno.test("parseRequest() refuses wrong field types with BadRequest naming the field", () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ id: 1, op: 5 }, /op 5, not a string/],
    [{ id: 1, op: "hello" }, /version no value/],
    [{ id: 1, op: "hello", version: "1" }, /version "1"/],
    [{ id: 1, op: "acquire" }, /path no value/],
    [{ id: 1, op: "acquire", path: "" }, /path ""/],
    [{ id: 1, op: "acquire", path: "/d", timeout: -5 }, /timeout -5/],
    [{ id: 1, op: "acquire", path: "/d", timeout: 1.5 }, /timeout 1.5/],
    [{ id: 1, op: "acquire", path: "x".repeat(5000) }, /a string of 5000/],
    [{ id: 1, op: "release", lock: "7" }, /lock "7"/],
    [{ id: 1, op: "cancel" }, /request no value/],
    [{ id: 1, op: "allocate", path: "/d", prefix: 3 }, /prefix 3/],
    [{ id: 1, op: "allocate", path: "/d", prefix: "x", seen: -2 }, /seen -2/],
    [{ id: 1, op: "status", path: [] }, /path an array/],
  ];
  for (const [value, pattern] of cases) {
    const result = parseRequest(value);
    assert.equal(result.ok, false, JSON.stringify(value));
    if (!result.ok) {
      assert.equal(result.id, 1);
      assert.equal(result.error.code, "BadRequest");
      assert.match(result.error.message, pattern);
    }
  }
});

Deno.test("parseServerMessage() accepts replies and lost events, and nothing else", () => {
  assert.ok(parseServerMessage({ id: 1, ok: true, lock: 3 }));
  assert.ok(
    parseServerMessage({
      id: null,
      ok: false,
      error: { code: "Protocol", message: "x" },
    }),
  );
  assert.ok(
    parseServerMessage({ event: "lost", lock: 3, path: "/d", reason: "r" }),
  );
  for (
    const value of [
      [],
      { id: 1 },
      { id: "1", ok: true },
      { id: 1, ok: false },
      { id: 1, ok: false, error: { code: 1, message: "x" } },
      { event: "lost", lock: "3", path: "/d", reason: "r" },
    ]
  ) {
    assert.equal(parseServerMessage(value), undefined, JSON.stringify(value));
  }
});

Deno.test("isWithin() compares whole path components", () => {
  assert.equal(isWithin("/data", "/data"), true);
  assert.equal(isWithin("/data", "/data/runs/x"), true);
  assert.equal(isWithin("/data", "/database"), false);
  assert.equal(isWithin("/data", "/"), false);
  assert.equal(isWithin("/", "/etc"), true);
});
