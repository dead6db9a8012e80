// Copyright 2026 the persist authors. MIT license.
// persist daemon and persist locks against a real persistd, run as a user
// runs them.

import assert from "node:assert/strict";
import { join } from "node:path";
import { PersistdClient } from "../../mod.ts";
import { HAS_PYTHON, onTerminal, withTempDir } from "../_util.ts";
import {
  clientFlags,
  daemonFlags,
  freeSocket,
  SOCKETS,
  withDaemon,
} from "../daemon/_daemon.ts";
import { CLI, lines, persist } from "./_cli.ts";
import { CONFIG } from "../_util.ts";

Deno.test("persist daemon runs persistd until SIGTERM, then exits with 0", async () => {
  await withTempDir(async (root) => {
    const socket = SOCKETS[0];
    await freeSocket(socket);
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--quiet",
        "--no-prompt",
        `--config=${CONFIG}`,
        ...daemonFlags(root, socket),
        CLI,
        "daemon",
        "--socket",
        socket,
        "--root",
        root,
      ],
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    }).spawn();
    const reader = child.stderr.pipeThrough(new TextDecoderStream())
      .getReader();
    let log = "";
    try {
      while (!log.includes("listening on")) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the daemon exited:\n${log}`);
        log += value;
      }
      await using client = await PersistdClient.connect(socket);
      assert.equal(client.server.root, root);
      child.kill("SIGTERM");
      assert.equal((await child.status).code, 0);
    } finally {
      try {
        child.kill("SIGKILL");
      } catch {
        // exited
      }
      await reader.cancel().catch(() => {});
      await child.status;
      await Deno.remove(socket).catch(() => {});
    }
  });
});

Deno.test("persist locks shows the holder and the waiters of a folder; --json gives the daemon's status", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = join(root, "ds");
    await Deno.mkdir(dir);
    await using holder = await PersistdClient.connect(daemon.socket, {
      name: "ingest",
    });
    await using waiter = await PersistdClient.connect(daemon.socket, {
      name: "w1",
    });
    const lock = await holder.acquire(dir);
    const waiting = waiter.acquire(dir, { timeout: 20_000 });
    const flags = clientFlags(daemon.socket);
    let result;
    for (let attempt = 1;; attempt++) {
      result = await persist(flags, ["locks", "--socket", daemon.socket]);
      if (result.stdout.includes("waits #1") || attempt === 50) break;
    }
    assert.equal(result.code, 0, result.stderr);
    const out = lines(result.stdout);
    assert.match(
      out[0],
      new RegExp(
        `^persistd pid \\d+, root ${root}, up .*, leases off, 3 clients$`,
      ),
    );
    assert.match(out[1], /^FOLDER +ROLE +PID +CLIENT +FOR$/);
    assert.match(
      out[2],
      new RegExp(`^${dir} +holds +${Deno.pid} +ingest +[\\d.]+ m?s$`),
    );
    assert.match(
      out[3],
      new RegExp(`^ +waits #1 +${Deno.pid} +w1 +[\\d.]+ m?s$`),
    );
    result = await persist(flags, [
      "locks",
      "--socket",
      daemon.socket,
      "--json",
    ]);
    const status = JSON.parse(result.stdout);
    assert.equal(status.root, root);
    assert.equal(status.resources[0].path, dir);
    assert.equal(status.resources[0].holder.name, "ingest");
    assert.equal(status.resources[0].waiters[0].name, "w1");
    await lock.release();
    await (await waiting).release();
    result = await persist(flags, ["locks", "--socket", daemon.socket]);
    assert.equal(lines(result.stdout)[1], "no folder is locked or awaited");
  });
});

Deno.test("persist locks without a daemon says how to start one, with exit code 5", async () => {
  const socket = SOCKETS[0];
  await freeSocket(socket);
  const { code, stdout, stderr } = await persist(clientFlags(socket), [
    "locks",
    "--socket",
    socket,
  ]);
  assert.equal(code, 5);
  assert.equal(stdout, "");
  assert.equal(
    stderr,
    `persist locks: Cannot connect to persistd at "${socket}": there is no socket file; start persistd with --socket "${socket}"\n`,
  );
});

Deno.test("persist daemon without --allow-net for its socket exits with 6 naming the flags", async () => {
  await withTempDir(async (root) => {
    const socket = SOCKETS[0];
    await freeSocket(socket);
    const flags = daemonFlags(root, socket).filter((f) =>
      !f.startsWith("--allow-net")
    );
    const { code, stdout, stderr } = await persist(flags, [
      "daemon",
      "--socket",
      socket,
      "--root",
      root,
    ]);
    assert.equal(code, 6, stderr);
    assert.equal(stdout, "");
    assert.equal(
      stderr,
      `persistd: Cannot listen on "${socket}": Requires net access to "unix:${socket}", run again with the --allow-net flag; ` +
        `persistd needs --allow-read=${root},${socket} --allow-write=${root},${socket} --allow-net=unix:${socket}\n`,
    );
    await assert.rejects(Deno.lstat(socket), Deno.errors.NotFound);
  });
});

Deno.test({
  name:
    "persist daemon on a terminal without --no-prompt and without write on its root exits with 6, never prompting",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (root) => {
      const socket = SOCKETS[0];
      await freeSocket(socket);
      const { code, out, timedOut } = await onTerminal([
        `--allow-read=${root},${socket}`,
        `--allow-write=${socket}`,
        `--allow-net=unix:${socket}`,
        CLI,
        "daemon",
        "--socket",
        socket,
        "--root",
        root,
      ], { prompt: true, timeout: 20 });
      assert.ok(!timedOut, `persist daemon waits at a prompt:\n${out}`);
      assert.equal(code, 6, out);
      assert.match(out, /Cannot serve the root ".*": Requires write access/);
    });
  },
});
