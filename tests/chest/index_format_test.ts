// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import {
  type ChestIndex,
  formatIndex,
  parseIndex,
} from "../../lib/chest/mod.ts";
import { FormatError } from "../../mod.ts";

const INDEX: ChestIndex = {
  gen: 7,
  entries: new Map([
    ['["run",1]', {
      file: "run_1~0011223344556677.npy",
      codec: "npy",
      ndarray: true,
      gen: 7,
    }],
    ['"x"', { file: "x.msgpack", codec: "msgpack", gen: 3 }],
    ["1", { file: "1~af63ac4c86019afc.bin", codec: "custom", gen: 5 }],
  ]),
};

Deno.test("formatIndex() writes sorted JSON that parseIndex() reads back", () => {
  const text = formatIndex(INDEX);
  assert.deepEqual(parseIndex(text, "i"), INDEX);
  assert.equal(formatIndex(parseIndex(text, "i")), text);
  const json = JSON.parse(text);
  assert.equal(json.format, "persist-chest");
  assert.deepEqual(json.entries.map((e: { key: string }) => e.key), [
    '"x"',
    "1",
    '["run",1]',
  ]);
  assert.equal(text.split("\n").length, 11); // one line per entry
});

Deno.test("parseIndex() refuses damaged or foreign indexes with a FormatError naming the file", () => {
  const good = JSON.parse(formatIndex(INDEX));
  const variants: [string, unknown][] = [
    ["not JSON", "{"],
    ["other format", { ...good, format: "chest" }],
    ["newer version", { ...good, version: 2 }],
    ["no entries", { ...good, entries: undefined }],
    ["bad key", { ...good, entries: [{ ...good.entries[0], key: "01" }] }],
    ["duplicate key", { ...good, entries: [good.entries[0], good.entries[0]] }],
    ["duplicate file", {
      ...good,
      entries: [good.entries[0], { ...good.entries[1], file: "X.MSGPACK" }],
    }],
    ["path escape", {
      ...good,
      entries: [{ ...good.entries[0], file: "../x" }],
    }],
    ["hidden file", {
      ...good,
      entries: [{ ...good.entries[0], file: ".chest.json" }],
    }],
    ["unknown codec", {
      ...good,
      entries: [{ ...good.entries[0], codec: "pickle" }],
    }],
    ["gen from the future", {
      ...good,
      entries: [{ ...good.entries[0], gen: 8 }],
    }],
  ];
  for (const [name, value] of variants) {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    assert.throws(
      () => parseIndex(text, "c/.chest.json"),
      (e) =>
        e instanceof FormatError && e.path === "c/.chest.json" &&
        e.message.includes('"c/.chest.json"'),
      name,
    );
  }
});
