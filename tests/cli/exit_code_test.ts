// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import {
  ArchiveSyntaxError,
  DaemonUnavailableError,
  FormatError,
  LockTimeoutError,
  NotFoundError,
} from "../../mod.ts";
import { errorLine, EXIT, exitCodeOf, UsageError } from "../../lib/cli/mod.ts";

Deno.test("exitCodeOf() maps each error class to its documented code", () => {
  const cases: [unknown, number][] = [
    [new UsageError("x"), 2],
    [new NotFoundError("x"), 3],
    [new Deno.errors.NotFound("x"), 3],
    [new FormatError("x"), 4],
    [new ArchiveSyntaxError("x", { line: 1, column: 1 }), 4],
    [new DaemonUnavailableError("x", { socket: "s" }), 5],
    [new Deno.errors.NotCapable("x"), 6],
    [new Deno.errors.PermissionDenied("x"), 6],
    [new LockTimeoutError("x", { path: "p", timeout: 0 }), 7],
    [new TypeError("x"), 1],
    ["a string", 1],
  ];
  for (const [error, code] of cases) {
    assert.equal(exitCodeOf(error), code, String(error));
  }
  assert.deepEqual(Object.values(EXIT), [0, 1, 2, 3, 4, 5, 6, 7]);
});

Deno.test("errorLine() is one line: the command, the message, and for usage errors the help", () => {
  assert.equal(
    errorLine("show", new Error("Cannot a\n  b")),
    "persist show: Cannot a b",
  );
  assert.equal(
    errorLine("get", new UsageError("missing argument")),
    'persist get: missing argument; see "persist get --help"',
  );
  assert.equal(
    errorLine("", new UsageError("no")),
    'persist: no; see "persist --help"',
  );
});

Deno.test("errorLine() names the flag for each kind of denied permission", () => {
  const denied = (kind: string, target: string) =>
    new Deno.errors.NotCapable(
      `Requires ${kind} access to "${target}", run again with the --allow-${kind} flag`,
    );
  assert.equal(
    errorLine("convert", denied("write", "/d/r")),
    'persist convert: Cannot write "/d/r": Deno denied write access; run again with --allow-write=/d/r',
  );
  // A temporary file beside the target: the folder it is made in.
  assert.equal(
    errorLine("convert", denied("write", "/d/.r.tmp-1")),
    'persist convert: Cannot write "/d": Deno denied write access; run again with --allow-write=/d',
  );
  assert.equal(
    errorLine("locks", denied("net", "unix:/s")),
    'persist locks: Cannot connect to "unix:/s": Deno denied net access; run again with --allow-net=unix:/s',
  );
  assert.equal(
    errorLine("x", denied("env", "H")),
    'persist x: Cannot use "H": Deno denied env access; run again with --allow-env=H',
  );
});
