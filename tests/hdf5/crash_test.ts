// Copyright 2026 the persist authors. MIT license.
// Crash safety and concurrency with real processes: a killed writer never
// leaves a torn HDF5 file, and readers never see a partial one.

import assert from "node:assert/strict";
import { join } from "node:path";
import { TEMP_MARK } from "../../lib/fs/mod.ts";
import { readHdf5, writeHdf5 } from "../../mod.ts";
import { Child } from "../_child.ts";
import { exists, killMidWrite } from "../_leftovers.ts";
import { withTempDir } from "../_util.ts";

const LOOP = new URL("./_write_loop.ts", import.meta.url).href;
const flags = (dir: string) => [
  `--allow-read=${dir}`,
  `--allow-write=${dir}`,
  "--allow-env",
];

/** Reads the file and checks it is one whole version written by the loop. */
async function assertWhole(path: string, label: string): Promise<number> {
  const who = await readHdf5(path, "who");
  const data = await readHdf5(path, "data");
  assert.equal(data.size, 1 << 16, label);
  const first = (data.data as Float64Array)[0];
  assert.ok(
    (data.data as Float64Array).every((x) => x === first),
    `${label}: mixed contents`,
  );
  return (who.data as Int32Array)[0];
}

Deno.test("writeHdf5() killed mid-write (SIGKILL, 8 times) leaves the previous file whole", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "a.h5");
    await writeHdf5(path, {
      who: new Int32Array([0]),
      data: new Float64Array(1 << 16).fill(0),
    });
    for (let round = 0; round < 8; round++) {
      const child = new Child(flags(dir), LOOP, [path, "1"]);
      await child.waitFor("ready");
      await new Promise((r) => setTimeout(r, 10 + (round * 17) % 80));
      await child.kill();
      await assertWhole(path, `round ${round}`);
    }
    // Killed writers may leave hidden temporary files, never a torn target.
    for await (const e of Deno.readDir(dir)) {
      assert.ok(e.name === "a.h5" || e.name.includes(TEMP_MARK), e.name);
    }
  });
});

Deno.test("readHdf5() never sees a partial file while two processes rewrite it", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "shared.h5");
    await using one = new Child(flags(dir), LOOP, [path, "1"]);
    await using two = new Child(flags(dir), LOOP, [path, "2"]);
    await one.waitFor("ready");
    await two.waitFor("ready");
    const seen = new Set<number>();
    const end = performance.now() + 1500;
    let reads = 0;
    while (performance.now() < end) {
      seen.add(await assertWhole(path, `read ${reads}`));
      reads++;
    }
    assert.ok(reads > 10, `only ${reads} reads`);
    assert.deepEqual([...seen].every((w) => w === 1 || w === 2), true);
  });
});

Deno.test("writeHdf5() removes the partial temporary file of a writeHdf5 killed with SIGKILL", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "x.h5");
    const flags = [
      `--allow-read=${dir}`,
      `--allow-write=${dir}`,
      "--allow-env",
    ];
    const partial = await killMidWrite(
      flags,
      ["h5", path, "64"],
      dir,
      ".x.h5.tmp-",
    );
    await writeHdf5(path, { b: new Float64Array([1, 2]) });
    assert.equal(await exists(partial), false, `${partial} is still there`);
    assert.deepEqual(
      (await readHdf5(path, "b")).data,
      new Float64Array([1, 2]),
    );
  });
});
