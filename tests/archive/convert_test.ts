// Copyright 2026 the persist authors. MIT license.
// convert(): moves an archive's arrays between .npy files and one HDF5 file,
// atomically, keeping mod.js as written except for the array calls; values
// are unchanged; a killed conversion leaves a loadable archive; errors and
// permissions.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  convert,
  load,
  NDArray,
  NotFoundError,
  save,
  writeNpy,
} from "../../mod.ts";
import { Child } from "../_child.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { describeExports } from "./_describe.js";
import { convertInto } from "../../lib/archive/mod.ts";

const CONVERTER = new URL("./_converter.ts", import.meta.url).href;
const MOD = new URL("../../mod.ts", import.meta.url).href;

const names = (dir: string) =>
  [...Deno.readDirSync(dir)].map((e) => e.name).sort();

/** Values with arrays of several kinds, one of them shared. */
function sample(): Record<string, unknown> {
  const shared = new Float64Array(500).map((_, i) => Math.sin(i));
  return {
    label: "run 1",
    shared,
    nested: { again: shared, counts: new Int32Array(300).fill(-7) },
    m: new NDArray(new Float32Array(600).map((_, i) => i / 3), [20, 30], {
      order: "F",
    }),
    z: new NDArray(new Float64Array(400).map((_, i) => i), [200], {
      dtype: "<c16",
    }),
    words: new NDArray(Array.from({ length: 150 }, (_, i) => `w${i}é`), [
      10,
      15,
    ]),
    half: new Float16Array(200).map((_, i) => i / 8),
    flags: new NDArray(new Uint8Array(300).map((_, i) => i % 2), [300], {
      dtype: "|b1",
    }),
    small: new Float64Array([1, 2, 3]),
  };
}

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of names(dir)) {
    const bytes = await Deno.readFile(join(dir, name));
    out[name] = Array.from(
      new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)),
    ).map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  return out;
}

Deno.test("convert() to hdf5 gives the archive save() writes in HDF5, and back to npy the original files", async () => {
  await withTempDir(async (dir) => {
    const values = sample();
    const a = join(dir, "a");
    await save(a, values);
    await save(join(dir, "h"), values, { dataFormat: "hdf5" });
    const original = await files(a);

    const toHdf5 = await convert(a, { to: "hdf5" });
    assert.deepEqual(toHdf5, {
      changed: true,
      from: ["npy"],
      arrays: 7,
      bytes: 500 * 8 + 300 * 4 + 600 * 4 + 200 * 16 + 150 * 4 * 5 + 200 * 2 +
        300,
    });
    assert.deepEqual(names(a), ["_persist.js", "arrays.h5", "mod.js"]);
    assert.equal(
      await Deno.readTextFile(join(a, "mod.js")),
      await Deno.readTextFile(join(dir, "h", "mod.js")),
    );
    assert.deepEqual(describeExports(await load(a)), describeExports(values));

    const toNpy = await convert(a, { to: "npy" });
    assert.equal(toNpy.changed, true);
    assert.deepEqual(toNpy.from, ["hdf5"]);
    assert.deepEqual(await files(a), original);
    assert.deepEqual(names(dir), ["a", "h"]);
  });
});

