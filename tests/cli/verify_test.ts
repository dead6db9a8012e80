// Copyright 2026 the persist authors. MIT license.
// persist verify, run as a user runs it, on whole and damaged archives and
// on NumPy's .npy files.

import assert from "node:assert/strict";
import { basename, join } from "node:path";
import { DataSet, NDArray, save } from "../../mod.ts";
import { killMidWrite } from "../_leftovers.ts";
import { FIXTURES, runDeno, withTempDir } from "../_util.ts";
import { lines, persist, read, write } from "./_cli.ts";

async function sample(dir: string): Promise<string> {
  const archive = join(dir, "run1");
  await save(archive, {
    a: new Float64Array(500).fill(1.5),
    b: new NDArray(new Int32Array(600), [20, 30]),
    c: { note: "small" },
  });
  return archive;
}

function verify(dir: string, archive: string, ...more: string[]) {
  return persist([read(dir)], ["verify", archive, ...more]);
}

Deno.test("persist verify passes a whole archive with exit code 0", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const { code, stdout, stderr } = await verify(dir, archive);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, "");
    assert.equal(stdout, `ok: ${archive}: 3 files checked\n`);
  });
});

Deno.test("persist verify of an archive a stopped replacement left missing names the whole archive waiting beside it (exit code 3)", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    // What a save killed between its two renames leaves: no target, the
    // old archive whole in a hidden folder beside it.
    const aside = join(dir, `.${basename(archive)}.tmp-1234-5`);
    await Deno.rename(archive, aside);
    const { code, stderr } = await verify(dir, archive);
    assert.equal(code, 3);
    assert.equal(
      stderr.replace(/written [^)]+\)/, "written T)"),
      `persist verify: Cannot verify "${archive}": there is no such file or folder, but a save that was replacing it ` +
        `stopped between its two renames, and a whole archive waits beside it: "${aside}" (mod.js written T); ` +
        `rename it to "${archive}" to restore it\n`,
    );
  });
});

Deno.test("persist verify reports a truncated mod.js, naming the file (exit code 4)", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const mod = join(archive, "mod.js");
    const text = await Deno.readTextFile(mod);
    await Deno.writeTextFile(mod, text.slice(0, Math.floor(text.length * 0.6)));
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 4);
    const out = lines(stdout);
    assert.match(
      out[0],
      new RegExp(
        `^${mod}: error: Cannot verify "${mod}": it ends without its last line "// end of persist archive", so it is truncated`,
      ),
    );
    assert.equal(out.at(-1), `FAILED: ${archive}: 3 files checked, 1 error`);
  });
});

Deno.test("persist verify reports an empty mod.js and a missing mod.js", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const mod = join(archive, "mod.js");
    await Deno.writeTextFile(mod, "");
    let result = await verify(dir, archive);
    assert.equal(result.code, 4);
    assert.match(result.stdout, new RegExp(`^${mod}: error: `));
    await Deno.remove(mod);
    result = await verify(dir, archive);
    // Without mod.js the folder is no archive at all.
    assert.equal(result.code, 4);
    assert.match(result.stderr, /the folder holds no mod\.js/);
  });
});

Deno.test("persist verify reports every problem, each with its file: missing .npy, damaged header, extra bytes", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    await Deno.remove(join(archive, "a.npy"));
    const b = join(archive, "b.npy");
    const bytes = await Deno.readFile(b);
    bytes.set(new TextEncoder().encode("{'descr': '<q9'"), 10);
    await Deno.writeFile(b, bytes);
    await Deno.writeFile(join(dir, "junk.npy"), new Uint8Array(3));
    const { code, stdout } = await verify(dir, archive, "--json");
    assert.equal(code, 4);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(report.problems.map((p: { file: string }) => p.file), [
      join(archive, "a.npy"),
      b,
    ]);
    assert.match(
      report.problems[0].message,
      /mod\.js:\d+:\d+ reads it, but it does not exist/,
    );
    assert.match(
      report.problems[1].message,
      new RegExp(`^Cannot read "${b}": `),
    );
  });
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const a = join(archive, "a.npy");
    await Deno.writeFile(a, new Uint8Array(8), { append: true });
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 4);
    assert.match(
      stdout,
      new RegExp(
        `^${a}: error: Cannot verify "${a}": it has 8 bytes after the 4000 data bytes its header promises`,
        "m",
      ),
    );
  });
});

Deno.test("persist verify reports a truncated .npy file", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const a = join(archive, "a.npy");
    await Deno.truncate(a, 1000);
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 4);
    assert.match(
      stdout,
      new RegExp(
        `^${a}: error: Cannot read "${a}": the file ends after 872 of 4000 data bytes`,
        "m",
      ),
    );
  });
});

