// Copyright 2026 the persist authors. MIT license.
// load() parses archives without running them: what hand edits it accepts,
// what it refuses (with file:line:column), damaged archives, and loading a
// changing archive again and again.

import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  Archive,
  ArchiveSyntaxError,
  FormatError,
  load,
  NotFoundError,
  save,
} from "../../mod.ts";
import { evaluate } from "../../lib/archive/mod.ts";
import {
  HAS_PYTHON,
  onTerminal,
  ROOT,
  runDeno,
  withTempDir,
} from "../_util.ts";
import { describeExports } from "./_describe.js";
import { random, randomGraph } from "./_corpus.ts";

const CHILD = new URL("./_import_child.ts", import.meta.url).href;

Deno.test("load() accepts what people write when editing: comments, layout, other literal forms, extra constants", async () => {
  const text = [
    "// persist archive, format 1",
    "/* a block comment",
    "   over lines */",
    'import { NDArray } from "./_persist.js"',
    "const unit = 'm' // single quotes, no semicolons",
    "const base = { unit, scale: 1_000, hex: 0xff, exp: 1.5e3, neg: -.5 }",
    "export const a = {",
    "\tbase,",
    '\t"quoted key": `a template`,',
    "  'single': [1, 2, 3,],",
    "  nested: (([1])),",
    "  when: new Date(0),",
    "  nothing: new Map, empty: new Set(),",
    "  big: 123n, negBig: -0x10n,",
    "  nd: new NDArray(new Int8Array([1, 2]), [2]),",
    "}; export const b = [a, a];",
    "a.base.self = a",
    'a["quoted key"] = base',
    'export { base as "the base", unit }',
    "// end of persist archive",
  ].join("\r\n");
  const v = await evaluate(text);
  const a = v.a as Record<string, unknown>;
  const base = v["the base"] as Record<string, unknown>;
  assert.deepEqual(Object.keys(v), ["a", "b", "the base", "unit"]);
  assert.equal(base.unit, "m");
  assert.equal(base.scale, 1000);
  assert.equal(base.hex, 255);
  assert.equal(base.exp, 1500);
  assert.equal(base.neg, -0.5);
  assert.equal(base.self, a);
  assert.equal(a.base, base);
  assert.equal(a["quoted key"], base);
  assert.deepEqual(a.single, [1, 2, 3]);
  assert.deepEqual(a.nested, [1]);
  assert.equal(a.negBig, -16n);
  assert.deepEqual((v.b as unknown[])[1], a);
});

Deno.test("load() of a hand-edited archive equals import() of it", async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "a");
    await save(dir, { x: [1, 2], y: { z: "old" }, big: new Float64Array(300) });
    const path = join(dir, "mod.js");
    const text = await Deno.readTextFile(path);
    const edited = text
      .replace('z: "old"', "z: 'new', extra: ratio, // changed by hand\n")
      .replace("export const x =", "const ratio = 0.75;\nexport const x =")
      .replace("export const big", "/* the samples */ export const big");
    assert.notEqual(edited, text);
    await Deno.writeTextFile(path, edited);
    const loaded = await load(dir);
    assert.deepEqual(loaded.y, { z: "new", extra: 0.75 });
    const result = await runDeno([`--allow-read=${root}`], CHILD, [dir]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout)[dir], describeExports(loaded));
  });
});

/** Where in `text` a marker `@` stands (1-based), with the marker removed. */
function marked(
  source: string,
): { text: string; line: number; column: number } {
  const at = source.indexOf("@");
  const before = source.slice(0, at).split("\n");
  return {
    text: source.slice(0, at) + source.slice(at + 1),
    line: before.length,
    column: before[before.length - 1].length + 1,
  };
}

