// Copyright 2026 the persist authors. MIT license.
// Pins the exact bytes of mod.js for a corpus of archives, so that changes
// to the walk and the emitter (speed-ups above all) provably leave the
// format's output alone. The expected texts live in testdata/golden/; after
// an intended change to the output, rewrite them with
//   PERSIST_UPDATE_GOLDEN=1 deno test --allow-read --allow-write --allow-env tests/archive/golden_test.ts
// and review the diff.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Archive, save, type SaveOptions, saveValue } from "../../mod.ts";
import { withTempDir } from "../_util.ts";
import { random, randomGraph, setupClasses, trickyValues } from "./_corpus.ts";

const GOLDEN = new URL("./testdata/golden/", import.meta.url);
const UPDATE = Deno.permissions.querySync({
      name: "env",
      variable: "PERSIST_UPDATE_GOLDEN",
    }).state === "granted" && Deno.env.get("PERSIST_UPDATE_GOLDEN") === "1";

/** What the benchmark saves: small records. */
function records(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: i,
    name: `record ${i}`,
    value: i * 0.25,
    ok: i % 3 === 0,
    tags: ["a", "b"],
  }));
}

/** What the benchmark saves: small objects, each referenced twice. */
function sharedGraph(n: number) {
  const items = Array.from(
    { length: n },
    (_, i) => ({ i, label: `item ${i}` }),
  );
  const links = items.map((item, i) => ({
    from: item,
    to: items[(i * 7) % items.length],
  }));
  return { items, links };
}

/** Values that exercise the layout: long lines, packed arrays, nesting. */
function layoutValues(): Record<string, unknown> {
  const words = Array.from({ length: 60 }, (_, i) => `word${i * 37}`);
  return {
    packedNumbers: Array.from({ length: 90 }, (_, i) => i * 1.5 - 20),
    packedStrings: words,
    packedMixed: [1, "two", 3n, null, undefined, true, -0, NaN, , "é", 1e21],
    wideObject: Object.fromEntries(words.slice(0, 20).map((w, i) => [w, i])),
    nested: {
      a: { b: { c: { d: [words, { e: words.slice(0, 3) }] } } },
      m: new Map<unknown, unknown>([
        ["short", 1],
        [words.join(" "), { long: words }],
        [[1, 2], new Set(words.slice(0, 30))],
      ]),
    },
    keys: {
      plain: 1,
      "with space": 2,
      "0": 3,
      "01": 4,
      "1e3": 5,
      "é": 6,
      "\u{1d4d0}": 7,
      "class": 8,
      "__proto__": 9,
    },
    unicode: ["é", "😀", "\u2028", "\ud800", "a\u0000b", "<\/script>", "${x}"],
    "my-key": "a string export",
    "class": [1],
  };
}

/**
 * Objects whose one-line form ends near the line width at every position:
 * entries of every kind (strings, numbers, arrays, nested and
 * null-prototype objects, shared objects, cycles) and every indentation,
 * down to where the minimum width applies.
 */
