// Copyright 2026 the persist authors. MIT license.
// PersistdClient against a real daemon process, with real client processes
// for ordering and crash claims.

import assert from "node:assert/strict";
import { join, relative } from "node:path";
import {
  DaemonUnavailableError,
  LockTimeoutError,
  PersistdClient,
} from "../../mod.ts";
import { Child } from "../_child.ts";
import { runDeno } from "../_util.ts";
import {
  CLIENT,
  clientFlags,
  freeSocket,
  holdForever,
  rejection,
  SOCKETS,
  until,
  withDaemon,
} from "./_daemon.ts";

const PROBE = new URL("./_probe.ts", import.meta.url).href;

async function folder(root: string, name = "ds"): Promise<string> {
  const dir = join(root, name);
  await Deno.mkdir(dir);
  return dir;
}

Deno.test("PersistdClient.acquire() grants waiters in FIFO order across processes", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using client = await PersistdClient.connect(daemon.socket);
    const lock = await client.acquire(dir);
    const children: Child[] = [];
    try {
      for (const tag of ["1", "2", "3", "4", "5"]) {
        const child = new Child(clientFlags(daemon.socket, dir), CLIENT, [
          daemon.socket,
          "hold",
          dir,
          tag,
          "20",
        ]);
        children.push(child);
        await child.waitFor("connected");
        await until(async () =>
          (await client.status()).resources[0].waiting === children.length
        );
      }
      await lock.release();
      for (const child of children) {
        assert.equal((await child.process.status).code, 0);
      }
      assert.equal(
        await Deno.readTextFile(join(dir, "order.txt")),
        "1\n2\n3\n4\n5\n",
      );
    } finally {
      for (const child of children) await child.kill();
    }
  });
});

Deno.test("PersistdClient.acquire() is granted within a second after the holder is SIGKILLed", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using holder = await holdForever(daemon.socket, dir);
    await using client = await PersistdClient.connect(daemon.socket);
    const waiting = client.acquire(dir, { timeout: 10_000 });
    await until(async () => (await client.status()).resources[0].waiting === 1);
    const killedAt = performance.now();
    await holder.kill();
    await using lock = await waiting;
    const elapsed = performance.now() - killedAt;
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
    assert.equal(lock.path, dir);
    assert.match(daemon.log, /disconnected while holding the lock on/);
  });
});

Deno.test("PersistdClient.acquire() fails with LockTimeoutError naming the holder's pid", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using holder = await holdForever(daemon.socket, dir);
    await using client = await PersistdClient.connect(daemon.socket);
    for (const timeout of [0, 150]) {
      const start = performance.now();
      const error = await rejection(client.acquire(dir, { timeout }));
      const elapsed = performance.now() - start;
      assert.ok(error instanceof LockTimeoutError, String(error));
      assert.equal(error.holderPid, holder.process.pid);
      assert.equal(error.timeout, timeout);
      assert.equal(error.path, dir);
      assert.match(
        error.message,
        new RegExp(
          `still held by pid ${holder.process.pid} after ${timeout} ms`,
        ),
      );
      assert.ok(elapsed >= timeout - 5 && elapsed < timeout + 1000);
    }
    assert.equal((await client.status()).resources[0].waiting, 0);
  });
});

Deno.test("PersistdClient.acquire() stops waiting when its signal aborts and leaves the queue", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using client = await PersistdClient.connect(daemon.socket);
    const held = await client.acquire(dir);
    const controller = new AbortController();
    const waiting = client.acquire(dir, { signal: controller.signal });
    await until(async () => (await client.status()).resources[0].waiting === 1);
    controller.abort(new Error("changed my mind"));
    await assert.rejects(waiting, /changed my mind/);
    await until(async () => (await client.status()).resources[0].waiting === 0);
    await held.release();
    assert.deepEqual((await client.status()).resources, []);
    const already = AbortSignal.abort(new Error("too late"));
    await assert.rejects(client.acquire(dir, { signal: already }), /too late/);
  });
});

Deno.test("PersistdClient.acquire() serializes tasks of one process sharing a client", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using client = await PersistdClient.connect(daemon.socket);
    let inside = 0;
    let most = 0;
    await Promise.all(Array.from({ length: 6 }, async () => {
      await using _lock = await client.acquire(dir);
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 5));
      inside--;
    }));
    assert.equal(most, 1);
  });
});

Deno.test("PersistdClient.acquire() resolves relative paths against the current folder", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using client = await PersistdClient.connect(daemon.socket);
    await using lock = await client.acquire(relative(Deno.cwd(), dir));
    assert.equal(lock.path, dir);
  });
});

Deno.test("PersistdClient.connect() takes a socket path relative to the current folder", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    // Net access is granted for the absolute path, as Deno requires.
    await using client = await PersistdClient.connect(
      relative(Deno.cwd(), daemon.socket),
    );
    await using lock = await client.acquire(dir);
    assert.equal(lock.path, dir);
  });
});