const REFUSED: [string, string, RegExp][] = [
  ["a function call", "export const x = @foo();", /function call/],
  [
    "property access",
    "export const x = Math@.PI;",
    /property access and calls are code/,
  ],
  ["an operator", "export const x = 1 @+ 2;", /operators are code/],
  [
    "a global object",
    "export const x = @globalThis;",
    /"globalThis" is not defined/,
  ],
  ["eval", "export const x = @eval('1');", /"eval" is code, not data/],
  ["let", "@let x = 1;", /"let" declarations are not in the subset/],
  [
    "a default import",
    'import @fs from "node:fs";',
    /default imports are not in the subset/,
  ],
  [
    "a namespace import",
    'import @* as fs from "node:fs";',
    /namespace imports/,
  ],
  [
    "a side-effect import",
    'import @"./evil.js";',
    /imports for side effects are code/,
  ],
  [
    "a dynamic import",
    "export const x = await @import('./y.js');",
    /"import" is code, not data|function call/,
  ],
  [
    "a template substitution",
    "export const x = `a @${1}`;",
    /template substitutions/,
  ],
  [
    "a getter",
    "export const x = { @get y() { return 1; } };",
    /methods and accessors are code/,
  ],
  ["spread", "export const x = [@...[1]];", /spread/],
  [
    "new Function",
    "export const x = @new Function('return 1');",
    /"Function" is not defined/,
  ],
  [
    "reassignment",
    "export const x = 1;\n@x = 2;",
    /constants cannot be reassigned/,
  ],
  ["a loop", "@while (true) {}", /"while" statements are code/],
  [
    "the current time",
    "export const x = @new Date();",
    /new Date\(\) takes one number .*the current time is not data/,
  ],
  [
    "use before definition",
    "export const x = @y;\nconst y = 1;",
    /"y" is used before its definition/,
  ],
  [
    "a duplicate constant",
    "const y = 1;\nconst @y = 2;",
    /"y" is declared twice/,
  ],
  [
    "a prototype other than null",
    "export const x = { __proto__: @{} };",
    /only "__proto__: null"/,
  ],
  [
    "an unknown helper",
    'import { @evil } from "./_persist.js";',
    /_persist\.js has no export "evil"/,
  ],
  [
    "a helper without await",
    'import { array } from "./_persist.js";\nexport const x = @array("a.npy");',
    /write "await array\(\.\.\.\)"/,
  ],
  [
    "an array file outside the folder",
    'import { array } from "./_persist.js";\nexport const x = await @array("../a.npy");',
    /not a plain file name/,
  ],
  [
    "an array file of an unknown format",
    'import { array } from "./_persist.js";\nexport const x = await @array("a.zarr", { dataset: "x" });',
    /"a\.zarr" is not an array file persist reads \(\.npy, \.h5, \.hdf5\)/,
  ],
  ["a legacy octal number", "export const x = @012;", /legacy octal/],
  [
    "a redeclared global",
    "const @undefined = 1;",
    /"undefined" cannot be redeclared/,
  ],
  [
    "a call on a constant",
    "const m = new Map();\nm.@clear();",
    /calling "clear" is code/,
  ],
  [
    "an unclosed string",
    'export const x = @"abc\n";',
    /not closed on its line/,
  ],
  [
    "a missing comma",
    "export const x = [1 @2];",
    /unexpected "2" where "," or "]" was expected/,
  ],
  ["a re-export", 'export { x } @from "./y.js";', /re-exports/],
  [
    "new of a non-constructor",
    "export const x = new @Object();",
    /"new Object" is not in the subset; write an object literal: \{ a: 1 \}, or \{ __proto__: null, a: 1 \} for an object without prototype/,
  ],
  [
    "an object spread",
    "const a = { x: 1 };\nexport const b = { @...a };",
    /spread \(\.\.\.\) is not in the subset/,
  ],
  [
    "Object.create(null)",
    "export const o = @Object.assign(Object.create(null), { a: 1 });",
    /"Object" is not in the subset; write an object literal: .*\{ __proto__: null, a: 1 \} for an object without prototype/,
  ],
  [
    "new ArrayBuffer",
    "export const b = new @ArrayBuffer(8);",
    /"new ArrayBuffer" is not in the subset; write buffer\(new Uint8Array\(\[\.\.\.\]\)\), with buffer imported from "\.\/_persist\.js"/,
  ],
  [
    "a regular expression literal",
    "export const r = @/ab+c/gi;",
    /regular expression literals are not in the subset; write new RegExp\("ab\+c", "gi"\)/,
  ],
  [
    "a string statement after the top",
    'export const x = 1;\n@"use strict";',
    /a string on its own is not a statement of the subset \(only a "use strict" directive at the top of the module is\); remove it/,
  ],
  [
    "a typed array with a string",
    'export const x = @new Float64Array(["1"]);',
    /element 0 of new Float64Array\(\[\.\.\.\]\) is a string/,
  ],
];

