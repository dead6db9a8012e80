// Copyright 2026 the persist authors. MIT license.
// The demo runs with read and write permission on its own folder only.

import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, runDeno, withTempDir } from "../_util.ts";

Deno.test("the demo saves, prints mod.js, loads back and shows an archive, with permissions on its folder only", async () => {
  await withTempDir(async (dir) => {
    const folder = join(dir, "demo");
    const { code, stdout, stderr } = await runDeno(
      [`--allow-read=${folder}`, `--allow-write=${folder}`],
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
    assert.deepEqual(
      [...Deno.readDirSync(folder)].map((e) => e.name),
      ["run1"],
    );
  });
});
