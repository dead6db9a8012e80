// Copyright 2026 the persist authors. MIT license.
// Saving is atomic: a writer killed at any moment never leaves a partial
// archive at the target, and readers of an archive being replaced see one
// whole version. Permissions: save() and load() work with access to their
// folders only, and report missing access.

import assert from "node:assert/strict";
import { basename, join } from "node:path";
import { load, NotFoundError, save } from "../../mod.ts";
import { Child } from "../_child.ts";
import { runDeno, withTempDir } from "../_util.ts";

const WRITER = new URL("./_writer.ts", import.meta.url).href;
const MOD = new URL("../../mod.ts", import.meta.url).href;

/** Checks that an archive written by _writer.ts is one whole version. */
function assertWhole(values: Record<string, unknown>) {
  const version = values.version as number;
  const samples = values.samples as Float64Array;
  assert.equal(samples.length, 200_000);
  assert.ok(
    samples.every((x) => x === version),
    `mixed samples in version ${version}`,
  );
  assert.deepEqual(values.list, [version, String(version)]);
}

for (const dataFormat of ["npy", "hdf5"] as const) {
  /** The flags a user needs: the folder, and for HDF5 the environment (h5wasm). */
  const flagsFor = (
    dir: string,
  ) => [
    `--allow-read=${dir}`,
    `--allow-write=${dir}`,
    ...(dataFormat === "hdf5" ? ["--allow-env"] : []),
  ];

  Deno.test(`save({ dataFormat: "${dataFormat}" }) killed at random moments never leaves a partial archive at the target`, async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, "a");
      const flags = flagsFor(dir);
      for (let round = 0; round < 8; round++) {
        const writer = new Child(flags, WRITER, [target, "200000", dataFormat]);
        await writer.waitFor("ready");
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 200));
        await writer.kill("SIGKILL");
        await writer[Symbol.asyncDispose]();
        const names = [...Deno.readDirSync(dir)].map((e) => e.name);
        if (names.includes("a")) {
          assertWhole(await load(target));
        } else {
          // Killed between the two renames of a replacement: the previous
          // archive waits, whole, in a hidden folder beside the target.
          const whole: string[] = [];
          for (const name of names.filter((n) => n.startsWith(".a.tmp-"))) {
            try {
              assertWhole(await load(join(dir, name)));
              whole.push(name);
            } catch (error) {
              // a partly built temporary folder
              if (error instanceof assert.AssertionError) throw error;
            }
          }
          assert.ok(
            whole.length > 0,
            `no target and no whole archive aside: ${names}`,
          );
          // load() says where they are.
          await assert.rejects(
            () => load(target),
            (error: Error) =>
              error instanceof NotFoundError &&
              whole.every((name) => error.message.includes(join(dir, name))),
          );
          await Deno.rename(join(dir, whole[0]), target);
        }
      }
    });
  });

  Deno.test(`load() while another process replaces the archive (dataFormat "${dataFormat}") sees whole versions only`, async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, "a");
      await using writer = new Child(flagsFor(dir), WRITER, [
        target,
        "200000",
        dataFormat,
      ]);
      await writer.waitFor("ready");
      let whole = 0;
      const versions = new Set<number>();
      for (let i = 0; i < 60; i++) {
        try {
          const values = await load(target);
          assertWhole(values);
          versions.add(values.version as number);
          whole++;
        } catch (error) {
          // Between the two renames the target briefly does not exist.
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
      assert.ok(whole >= 50, `only ${whole} of 60 loads found the archive`);
      assert.ok(versions.size > 1, "the writer made no progress");
    });
  });
}

const script = (body: string) =>
  `data:application/typescript,${
    encodeURIComponent(`import { load, save } from "${MOD}";\n${body}`)
  }`;

Deno.test("save() and load() work with --allow-read and --allow-write on their folder only", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "runs", "a");
    const result = await runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`, "--allow-import"],
      script(
        `await save(${
          JSON.stringify(target)
        }, { x: 1, y: new Float64Array(500).fill(2) });
