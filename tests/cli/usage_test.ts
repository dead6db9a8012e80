// Copyright 2026 the persist authors. MIT license.
// cli.ts: help, version and wrong usage, run as a user runs it.

import assert from "node:assert/strict";
import denoJson from "../../deno.json" with { type: "json" };
import { lines, persist } from "./_cli.ts";

const COMMANDS = ["show", "get", "verify", "convert", "daemon", "locks"];

Deno.test("persist --version prints the version of deno.json", async () => {
  const { code, stdout, stderr } = await persist([], ["--version"]);
  assert.equal(code, 0);
  assert.equal(stderr, "");
  assert.equal(stdout, `persist ${denoJson.version}\n`);
});

Deno.test("persist --help lists every command, the exit codes and an example", async () => {
  const { code, stdout } = await persist([], ["--help"]);
  assert.equal(code, 0);
  for (const command of COMMANDS) {
    assert.match(stdout, new RegExp(`^  ${command} `, "m"), command);
  }
  assert.match(stdout, /^Exit codes:$/m);
  assert.match(
    stdout,
    /^Example:\n {2}deno run --allow-read=runs cli\.ts show runs\/run1$/m,
  );
});

Deno.test("persist <command> --help shows the command's usage, permissions and an example", async () => {
  for (const command of COMMANDS) {
    for (
      const args of [[command, "--help"], ["help", command], ["-h", command]]
    ) {
      const { code, stdout, stderr } = await persist([], args);
      assert.equal(code, 0, `${args.join(" ")}: ${stderr}`);
      assert.match(stdout, new RegExp(`^persist ${command}: `), args.join(" "));
      assert.match(stdout, /^Usage: persist /m);
      assert.match(stdout, /^Examples?:\n {2}deno run /m);
      assert.match(stdout, /^Permissions: --allow-/m);
    }
  }
});

Deno.test("persist without a command prints its help to stderr and exits with 2", async () => {
  const { code, stdout, stderr } = await persist([], []);
  assert.equal(code, 2);
  assert.equal(stdout, "");
  assert.match(stderr, /^persist \S+: /);
});

Deno.test("persist refuses wrong usage with one line naming the help, and exit code 2", async () => {
  const cases: [string[], RegExp][] = [
    [
      ["frobnicate"],
      /^persist: unknown command "frobnicate"; see "persist --help"$/,
    ],
    [
      ["--bogus", "show"],
      /^persist: unknown option "--bogus" before the command; see "persist --help"$/,
    ],
    [
      ["show"],
      /^persist show: missing argument: the usage is "persist show <path>"; see "persist show --help"$/,
    ],
    [
      ["show", "a", "b"],
      /^persist show: too many arguments \("b"\): the usage is "persist show <path>"; see "persist show --help"$/,
    ],
    [
      ["show", "--full", "a"],
      /^persist show: unknown option "--full"; see "persist show --help"$/,
    ],
    [["get", "a", "b", "c"], /^persist get: too many arguments \("c"\)/],
    [
      ["convert", "a"],
      /^persist convert: --to is required: --to npy or --to hdf5; see "persist convert --help"$/,
    ],
    [
      ["convert", "a", "--to", "zarr"],
      /^persist convert: --to must be "npy" or "hdf5", got "zarr"/,
    ],
    [["convert", "a", "--to"], /^persist convert: --to needs a value; see/],
    [["locks"], /^persist locks: --socket is required/],
    [["locks", "extra"], /^persist locks: too many arguments/],
    [["help", "nothing"], /^persist: unknown command "nothing"/],
  ];
  for (const [args, pattern] of cases) {
    const { code, stdout, stderr } = await persist([], args);
    assert.equal(code, 2, `${args.join(" ")}: ${stderr}`);
    assert.equal(stdout, "", args.join(" "));
    assert.equal(lines(stderr).length, 1, stderr);
    assert.match(stderr.trimEnd(), pattern);
  }
});

Deno.test("persist daemon --help prints its usage and persistd's options", async () => {
  const { code, stdout } = await persist([], ["daemon", "--help"]);
  assert.equal(code, 0);
  assert.match(stdout, /^persist daemon: /);
  assert.match(stdout, /--lease-timeout <ms>/);
});