Deno.test("convert() keeps hand edits, comments and class imports, and rewrites only the array calls", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    await save(a, {});
    await writeNpy(join(a, "samples.npy"), new Float64Array([1.5, 2.5, 3.5]));
    await writeNpy(
      join(a, "my grid.npy"),
      new NDArray(new Int16Array([1, 2, 3, 4, 5, 6]), [2, 3], { order: "F" }),
    );
    await Deno.writeTextFile(join(a, "notes.txt"), "measured on Tuesday\n");
    await Deno.mkdir(join(a, "extra"));
    await Deno.writeTextFile(join(a, "extra", "more.txt"), "more\n");
    const header = (await Deno.readTextFile(join(a, "mod.js"))).split(
      "\n\n",
    )[0];
    const body = (args: [string, string, string]) =>
      `${header}

// Edited by hand: the class is not registered anywhere.
import { array as read, ndarray } from "./_persist.js";
import { Probe } from "../lib/probe.js";

const rate = 0.5; /* Hz */
export const samples = await read${args[0]};
export const again = { s: await read${args[1]} };
export const grid = await ndarray${args[2]};
export const probe = new Probe(rate, samples);

// end of persist archive
`;
    const before = body([
      `( /* the samples */ "samples.npy" )`,
      `('samples.npy',)`,
      `(\n  "my grid.npy", // odd name\n)`,
    ]);
    await Deno.writeTextFile(join(a, "mod.js"), before);

    const result = await convert(a, { to: "hdf5" });
    assert.deepEqual([result.changed, result.arrays], [true, 2]);
    assert.equal(
      await Deno.readTextFile(join(a, "mod.js")),
      body([
        `("arrays.h5", { dataset: "samples" })`,
        `("arrays.h5", { dataset: "samples" })`,
        `("arrays.h5", { dataset: "my.grid" })`,
      ]),
    );
    assert.deepEqual(names(a), [
      "_persist.js",
      "arrays.h5",
      "extra",
      "mod.js",
      "notes.txt",
    ]);
    assert.equal(
      await Deno.readTextFile(join(a, "extra", "more.txt")),
      "more\n",
    );

    await convert(a, { to: "npy" });
    assert.equal(
      await Deno.readTextFile(join(a, "mod.js")),
      body([`("samples.npy")`, `("samples.npy")`, `("my.grid.npy")`]),
    );
    // The values themselves, through a module without the class.
    const text = await Deno.readTextFile(join(a, "mod.js"));
    await Deno.writeTextFile(
      join(a, "mod.js"),
      text.replace(/^import \{ Probe \}.*\n/m, "").replace(
        /^export const probe.*\n/m,
        "",
      ),
    );
    const back = await load(a);
    assert.deepEqual(back.samples, new Float64Array([1.5, 2.5, 3.5]));
    // Two calls read the file twice: equal arrays, not one shared array.
    assert.deepEqual((back.again as { s: unknown }).s, back.samples);
    const grid = back.grid as NDArray;
    assert.deepEqual([grid.order, grid.shape, grid.get(1, 2)], [
      "F",
      [2, 3],
      6,
    ]);
  });
});

Deno.test("convert() leaves an archive already in the target format, or without arrays, untouched", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    await save(a, sample());
    const before = await Deno.stat(join(a, "mod.js"));
    assert.deepEqual(await convert(a, { to: "npy" }), {
      changed: false,
      from: ["npy"],
      arrays: 0,
      bytes: 0,
    });
    const after = await Deno.stat(join(a, "mod.js"));
    assert.deepEqual([after.ino, after.mtime], [before.ino, before.mtime]);

    await save(join(dir, "b"), { x: [1, 2] });
    assert.deepEqual(await convert(join(dir, "b"), { to: "hdf5" }), {
      changed: false,
      from: [],
      arrays: 0,
      bytes: 0,
    });
    assert.deepEqual(names(dir), ["a", "b"]);
  });
});

Deno.test("convert() refuses what is not an archive and formats it does not know", async () => {
  await withTempDir(async (dir) => {
    await assert.rejects(convert(join(dir, "none"), { to: "hdf5" }), {
      name: "NotFoundError",
      message: `Cannot convert "${
        join(dir, "none")
      }": the folder does not exist`,
    });
    await Deno.mkdir(join(dir, "plain"));
    await Deno.writeTextFile(
      join(dir, "plain", "mod.js"),
      "export const x = 1;",
    );
    const error = await convert(join(dir, "plain"), { to: "hdf5" }).catch((
      e,
    ) => e);
    assert.ok(error instanceof NotFoundError);
    assert.match(error.message, /it is not a persist archive/);
    await save(join(dir, "a"), sample());
    await assert.rejects(convert(join(dir, "a"), { to: "zarr" as "npy" }), {
      name: "TypeError",
      message:
        'Cannot use dataFormat "zarr": it is not an array format; use "npy" or "hdf5"',
    });
  });
});