const { x, y } = await load(${JSON.stringify(target)});
console.log(x, y.length, y[499]);`,
      ),
    );
    assert.equal(result.stderr, "");
    assert.equal(result.stdout.trim(), "1 500 2");
  });
});

Deno.test("load() works with --allow-read on the archive folder alone", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    await runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`, "--allow-import"],
      script(
        `await save(${
          JSON.stringify(target)
        }, { y: new Int32Array(300).fill(7) });`,
      ),
    );
    const result = await runDeno(
      [`--allow-read=${target}`, "--allow-import"],
      script(
        `const { y } = await load(${
          JSON.stringify(target)
        }); console.log(y[299]);`,
      ),
    );
    assert.equal(result.stderr, "");
    assert.equal(result.stdout.trim(), "7");
  });
});

Deno.test("save() without write permission fails with Deno's permission error and creates nothing", async () => {
  await withTempDir(async (dir) => {
    const result = await runDeno(
      [`--allow-read=${dir}`, "--allow-import"],
      script(`try { await save(${JSON.stringify(join(dir, "a"))}, { x: 1 }); }
catch (e) { console.log(e.name); }`),
    );
    assert.equal(result.stdout.trim(), "NotCapable");
    assert.deepEqual([...Deno.readDirSync(dir)], []);
  });
});

Deno.test("load() without read permission fails with Deno's permission error", async () => {
  await withTempDir(async (dir) => {
    const result = await runDeno(
      [`--allow-write=${dir}`, "--allow-import"],
      script(`try { await load(${JSON.stringify(dir)}); }
catch (e) { console.log(e.name); }`),
    );
    assert.equal(result.stdout.trim(), "NotCapable");
  });
});

Deno.test("concurrent overwriting saves, some with backup, leave a whole archive, no hidden folders, and only clear errors", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "t");
    await save(target, { writer: -1, round: -1, data: new Float64Array(300) });
    const writers = [0, 1, 2, 3].map((writer) =>
      runDeno(
        [`--allow-read=${dir}`, `--allow-write=${dir}`, "--allow-import"],
        script(`const errors = [];
for (let round = 0; round < 25; round++) {
  try {
    await save(${JSON.stringify(target)}, {
      writer: ${writer},
      round,
      data: new Float64Array(300).fill(${writer} * 100 + round),
    }, { overwrite: true, backup: ${writer % 2 === 1} });
  } catch (e) { errors.push(e.name + ": " + e.message); }
}
console.log(JSON.stringify(errors));`),
      )
    );
    const allowed = [
      `Interrupted: Cannot save an archive to "${target}": another save replaced or removed it meanwhile; try again`,
      `Interrupted: Cannot save an archive to "${target}.bak": another save replaced or removed it meanwhile; try again`,
    ];
    // A save that lost its rename to another keeps the archive it had set
    // aside, and names where: in t.bak, or (when that is taken) in its
    // hidden folder, which is then a whole archive too.
    const keptIn = new RegExp(
      `^${
        escape(allowed[0])
      } \\(the archive that was there before is kept in "(.*)"\\)$`,
    );
    const kept: string[] = [];
    for (const result of await Promise.all(writers)) {
      assert.equal(result.stderr, "");
      for (const error of JSON.parse(result.stdout) as string[]) {
        const match = keptIn.exec(error);
        if (match !== null) {
          if (match[1] !== `${target}.bak`) kept.push(match[1]);
        } else assert.ok(allowed.includes(error), error);
      }
    }
    for (const folder of [target, `${target}.bak`, ...kept]) {
      const values = await load(folder);
      const { writer, round, data } = values as {
        writer: number;
        round: number;
        data: Float64Array;
      };
      assert.ok(
        data.every((x) => x === (writer < 0 ? 0 : writer * 100 + round)),
        `${folder}: data of another save`,
      );
    }
    const names = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
    assert.deepEqual(
      names,
      ["t", "t.bak", ...kept.map((path) => basename(path))].sort(),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
