// Copyright 2026 the persist authors. MIT license.
// Sparse arrays: written as Object.assign(new Array(length), { index: value })
// when their holes outnumber their elements (isSparse()), read back alike by
// load() and by import() in another process, hand edits included, and saved
// without reading every slot.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Archive, ArchiveSyntaxError, load, save } from "../../mod.ts";
import { evaluate } from "../../lib/archive/mod.ts";
import { emit } from "../../lib/archive/_emit.ts";
import { walk } from "../../lib/archive/_graph.ts";
import { NPY_FORMAT } from "../../lib/archive/array_store.ts";
import { withTempDir } from "../_util.ts";
import { describeExports } from "./_describe.js";
import { importInChild, writeHandWritten } from "./_hand_written.ts";
import { setupClasses } from "./_corpus.ts";

/** An array of `length` slots holding only `entries`. */
function sparse(length: number, entries: Record<number, unknown>): unknown[] {
  const array: unknown[] = [];
  array.length = length;
  for (const [k, v] of Object.entries(entries)) array[Number(k)] = v;
  return array;
}

/** The statements of a module: without its header and end lines. */
function body(text: string): string {
  const lines = text.split("\n");
  return lines.slice(4, lines.indexOf("// end of persist archive") - 1)
    .join("\n");
}

function textOf(values: Record<string, unknown>): string {
  const archive = new Archive();
  archive.insert(values);
  return body(archive.toString());
}

Deno.test("Archive.toString() writes sparse arrays as Object.assign(new Array(length), { index: value })", () => {
  const shared = { s: "shared" };
  const cycle = sparse(5000, { 1000: "x" });
  cycle[4999] = cycle;
  assert.equal(
    textOf({
      two: sparse(1e8, { 0: 1, 99999999: 2 }),
      none: new Array(100),
      kinds: sparse(1000, {
        3: -0,
        200: undefined,
        500: null,
        600: 7n,
        700: "seven hundred",
        800: { x: [1, 2] },
      }),
      refs: sparse(200, { 10: shared, 20: shared }),
      cycle,
      literal: [1, , 3],
    }),
    `export const two = Object.assign(new Array(100000000), {
  0: 1,
  99999999: 2,
});
export const none = new Array(100);
export const kinds = Object.assign(new Array(1000), {
  3: -0,
  200: undefined,
  500: null,
  600: 7n,
  700: "seven hundred",
  800: { x: [1, 2] },
});
const _v1 = { s: "shared" };
export const refs = Object.assign(new Array(200), { 10: _v1, 20: _v1 });
export const cycle = Object.assign(new Array(5000), {
  1000: "x",
  4999: null,
});
export const literal = [1, , 3];

// Cycles: these statements point back to objects defined above.
cycle[4999] = cycle;`,
  );
});