Deno.test("PersistdClient.acquire() says which .lock file the daemon holds, also after the file was replaced", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using client = await PersistdClient.connect(daemon.socket);
    const identity = () => {
      const { dev, ino } = Deno.statSync(join(dir, ".lock"));
      return `${dev}:${ino}`;
    };
    const first = await client.acquire(dir);
    assert.equal(first.lockFile, identity());
    await first.release();
    // Replaced while the daemon still holds the old one between grants.
    const before = identity();
    await Deno.writeTextFile(join(dir, ".lock.new"), "");
    await Deno.rename(join(dir, ".lock.new"), join(dir, ".lock"));
    await using second = await client.acquire(dir);
    assert.equal(second.lockFile, identity());
    assert.notEqual(second.lockFile, before);
  });
});

Deno.test("DaemonLock.release() frees the lock for others and is idempotent", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using a = await PersistdClient.connect(daemon.socket);
    await using b = await PersistdClient.connect(daemon.socket);
    const lock = await a.acquire(dir);
    assert.equal(lock.released, false);
    await assert.rejects(b.acquire(dir, { timeout: 0 }), LockTimeoutError);
    await lock.release();
    await lock.release();
    assert.equal(lock.released, true);
    assert.equal(lock.signal.aborted, false);
    await using again = await b.acquire(dir, { timeout: 0 });
    assert.ok(again.id > lock.id);
  });
});

Deno.test("PersistdClient.close() releases every lock the client holds", async () => {
  await withDaemon(async (daemon, root) => {
    const one = await folder(root, "one");
    const two = await folder(root, "two");
    const a = await PersistdClient.connect(daemon.socket);
    await a.acquire(one);
    await a.acquire(two);
    await a.close();
    await a.close();
    assert.equal(a.closed, true);
    await assert.rejects(
      a.acquire(one),
      (e: unknown) =>
        e instanceof DaemonUnavailableError &&
        /the client was closed/.test(e.message),
    );
    await using b = await PersistdClient.connect(daemon.socket);
    await until(async () => (await b.status()).resources.length === 0);
    await using _one = await b.acquire(one, { timeout: 0 });
    await using _two = await b.acquire(two, { timeout: 0 });
  });
});

Deno.test("PersistdClient.allocateName() gives distinct names across processes", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    const outputs = await Promise.all(
      [0, 1, 2, 3].map(() =>
        runDeno(clientFlags(daemon.socket, dir), CLIENT, [
          daemon.socket,
          "allocate",
          dir,
          "50",
        ])
      ),
    );
    const names = outputs.flatMap((o) => {
      assert.equal(o.code, 0, o.stderr);
      return o.stdout.trim().split("\n").slice(1);
    });
    assert.equal(names.length, 200);
    assert.deepEqual(
      names.map((n) => Number(n.slice(2))).sort((a, b) => a - b),
      Array.from({ length: 200 }, (_, i) => i),
    );
  });
});

Deno.test("PersistdClient.allocateName() skips past seen and keeps prefixes apart", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using client = await PersistdClient.connect(daemon.socket);
    assert.equal(await client.allocateName(dir, { seen: 41 }), "x_42");
    assert.equal(await client.allocateName(dir), "x_43");
    assert.equal(await client.allocateName(dir, { seen: 3 }), "x_44");
    assert.equal(await client.allocateName(dir, { prefix: "run-" }), "run-0");
    await assert.rejects(client.allocateName(dir, { seen: -2 }), RangeError);
    await assert.rejects(
      client.allocateName(dir, { prefix: "p".repeat(256) }),
      RangeError,
    );
  });
});

Deno.test("PersistdClient.connect() names the socket when no daemon is there", async () => {
  const socket = SOCKETS[1];
  await freeSocket(socket);
  const error = await rejection(PersistdClient.connect(socket));
  assert.ok(error instanceof DaemonUnavailableError);
  assert.equal(error.socket, socket);
  assert.equal(error.code, undefined);
  assert.match(
    error.message,
    new RegExp(
      `^Cannot connect to persistd at "${socket}": there is no socket`,
    ),
  );
});

Deno.test("PersistdClient.connect() fails with DaemonUnavailableError when the peer never answers", async () => {
  const socket = SOCKETS[1];
  await freeSocket(socket);
  using listener = Deno.listen({ transport: "unix", path: socket });
  try {
    const error = await rejection(
      PersistdClient.connect(socket, { timeout: 200 }),
    );
    assert.ok(error instanceof DaemonUnavailableError);
    assert.match(error.message, /no answer to the hello within 200 ms/);
  } finally {
    listener.close();
    await Deno.remove(socket).catch(() => {});
  }
});

