// Copyright 2026 the persist authors. MIT license.
// DataSets whose writers take their locks from persistd: a real daemon
// process (daemon/main.ts with exactly its flags) and real writer processes
// with exactly the flags a daemon client needs: read and write on the
// socket and on the DataSet folder, and net on the socket.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DaemonUnavailableError,
  DataSet,
  LockLostError,
  LockTimeoutError,
  PersistdClient,
} from "../../mod.ts";
import { acquireLock } from "../../lib/fs/mod.ts";
import { Child } from "../_child.ts";
import { runDeno, symlink, withTempDir } from "../_util.ts";
import {
  clientFlags,
  Daemon,
  freeSocket,
  rejection,
  SOCKETS,
  until,
  withDaemon,
} from "../daemon/_daemon.ts";
import { itemValue } from "./_values.ts";
import { checkInserted, insertFrom } from "./_writers.ts";

const script = (name: string) => new URL(name, import.meta.url).href;
const rw = (dir: string) => [`--allow-read=${dir}`, `--allow-write=${dir}`];

/** A writer through persistd that holds the session lock and wrote `x_0`. */
async function sessionWriter(path: string, socket: string): Promise<DataSet> {
  const ds = await DataSet.open(path, {
    mode: "w",
    daemon: socket,
    lock: "session",
  });
  await ds.insert(itemValue(0, 0), { info: [0, 0] });
  return ds;
}

for (
  const [what, mixed] of [
    ["6 processes through persistd", false],
    ["3 processes through persistd and 3 with file locks", true],
  ] as const
) {
  Deno.test(`DataSet.insert() from ${what} × 60 items gives 360 distinct names and intact values`, async () => {
    await withDaemon(async (daemon, root) => {
      const path = join(root, "runs"); // created by whichever writer is first
      const writers = Array.from(
        { length: 6 },
        (_, w) =>
          mixed && w % 2 === 1 ? { flags: rw(path) } : {
            flags: clientFlags(daemon.socket, path),
            daemon: daemon.socket,
          },
      );
      const byWriter = await insertFrom(path, writers, 60);
      assert.equal(byWriter.flat().length, 360);
      await checkInserted(path, byWriter);
    });
  });
}

Deno.test("DataSet writers proceed within a second after a persistd client holding the lock is SIGKILLed", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    const holder = new Child(
      clientFlags(daemon.socket, path),
      script("./_hold_lock.ts"),
      [path, "600000", daemon.socket],
    );
    try {
      await holder.waitFor("ready");
      await using client = await PersistdClient.connect(daemon.socket);
      const status = await client.status({ path });
      assert.equal(status.resources[0]?.holder?.pid, holder.process.pid);
      assert.equal(status.resources[0]?.holder?.name, `DataSet ${path}`);

      await using viaDaemon = await DataSet.open(path, {
        mode: "w",
        daemon: daemon.socket,
      });
      await using direct = await DataSet.open(path, { mode: "w" });
      let killedAt = Infinity;
      const done: number[] = [];
      const waiting = [
        viaDaemon.insert(itemValue(1, 0), { info: [1, 0] }),
        direct.insert(itemValue(2, 0), { info: [2, 0] }),
      ].map((p) => p.then((name) => (done.push(performance.now()), name)));
      await until(
        async () => (await client.status({ path })).resources[0]?.waiting === 1,
        10_000,
        "the writer through persistd waits",
      );
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(done, [], "the writers waited for the holder");
      killedAt = performance.now();
      assert.equal((await holder.kill("SIGKILL")).signal, "SIGKILL");
      const names = await Promise.all(waiting);
      assert.deepEqual(names.sort(), ["x_0", "x_1"]);
      for (const t of done) {
        assert.ok(t - killedAt < 1000, `proceeded ${t - killedAt} ms after`);
      }
    } finally {
      await holder.kill();
    }
    assert.match(daemon.log, /disconnected while holding the lock/);
  });
});

