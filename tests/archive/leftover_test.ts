// Copyright 2026 the persist authors. MIT license.
// What a killed save() leaves beside the archive, and who removes it: the
// next save or convert beside it removes temporaries nobody holds a lock on
// unless they hold a whole archive; a live writer's temporary is left alone.

import assert from "node:assert/strict";
import { join } from "node:path";
import { convert, load, save } from "../../mod.ts";
import { Child } from "../_child.ts";
import { exists, killMidWrite, LEFTOVER_WRITER } from "../_leftovers.ts";
import { runDeno, withTempDir } from "../_util.ts";

const MOD = new URL("../../mod.ts", import.meta.url).href;
const flags = (dir: string) => [`--allow-read=${dir}`, `--allow-write=${dir}`];

Deno.test("save() removes the partial temporary folder of a save killed with SIGKILL", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    const partial = await killMidWrite(
      flags(dir),
      ["save", target, "96"],
      dir,
      ".a.tmp-",
    );
    await save(target, { x: 1 }, { overwrite: true });
    assert.equal(await exists(partial), false, `${partial} is still there`);
    assert.equal((await load(target)).x, 1);
  });
});

Deno.test("convert() removes the partial temporary folder of a save killed with SIGKILL", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    const partial = await killMidWrite(
      flags(dir),
      ["save", target, "96"],
      dir,
      ".a.tmp-",
    );
    if (!(await exists(target))) {
      await save(join(dir, "b"), { y: new Float64Array(200) });
      await Deno.rename(join(dir, "b"), target);
    }
    await convert(target, { to: "npy" });
    assert.equal(await exists(partial), false, `${partial} is still there`);
  });
});

Deno.test("save() leaves alone the temporary folder another live process holds, and a save after that process is killed removes it", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    const child = new Child(flags(dir), LEFTOVER_WRITER, ["hold", target]);
    let temp: string;
    try {
      await child.waitFor("holding");
      const names = [...Deno.readDirSync(dir)].map((e) => e.name);
      assert.equal(names.length, 1, String(names));
      temp = join(dir, names[0]);
      await save(target, { x: 1 });
      assert.ok(await exists(join(temp, "a.npy")), "the live temporary went");
    } finally {
      await child.kill("SIGKILL");
      await child[Symbol.asyncDispose]();
    }
    // A later job, with the flags a user gives save().
    const result = await runDeno(
      flags(dir),
      `data:application/typescript,${
        encodeURIComponent(
          `import { save } from "${MOD}";\nawait save(${
            JSON.stringify(target)
          }, { x: 2 }, { overwrite: true });`,
        )
      }`,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(await exists(temp), false, `${temp} is still there`);
    assert.equal((await load(target)).x, 2);
  });
});

Deno.test("save() keeps hidden folders holding whole archives and removes partial ones", async () => {
  await withTempDir(async (dir) => {
    const target = join(dir, "a");
    const archive = async (name: string, x: number) => {
      await save(join(dir, "src"), { x, y: new Float64Array(500) });
      await Deno.rename(join(dir, "src"), join(dir, name));
      return join(dir, name);
    };
    // A replacement killed between its two renames: the old archive aside.
    const aside = await archive(".a.tmp-k2j3h4", 1);
    // The same, of an archive edited by hand that lost its end line.
    const edited = await archive(".a.tmp-m5n6p7", 2);
    const mod = join(edited, "mod.js");
    await Deno.writeTextFile(
      mod,
      (await Deno.readTextFile(mod)).replace("// end of persist archive", ""),
    );
    // A save killed after it finished the archive, before putting it in place.
    const finished = await archive(".a.tmp-q8r9s0.part", 3);
    // A save killed while writing mod.js, and one killed in its array file.
    const torn = await archive(".a.tmp-t1u2v3.part", 4);
    await Deno.writeTextFile(
      join(torn, "mod.js"),
      (await Deno.readTextFile(join(torn, "mod.js"))).slice(0, 60),
    );
    const partial = join(dir, ".a.tmp-w4x5y6.part");
    await Deno.mkdir(partial);
    await Deno.writeFile(join(partial, "y.npy"), new Uint8Array(1000));
    // An older version's partial folder (no lock): kept while recent,
    // removed once an hour old.
    const recent = join(dir, ".a.tmp-z7a8b9");
    await Deno.mkdir(recent);
    await Deno.writeFile(join(recent, "y.npy"), new Uint8Array(1000));
    const stale = join(dir, ".a.tmp-c1d2e3");
    await Deno.mkdir(stale);
    await Deno.writeFile(join(stale, "y.npy"), new Uint8Array(1000));
    const old = new Date(Date.now() - 2 * 3600_000);
    await Deno.utime(join(stale, "y.npy"), old, old);
    await Deno.utime(stale, old, old);

    await save(target, { x: 5 });
    const left = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
    assert.deepEqual(left, [
      ".a.tmp-k2j3h4",
      ".a.tmp-m5n6p7",
      ".a.tmp-q8r9s0.part",
      ".a.tmp-z7a8b9",
      "a",
    ]);
    assert.equal((await load(aside)).x, 1);
    assert.equal((await load(finished)).x, 3);
  });
});