Deno.test("PersistdClient.connect() to a full daemon ends with Busy at its timeout, and gets in once a client leaves", async () => {
  await withDaemon(async (daemon) => {
    const holder = await PersistdClient.connect(daemon.socket);
    // The daemon answers Busy and closes at once, so the client's hello may
    // meet a closed socket (EPIPE): it must still see Busy. Many tries catch
    // that race; each retries within its timeout (long enough that a
    // loaded machine still answers the first try: 60 ms failed in a run).
    for (let i = 0; i < 12; i++) {
      const error = await rejection(
        PersistdClient.connect(daemon.socket, { timeout: 250 }),
      );
      assert.ok(error instanceof DaemonUnavailableError, String(error));
      assert.equal(error.code, "Busy", `attempt ${i}: ${error.message}`);
      assert.match(error.message, /serves 1 clients already; retry later$/);
    }
    // Several at once, while the holder leaves: each retries until it is in.
    const clients = Array.from({ length: 5 }, async () => {
      const client = await PersistdClient.connect(daemon.socket, {
        timeout: 10_000,
      });
      await client.status();
      await client.close();
    });
    await holder.close();
    await Promise.all(clients);
  }, { args: ["--max-connections", "1"] });
});

Deno.test("DaemonLock.signal aborts and pending requests fail when the daemon stops", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    const client = await PersistdClient.connect(daemon.socket);
    const lock = await client.acquire(dir);
    const waiting = rejection(client.acquire(dir));
    await until(async () => (await client.status()).resources[0].waiting === 1);
    await daemon.stop("SIGTERM");
    const error = await waiting;
    assert.ok(error instanceof DaemonUnavailableError);
    assert.equal(error.code, "ShuttingDown");
    await until(() => lock.signal.aborted);
    assert.ok(lock.signal.reason instanceof DaemonUnavailableError);
    assert.equal(client.closed, true);
    await lock.release(); // nothing left to release: resolves
    await client.close();
  });
});

Deno.test("DaemonLock.throwIfLost() throws once a stalled client's lease may have run out", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    await using client = await PersistdClient.connect(daemon.socket);
    const lock = await client.acquire(dir);
    await new Promise((r) => setTimeout(r, 50));
    lock.throwIfLost();
    // Stalled for 260 ms: past 3/4 of the 300 ms lease, not past all of it,
    // and no event was read: only the client's own clock can tell.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 260);
    assert.equal(lock.signal.aborted, false);
    const error = (() => {
      try {
        lock.throwIfLost();
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof DaemonUnavailableError, String(error));
    assert.equal(error.code, "LeaseExpired");
    assert.match(error.message, /may run out/);
    await lock.release();
  }, { args: ["--lease-timeout", "300"] });
});

Deno.test("DaemonLock.throwIfLost() throws the reason once the lock is lost", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    const client = await PersistdClient.connect(daemon.socket);
    const lock = await client.acquire(dir);
    lock.throwIfLost();
    await daemon.kill();
    await until(() => lock.signal.aborted);
    assert.throws(() => lock.throwIfLost(), DaemonUnavailableError);
    await client.close();
  });
});

Deno.test("PersistdClient does not keep a finished process alive", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    const result = await runDeno(clientFlags(daemon.socket), PROBE, [
      "forget",
      daemon.socket,
      dir,
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), "done");
    await using client = await PersistdClient.connect(daemon.socket);
    await until(async () => (await client.status()).resources.length === 0);
  });
});

Deno.test("PersistdClient.connect() reads PERSISTD_SOCKET only when env permission is granted", async () => {
  await withDaemon(async (daemon) => {
    const run = (flags: string[]) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "--quiet", "--no-prompt", ...flags, PROBE, "env"],
        env: { PERSISTD_SOCKET: daemon.socket },
        stdout: "piped",
        stderr: "piped",
      }).output();
    const flags = clientFlags(daemon.socket);
    const denied = await run(flags);
    assert.equal(new TextDecoder().decode(denied.stdout).trim(), "TypeError");
    const granted = await run([...flags, "--allow-env=PERSISTD_SOCKET"]);
    assert.equal(
      new TextDecoder().decode(granted.stdout).trim(),
      `connected ${daemon.process.pid}`,
    );
  });
});

Deno.test("PersistdClient.connect() without net permission for the socket throws NotCapable", async () => {
  await withDaemon(async (daemon) => {
    const s = daemon.socket;
    for (
      const flags of [
        [`--allow-read=${s}`, `--allow-write=${s}`],
        [`--allow-read=${s}`, `--allow-net=unix:${s}`],
        [`--allow-write=${s}`, `--allow-net=unix:${s}`],
      ]
    ) {
      const result = await runDeno(flags, PROBE, ["connect", s]);
      assert.equal(result.stdout.trim(), "NotCapable", flags.join(" "));
    }
  });
});

Deno.test("PersistdClient works with exactly --allow-read, --allow-write and --allow-net=unix: on the socket", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = await folder(root);
    // No permission on the folder itself: the daemon resolves and locks it.
    const result = await runDeno(clientFlags(daemon.socket), PROBE, [
      "lock",
      daemon.socket,
      dir,
    ]);
    assert.equal(result.stderr, "");
    assert.equal(result.stdout.trim(), `${dir} x_0`);
  });
});