Deno.test("DataSet.open() through persistd refuses a DataSet outside --root (by path, '..' or symlink) and creates nothing", async () => {
  await withDaemon(async (daemon, root, tmp) => {
    const outside = join(tmp, "outside");
    await Deno.mkdir(outside);
    await symlink(outside, join(root, "link"));
    for (
      const path of [
        join(outside, "runs"),
        join(root, "..", "outside", "runs"),
        join(root, "link", "runs"),
      ]
    ) {
      const error = await DataSet.open(path, {
        mode: "w",
        daemon: daemon.socket,
      }).catch((e) => e);
      assert.ok(error instanceof DaemonUnavailableError, String(error));
      assert.equal(error.code, "OutsideRoot");
      assert.equal(error.socket, daemon.socket);
      assert.match(error.message, /outside the daemon's root/);
      assert.ok(error.message.includes(`"${path}"`), error.message);
    }
    assert.deepEqual(await Array.fromAsync(Deno.readDir(outside)), []);
  });
});

Deno.test("DataSet.open() with an unreachable daemon fails with DaemonUnavailableError naming the socket; readers ignore the daemon", async () => {
  await withTempDir(async (root) => {
    const socket = SOCKETS[1];
    await freeSocket(socket);
    const path = join(root, "runs");
    const error = await DataSet.open(path, { mode: "w", daemon: socket })
      .catch((e) => e);
    assert.ok(error instanceof DaemonUnavailableError, String(error));
    assert.equal(error.socket, socket);
    assert.ok(error.message.includes(`"${socket}"`), error.message);
    assert.match(error.message, /start persistd/);
    await assert.rejects(() => Deno.stat(path), Deno.errors.NotFound);

    await (await DataSet.open(path, { mode: "w" })).close();
    await using reader = await DataSet.open(path, { daemon: socket });
    assert.deepEqual(await reader.keys(), []);
  });
});

Deno.test("DataSet.open() rejects a daemon option that is neither a socket path nor a boolean", async () => {
  await assert.rejects(
    // deno-lint-ignore no-explicit-any
    () => DataSet.open("/nonexistent/runs", { mode: "w", daemon: 1 as any }),
    (error: Error) =>
      error instanceof TypeError && /daemon option/.test(error.message),
  );
});

Deno.test("DataSet write through persistd fails with LockTimeoutError naming the holder's pid", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    await using holder = new Child(rw(path), script("./_hold_lock.ts"), [
      path,
      "600000",
    ]);
    await holder.waitFor("ready");
    await using ds = await DataSet.open(path, {
      mode: "w",
      daemon: daemon.socket,
      lockTimeout: 200,
    });
    const error = await ds.insert(1).catch((e) => e);
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.equal(error.holderPid, holder.process.pid);
    assert.equal(error.path, path);
    assert.match(error.message, new RegExp(`pid ${holder.process.pid}`));
  });
});

Deno.test("DataSet write through persistd whose lease ran out while the process was stalled fails and commits nothing", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await using ds = await sessionWriter(path, daemon.socket);
    // Stall this process (no renewals go out) for longer than the lease.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    const error = await ds.insert(itemValue(0, 1)).catch((e) => e);
    assert.ok(error instanceof DaemonUnavailableError, String(error));
    assert.equal(error.code, "LeaseExpired");
    assert.equal(error.socket, daemon.socket);
    // The daemon passed the lock on: another writer gets it at once.
    await using other = await DataSet.open(path, {
      mode: "w",
      daemon: daemon.socket,
      lockTimeout: 2_000,
    });
    assert.equal(await other.insert(itemValue(1, 0)), "x_1");
    // The session is over for good: its writes keep failing.
    await assert.rejects(() => ds.setInfo("x_0", 1), DaemonUnavailableError);
    await using reader = await DataSet.open(path);
    assert.deepEqual(await reader.keys(), ["x_0", "x_1"]);
    const report = await reader.verify({ load: true });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.leftovers, []);
    assert.match(daemon.log, /lease of its lock .* ran out/);
  }, { args: ["--lease-timeout", "300"] });
});

