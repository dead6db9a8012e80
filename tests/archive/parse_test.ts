// Copyright 2026 the persist authors. MIT license.
// The subset parser behind load() on hand edits: it gives what import()
// gives, in the order import() evaluates, or refuses with file:line:column
// and the fix.

import assert from "node:assert/strict";
import { join } from "node:path";
import { ArchiveSyntaxError, load, type NDArray } from "../../mod.ts";
import { evaluate } from "../../lib/archive/mod.ts";
import { parse } from "../../lib/archive/_parse.ts";
import { NewExpr } from "../../lib/archive/_tree.ts";
import { withTempDir } from "../_util.ts";
import { describeExports } from "./_describe.js";
import { importInChild, writeHandWritten } from "./_hand_written.ts";

Deno.test("load() builds a new Map/Set/typed array that copies a constant after the statements that changed it, as import() does", async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "a");
    await writeHandWritten(
      dir,
      [
        'import { buffer, NDArray } from "./_persist.js";',
        "const a = [1];",
        "a[1] = 2;",
        "const b = [1n];",
        "b[1] = 2n;",
        "const e = [1, 'x'];",
        "e[1] = 'y';",
        "const p = [[1, 'x']];",
        "p[0][1] = 'y';",
        "const s0 = new Set([1]);",
        "s0.add(2);",
        "const m0 = new Map([[1, 'x']]);",
        "m0.set(2, 'y');",
        "const shape = [2];",
        "shape[1] = 1;",
        "const ms = 5;",
        "const source = 'a+';",
        "export const set = new Set(a);",
        "export const setOfSet = new Set(s0);",
        "export const setOfMap = new Set(m0);",
        "export const map = new Map(p);",
        "export const mapOfEntry = new Map([e]);",
        "export const mapOfMap = new Map(m0);",
        // A Set of pairs, built while parsing, read by the Map.
        "export const mapOfSet = new Map(new Set([e]));",
        "export const f64 = new Float64Array(a);",
        "export const u8 = new Uint8Array(s0);",
        "export const big = new BigInt64Array(b);",
        "export const nd = new NDArray(new Float32Array(a), shape);",
        "export const date = new Date(ms);",
        "export const re = new RegExp(source, 'g');",
        "export const view = new DataView(buffer(new Uint8Array(a)), 1);",
        // Kept by reference, not copied: sees the change below.
        "export const keeps = new Map([['a', a]]);",
        "a[2] = 3;",
        "s0.add(3);",
      ].join("\n"),
    );
    const loaded = await load(dir);
    assert.deepEqual(loaded.set, new Set([1, 2]));
    assert.deepEqual(loaded.setOfSet, new Set([1, 2]));
    assert.deepEqual(loaded.setOfMap, new Set([[1, "x"], [2, "y"]]));
    assert.deepEqual(loaded.map, new Map([[1, "y"]]));
    assert.deepEqual(loaded.mapOfEntry, new Map([[1, "y"]]));
    assert.deepEqual(loaded.mapOfMap, new Map([[1, "x"], [2, "y"]]));
    assert.deepEqual(loaded.f64, new Float64Array([1, 2]));
    assert.deepEqual(loaded.u8, new Uint8Array([1, 2]));
    assert.deepEqual(loaded.big, new BigInt64Array([1n, 2n]));
    assert.deepEqual((loaded.nd as NDArray).shape, [2, 1]);
    assert.deepEqual(
      new Uint8Array((loaded.view as DataView).buffer),
      new Uint8Array([1, 2]),
    );
    assert.deepEqual(loaded.keeps, new Map([["a", [1, 2, 3]]]));
    const imported = await importInChild(root, [dir]);
    assert.deepEqual(imported[dir], describeExports(loaded));
  });
});

