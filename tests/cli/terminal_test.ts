// Copyright 2026 the persist authors. MIT license.
// deno-lint-ignore-file no-control-regex -- terminal escape codes are what these tests check
// On a terminal the tool draws a progress bar and uses colours; NO_COLOR
// turns colours off, --quiet the progress bar, and without a terminal the
// output is plain text.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet, save } from "../../mod.ts";
import { HAS_NUMPY, onTerminal, withTempDir } from "../_util.ts";
import { CLI, persist, read } from "./_cli.ts";

const SGR = /\x1b\[\d+m/;
const PROGRESS = /\r\x1b\[2Kverify \S+ \[[#.]{20}\] \d+\/\d+ +\d+%/;

async function sample(dir: string): Promise<string> {
  const archive = join(dir, "run1");
  await save(archive, {
    a: new Float64Array(500),
    b: new Float64Array(600),
    c: new Float64Array(700),
  });
  return archive;
}

// The Python of the interop tests also runs the pseudo-terminal.
const ignore = !HAS_NUMPY;

Deno.test({
  name:
    "persist verify on a terminal draws a progress bar, erases it, and prints in colour",
  ignore,
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = await sample(dir);
      const { code, out } = await onTerminal([
        read(dir),
        CLI,
        "verify",
        archive,
      ]);
      assert.equal(code, 0, out);
      assert.match(out, PROGRESS);
      assert.match(out, /\r\x1b\[2K\x1b\[32mok\x1b\[39m: /);
    });
  },
});

Deno.test({
  name: "persist show on a terminal prints the table header in bold",
  ignore,
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = await sample(dir);
      const { out } = await onTerminal([read(dir), CLI, "show", archive]);
      assert.match(out, /\x1b\[1mNAME /);
    });
  },
});

Deno.test({
  name:
    "persist never prints colours with NO_COLOR set, and no progress bar with --quiet",
  ignore,
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = await sample(dir);
      let result = await onTerminal([read(dir), CLI, "verify", archive], {
        env: { NO_COLOR: "1" },
      });
      assert.doesNotMatch(result.out, SGR);
      assert.match(result.out, PROGRESS);
      result = await onTerminal([read(dir), CLI, "verify", archive, "--quiet"]);
      assert.doesNotMatch(result.out, /\x1b\[2K/);
      assert.match(result.out, /\x1b\[32mok/);
      // An error line on a terminal, in colour unless NO_COLOR.
      result = await onTerminal([read(dir), CLI, "show", join(dir, "x")]);
      assert.match(result.out, /^\x1b\[31mpersist show:\x1b\[39m Cannot show/);
      result = await onTerminal([read(dir), CLI, "show", join(dir, "x")], {
        env: { NO_COLOR: "1" },
      });
      assert.match(result.out, /^persist show: Cannot show/);
    });
  },
});

Deno.test({
  name:
    "persist verify and convert of a DataSet on a terminal draw progress per item, by name",
  ignore,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "runs");
      {
        await using ds = await DataSet.open(path, { mode: "w" });
        for (let i = 0; i < 3; i++) {
          await ds.insert(new Float64Array(500).fill(i));
        }
      }
      let { code, out } = await onTerminal([read(path), CLI, "verify", path]);
      assert.equal(code, 0, out);
      // Drawn at most every few milliseconds: the first item, and the end.
      assert.match(out, /verify \S+ \[\.{20}\] 0\/3 +0% +x_0\r/);
      assert.match(out, /verify \S+ \[#{20}\] 3\/3 100% *\r/);
      ({ code, out } = await onTerminal([
        read(path),
        `--allow-write=${path}`,
        "--allow-env",
        CLI,
        "convert",
        path,
        "--to",
        "hdf5",
      ]));
      assert.equal(code, 0, out);
      assert.match(out, /convert \S+ \[#{20}\] 3\/3 100% +x_2\r/);
      assert.match(out, /\r\x1b\[2Krewrote 3 of the 3 items of /);
    });
  },
});

Deno.test("persist prints plain text without a terminal: no colours, no progress bar", async () => {
  await withTempDir(async (dir) => {
    const archive = await sample(dir);
    for (
      const args of [["verify", archive], ["show", archive], [
        "show",
        join(dir, "x"),
      ]]
    ) {
      const { stdout, stderr } = await persist([read(dir)], args);
      assert.doesNotMatch(stdout + stderr, /\x1b|\r/);
    }
  });
});

Deno.test({
  name:
    "persist get on a terminal quotes and escapes a string holding ESC, BEL or U+202E, and prints other strings as they are",
  ignore,
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = join(dir, "evil");
      await save(archive, {
        evil: "file\u202etxt.exe \u001b[2J\u0007 done",
        fine: "two\nlines",
      });
      let { code, out } = await onTerminal([
        read(dir),
        CLI,
        "get",
        archive,
        "evil",
      ]);
      assert.equal(code, 0, out);
      assert.equal(
        out,
        '"file\\u202etxt.exe \\u001b[2J\\u0007 done"\r\n',
      );
      ({ code, out } = await onTerminal([
        read(dir),
        CLI,
        "get",
        archive,
        "fine",
      ]));
      assert.equal(code, 0, out);
      assert.equal(out, "two\r\nlines\r\n");
    });
  },
});