Deno.test("convert() converts an archive whose mod.js an editor gave a byte order mark", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, sample());
    const mod = join(archive, "mod.js");
    await Deno.writeTextFile(mod, "\ufeff" + await Deno.readTextFile(mod));
    const before = describeExports(await load(archive));
    await convert(archive, { to: "hdf5" });
    assert.ok(names(archive).includes("arrays.h5"));
    assert.deepEqual(describeExports(await load(archive)), before);
  });
});

Deno.test("convert() of an archive with a missing array file fails with its position and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    await save(a, sample());
    await Deno.remove(join(a, "z.npy"));
    const before = await files(a);
    await assert.rejects(convert(a, { to: "hdf5" }), {
      name: "NotFoundError",
      message: new RegExp(
        `^Cannot load "${join(a, "mod.js")}:\\d+:\\d+": the array file "${
          join(a, "z.npy")
        }" does not exist; the archive is incomplete$`,
      ),
    });
    assert.deepEqual(await files(a), before);
    assert.deepEqual(names(dir), ["a"]);
  });
});

Deno.test("convert() refuses to replace an unused file the new array file needs", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    await save(a, sample());
    await Deno.writeTextFile(join(a, "arrays.h5"), "not mine");
    await assert.rejects(convert(a, { to: "hdf5" }), {
      name: "AlreadyExists",
      message: /the folder holds "arrays\.h5", which mod\.js does not use/,
    });
    assert.equal(await Deno.readTextFile(join(a, "arrays.h5")), "not mine");
    assert.deepEqual(names(dir), ["a"]);
  });
});

Deno.test("convert() with backup keeps the archive as it was in <dir>.bak", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    const values = sample();
    await save(a, values);
    const before = await files(a);
    await convert(a, { to: "hdf5", backup: true });
    assert.deepEqual(names(dir), ["a", "a.bak"]);
    assert.deepEqual(await files(join(dir, "a.bak")), before);
    assert.deepEqual(describeExports(await load(a)), describeExports(values));
  });
});

Deno.test("convert() reports progress per array and stops when aborted, changing nothing", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    await save(a, sample());
    const before = await files(a);
    const seen: [number, number][] = [];
    const controller = new AbortController();
    await assert.rejects(
      convert(a, {
        to: "hdf5",
        signal: controller.signal,
        onProgress: (done, total) => {
          seen.push([done, total]);
          if (done === 3) controller.abort();
        },
      }),
      { name: "AbortError" },
    );
    assert.deepEqual(seen, [[1, 7], [2, 7], [3, 7]]);
    assert.deepEqual(await files(a), before);
    assert.deepEqual(names(dir), ["a"]);
  });
});

Deno.test("convert() refuses to install over an archive replaced meanwhile", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    const newer = join(dir, "newer");
    await save(a, sample());
    await save(newer, { newer: true });
    let replaced = false;
    await assert.rejects(
      convert(a, {
        to: "hdf5",
        // onProgress is not awaited: replace the archive synchronously, as
        // another process's save() does with its renames.
        onProgress: () => {
          if (replaced) return;
          replaced = true;
          Deno.renameSync(a, join(dir, "old"));
          Deno.renameSync(newer, a);
        },
      }),
      { name: "Busy", message: /it was replaced while being converted/ },
    );
    assert.ok(replaced);
    assert.deepEqual(await load(a), { newer: true });
    assert.deepEqual(names(dir), ["a", "old"]);
  });
});

Deno.test("convert() killed at random moments leaves a loadable archive with the same values", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    const values = {
      ...sample(),
      big: Array.from(
        { length: 6 },
        (_, k) => new Float64Array(100_000).map((_, i) => i * k),
      ),
    };
    await save(a, values);
    const expected = describeExports(values);
    const flags = [
      `--allow-read=${dir}`,
      `--allow-write=${dir}`,
      "--allow-env",
    ];
    for (let round = 0; round < 8; round++) {
      const converter = new Child(flags, CONVERTER, [a]);
      await converter.waitFor("ready");
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 300));
      await converter.kill("SIGKILL");
      await converter[Symbol.asyncDispose]();
      if (!names(dir).includes("a")) {
        // Killed between the two renames: the previous archive waits,
        // whole, in a hidden folder beside the target (see installArchive).
        const aside = names(dir).filter((n) => n.startsWith(".a.tmp-"));
        let restored = false;
        for (const name of aside) {
          if (restored) break;
          try {
            assert.deepEqual(
              describeExports(await load(join(dir, name))),
              expected,
            );
            await Deno.rename(join(dir, name), a);
            restored = true;
          } catch (error) {
            if (error instanceof assert.AssertionError) throw error;
          }
        }
        assert.ok(restored, `no archive and none aside: ${names(dir)}`);
      }
      assert.deepEqual(
        describeExports(await load(a)),
        expected,
        `round ${round}`,
      );
    }
  });
});