for (const [what, source, message] of REFUSED) {
  Deno.test(`load() refuses ${what} with its line and column`, async () => {
    const { text, line, column } = marked(source);
    const error = await evaluate(text, { path: "run/mod.js" }).then(
      () => assert.fail(`accepted: ${text}`),
      (e) => e,
    );
    assert.ok(error instanceof ArchiveSyntaxError, String(error));
    assert.match(error.message, message);
    assert.deepEqual([error.line, error.column], [line, column], error.message);
    assert.equal(error.path, "run/mod.js");
    assert.ok(
      error.message.startsWith(`Cannot load "run/mod.js:${line}:${column}": `),
      error.message,
    );
    assert.match(
      error.message,
      /to run a trusted archive as code, import\(\) its mod\.js instead$/,
    );
  });
}

Deno.test("load() names the class and both fixes when an archive imports an unregistered class", async () => {
  const text =
    'import { Mystery } from "./mystery.js";\nexport const m = new Mystery(1);\n';
  await assert.rejects(() => evaluate(text, { path: "a/mod.js" }), {
    name: "NotFoundError",
    message:
      'Cannot load "a/mod.js:1:10": class "Mystery" from "./mystery.js" is not registered; ' +
      'call register(Mystery, { module: "./mystery.js", export: "Mystery" }) before load(), ' +
      "or pass { allowImports: true } to import that module (which runs its code)",
  });
});

Deno.test("load() with allowImports imports the class module named by the archive", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await Deno.mkdir(archive);
    await Deno.writeTextFile(
      join(archive, "mystery.js"),
      "export class Mystery { constructor(n) { this.n = n * 2; } }\n",
    );
    await Deno.writeTextFile(
      join(archive, "mod.js"),
      'import { Mystery } from "./mystery.js";\nexport const m = new Mystery(21);\n',
    );
    await assert.rejects(() => load(archive), { name: "NotFoundError" });
    const { m } = await load(archive, { allowImports: true });
    assert.equal((m as { n: number }).n, 42);
    assert.equal((m as object).constructor.name, "Mystery");
  });
});

Deno.test("load() never runs the archive: code in an unregistered module stays unrun", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await Deno.mkdir(archive);
    const flag = join(dir, "ran");
    await Deno.writeTextFile(
      join(archive, "evil.js"),
      `await Deno.writeTextFile(${
        JSON.stringify(flag)
      }, "ran");\nexport class Evil {}\n`,
    );
    await Deno.writeTextFile(
      join(archive, "mod.js"),
      'import { Evil } from "./evil.js";\nexport const e = new Evil();\n',
    );
    await assert.rejects(() => load(archive), { name: "NotFoundError" });
    await assert.rejects(() => Deno.stat(flag), Deno.errors.NotFound);
  });
});

Deno.test("load() refuses a truncated mod.js wherever it was cut", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    const shared = { s: "shared" };
    const cycle: unknown[] = ["c"];
    cycle.push(cycle);
    await save(archive, {
      a: [1, 2, shared],
      b: shared,
      cycle,
      m: new Map([[1, "x"]]),
      "odd name": 3,
    });
    const full = await Deno.readFile(join(archive, "mod.js"));
    for (let cut = 0; cut < full.length - 1; cut += 3) {
      await Deno.writeFile(join(archive, "mod.js"), full.subarray(0, cut));
      const error = await load(archive).then(() => undefined, (e) => e);
      assert.ok(
        error instanceof ArchiveSyntaxError || error instanceof FormatError,
        `cut at ${cut}: ${error}`,
      );
    }
  });
});

Deno.test("load() names a missing array file", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { y: new Float64Array(500) });
    await Deno.remove(join(archive, "y.npy"));
    await assert.rejects(() => load(archive), (error: NotFoundError) => {
      assert.ok(error instanceof NotFoundError);
      assert.equal(error.path, join(archive, "y.npy"));
      assert.match(
        error.message,
        new RegExp(
          `mod\\.js:\\d+:\\d+": the array file "${
            join(archive, "y.npy")
          }" does not exist`,
        ),
      );
      return true;
    });
  });
});

Deno.test("load() names a damaged array file", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { y: new Float64Array(500) });
    const bytes = await Deno.readFile(join(archive, "y.npy"));
    await Deno.writeFile(join(archive, "y.npy"), bytes.subarray(0, 1000));
    await assert.rejects(() => load(archive), {
      name: "FormatError",
      message: new RegExp(
        `Cannot read "${join(archive, "y.npy")}": the file ends after`,
      ),
    });
  });
});

