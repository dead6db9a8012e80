// Copyright 2026 the persist authors. MIT license.
// lineLocator(): lineColumn() for many offsets, with one scan of the text.

import assert from "node:assert/strict";
import { lineColumn, lineLocator } from "../../lib/archive/_syntax.ts";
import { arrayUses } from "../../lib/archive/mod.ts";

Deno.test("lineLocator() gives lineColumn()'s line and column for every offset", () => {
  const texts = [
    "",
    "one line",
    "a\nb\r\nc\rd\u2028e\u2029f\n",
    "\n\n\r\n\r\r",
    "x = 1;\r\n  y = 2;\n\n  z\r",
  ];
  for (const text of texts) {
    const locate = lineLocator(text);
    for (let offset = 0; offset <= text.length + 2; offset++) {
      assert.deepEqual(
        locate(offset),
        lineColumn(text, offset),
        `${JSON.stringify(text)} at ${offset}`,
      );
    }
  }
});

Deno.test("arrayUses() gives the line and column of each of thousands of array calls", () => {
  const n = 5000;
  const lines = ['import { array } from "./_persist.js";'];
  for (let i = 0; i < n; i++) {
    lines.push(`export const a${i} = await array("a${i}.npy");`);
  }
  const uses = arrayUses(lines.join("\n") + "\n");
  assert.equal(uses.length, n);
  assert.deepEqual(
    [uses[0], uses[n - 1]].map(({ ref, line, column }) => [
      ref.file,
      line,
      column,
    ]),
    [["a0.npy", 2, 25], [`a${n - 1}.npy`, n + 1, 28]],
  );
});