function boundaryValues(next: () => number): Record<string, unknown> {
  const keys = ["a", "bb", "key", "long_key_name", "my key", "x1", "__proto__"];
  const shared = { shared: [1, 2] };
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)];
  function entry(depth: number): unknown {
    const r = next();
    if (r < 0.3) return "s".repeat(Math.floor(next() * 40));
    if (r < 0.4) return Math.floor(next() * 1e6) / 4;
    if (r < 0.5) {
      return Array.from({ length: Math.floor(next() * 12) }, (_, i) => i * 11);
    }
    if (r < 0.55) return shared;
    if (r < 0.8 && depth < 3) return object(depth + 1);
    return r < 0.9 ? null : true;
  }
  function object(depth: number): Record<string, unknown> {
    const o: Record<string, unknown> = next() < 0.2 ? Object.create(null) : {};
    const n = Math.floor(next() * 7);
    for (let i = 0; i < n; i++) {
      Object.defineProperty(o, pick(keys) + (i > 3 ? i : ""), {
        value: entry(depth),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    if (next() < 0.1) o.self = o;
    return o;
  }
  const list: unknown[] = [];
  for (let i = 0; i < 160; i++) {
    let value: unknown = object(0);
    const depth = next() < 0.7
      ? Math.floor(next() * 4)
      : 26 + Math.floor(next() * 6);
    for (let d = 0; d < depth; d++) value = d % 2 ? [value] : { in: value };
    list.push(value);
  }
  return { list, shared };
}

/** mod.js of an archive saved with `options`. */
async function modJs(
  root: string,
  values: Record<string, unknown>,
  options: SaveOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const dir = await Deno.makeTempDir({ dir: root, prefix: "a" });
  await save(dir, values, { ...options, overwrite: true, sync: false });
  return await Deno.readFile(join(dir, "mod.js"));
}

/** Several modules as one text, each after a line naming it. */
function joined(parts: [string, Uint8Array][]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [name, bytes] of parts) {
    chunks.push(encoder.encode(`//// ${name}\n`), bytes);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(
    new Uint8Array(digest),
    (b) => b.toString(16).padStart(2, "0"),
  )
    .join("");
}

/** Compares with (or, when updating, writes) a golden file. */
async function assertGolden(name: string, actual: Uint8Array) {
  const url = new URL(name, GOLDEN);
  if (UPDATE) {
    await Deno.mkdir(GOLDEN, { recursive: true });
    await Deno.writeFile(url, actual);
    return;
  }
  const expected = await Deno.readFile(url);
  if (
    !actual.every((b, i) => b === expected[i]) ||
    actual.length !== expected.length
  ) {
    const decoder = new TextDecoder();
    // A text diff shows where the bytes differ.
    assert.equal(decoder.decode(actual), decoder.decode(expected), name);
    assert.deepEqual(actual, expected, name);
  }
}

Deno.test("save() writes the pinned bytes for every tricky value", async () => {
  await withTempDir(async (root) => {
    const classes = await setupClasses(root);
    const parts: [string, Uint8Array][] = [];
    for (const [name, value] of trickyValues(classes)) {
      parts.push([
        name,
        await modJs(root, { [name]: value }, { arrayThreshold: 8 }),
      ]);
    }
    await assertGolden("tricky.js", joined(parts));
  });
});

Deno.test("save() writes the pinned bytes for tricky values all inline and as single values", async () => {
  await withTempDir(async (root) => {
    const classes = await setupClasses(root);
    const cases = trickyValues(classes);
    const all = Object.fromEntries(cases);
    const parts: [string, Uint8Array][] = [
      ["all inline", await modJs(root, all, { arrayThreshold: Infinity })],
    ];
    for (const [name, value] of cases.slice(0, 12)) {
      const dir = join(root, `single-${name}`);
      await saveValue(dir, value, { name, sync: false });
      parts.push([`single ${name}`, await Deno.readFile(join(dir, "mod.js"))]);
    }
    await assertGolden("tricky_inline.js", joined(parts));
  });
});

Deno.test("save() writes the pinned bytes for layout cases and benchmark shapes", async () => {
  await withTempDir(async (root) => {
    await assertGolden(
      "layout.js",
      joined([
        ["layout", await modJs(root, layoutValues())],
        ["records", await modJs(root, { records: records(40) })],
        ["shared graph", await modJs(root, sharedGraph(40))],
        ["boundaries, seed 7", await modJs(root, boundaryValues(random(7)))],
        ["boundaries, seed 8", await modJs(root, boundaryValues(random(8)))],
      ]),
    );
  });
});

Deno.test("save() writes the pinned bytes for 300 random value graphs (seed 20260101)", async () => {
  await withTempDir(async (root) => {
    const next = random(20260101);
    const parts: [string, Uint8Array][] = [];
    for (let i = 0; i < 300; i++) {
      parts.push([
        `graph ${i}`,
        await modJs(root, randomGraph(next), { arrayThreshold: 6 }),
      ]);
    }
    await assertGolden("random.js", joined(parts));
  });
});

Deno.test("save() writes the pinned bytes for the benchmark's archives", async () => {
  await withTempDir(async (root) => {
    const digests = [
      `records(50000) ${await sha256(
        await modJs(root, { records: records(50_000) }),
      )}`,
      `sharedGraph(10000) ${await sha256(
        await modJs(root, sharedGraph(10_000)),
      )}`,
    ].join("\n") + "\n";
    await assertGolden("bench.sha256", new TextEncoder().encode(digests));
  });
});

Deno.test("Archive.toString() writes the pinned text while Object.prototype has an enumerable property", async () => {
  // Then plain objects cannot be read with for...in: the other path must
  // write the same bytes.
  const next = random(20260101);
  const graphs = Array.from({ length: 300 }, () => randomGraph(next));
  const layout: [string, Record<string, unknown>][] = [
    ["layout", layoutValues()],
    ["records", { records: records(40) }],
    ["shared graph", sharedGraph(40)],
    ["boundaries, seed 7", boundaryValues(random(7))],
    ["boundaries, seed 8", boundaryValues(random(8))],
  ];
  const proto = Object.prototype as Record<string, unknown>;
  proto.polluted = "inherited";
  let randomText = "";
  let layoutText = "";
  try {
    for (const [i, values] of graphs.entries()) {
      randomText += `//// graph ${i}\n` +
        new Archive({ arrayThreshold: 6 }).insert(values).toString();
    }
    for (const [name, values] of layout) {
      layoutText += `//// ${name}\n` + new Archive().insert(values).toString();
    }
  } finally {
    delete proto.polluted;
  }
  const golden = (name: string) => Deno.readTextFile(new URL(name, GOLDEN));
  assert.equal(randomText, await golden("random.js"));
  assert.equal(layoutText, await golden("layout.js"));
});