Deno.test("DataSet write through persistd fails with nothing committed when the daemon dies while it holds the session lock", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await using ds = await sessionWriter(path, daemon.socket);
    await daemon.kill();
    await new Promise((r) => setTimeout(r, 100)); // the client reads the EOF
    const error = await ds.insert(itemValue(0, 1)).catch((e) => e);
    assert.ok(error instanceof DaemonUnavailableError, String(error));
    assert.match(error.message, /connection to persistd .* ended/);
    await using reader = await DataSet.open(path);
    assert.deepEqual(await reader.keys(), ["x_0"]);
    assert.deepEqual((await reader.verify()).leftovers, []);
  });
});

Deno.test("DataSet write through persistd fails with LockLostError when .lock was deleted while the daemon held it; the next write locks the new file", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await using ds = await sessionWriter(path, daemon.socket); // x_0
    await Deno.remove(join(path, ".lock"));
    // A writer without the daemon locks the new .lock at once and writes.
    {
      await using direct = await DataSet.open(path, {
        mode: "w",
        lockTimeout: 5_000,
      });
      assert.equal(await direct.insert(itemValue(1, 0)), "x_1");
    }
    const error = await ds.insert(itemValue(0, 1)).catch((e) => e);
    assert.ok(error instanceof LockLostError, String(error));
    assert.match(
      error.message,
      /was deleted or replaced while persistd held it/,
    );
    assert.equal(await ds.insert(itemValue(0, 2)), "x_2");
    // The daemon now holds the new file: a direct writer must wait.
    await using direct = await DataSet.open(path, {
      mode: "w",
      lockTimeout: 0,
    });
    await assert.rejects(() => direct.insert(3), LockTimeoutError);
    await ds.close();
    assert.equal(await direct.insert(itemValue(1, 1)), "x_3");
    assert.deepEqual(await direct.keys(), ["x_0", "x_1", "x_2", "x_3"]);
    assert.deepEqual((await direct.verify()).problems, []);
  });
});

Deno.test("persistd does not hand a lock on a deleted .lock to the next client: it waits for the writer without the daemon that holds the new file", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    const a = await sessionWriter(path, daemon.socket); // x_0, holds the lock
    await using b = await DataSet.open(path, {
      mode: "w",
      daemon: daemon.socket,
      lockTimeout: 10_000,
    });
    let committed = 0;
    const inserted = b.insert(itemValue(1, 0)).then((name) => {
      committed = performance.now();
      return name;
    });
    await using client = await PersistdClient.connect(daemon.socket);
    await until(
      async () => (await client.status({ path })).resources[0]?.waiting === 1,
      10_000,
      "b waits at persistd",
    );
    await Deno.remove(join(path, ".lock"));
    const direct = await acquireLock(join(path, ".lock"), { timeout: 1000 });
    await a.close(); // persistd must not hand its flock on the old file to b
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(committed, 0, "b committed while a direct writer held .lock");
    direct.throwIfLost();
    const released = performance.now();
    direct.release();
    assert.equal(await inserted, "x_1");
    assert.ok(committed >= released);
  });
});

Deno.test("DataSet writer through persistd connects again after the daemon restarts", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await using ds = await DataSet.open(path, {
      mode: "w",
      daemon: daemon.socket,
    });
    assert.equal(await ds.insert(1), "x_0");
    assert.equal((await daemon.stop("SIGTERM")).code, 0);
    const down = await ds.insert(2).catch((e) => e);
    assert.ok(down instanceof DaemonUnavailableError, String(down));
    assert.equal(down.socket, daemon.socket);
    await using again = await Daemon.start(root, daemon.socket);
    assert.equal(await ds.insert(3), "x_1");
    await using client = await PersistdClient.connect(again.socket);
    const names = (await client.status()).clients.map((c) => c.name);
    assert.ok(names.includes(`DataSet ${path}`), String(names));
    assert.deepEqual(await ds.keys(), ["x_0", "x_1"]);
  });
});

