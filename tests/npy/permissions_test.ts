// Copyright 2026 the persist authors. MIT license.
// The npy codec works with read/write permission on its folder alone, and a
// missing permission is reported, never swallowed.

import assert from "node:assert/strict";
import { join } from "node:path";
import { runDeno, withTempDir } from "../_util.ts";

const MOD = new URL("../../mod.ts", import.meta.url).href;
const script = (body: string) =>
  `data:application/typescript,${
    encodeURIComponent(`import { readNpy, writeNpy } from "${MOD}";\n${body}`)
  }`;

Deno.test("writeNpy() and readNpy() work with --allow-read and --allow-write on one folder only", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "a.npy");
    const result = await runDeno(
      [`--allow-read=${dir}`, `--allow-write=${dir}`, "--allow-import"],
      script(`await writeNpy(${JSON.stringify(file)}, new Float64Array([1, 2]));
console.log((await readNpy(${JSON.stringify(file)})).data.join(","));`),
    );
    assert.equal(result.stderr, "");
    assert.equal(result.stdout.trim(), "1,2");
  });
});

Deno.test("readNpy() without read permission fails with Deno's permission error", async () => {
  await withTempDir(async (dir) => {
    const result = await runDeno(
      [`--allow-write=${dir}`, "--allow-import"],
      script(`try { await readNpy(${JSON.stringify(join(dir, "a.npy"))}); }
catch (e) { console.log(e.name); }`),
    );
    assert.equal(result.stdout.trim(), "NotCapable");
  });
});

Deno.test("writeNpy() without write permission fails and creates nothing", async () => {
  await withTempDir(async (dir) => {
    const result = await runDeno(
      [`--allow-read=${dir}`, "--allow-import"],
      script(
        `try { await writeNpy(${
          JSON.stringify(join(dir, "a.npy"))
        }, new Uint8Array(3)); }
catch (e) { console.log(e.name); }`,
      ),
    );
    assert.equal(result.stdout.trim(), "NotCapable");
    assert.deepEqual([...Deno.readDirSync(dir)], []);
  });
});