Deno.test("parse() builds a new of literals at once and leaves a new that copies a constant to the statements' turn", () => {
  const init = (text: string) => {
    const { statements } = parse(text);
    return (statements.at(-1) as { init: unknown }).init;
  };
  assert.ok(init("export const s = new Set([1, 2]);") instanceof Set);
  assert.ok(
    init("const a = [1];\nexport const m = new Map([['k', a]]);") instanceof
      Map,
  );
  assert.ok(
    init("const a = [1];\nexport const s = new Set([a]);") instanceof Set,
  );
  for (
    const text of [
      "const a = [1];\nexport const s = new Set(a);",
      "const a = [1];\nexport const t = new Float64Array(a);",
      "const e = [1, 2];\nexport const m = new Map([e]);",
      "const s = new Set([1]);\nexport const t = new Set(s);",
    ]
  ) assert.ok(init(text) instanceof NewExpr, text);
});

Deno.test("load() refuses a new Set/Map/typed array of a constant that restore() gave a class", async () => {
  const text = [
    'import { restore } from "./_persist.js";',
    'import { Point } from "./point.js";',
    "const a = [1];",
    "export const p = restore(Point, a);",
    "export const s = new Set(a);",
  ].join("\n");
  await assert.rejects(
    () =>
      evaluate(text, { path: "mod.js", resolveClass: () => class Point {} }),
    (error: ArchiveSyntaxError) => {
      assert.ok(error instanceof ArchiveSyntaxError, String(error));
      assert.deepEqual([error.line, error.column], [5, 18]);
      assert.match(
        error.message,
        /new Set\(\) cannot read a value that restore\(\) gave a class/,
      );
      return true;
    },
  );
});

/** What V8 makes of `text` in a module (strict code): a value, or undefined for a SyntaxError. */
function v8Value(text: string): { value: unknown } | undefined {
  let f: () => unknown;
  try {
    f = new Function(`"use strict";\nreturn ${text};`) as () => unknown;
  } catch (error) {
    assert.ok(error instanceof SyntaxError, String(error));
    return undefined;
  }
  return { value: f() };
}

/** What load() makes of `text` as a value, or undefined when it refuses it. */
function loadValue(text: string): { value: unknown } | undefined {
  try {
    const init = (parse(`export const x = ${text};`, "mod.js")
      .statements[0] as { init: unknown }).init;
    return { value: init };
  } catch (error) {
    assert.ok(error instanceof ArchiveSyntaxError, String(error));
    return undefined;
  }
}

/** Every string of up to `length` characters from `alphabet`. */
function* strings(alphabet: string[], length: number): Generator<string> {
  let level = [""];
  for (let n = 1; n <= length; n++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    yield* level;
  }
}

Deno.test("load() reads a number literal exactly when V8 does, with the same value, separators included", () => {
  const candidates = new Set([
    ...strings(["0", "1", "8", "_", ".", "e", "n", "x"], 5),
    ...strings(["0", "7", "9", "_", ".", "b", "o", "E", "X", "f", "n", "+"], 4),
    "1_0.5_0e1_0",
    "1_000_000.000_001e-1_0",
    "0.0_1",
    ".5_5e+1_1",
    "0xA_bC_dn",
    "0b1_0_1n",
    "0o7_7n",
    "9_007_199_254_740_993n",
    "1e-_5",
    "1e+_5",
    "1_e+5",
  ]);
  const counts = { read: 0, refused: 0 };
  for (const text of candidates) {
    // Number literals only: from a digit or ".", signs only in exponents.
    if (!/^[0-9.]/.test(text) || /(^|[^eE])[+-]/.test(text)) continue;
    const v8 = v8Value(text);
    const ours = loadValue(text);
    const number = typeof v8?.value === "number" ||
      typeof v8?.value === "bigint";
    // What V8 reads as something else (`1.._`: a property read) is refused.
    if (!number) {
      assert.equal(ours, undefined, `load() accepted ${text}`);
      counts.refused++;
      continue;
    }
    assert.ok(ours !== undefined, `load() refused ${text}, V8 reads it`);
    assert.ok(Object.is(ours.value, v8!.value), `${text}: ${ours.value}`);
    counts.read++;
  }
  assert.ok(
    counts.read > 2000 && counts.refused > 20000,
    JSON.stringify(counts),
  );
});