Deno.test("load() reports a syntax error in an edited mod.js at its line and column", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { x: { a: 1, b: 2 } });
    const path = join(archive, "mod.js");
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text.replace("b: 2", "b: 2,, c: 3"));
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("b: 2")) + 1;
    const column = lines[line - 1].indexOf("b: 2") + 6;
    await assert.rejects(() => load(archive), (error: ArchiveSyntaxError) => {
      assert.ok(error instanceof ArchiveSyntaxError);
      assert.deepEqual([error.path, error.line, error.column], [
        path,
        line,
        column,
      ]);
      return true;
    });
  });
});

Deno.test("load() refuses anything after the end line, pointing at it, and accepts white space there", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { x: 1 });
    const path = join(archive, "mod.js");
    const text = await Deno.readTextFile(path);
    const lines = text.split("\n").length;
    for (const after of ["// a note\n", "\n  export const y = 2;\n"]) {
      await Deno.writeTextFile(path, text + after);
      await assert.rejects(() => load(archive), (error: ArchiveSyntaxError) => {
        assert.ok(error instanceof ArchiveSyntaxError);
        const line = after.startsWith("\n") ? lines + 1 : lines;
        const column = after.startsWith("\n") ? 3 : 1;
        assert.deepEqual([error.path, error.line, error.column], [
          path,
          line,
          column,
        ]);
        assert.ok(
          error.message.startsWith(
            `Cannot load "${path}:${line}:${column}": nothing may follow the last line "// end of persist archive", but something does here; move it above that line, or delete it`,
          ),
          error.message,
        );
        return true;
      });
    }
    await Deno.writeTextFile(path, text + "\n \t\n\n");
    assert.deepEqual(await load(archive), { x: 1 });
  });
});

Deno.test("load() refuses deeply nested parentheses with an ArchiveSyntaxError at their position", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { x: 1 });
    const path = join(archive, "mod.js");
    const text = await Deno.readTextFile(path);
    const deep = "(".repeat(20000) + "1" + ")".repeat(20000);
    await Deno.writeTextFile(
      path,
      text.replace("export const x = 1;", `export const x = ${deep};`),
    );
    const line = text.split("\n").findIndex((l) =>
      l.startsWith("export const x")
    ) + 1;
    await assert.rejects(() => load(archive), (error: ArchiveSyntaxError) => {
      assert.ok(error instanceof ArchiveSyntaxError, String(error));
      // Just after the 701st "(" (column 18 is the first): 1.5 levels each.
      assert.deepEqual([error.path, error.line, error.column], [
        path,
        line,
        18 + 701,
      ]);
      assert.match(
        error.message,
        /values are nested more than 1050 levels deep \(a bracket, brace or argument list is one level, a parenthesis one and a half\), more than import\(\) can parse \(Deno aborts\); flatten them/,
      );
      return true;
    });
    // Some parentheses are fine.
    await Deno.writeTextFile(
      path,
      text.replace("export const x = 1;", "export const x = ((1));"),
    );
    assert.deepEqual(await load(archive), { x: 1 });
  });
});

Deno.test("load() and import() read array files whose names hold #, ? or %", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { y: new Float64Array(200).fill(7) });
    const name = "run#2 ?50%.npy";
    await Deno.rename(join(archive, "y.npy"), join(archive, name));
    const path = join(archive, "mod.js");
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(
      path,
      text.replace('array("y.npy")', `array(${JSON.stringify(name)})`),
    );
    const loaded = await load(archive);
    assert.deepEqual(loaded, { y: new Float64Array(200).fill(7) });
    const result = await runDeno([`--allow-read=${dir}`], CHILD, [archive]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      JSON.parse(result.stdout)[archive],
      describeExports(loaded),
    );
  });
});

Deno.test("load() names an array file that is a folder", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { y: new Float64Array(200) });
    const file = join(archive, "y.npy");
    await Deno.remove(file);
    await Deno.mkdir(file);
    await assert.rejects(() => load(archive), (error: Error) => {
      assert.ok(error instanceof Deno.errors.IsADirectory, String(error));
      assert.match(
        error.message,
        new RegExp(
          `^Cannot load "${
            join(archive, "mod.js")
          }:\\d+:\\d+": the array file "${file}" is a folder, not a file; `,
        ),
      );
      return true;
    });
  });
});