Deno.test("persist verify reports a syntax error in an edited mod.js with its line and column", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const mod = join(archive, "mod.js");
    const text = await Deno.readTextFile(mod);
    await Deno.writeTextFile(mod, text.replace('"small"', '"small" + 1'));
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 4);
    const line = text.split("\n").findIndex((l) => l.includes('"small"')) + 1;
    assert.match(
      stdout,
      new RegExp(`^${mod}: error: Cannot load "${mod}:${line}:\\d+": `, "m"),
    );
  });
});

Deno.test("persist verify warns about array files nobody reads and a missing header line, and still passes", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    await Deno.copyFile(join(archive, "a.npy"), join(archive, "old.npy"));
    const mod = join(archive, "mod.js");
    const text = await Deno.readTextFile(mod);
    await Deno.writeTextFile(mod, text.slice(text.indexOf("\n") + 1));
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 0);
    const out = lines(stdout);
    assert.match(
      out[0],
      new RegExp(
        `^${mod}: warning: "${mod}" does not start with "// persist archive, format 1"`,
      ),
    );
    assert.match(
      out[1],
      new RegExp(
        `^${join(archive, "old.npy")}: warning: .* is not read by mod\\.js`,
      ),
    );
    assert.equal(out[2], `ok: ${archive}: 3 files checked, 2 warnings`);
  });
});

Deno.test("persist verify reports a missing _persist.js, which import() needs", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    await Deno.remove(join(archive, "_persist.js"));
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 4);
    assert.match(
      stdout,
      /_persist\.js: error: Cannot find .*: mod\.js imports it, so import\(\) of the archive fails/,
    );
  });
});

Deno.test("persist verify reports a missing _persist.js imported with single quotes, and ignores one named in a comment", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    await Deno.remove(join(archive, "_persist.js"));
    const mod = join(archive, "mod.js");
    const text = await Deno.readTextFile(mod);
    await Deno.writeTextFile(
      mod,
      text.replace('"./_persist.js"', "'./_persist.js'"),
    );
    const single = await verify(dir, archive);
    assert.equal(single.code, 4);
    assert.match(
      single.stdout,
      /_persist\.js: error: Cannot find .*: mod\.js imports it, so import\(\) of the archive fails/,
    );
    const plain = join(dir, "plain");
    await save(plain, { x: 1 });
    const plainMod = join(plain, "mod.js");
    await Deno.writeTextFile(
      plainMod,
      (await Deno.readTextFile(plainMod)).replace(
        "export const x",
        '// import { array } from "./_persist.js";\nexport const x',
      ),
    );
    const commented = await verify(dir, plain);
    assert.equal(commented.code, 0, commented.stdout);
    assert.equal(commented.stdout, `ok: ${plain}: 1 file checked\n`);
  });
});

Deno.test("persist verify refuses numeric separators that import() refuses", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "a");
    await save(archive, { x: 1 });
    const mod = join(archive, "mod.js");
    const text = await Deno.readTextFile(mod);
    await Deno.writeTextFile(
      mod,
      text.replace("export const x = 1;", "export const x = 1__0n;"),
    );
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 4);
    assert.match(
      stdout,
      new RegExp(
        `^${mod}: error: Cannot load "${mod}:\\d+:19": a numeric separator "_" must stand between two digits`,
        "m",
      ),
    );
  });
});

Deno.test("persist verify --json gives path, kind, ok, checked and problems", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    const { code, stdout } = await verify(dir, archive, "--json");
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      path: archive,
      kind: "archive",
      ok: true,
      checked: ["mod.js", "a.npy", "b.npy"].map((f) => join(archive, f)),
      problems: [],
    });
  });
});

Deno.test("persist verify passes NumPy's .npy files and fails damaged ones, naming them", async () => {
  for (
    const name of [
      "f8_2x3",
      "f8_be",
      "f8_fortran_3x4",
      "U5_strings",
      "f8_v3_header",
      "f8_empty_0x3",
    ]
  ) {
    const path = join(FIXTURES, "npy", `${name}.npy`);
    const { code, stdout } = await persist([read(path)], ["verify", path]);
    assert.equal(code, 0, `${name}: ${stdout}`);
    assert.equal(stdout, `ok: ${path}: 1 file checked\n`);
  }
  for (const name of ["bad_truncated", "bad_huge_shape", "object_pickle"]) {
    const path = join(FIXTURES, "npy", `${name}.npy`);
    const { code, stdout } = await persist([read(path)], ["verify", path]);
    assert.equal(code, 4, name);
    assert.match(
      stdout,
      new RegExp(`^${path}: error: Cannot read "${path}": `),
    );
  }
});

