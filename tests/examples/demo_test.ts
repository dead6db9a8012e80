// Copyright 2026 the persist authors. MIT license.
// The demo runs with read and write permission on its own folder only, and
// permission to run Deno itself (its DataSet writers are processes).

import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, runDeno, withTempDir } from "../_util.ts";

Deno.test("the demo saves, prints mod.js, loads back and shows an archive, and fills a DataSet from 4 processes, with permissions on its folder only", async () => {
  await withTempDir(async (dir) => {
    const folder = join(dir, "demo");
    const { code, stdout, stderr } = await runDeno(
      [
        `--allow-read=${folder}`,
        `--allow-write=${folder}`,
        `--allow-run=${Deno.execPath()}`,
      ],
      join(ROOT, "examples", "demo.ts"),
      [folder],
    );
    assert.equal(code, 0, stderr);
    assert.equal(stderr, "");
    assert.match(
      stdout,
      /^export const signal = await array\("signal\.npy"\);$/m,
    );
    assert.match(
      stdout,
      /^ {2}signal: Float64Array\(4000000\), signal\[123456\] === true$/m,
    );
    assert.match(stdout, /shared objects stay shared/);
    assert.match(
      stdout,
      /^signal +Float64Array +\(4000000,\) +<f8 +30\.5 MiB +in signal\.npy$/m,
    );
    assert.match(stdout, /^ok: .*run1: 3 files checked$/m);
    // Four writer processes, six items each, every name given once.
    const given = [...stdout.matchAll(/^ {2}writer (\d) got (.*)$/gm)];
    assert.deepEqual(given.map((m) => m[1]).sort(), ["0", "1", "2", "3"]);
    const names = given.flatMap((m) => m[2].split(" "));
    assert.deepEqual(
      names.sort(),
      Array.from({ length: 24 }, (_, i) => `x_${i}`).sort(),
    );
    assert.match(stdout, /^.*demo\/runs: DataSet, format 1, 24 items$/m);
    assert.match(stdout, /^x_23 +\{ writer: \d, mu: [\d.]+, pid: \d+ \}$/m);
    assert.match(stdout, /^ok: .*runs: 24 items, 51 files checked$/m);
    assert.deepEqual(
      [...Deno.readDirSync(folder)].map((e) => e.name).sort(),
      ["run1", "runs"],
    );
  });
});
