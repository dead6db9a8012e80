// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import {
  cellText,
  createStyle,
  displayWidth,
  formatTable,
  stripStyle,
  truncate,
} from "../../lib/cli/mod.ts";

Deno.test("formatTable() aligns columns by display width, wide characters included", () => {
  const text = formatTable([["NAME", "N"], ["数据", "1"], ["x", "22"]], {
    align: ["left", "right"],
  });
  assert.equal(text, "NAME   N\n数据   1\nx     22");
});

Deno.test("formatTable() cuts the last column to the width and never pads it", () => {
  const text = formatTable([["A", "B"], ["a", "x".repeat(50)]], {
    maxWidth: 20,
  });
  assert.deepEqual(text.split("\n"), ["A  B", `a  ${"x".repeat(16)}…`]);
  assert.ok(text.split("\n").every((l) => displayWidth(l) <= 20));
});

Deno.test("formatTable() styles the header line only when colours are on", () => {
  const rows = [["H1", "H2"], ["a", "b"]];
  const plain = formatTable(rows);
  const bold = formatTable(rows, { style: createStyle(true) });
  assert.equal(bold.split("\n")[0], "\x1b[1mH1  H2\x1b[22m");
  assert.equal(stripStyle(bold), plain);
  assert.equal(
    formatTable(rows, { header: false, style: createStyle(true) }),
    plain,
  );
});

Deno.test("cellText() escapes control characters and quotes empty names", () => {
  assert.equal(cellText(""), '""');
  assert.equal(cellText("a\tb"), '"a\\tb"');
  assert.equal(cellText("\x1b[31mred"), '"\\u001b[31mred"');
  assert.equal(cellText("a\u2028b"), '"a\\u2028b"');
  assert.equal(cellText("my key"), "my key");
});

Deno.test("truncate() and displayWidth() count wide characters as two columns", () => {
  assert.equal(displayWidth("😀a"), 3);
  assert.equal(displayWidth("e\u0301"), 1);
  assert.equal(truncate("数据数据", 5), "数据…");
});
