// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { join } from "node:path";
import { readNpy, writeNpy } from "../../mod.ts";
import { atomicWrite, TEMP_MARK } from "../../lib/fs/mod.ts";
import { Child } from "../_child.ts";
import { exists, killMidWrite, LEFTOVER_WRITER } from "../_leftovers.ts";
import { CONFIG, python, withTempDir } from "../_util.ts";

const LOOP = new URL("./_write_loop.ts", import.meta.url).href;

Deno.test("atomicWrite() writes chunks in order and leaves no temporary file", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "f.bin");
    await atomicWrite(path, [new Uint8Array([1, 2]), new Uint8Array([3])]);
    assert.deepEqual(await Deno.readFile(path), new Uint8Array([1, 2, 3]));
    await atomicWrite(path, new Uint8Array([9]), { sync: false });
    assert.deepEqual(await Deno.readFile(path), new Uint8Array([9]));
    const names = [];
    for await (const e of Deno.readDir(dir)) names.push(e.name);
    assert.deepEqual(names, ["f.bin"]);
  });
});

Deno.test("atomicWrite() leaves the old file intact when writing fails", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "f.bin");
    await atomicWrite(path, new Uint8Array([1]));
    const bad = {
      length: 1,
      [Symbol.iterator]: () => [new Uint8Array([2]), null][Symbol.iterator](),
    };
    await assert.rejects(atomicWrite(path, bad as unknown as Uint8Array[]));
    assert.deepEqual(await Deno.readFile(path), new Uint8Array([1]));
    const names = [];
    for await (const e of Deno.readDir(dir)) names.push(e.name);
    assert.deepEqual(names, ["f.bin"]);
  });
});

Deno.test("atomicWrite() killed mid-write (SIGKILL, 15 times) never leaves a torn file", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "f.bin");
    for (let round = 0; round < 15; round++) {
      const child = new Child(
        [`--allow-read=${dir}`, `--allow-write=${dir}`],
        LOOP,
        [path],
      );
      await child.waitFor("ready");
      await new Promise((r) => setTimeout(r, 20 + (round * 13) % 60));
      await child.kill();
      const bytes = await Deno.readFile(path);
      assert.equal(
        bytes.length,
        4 << 20,
        `round ${round}: torn length ${bytes.length}`,
      );
      assert.ok(
        bytes.every((b) => b === bytes[0]),
        `round ${round}: mixed contents`,
      );
    }
    // Killed writers may leave temp files (never the target torn); they are recognisable.
    for await (const e of Deno.readDir(dir)) {
      assert.ok(e.name === "f.bin" || e.name.includes(TEMP_MARK), e.name);
    }
  });
});

Deno.test("atomicWrite() creates a file with 0o666 less the umask, so a DataSet in a group folder stays group-writable", async () => {
  await withTempDir(async (dir) => {
    const ds = join(dir, "runs");
    const file = join(dir, "new.txt");
    const out = await python(
      "import os, sys\nos.umask(0o002)\nos.execv(sys.argv[1], sys.argv[1:])",
      [
        Deno.execPath(),
        "run",
        "--quiet",
        "--no-prompt",
        `--config=${CONFIG}`,
        `--allow-read=${dir}`,
        `--allow-write=${dir}`,
        new URL("./_umask_run.ts", import.meta.url).href,
        ds,
        file,
      ],
    );
    assert.deepEqual(out.trim().split("\n"), [
      `${join(ds, "index.jsonl")} 664`,
      `${join(ds, "mod.js")} 664`,
      `${file} 664`,
    ]);
  });
});

Deno.test("atomicWrite() keeps the mode of the file it replaces", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "a.txt");
    await Deno.writeTextFile(path, "old\n");
    await Deno.chmod(path, 0o660);
    await atomicWrite(path, new TextEncoder().encode("new\n"));
    assert.equal(Deno.statSync(path).mode! & 0o777, 0o660);
    assert.equal(await Deno.readTextFile(path), "new\n");
  });
});

Deno.test("atomicWrite() gives new contents the permission bits only, not set-user-ID, set-group-ID or sticky", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "tool");
    await Deno.writeTextFile(path, "old\n");
    await Deno.chmod(path, 0o4755);
    await atomicWrite(path, new TextEncoder().encode("new\n"));
    assert.equal(Deno.statSync(path).mode! & 0o7777, 0o755);
  });
});

Deno.test("atomicWrite() replaces a symlink that loops, with a new file", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "loop");
    // Deno.symlink() needs unscoped permissions; Python makes the link.
    const { code } = await new Deno.Command("/usr/bin/python3", {
      args: [
        "-c",
        "import os, sys; os.symlink(sys.argv[1], sys.argv[1])",
        path,
      ],
    }).output();
    assert.equal(code, 0);
    await atomicWrite(path, new TextEncoder().encode("new\n"));
    assert.ok(Deno.lstatSync(path).isFile);
    assert.equal(await Deno.readTextFile(path), "new\n");
  });
});

Deno.test("writeNpy() removes the partial temporary file of a writeNpy killed with SIGKILL", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "x.npy");
    const flags = [`--allow-read=${dir}`, `--allow-write=${dir}`];
    const partial = await killMidWrite(
      flags,
      ["npy", path, "96"],
      dir,
      ".x.npy.tmp-",
    );
    await writeNpy(path, new Float64Array([1, 2]));
    assert.equal(await exists(partial), false, `${partial} is still there`);
    assert.deepEqual((await readNpy(path)).data, new Float64Array([1, 2]));
  });
});

Deno.test("atomicWrite() leaves alone the temporary file another live process holds, and removes it once that process is killed", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "f.bin");
    const child = new Child(
      [`--allow-read=${dir}`, `--allow-write=${dir}`],
      LEFTOVER_WRITER,
      ["holdfile", path],
    );
    let temp: string;
    try {
      await child.waitFor("holding");
      const names = [...Deno.readDirSync(dir)].map((e) => e.name);
      assert.equal(names.length, 1, String(names));
      temp = join(dir, names[0]);
      await atomicWrite(path, new Uint8Array([1]));
      assert.ok(await exists(temp), "the live temporary went");
    } finally {
      await child.kill("SIGKILL");
      await child[Symbol.asyncDispose]();
    }
    await atomicWrite(path, new Uint8Array([2]));
    assert.equal(await exists(temp), false, `${temp} is still there`);
    assert.deepEqual(await Deno.readFile(path), new Uint8Array([2]));
  });
});
