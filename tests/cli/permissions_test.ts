// Copyright 2026 the persist authors. MIT license.
// The tool works with the narrow flags its help names, and a missing
// permission is one line naming the flag to add, with exit code 6.

import assert from "node:assert/strict";
import { join } from "node:path";
import { save } from "../../mod.ts";
import { withTempDir } from "../_util.ts";
import { clientFlags, freeSocket, SOCKETS } from "../daemon/_daemon.ts";
import { persist, read } from "./_cli.ts";

Deno.test("persist show, get and verify work with --allow-read on the archive alone", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, { a: new Float64Array(200), b: "x" });
    for (
      const args of [["show", archive], ["get", archive, "b"], [
        "verify",
        archive,
      ]]
    ) {
      const { code, stderr } = await persist([read(archive)], args);
      assert.equal(code, 0, `${args[0]}: ${stderr}`);
    }
  });
});

Deno.test("persist show without read permission exits with 6 and names the flag to add", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, { a: 1 });
    for (const command of ["show", "get", "verify"]) {
      const { code, stdout, stderr } = await persist([], [command, archive]);
      assert.equal(code, 6);
      assert.equal(stdout, "");
      assert.equal(
        stderr,
        `persist ${command}: Cannot read "${archive}": Deno denied read access; run again with --allow-read=${archive}\n`,
      );
    }
  });
});

Deno.test("persist verify reports a denied array file as a permission error, not as damage", async () => {
  await withTempDir(async (dir) => {
    const archive = join(dir, "run1");
    await save(archive, { a: new Float64Array(200) });
    const file = join(archive, "a.npy");
    const { code, stdout, stderr } = await persist(
      [read(archive), `--deny-read=${file}`],
      ["verify", archive],
    );
    assert.equal(code, 6);
    assert.equal(stdout, "");
    assert.equal(
      stderr,
      `persist verify: Cannot read "${file}": Deno denied read access; run again with --allow-read=${file}\n`,
    );
  });
});

Deno.test("persist locks without net permission exits with 6 and names the flag to add", async () => {
  const socket = SOCKETS[0];
  await freeSocket(socket);
  const flags = clientFlags(socket).filter((f) => !f.startsWith("--allow-net"));
  const { code, stderr } = await persist(flags, ["locks", "--socket", socket]);
  assert.equal(code, 6);
  assert.equal(
    stderr,
    `persist locks: Cannot connect to "unix:${socket}": Deno denied net access; run again with --allow-net=unix:${socket}\n`,
  );
});