Deno.test("load() refuses archives of a newer format and files that are not UTF-8", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { x: 1 });
    const path = join(archive, "mod.js");
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text.replace("format 1", "format 2"));
    await assert.rejects(() => load(archive), {
      name: "FormatError",
      message:
        /it is written in archive format 2, newer than this version of persist reads \(1\); upgrade/,
    });
    await Deno.writeFile(path, new Uint8Array([0x2f, 0x2f, 0xff, 0xfe]));
    await assert.rejects(() => load(archive), {
      name: "FormatError",
      message: /not UTF-8/,
    });
  });
});

Deno.test("load() reports a missing folder, a folder without mod.js and a file as not found", async () => {
  await withTempDir(async (dir) => {
    await assert.rejects(() => load(join(dir, "nope")), {
      name: "NotFoundError",
      message: `Cannot load archive "${
        join(dir, "nope")
      }": the folder does not exist`,
    });
    await assert.rejects(() => load(dir), {
      name: "NotFoundError",
      message: /it has no mod\.js, so it is not an archive/,
    });
    await Deno.writeTextFile(join(dir, "f"), "");
    await assert.rejects(() => load(join(dir, "f")), {
      name: "NotFoundError",
      message: /it is a file, not an archive folder/,
    });
  });
});

Deno.test("load() of an archive changed 120 times sees every change and keeps no module in memory (import() does)", async () => {
  await withTempDir(async (dir) => {
    const child = new URL("./_memory_child.ts", import.meta.url).href;
    const flags = [
      `--allow-read=${dir}`,
      `--allow-write=${dir}`,
      "--v8-flags=--expose-gc",
    ];
    const loaded = await runDeno(flags, child, ["load", dir]);
    assert.equal(loaded.code, 0, loaded.stderr);
    const imported = await runDeno(flags, child, ["import", dir]);
    assert.equal(imported.code, 0, imported.stderr);
    const loadGrowth = Number(loaded.stdout);
    const importGrowth = Number(imported.stdout);
    // 100 modules of ~250 KB: import() keeps them all; load() keeps none.
    assert.ok(
      importGrowth > 20 * 2 ** 20,
      `import() grew the heap by ${importGrowth} bytes`,
    );
    assert.ok(
      loadGrowth < 2 * 2 ** 20,
      `load() grew the heap by ${loadGrowth} bytes`,
    );
  });
});

Deno.test("evaluate() (what load() does with mod.js) of 3 000 randomly edited modules (seed 11) builds values or names mod.js:line:column, and nothing else", async () => {
  const next = random(11);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  // Pieces people (and damaged files) put into modules.
  const pieces = [
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ",",
    ";",
    ":",
    "=",
    "new ",
    "Map",
    "Date",
    "x",
    "__proto__",
    "-",
    "+",
    "/",
    "*",
    "`",
    '"',
    "'",
    "\\",
    "\n",
    "//",
    "/*",
    "*/",
    "0x",
    "1e999",
    "n",
    ".",
    "...",
    "export ",
    "const ",
    "import ",
    "as ",
    "default ",
    "?",
    "=>",
    "\u2028",
    "\ud800",
    "${",
    "await ",
    "#",
  ];
  const counts = { built: 0, refused: 0 };
  for (let round = 0; round < 120; round++) {
    const text = new Archive({ arrayThreshold: 1e9 })
      .insert(randomGraph(next)).toString();
    for (let edit = 0; edit < 25; edit++) {
      let edited = text;
      for (let e = 1 + Math.floor(next() * 3); e > 0; e--) {
        const at = Math.floor(next() * edited.length);
        const kind = Math.floor(next() * 4);
        const tail = kind === 1
          ? edited.slice(at + 1 + Math.floor(next() * 20))
          : kind === 3
          ? edited.slice(at + 1)
          : edited.slice(at);
        const middle = kind === 0
          ? pick(pieces)
          : kind === 2
          ? edited.slice(at, at + Math.floor(next() * 40))
          : kind === 3
          ? String.fromCharCode(Math.floor(next() * 128))
          : "";
        edited = edited.slice(0, at) + middle + tail;
      }
      try {
        await evaluate(edited, { path: "mod.js" });
        counts.built++;
      } catch (error) {
        counts.refused++;
        const where = error instanceof ArchiveSyntaxError
          ? /"mod\.js:\d+:\d+"/
          : error instanceof FormatError
          ? /"mod\.js/
          : undefined;
        assert.ok(where, `${error}\n--- in ---\n${edited}`);
        assert.match((error as Error).message, where);
      }
    }
  }
  // Both outcomes occur: edits in comments or literals still load.
  assert.ok(counts.built > 300 && counts.refused > 300, JSON.stringify(counts));
});