const script = (body: string) =>
  `data:application/typescript,${
    encodeURIComponent(`import { convert, load } from "${MOD}";\n${body}`)
  }`;
const report =
  `catch (e) { console.log(JSON.stringify({ name: e.name, message: e.message })); }`;

Deno.test("convert() works with --allow-env and read/write on the archive's parent folder only", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "runs", "a");
    await save(a, sample());
    const result = await runDeno(
      [
        `--allow-read=${join(dir, "runs")}`,
        `--allow-write=${join(dir, "runs")}`,
        "--allow-env",
        "--allow-import",
      ],
      script(
        `const { changed } = await convert(${
          JSON.stringify(a)
        }, { to: "hdf5" });
console.log(changed, (await load(${JSON.stringify(a)})).shared.length);`,
      ),
    );
    assert.equal(result.stderr, "");
    assert.equal(result.stdout.trim(), "true 500");
  });
});

Deno.test("convert() without write permission, or without --allow-env for HDF5, fails with NotCapable and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    await save(a, sample());
    const before = await files(a);
    for (
      const [flags, message] of [
        [[`--allow-read=${dir}`, "--allow-env"], /Requires write access/],
        [[`--allow-read=${dir}`, `--allow-write=${dir}`], /--allow-env/],
      ] as const
    ) {
      const result = await runDeno(
        [...flags, "--allow-import"],
        script(
          `try { await convert(${
            JSON.stringify(a)
          }, { to: "hdf5" }); } ${report}`,
        ),
      );
      const error = JSON.parse(result.stdout);
      assert.equal(error.name, "NotCapable", result.stderr);
      assert.match(error.message, message);
      assert.deepEqual(await files(a), before);
      assert.deepEqual(names(dir), ["a"]);
    }
  });
});

Deno.test("convertInto() writes a converted copy into an empty folder and leaves the archive as it is", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, sample());
    const before = await Deno.readTextFile(join(archive, "mod.js"));
    const into = join(dir, "copy");
    await Deno.mkdir(into);
    const result = await convertInto(archive, into, { to: "hdf5" });
    assert.equal(result.changed, true);
    assert.deepEqual(names(into), ["_persist.js", "arrays.h5", "mod.js"]);
    assert.deepStrictEqual(await load(into), await load(archive));
    assert.equal(await Deno.readTextFile(join(archive, "mod.js")), before);
    assert.deepEqual(names(dir), ["a", "copy"]);
    // Nothing to convert: the target is not touched.
    const again = join(dir, "again");
    assert.equal(
      (await convertInto(archive, again, { to: "npy" })).changed,
      false,
    );
    assert.deepEqual(names(dir), ["a", "copy"]);
    // A folder that holds something is refused, and no temporary is left.
    await assert.rejects(
      () => convertInto(archive, into, { to: "hdf5" }),
      Deno.errors.AlreadyExists,
    );
    assert.deepEqual(names(dir), ["a", "copy"]);
  });
});

Deno.test("convert() of a path ending in /. or /.. converts the folder it names", async () => {
  await withTempDir(async (dir) => {
    const a = join(dir, "a");
    await save(a, sample());
    await Deno.mkdir(join(a, "sub"));
    const first = await convert(`${a}/.`, { to: "hdf5" });
    assert.equal(first.changed, true);
    const second = await convert(`${a}/sub/..`, { to: "npy" });
    assert.equal(second.changed, true);
    assert.deepEqual(names(dir), ["a"]);
    assert.deepStrictEqual(
      describeExports(await load(a)),
      describeExports(sample()),
    );
  });
});