Deno.test("load() points at a misplaced numeric separator", () => {
  for (
    const [text, column, message] of [
      ["1__0n", 19, /"_" must stand between two digits/],
      ["1_n", 19, /"_" must stand between two digits/],
      ["0x_1n", 20, /"_" cannot stand first after its prefix/],
      ["1e_5", 20, /"_" cannot stand first in an exponent/],
      ["1_e5", 19, /"_" must stand between two digits/],
      ["1._5", 20, /"_" cannot stand first after "\."/],
      ["0_1", 19, /"_" cannot follow a leading 0/],
    ] as const
  ) {
    assert.throws(
      () => parse(`export const x = ${text};`, "mod.js"),
      (error: ArchiveSyntaxError) => {
        assert.ok(error instanceof ArchiveSyntaxError, String(error));
        assert.deepEqual([error.line, error.column], [1, column], text);
        assert.match(error.message, message);
        return true;
      },
    );
  }
});

Deno.test('load() skips a "use strict" directive at the top of the module, as import() does', async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "a");
    await writeHandWritten(
      dir,
      "'use strict'\n\"use strict\"; // modules are strict anyway\nexport const x = [1];",
    );
    const loaded = await load(dir);
    assert.deepEqual(loaded, { x: [1] });
    const imported = await importInChild(root, [dir]);
    assert.deepEqual(imported[dir], describeExports(loaded));
  });
});

Deno.test("load() reads \\u{...} escapes with any number of leading zeros, as V8 does", () => {
  for (
    const escape of [
      "\\u{41}",
      "\\u{0000000041}",
      "\\u{00000000000000000000010FFFF}",
      "\\u{1F600}",
      "\\u{0}",
      "\\u{110000}",
      "\\u{00000000110000}",
      "\\u{}",
      "\\u{12x}",
    ]
  ) {
    for (const quote of ['"', "`"]) {
      const text = quote + escape + quote;
      assert.deepEqual(loadValue(text), v8Value(text), text);
    }
  }
});

/** `n` times `open` around `inner`, closed by `close`. */
function around(open: string, close: string, n: number, inner = ""): string {
  return open.repeat(n) + inner + close.repeat(n);
}

Deno.test("load() reads values nested up to its limit, which import() parses too, and refuses one step deeper", async () => {
  // At the limit (1050 levels; a parenthesis is 1.5, a sign before one
  // 0.5 more), and one step deeper.
  const shapes: [string, string, string][] = [
    ["brackets", around("[", "]", 1050), around("[", "]", 1051)],
    ["braces", around("{a:", "}", 1050, "1"), around("{a:", "}", 1051, "1")],
    ["parentheses", around("(", ")", 700, "1"), around("(", ")", 701, "1")],
    ["signs", around("-(", ")", 525, "1"), around("-(", ")", 526, "1")],
    [
      "parentheses around brackets",
      around("(", ")", 420, around("[", "]", 420)),
      around("(", ")", 421, around("[", "]", 420)),
    ],
    [
      "braces in parentheses",
      around("({a:", "})", 420, "1"),
      around("({a:", "})", 420, "({a:1})"),
    ],
    [
      "Sets",
      around("new Set([", "])", 525),
      around("new Set([", "])", 525, "[]"),
    ],
  ];
  await withTempDir(async (root) => {
    const dirs: string[] = [];
    for (const [name, deepest, deeper] of shapes) {
      assert.throws(
        () => parse(`export const x = ${deeper};`),
        /values are nested more than 1050 levels deep/,
        name,
      );
      const dir = join(root, name.replaceAll(" ", "-"));
      await writeHandWritten(dir, `export const x = ${deepest};`);
      await load(dir);
      dirs.push(dir);
    }
    // Deno aborts the process when its parser overflows: import in a child.
    const imported = await importInChild(root, dirs);
    for (const dir of dirs) {
      // (deepEqual itself overflows the stack at this depth)
      assert.equal(
        JSON.stringify(imported[dir]),
        JSON.stringify(describeExports(await load(dir))),
        dir,
      );
    }
  });
});