Deno.test("DataSet through persistd needs only the socket flags and read/write on the DataSet folder", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    const socket = daemon.socket;
    const tryIn = async (flags: string[], daemonArg = socket) => {
      const out = await runDeno(flags, script("./_try_dataset.ts"), [
        "write",
        path,
        daemonArg,
      ]);
      assert.equal(out.code, 0, out.stderr);
      return JSON.parse(out.stdout);
    };
    // Exactly these flags: nothing on the daemon's root, no env.
    assert.deepEqual(await tryIn(clientFlags(socket, path)), {
      result: { keys: ["a", "x_0"], info: [3, 4], a: 500, problems: 0 },
    });
    const without = {
      net: [
        `--allow-read=${socket},${path}`,
        `--allow-write=${socket},${path}`,
      ],
      "socket read": [
        `--allow-read=${path}`,
        `--allow-write=${socket},${path}`,
        `--allow-net=unix:${socket}`,
      ],
      "socket write": [
        `--allow-read=${socket},${path}`,
        `--allow-write=${path}`,
        `--allow-net=unix:${socket}`,
      ],
    };
    for (const [what, flags] of Object.entries(without)) {
      const out = await tryIn(flags);
      assert.equal(out.error, "NotCapable", `without ${what}: ${out.message}`);
    }
    // daemon: true reads PERSISTD_SOCKET only with env permission for it.
    const env = { PERSISTD_SOCKET: socket };
    const viaEnv = await runDeno(
      [...clientFlags(socket, path), "--allow-env=PERSISTD_SOCKET"],
      script("./_try_dataset.ts"),
      ["open-w", path, "env"],
      { env },
    );
    assert.deepEqual(JSON.parse(viaEnv.stdout), {
      result: ["a", "x_0"],
    });
    const noEnv = await runDeno(
      clientFlags(socket, path),
      script("./_try_dataset.ts"),
      ["open-w", path, "env"],
      { env },
    );
    const refused = JSON.parse(noEnv.stdout);
    assert.equal(refused.error, "DaemonUnavailableError");
    assert.match(refused.message, /--allow-env=PERSISTD_SOCKET/);
  });
});

Deno.test("DataSet writer with file locks that times out on a lock persistd holds for a client says so", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    await using holder = new Child(
      clientFlags(daemon.socket, path),
      script("./_hold_lock.ts"),
      [path, "600000", daemon.socket],
    );
    await holder.waitFor("ready");
    const error = await rejection(
      DataSet.open(path, { mode: "w", lock: "session", lockTimeout: 200 }),
    );
    assert.ok(error instanceof LockTimeoutError);
    assert.equal(error.holderPid, daemon.process.pid);
    assert.match(
      error.message,
      new RegExp(
        `still locked by persistd \\(pid ${daemon.process.pid}\\) on behalf of one of its clients \\("persist locks" shows which\\) after 200 ms`,
      ),
    );
  });
});

Deno.test("DataSet writer through persistd with leases waits its whole lockTimeout for a file-lock writer and names it", async () => {
  await withDaemon(async (daemon, root) => {
    const path = join(root, "runs");
    await (await DataSet.open(path, { mode: "w" })).close();
    // A healthy writer without the daemon holds the lock for its session.
    await using holder = new Child(
      rw(path),
      script("./_hold_lock.ts"),
      [path, "600000"],
    );
    await holder.waitFor("ready");
    const start = performance.now();
    const error = await rejection(
      DataSet.open(path, {
        mode: "w",
        lock: "session",
        daemon: daemon.socket,
        lockTimeout: 1_500,
      }),
    );
    const waited = performance.now() - start;
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.ok(waited >= 1_400, `failed after ${waited} ms`);
    assert.equal(error.holderPid, holder.process.pid);
    assert.match(
      error.message,
      new RegExp(
        `still locked by pid ${holder.process.pid} after 1500 ms`,
      ),
    );
  }, { args: ["--lease-timeout", "400"] });
});