Deno.test("persist verify of a missing path exits with 3", async () => {
  await withTempDir(async (dir) => {
    const { code, stderr } = await verify(dir, join(dir, "nope"));
    assert.equal(code, 3);
    assert.match(
      stderr,
      /^persist verify: Cannot verify ".*nope": there is no such file or folder/,
    );
  });
});

Deno.test("persist verify finds nothing wrong with a DataSet that two writer processes change meanwhile", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    const writers = [0, 1].map(() =>
      runDeno(
        [read(tmp), write(tmp)],
        new URL("./_churn_writer.ts", import.meta.url).href,
        [path, "5000"],
      )
    );
    const found: string[] = [];
    const warned = new Set<string>();
    let seen = 0; // the most items a run saw: verify overlapped the writes
    try {
      for (let run = 0; run < 8; run++) {
        const { code, stdout } = await persist([read(path)], [
          "verify",
          path,
          "--json",
        ]);
        const report = JSON.parse(stdout);
        seen = Math.max(seen, report.items);
        for (const p of report.problems) {
          if (p.severity === "error") found.push(`${code}: ${p.message}`);
          else warned.add(p.file);
        }
        if (code !== 0 && report.problems.length === 0) found.push(stdout);
      }
    } finally {
      for (const w of await Promise.all(writers)) {
        assert.match(w.stdout, /^writes [1-9]/);
      }
    }
    assert.deepEqual(found, []);
    assert.ok(seen > 0, "no verify run saw an item");
    // A warning may name an old version a writer was removing right then:
    // gone once the writers are done. A folder still there was no leftover.
    const still = [...warned].filter((file) => {
      try {
        Deno.statSync(file);
        return true;
      } catch {
        return false;
      }
    });
    assert.deepEqual(still, []);
  });
});

Deno.test("persist verify warns about every unlisted item folder but one <name>~<seq + 1> (a commit under way)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "ds");
    {
      await using ds = await DataSet.open(path, { mode: "w" });
      await ds.set("a", 1); // seq 1
    }
    const items = join(path, "items");
    for (const dir of ["a~2", "a~2-2", "a~2-3"]) {
      await Deno.mkdir(join(items, dir));
      await Deno.copyFile(
        join(items, "a~1", "mod.js"),
        join(items, dir, "mod.js"),
      );
    }
    const { code, stdout } = await verify(dir, path);
    assert.equal(code, 0);
    const warned = lines(stdout).filter((line) => line.includes("leftover"));
    assert.deepEqual(warned.map((line) => line.split(":")[0]).sort(), [
      join(items, "a~2-2"),
      join(items, "a~2-3"),
    ]);
  });
});

Deno.test("persist verify warns about the hidden temporaries beside an archive, saying what each is and how to remove it", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    // A replacement killed between its two renames: the old archive aside.
    await save(join(dir, "old"), { x: 1 });
    const aside = join(dir, ".run1.tmp-k2j3h4");
    await Deno.rename(join(dir, "old"), aside);
    // A save killed in the middle of its array file.
    const partial = await killMidWrite(
      [read(dir), write(dir)],
      ["save", join(dir, "run2"), "96"],
      dir,
      ".run2.tmp-",
    );
    const dead = join(dir, `.run1${partial.slice(partial.indexOf(".tmp-"))}`);
    await Deno.rename(partial, dead);
    // An empty one nobody has locked yet (its writer may be starting).
    const starting = join(dir, ".run1.tmp-ffff6666.part");
    await Deno.mkdir(starting);
    const { code, stdout } = await verify(dir, archive);
    assert.equal(code, 0, stdout);
    const out = lines(stdout);
    assert.equal(out.length, 4, stdout);
    assert.deepEqual(
      out.slice(0, 3).sort(),
      [
        `${starting}: warning: "${starting}" is an empty temporary folder that nobody holds a lock on yet (a save or write may be starting); ` +
        `saves beside it remove it once it is a minute old, or, when none is running, remove it now: rm -r "${starting}"`,
        `${aside}: warning: "${aside}" is a hidden folder holding a whole archive, left by a save or convert that was interrupted ` +
        "(the version it replaced, or a new one it had not yet put in place); saves never remove it: " +
        `to keep it, rename it (to "${archive}" after moving the current one away), otherwise remove it: rm -r "${aside}"`,
        `${dead}: warning: "${dead}" is a partly written temporary folder that a killed save, convert or write left; ` +
        `the next save or write beside it removes it, or remove it now: rm -r "${dead}"`,
      ].sort(),
    );
    assert.equal(out[3], `ok: ${archive}: 3 files checked, 3 warnings`);
  });
});
