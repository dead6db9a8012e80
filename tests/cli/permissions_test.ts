// Copyright 2026 the persist authors. MIT license.
// The tool works with the narrow flags its help names, and a missing
// permission is one line naming the flag to add, with exit code 6.

import assert from "node:assert/strict";
import { join } from "node:path";
import { save } from "../../mod.ts";
import { FIXTURES, HAS_PYTHON, onTerminal, withTempDir } from "../_util.ts";
import { clientFlags, freeSocket, SOCKETS } from "../daemon/_daemon.ts";
import { CLI, persist, read } from "./_cli.ts";

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

// On a terminal Deno prompts for a permission that was neither granted nor
// denied ("Deno requests read access. Allow?") and waits for an answer; the
// tool checks first, so run without --no-prompt it still exits with 6.
const MIXED = join(FIXTURES, "hdf5", "mixed.h5");

async function promptless(
  flags: string[],
  args: string[],
): Promise<{ code: number | null; out: string }> {
  const { code, out, timedOut } = await onTerminal([...flags, CLI, ...args], {
    env: { NO_COLOR: "1" },
    prompt: true,
    timeout: 20,
  });
  assert.ok(!timedOut, `${args.join(" ")} waits at a prompt:\n${out}`);
  assert.doesNotMatch(out, /Deno requests/);
  return { code, out };
}

Deno.test({
  name:
    "persist on a terminal without --no-prompt exits with 6 for a missing permission, never prompting",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const archive = join(dir, "run1");
      await save(archive, { a: new Float64Array(200) });
      const cases: [string[], string[], string][] = [
        [[], ["show", archive], `--allow-read=${archive}`],
        [[read(FIXTURES)], ["show", MIXED], "--allow-env"],
        [
          [read(dir)],
          ["convert", archive, "--to", "hdf5"],
          `--allow-write=${dir}`,
        ],
        [
          [read(archive)],
          ["convert", archive, "--to", "npy"],
          `--allow-read=${dir}`,
        ],
      ];
      for (const [flags, args, flag] of cases) {
        const { code, out } = await promptless(flags, args);
        assert.equal(code, 6, `${args.join(" ")}: ${out}`);
        assert.ok(
          out.startsWith(`persist ${args[0]}: Cannot `) && out.includes(flag),
          `${args.join(" ")}: ${out}`,
        );
      }
    });
  },
});

Deno.test({
  name:
    "persist show of a missing path on a terminal reads its parent folder only when allowed, never prompting",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const missing = join(dir, "run1");
      const { code, out } = await promptless([read(missing)], [
        "show",
        missing,
      ]);
      assert.equal(code, 3, out);
      assert.match(out, /there is no such file or folder/);
    });
  },
});

Deno.test({
  name:
    "persist locks on a terminal without --no-prompt exits with 6 for a missing socket permission, never prompting",
  ignore: !HAS_PYTHON,
  fn: async () => {
    const socket = SOCKETS[0];
    await freeSocket(socket);
    const flags = clientFlags(socket).filter((f) =>
      !f.startsWith("--allow-net")
    );
    const { code, out } = await promptless(flags, [
      "locks",
      "--socket",
      socket,
    ]);
    assert.equal(code, 6, out);
    assert.match(out, new RegExp(`run again with --allow-net=unix:${socket}`));
  },
});
