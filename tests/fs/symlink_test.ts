// Copyright 2026 the persist authors. MIT license.
// Data folders are often symbolic links (/data -> /mnt/disk1). Deno checks
// `FsFile.stat()` against the real path of the open file, so a process
// allowed to read and write only the link's path must never need it.

import assert from "node:assert/strict";
import { join } from "node:path";
import { runDeno, symlink, withTempDir } from "../_util.ts";

const SCRIPT = new URL("./_through_link.ts", import.meta.url).href;

Deno.test("npy, archives, DataSets, Chests and HDF5 work in a folder reached through a symbolic link, with permissions on the link's path only", async () => {
  await withTempDir(async (dir) => {
    const real = join(dir, "real");
    const link = join(dir, "link");
    await Deno.mkdir(real);
    await symlink(real, link);
    const result = await runDeno(
      [`--allow-read=${link}`, `--allow-write=${link}`, "--allow-env"],
      SCRIPT,
      [link, "hdf5"],
    );
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      npy: [1, 2, 3],
      header: [3],
      archive: [200, 7],
      dataset: [["x_0", "x_1"], "second"],
      item: 2,
      chest: [[4, 5], { v: "one" }],
      hdf5: [[2, 2], [1, 2, 3, 4]],
    });
    // The files are in the real folder.
    for (const name of ["a.npy", "a.h5", "archive", "runs", "chest"]) {
      await Deno.lstat(join(real, name));
    }
  });
});
