// Copyright 2026 the persist authors. MIT license.
// Operating system errors of DataSet writes name the DataSet, the file and
// what to do, and keep their class.

import assert from "node:assert/strict";
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { CONFIG, python, withTempDir } from "../_util.ts";

Deno.test("DataSet.insert() with a file in the way of its staging folder names the DataSet and keeps the error class", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    await Deno.remove(join(path, ".staging"), { recursive: true });
    await Deno.writeTextFile(join(path, ".staging"), "in the way");
    await using ds = await DataSet.open(path, { mode: "w" });
    const error = await ds.insert(1).then(() => undefined, (e) => e);
    assert.ok(error instanceof Error);
    assert.ok(Object.values(Deno.errors).includes(error.constructor as never));
    assert.match(
      error.message,
      new RegExp(`^Cannot insert into DataSet "${path}": .*\\.staging`),
    );
  });
});

Deno.test("DataSet.insert() past the file size limit (EFBIG) names the DataSet, the folder and what to do", async () => {
  await withTempDir(async (tmp) => {
    const path = join(tmp, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    // A 1 MiB file size limit, SIGXFSZ ignored: writes fail with EFBIG.
    const out = await python(
      `
import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
os.execv(sys.argv[1], sys.argv[1:])
`,
      [
        Deno.execPath(),
        "run",
        "--quiet",
        "--no-prompt",
        `--config=${CONFIG}`,
        `--allow-read=${tmp}`,
        `--allow-write=${tmp}`,
        new URL("./_big_inserter.ts", import.meta.url).href,
        path,
        "2000000",
      ],
    );
    assert.match(
      out.trim(),
      new RegExp(
        `^Error: Cannot insert into DataSet "${path}": Cannot write the new item into "${path}/\\.staging/[^"]+": File too large \\(os error 27\\); free disk space \\(or raise the file size limit or quota\\), then try again$`,
      ),
    );
  });
});