Deno.test("Archive.toString() writes an array in compact form when its holes number more than 8 per element plus 64", () => {
  // Four elements: 8 * (4 + 8) = 96 holes are a literal, 97 are not.
  const four = { 0: 1, 1: 2, 2: 3, 3: 4 };
  assert.match(textOf({ a: sparse(100, four) }), /^export const a = \[\n/);
  assert.equal(
    textOf({ a: sparse(101, four) }),
    "export const a = Object.assign(new Array(101), { 0: 1, 1: 2, 2: 3, 3: 4 });",
  );
  // No elements: 64 holes are a literal, 65 are new Array(65).
  assert.match(textOf({ a: new Array(64) }), /^export const a = \[\n/);
  assert.equal(textOf({ a: new Array(65) }), "export const a = new Array(65);");
  // A constant named Array would hide the built-in: it is exported by name.
  assert.equal(
    textOf({ Array: new Array(65) }),
    "const _v1 = new Array(65);\n\nexport { _v1 as Array };",
  );
});

Deno.test("emit() writes the same text for a sparse array whether its walk met the elements by index or by key", () => {
  // Elements before the point where the walk switches to keys, and after.
  const shared = { s: 1 };
  const array = sparse(100_000, { 0: shared, 1: [shared], 50_000: shared });
  array[99_999] = array;
  const options = { arrayThreshold: 100, ref: NPY_FORMAT.ref, single: false };
  const emitted = emit(walk([{ name: "a", value: array }]), options);
  const text = new TextDecoder().decode(emitted.chunks[1]);
  assert.equal(
    text,
    "const _v1 = { s: 1 };\nexport const a = Object.assign(new Array(100000), {\n" +
      "  0: _v1,\n  1: [_v1],\n  50000: _v1,\n  99999: null,\n});\n",
  );
});

Deno.test("save() then load() and import() rebuild sparse arrays exactly: elements of every kind, shared objects, cycles, length 2^32 - 1", async () => {
  await withTempDir(async (root) => {
    const classes = await setupClasses(root);
    const shared = { s: "shared" };
    const cycle = sparse(5000, { 1000: "x" });
    cycle[4999] = cycle;
    const huge = sparse(2 ** 32 - 1, { 7: shared });
    huge[2 ** 32 - 2] = huge;
    const holder: { list: unknown[] } = { list: sparse(100, { 50: 1 }) };
    holder.list[60] = holder;
    const vec = new classes.Vec();
    vec[200_000] = shared;
    vec[5] = vec;
    (vec as unknown as Record<string, unknown>).label = "v";
    const values = {
      mixed: sparse(1000, {
        3: -0,
        200: undefined,
        500: null,
        600: 7n,
        700: new Map([[1, shared]]),
        800: new Float64Array(20).fill(1.5),
        900: NaN,
      }),
      cycle,
      huge,
      holder,
      vec,
      none: new Array(1_000_000),
      nested: sparse(300, { 0: shared, 299: [cycle] }),
    };
    const dir = join(root, "a");
    await save(dir, values, { arrayThreshold: 8 });
    const expected = describeExports(values);
    assert.deepEqual(describeExports(await load(dir)), expected);
    const imported = await importInChild(root, [dir]);
    assert.deepEqual(imported[dir], expected);
  });
});

Deno.test("save() of an array of length 10^8 holding two elements writes a mod.js of a few hundred bytes, which load() and import() read back", async () => {
  await withTempDir(async (root) => {
    const a = sparse(1e8, { 0: 1, [1e8 - 1]: 2 });
    const dir = join(root, "a");
    await save(dir, { a });
    const { size } = await Deno.stat(join(dir, "mod.js"));
    assert.ok(size < 400, `mod.js has ${size} bytes`);
    const loaded = (await load(dir)).a as unknown[];
    assert.equal(loaded.length, 1e8);
    assert.deepEqual(Object.keys(loaded), ["0", "99999999"]);
    assert.deepEqual([loaded[0], loaded[1e8 - 1]], [1, 2]);
    const imported = await importInChild(root, [dir]);
    assert.deepEqual(imported[dir], describeExports({ a }));
  });
});

Deno.test("save() reads only the elements of a sparse array, not every slot", async () => {
  await withTempDir(async (root) => {
    const target = sparse(1e8, { 0: 1, 5: { x: 1 }, [1e8 - 1]: 2 });
    let reads = 0;
    const counted = new Proxy(target, {
      get(t, key, receiver) {
        reads++;
        return Reflect.get(t, key, receiver);
      },
      has(t, key) {
        reads++;
        return Reflect.has(t, key);
      },
    });
    await save(join(root, "a"), { a: counted });
    assert.ok(reads < 10_000, `${reads} reads`);
    assert.deepEqual(
      describeExports(await load(join(root, "a"))),
      describeExports({ a: target }),
    );
  });
});

Deno.test("save() counts a sparse array as two levels of nesting (Object.assign( and {)", async () => {
  await withTempDir(async (root) => {
    /** `levels` arrays, each the only element of the one outside it. */
    const chain = (levels: number): unknown => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    // The root array is one level as a literal: 999 more fit under it.
    await save(join(root, "literal"), { a: [chain(999)] });
    // Compact, it is two: the same elements are one level too deep.
    for (const at of [0, 999]) {
      await assert.rejects(
        save(join(root, `compact${at}`), {
          a: sparse(1000, { [at]: chain(999) }),
        }),
        (error: Error) => {
          assert.equal(error.name, "RangeError");
          assert.match(error.message, /nested more than 1000 levels deep/);
          return true;
        },
      );
    }
    const dir = join(root, "fits");
    await save(dir, { a: sparse(1000, { 0: chain(998) }) });
    let value = ((await load(dir)).a as unknown[])[0];
    let levels = 0;
    for (; Array.isArray(value); levels++) value = value[0];
    assert.deepEqual([levels, value], [998, 1]);
  });
});

Deno.test("save() counts every one of nested sparse arrays as two levels, also when each is found sparse after its first element", async () => {
  await withTempDir(async (root) => {
    /** `levels` sparse arrays, each holding the next at index 0. */
    const nest = (levels: number): unknown => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = sparse(1000, { 0: value });
      return value;
    };
    const dir = join(root, "fits");
    await save(dir, { v: nest(500) }); // 1000 levels
    let value = (await load(dir)).v;
    let levels = 0;
    for (; Array.isArray(value); levels++) value = value[0];
    assert.deepEqual([levels, value], [500, 1]);
    // One more was saved before, and then load() refused the archive and
    // import() overflowed Deno's stack.
    await assert.rejects(
      save(join(root, "deeper"), { v: nest(501) }),
      (error: Error) => {
        assert.equal(error.name, "RangeError");
        assert.match(error.message, /nested more than 1000 levels deep/);
        return true;
      },
    );
  });
});

/** Hand-written module bodies, each read by load() and import() alike. */
const HAND_EDITS: [string, string][] = [
  [
    "a longer length",
    "export const a = Object.assign(new Array(10), { 1: 1 });",
  ],
  [
    "an added entry",
    "export const a = Object.assign(new Array(1000), { 0: 1, 500: 2, 999: 3 });",
  ],
  [
    "an entry at or past the length (the array grows)",
    'export const a = Object.assign(new Array(2), { 5: "x", 2: "y" });',
  ],
  [
    "an entry at the last index of a short array",
    "export const a = Object.assign(new Array(3), { 4294967294: 1 });",
  ],
  [
    "keys in other forms, and one given twice",
    "export const a = Object.assign(new Array(2000), " +
    '{ "7": 1, 0x10: 2, 1e3: 3, 1_5: 4, .0: 5, 1.0: 6, 8: "a", 8: "b", 9n: 7 });',
  ],
  [
    "white space, comments and trailing commas",
    "export const a = Object . assign ( /* sparse */ new Array ( 5 ) ,\n" +
    "  { 1: 1, // one\n  } , );",
  ],
  [
    "constants as elements, shared",
    "const s = { a: 1 };\nexport const a = Object.assign(new Array(100), { 1: s, 2: s, 3: [s] });\nexport const t = s;",
  ],
  [
    "elements of every kind",
    "export const a = Object.assign(new Array(50), " +
    '{ 0: -0, 1: undefined, 2: NaN, 3: 1n, 4: new Map([[1, 2]]), 5: new Date(0), 6: "s", 7: null });',
  ],
  ["no entries", "export const a = Object.assign(new Array(5), {});"],
  [
    "new Array on its own",
    "export const a = new Array(0);\nexport const b = new Array(-0);\n" +
    "export const c = new Array(4294967295);\nexport const d = new Array(1e9);",
  ],
  [
    "a statement that sets an element past the length",
    "export const a = Object.assign(new Array(10), { 1: 1 });\na[20] = a;",
  ],
  [
    "a sparse array inside other values",
    "export const a = { list: Object.assign(new Array(100), { 9: [Object.assign(new Array(3), { 1: 1 })] }) };",
  ],
  [
    "a Set of a sparse array (the holes give one undefined)",
    "export const a = new Set(Object.assign(new Array(1000000), { 0: 1, 9: 2, 999999: 3 }));\n" +
    "export const b = new Set(Object.assign(new Array(3), { 1: 1, 2: undefined }));",
  ],
];

Deno.test("load() reads hand-edited sparse arrays as import() does", async () => {
  await withTempDir(async (root) => {
    const dirs: string[] = [];
    for (const [i, [, source]] of HAND_EDITS.entries()) {
      const dir = join(root, `e${i}`);
      await writeHandWritten(dir, source);
      dirs.push(dir);
    }
    const imported = await importInChild(root, dirs);
    for (const [i, [what]] of HAND_EDITS.entries()) {
      assert.deepEqual(
        describeExports(await load(dirs[i])),
        imported[dirs[i]],
        what,
      );
    }
  });
});

Deno.test("load() builds a Set of a sparse array of length 2^32 - 1 from its elements, without reading every slot", async () => {
  const { a } = await evaluate(
    "export const a = new Set(Object.assign(new Array(4294967295), { 0: 1, 9: 2, 4294967294: 3 }));",
  );
  assert.deepEqual(a, new Set([1, undefined, 2, 3]));
});

/** Refused forms: the position of "@" is the line and column given. */
const REFUSED: [string, string, RegExp][] = [
  [
    "a length past 2^32 - 1",
    "export const a = new Array(@4294967296);",
    /4294967296 is not an array length \(a whole number from 0 to 4294967295\); import\(\) would throw a RangeError/,
  ],
  [
    "a fractional length",
    "export const a = Object.assign(new Array(@1.5), { 0: 1 });",
    /1\.5 is not an array length/,
  ],
  [
    "a negative length",
    "export const a = new Array(@-1);",
    /-1 is not an array length/,
  ],
  [
    "a NaN length",
    "export const a = new Array(@NaN);",
    /NaN is not an array length/,
  ],
  [
    "a string length",
    'export const a = new Array(@"3");',
    /new Array\(\) takes one length \(a whole number from 0 to 4294967295\); write elements as an array literal: \[a, b\]/,
  ],
  [
    "two arguments",
    "export const a = new Array(@1, 2);",
    /new Array\(\) takes one length/,
  ],
  [
    "no length",
    "export const a = new Array(@);",
    /new Array\(\) takes one length/,
  ],
  [
    "a key past the last index",
    "export const a = Object.assign(new Array(3), { @4294967295: 1 });",
    /"4294967295" is not an array index \(a whole number from 0 to 4294967294, written without leading zeros\)/,
  ],
  [
    "a key with a leading zero",
    'export const a = Object.assign(new Array(3), { 1: 1, @"01": 1 });',
    /"01" is not an array index/,
  ],
  [
    "a fractional key",
    "export const a = Object.assign(new Array(3), { @1.5: 1 });",
    /"1\.5" is not an array index/,
  ],
  [
    "a named key",
    "export const a = Object.assign(new Array(3), { @length: 1 });",
    /an element of a sparse array is written index: value/,
  ],
  [
    "a spread",
    "const o = { 1: 1 };\nexport const a = Object.assign(new Array(3), { @...o });",
    /spread \(\.\.\.\) is not in the subset/,
  ],
  [
    "a constant as the elements",
    "const o = { 1: 1 };\nexport const a = Object.assign(new Array(3), @o);",
    /an object literal of the elements, \{ index: value, … \}, as the second argument/,
  ],
  [
    "an array literal as the target",
    "export const a = @Object.assign([], { 1: 1 });",
    /"Object" is not in the subset; .*Object\.assign\(new Array\(length\), \{ index: value, … \}\), for a sparse array/,
  ],
  [
    "a third argument",
    "export const a = Object.assign(new Array(3), { 1: 1 }, @{ 2: 2 });",
    /unexpected "\{" where "\)" was expected/,
  ],
  [
    "a constant named Array",
    "const Array = 1;\nexport const a = new Array@(3);",
    /this module declares "Array", so "new Array" here would not be the built-in array/,
  ],
];

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

for (const [what, source, message] of REFUSED) {
  Deno.test(`load() refuses a sparse array with ${what}, giving its line and column`, async () => {
    const { text, line, column } = marked(source);
    const error = await evaluate(text, { path: "run/mod.js" }).then(
      () => assert.fail(`accepted: ${text}`),
      (e) => e,
    );
    assert.ok(error instanceof ArchiveSyntaxError, String(error));
    assert.match(error.message, message);
    assert.deepEqual([error.line, error.column], [line, column], error.message);
    assert.ok(
      error.message.startsWith(`Cannot load "run/mod.js:${line}:${column}": `),
      error.message,
    );
  });
}

Deno.test("import() refuses the lengths load() refuses, with a RangeError", async () => {
  await withTempDir(async (root) => {
    const dirs: string[] = [];
    for (const length of ["4294967296", "1.5", "-1", "NaN"]) {
      const dir = join(root, `l${dirs.length}`);
      await writeHandWritten(dir, `export const a = new Array(${length});`);
      dirs.push(dir);
    }
    const imported = await importInChild(root, dirs);
    for (const dir of dirs) {
      assert.deepEqual(imported[dir], {
        error: "RangeError: Invalid array length",
      });
    }
  });
});