Deno.test("load() of an archive whose replacement stopped names a whole archive waiting beside it whose mod.js has a byte order mark", async () => {
  await withTempDir(async (dir) => {
    await save(join(dir, "new"), { v: 2 });
    const aside = join(dir, ".a.tmp-2-new");
    await Deno.rename(join(dir, "new"), aside);
    const mod = join(aside, "mod.js");
    await Deno.writeTextFile(mod, "\ufeff" + await Deno.readTextFile(mod));
    await assert.rejects(
      () => load(join(dir, "a")),
      new RegExp(`and a whole archive waits beside it: "${aside}"`),
    );
  });
});

Deno.test("load() of an archive whose replacement stopped between its two renames names the whole archives waiting beside it", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    // The state a save killed between its renames leaves: the old archive
    // renamed aside, the new one whole in its temporary folder, and no
    // target; a partial temporary folder of another save is not offered.
    await save(join(dir, "old"), { v: 1 });
    await save(join(dir, "new"), { v: 2 });
    await Deno.utime(join(dir, "old", "mod.js"), 1e9, 1e9); // 2001
    const oldAside = join(dir, ".a.tmp-1-old");
    const newAside = join(dir, ".a.tmp-2-new");
    await Deno.rename(join(dir, "old"), oldAside);
    await Deno.rename(join(dir, "new"), newAside);
    await Deno.mkdir(join(dir, ".a.tmp-3-partial"));
    await Deno.writeTextFile(join(dir, ".a.tmp-3-partial", "x.npy"), "");
    const started = performance.now();
    await assert.rejects(() => load(target), (error: NotFoundError) => {
      assert.ok(error instanceof NotFoundError);
      assert.equal(error.path, target);
      assert.match(
        error.message,
        new RegExp(
          `^Cannot load archive "${target}": the folder does not exist, but a save that was replacing it stopped between its two renames, ` +
            `and whole archives wait beside it, newest first: "${newAside}" \\(mod\\.js written 20\\d\\d-.*\\), ` +
            `"${oldAside}" \\(mod\\.js written 2001-09-09T01:46:40\\.000Z\\); rename the one to keep to "${target}"`,
        ),
      );
      assert.doesNotMatch(error.message, /partial/);
      return true;
    });
    assert.ok(performance.now() - started < 5000);
    await Deno.rename(newAside, target);
    assert.deepEqual(await load(target), { v: 2 });
    // With { backup: true } the replaced version waits in a.bak.
    await Deno.rename(target, join(dir, "a.bak"));
    await assert.rejects(
      () => load(target),
      new RegExp(
        `whole archives wait beside it, newest first: "${
          join(dir, "a.bak")
        }" .*, "${oldAside}"`,
      ),
    );
    // A save with backup sets the backup before aside too: it is offered.
    const olderBackup = join(dir, ".a.bak.tmp-9");
    await Deno.rename(oldAside, olderBackup);
    await assert.rejects(
      () => load(target),
      new RegExp(
        `whole archives wait beside it, newest first: "${
          join(dir, "a.bak")
        }" .*, "${olderBackup}" .*the newest is the save that stopped`,
      ),
    );
    // A folder that is simply missing keeps the plain message.
    await assert.rejects(
      () => load(join(dir, "b")),
      /^NotFoundError: Cannot load archive ".*\/b": the folder does not exist$/,
    );
  });
});

Deno.test({
  name:
    "load() of a missing archive on a terminal, with read on its folder only, fails without prompting for the parent",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = join(dir, "gone");
      const script = join(dir, "load.ts");
      await Deno.writeTextFile(
        script,
        `import { load } from ${
          JSON.stringify(pathToFileURL(join(ROOT, "mod.ts")).href)
        };
try { await load(${
          JSON.stringify(archive)
        }); } catch (e) { console.log("rejected:", (e as Error).name); }`,
      );
      // Deno prompts on a terminal for read on `dir` when load() lists it
      // for waiting archives; it must not ask.
      const { out, timedOut } = await onTerminal(
        [`--allow-read=${archive},${script}`, script],
        { prompt: true, timeout: 20 },
      );
      assert.ok(!timedOut, `load() waits at a prompt:\n${out}`);
      assert.doesNotMatch(out, /Deno requests/);
      assert.match(out, /rejected: NotFoundError/);
    });
  },
});
