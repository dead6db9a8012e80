// Copyright 2026 the persist authors. MIT license.
// A module longer than the longest string V8 can hold (2^29 - 24 UTF-16
// code units, about 512 MiB) could be neither imported nor read by load():
// save() refuses to write one, leaving any archive at the target as it
// was, and load() refuses one with an error naming it, instead of V8's
// "buffer exceeds maximum length". These tests build real modules of that
// size (about 2 GB of memory, some 20 seconds).

import assert from "node:assert/strict";
import { join } from "node:path";
import { load, save } from "../../mod.ts";
import { MAX_MODULE_LENGTH, utf16Length } from "../../lib/archive/_syntax.ts";
import { withTempDir } from "../_util.ts";

Deno.test("the module length limit is V8's longest string", () => {
  assert.equal("x".repeat(MAX_MODULE_LENGTH).length, MAX_MODULE_LENGTH);
  assert.throws(() => "x".repeat(MAX_MODULE_LENGTH + 1), RangeError);
});

Deno.test("utf16Length() counts what TextDecoder gives, for every kind of character", () => {
  const samples = ["", "abc", "é", "€", "😀", "a\u0000b", "\u2028", "𝔸é€a"];
  let text = "";
  for (let i = 0; i < 2000; i++) {
    // Code points from every UTF-8 length, no lone surrogates.
    const cp = [0x41, 0xe9, 0x20ac, 0x1f600, 0x10fffd, 0x7f, 0x800][i % 7];
    text += String.fromCodePoint(cp + (i % 3));
  }
  samples.push(text);
  for (const sample of samples) {
    const bytes = new TextEncoder().encode(sample);
    // Split at character starts, as the emitter's chunks are.
    const cut = bytes.findIndex((b, i) =>
      i > bytes.length / 2 && (b & 0xc0) !== 0x80
    );
    const chunks = cut < 0
      ? [bytes]
      : [bytes.subarray(0, cut), bytes.subarray(cut)];
    assert.equal(
      utf16Length(chunks),
      sample.length,
      JSON.stringify(sample.slice(0, 20)),
    );
  }
});

Deno.test("save() refuses values whose mod.js would pass the longest JavaScript string, and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    await save(target, { before: 1 });
    const before = await Deno.readFile(join(target, "mod.js"));
    // Five strings of 110 million characters: 550 million in the module.
    const parts = Array.from({ length: 5 }, (_, i) => String(i).repeat(110e6));
    const message =
      /^Cannot write the archive "[^"]+\/a": its mod\.js would be (\d+) characters long, more than the 536870888 a JavaScript string can hold, so neither load\(\) nor import\(\) could read it; keep long runs of numbers in typed arrays/;
    await assert.rejects(
      () => save(target, { parts }, { overwrite: true }),
      (error: RangeError) => {
        assert.ok(error instanceof RangeError);
        const [, length] = message.exec(error.message) ?? [];
        assert.ok(Number(length) > 550e6, error.message);
        return true;
      },
    );
    assert.deepEqual(await Deno.readFile(join(target, "mod.js")), before);
    assert.deepEqual(
      [...Deno.readDirSync(dir)].map((e) => e.name),
      ["a"],
      "no temporary folder is left",
    );
  });
});

Deno.test("load() refuses a mod.js longer than the longest JavaScript string, naming it", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { s: [1, 2] });
    // The same module with 540 MB of numbers in the middle.
    const path = join(archive, "mod.js");
    const [head, tail] = (await Deno.readTextFile(path)).split("1, 2");
    const encoder = new TextEncoder();
    const line = encoder.encode(
      "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,\n  ",
    );
    const block = new Uint8Array(line.length * 100_000);
    for (let i = 0; i < 100_000; i++) block.set(line, i * line.length);
    {
      using file = await Deno.open(path, { write: true, truncate: true });
      await file.write(encoder.encode(head));
      for (let written = 0; written < 540e6; written += block.length) {
        let at = 0;
        while (at < block.length) at += await file.write(block.subarray(at));
      }
      await file.write(encoder.encode("1, 2" + tail));
    }
    await assert.rejects(() => load(archive), (error: RangeError) => {
      assert.ok(error instanceof RangeError);
      assert.match(
        error.message,
        new RegExp(
          `^Cannot load "${path}": it is \\d+ bytes long, more than the 536870888 characters a JavaScript string can hold, so neither load\\(\\) nor import\\(\\) can read it`,
        ),
      );
      return true;
    });
  });
});
