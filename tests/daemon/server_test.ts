// Copyright 2026 the persist authors. MIT license.
// persistd as a process: started with exact flags, spoken to over its real
// socket by this process (raw frames or the client) and by client processes.

import assert from "node:assert/strict";
import { join } from "node:path";
import { acquireLock } from "../../lib/fs/mod.ts";
import {
  encodeFrame,
  FrameDecoder,
  PROTOCOL_VERSION,
} from "../../daemon/protocol.ts";
import {
  DaemonUnavailableError,
  LockTimeoutError,
  NotFoundError,
  PersistdClient,
} from "../../mod.ts";
import { Child } from "../_child.ts";
import { symlink } from "../_util.ts";
import {
  CLIENT,
  clientFlags,
  Daemon,
  daemonFlags,
  freeSocket,
  holdForever,
  rejection,
  SOCKETS,
  until,
  withDaemon,
} from "./_daemon.ts";

const HOLD_FLOCK = new URL("../fs/_hold_lock.ts", import.meta.url).href;

/**
 * A `_client.ts hammer` process: `rounds` locked read-increment-writes of
 * `<dir>/counter`, locking through the daemon at `via`, or directly ("-").
 */
function hammer(
  socket: string,
  dir: string,
  via: string,
  rounds: number,
): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      "--no-prompt",
      ...clientFlags(socket, dir),
      CLIENT,
      via,
      "hammer",
      dir,
      String(rounds),
    ],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

/** A raw connection speaking frames, for malformed and low-level requests. */
class Raw implements Disposable {
  #decoder = new FrameDecoder();
  #buffer = new Uint8Array(65536);
  constructor(readonly conn: Deno.UnixConn) {}

  static async connect(socket: string): Promise<Raw> {
    for (;;) {
      try {
        return new Raw(await Deno.connect({ transport: "unix", path: socket }));
      } catch (error) {
        // The accept queue is full: the kernel pushes back; wait.
        if (!(error instanceof Deno.errors.WouldBlock)) throw error;
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.length) {
      offset += await this.conn.write(bytes.subarray(offset));
    }
  }

  send(message: object): Promise<void> {
    return this.write(encodeFrame(message));
  }

  /** The next message, or "eof" when the daemon closes the connection. */
  async next(timeoutMs = 5_000): Promise<Record<string, unknown> | "eof"> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const frame = this.#decoder.next();
      if (frame !== undefined) {
        assert.ok(frame.ok, "the daemon sent a malformed frame");
        return frame.value as Record<string, unknown>;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const n = await Promise.race([
        this.conn.read(this.#buffer).catch(() => null),
        new Promise<"timeout">((r) => {
          timer = setTimeout(
            () => r("timeout"),
            Math.max(0, deadline - performance.now()),
          );
        }),
      ]);
      clearTimeout(timer);
      if (n === "timeout") throw new Error("no reply from the daemon in time");
      if (n === null) return "eof";
      this.#decoder.push(this.#buffer.subarray(0, n));
    }
  }

  async hello(): Promise<void> {
    await this.send({ id: 0, op: "hello", version: PROTOCOL_VERSION });
    const reply = await this.next();
    assert.equal((reply as { ok: boolean }).ok, true);
  }

  [Symbol.dispose](): void {
    try {
      this.conn.close();
    } catch {
      // closed already
    }
  }
}

Deno.test("persistd makes its socket usable by its owner only (mode 0600)", async () => {
  await withDaemon(async (daemon) => {
    const info = await Deno.lstat(daemon.socket);
    assert.equal(info.isSocket, true);
    assert.equal(info.mode! & 0o777, 0o600);
  });
});

Deno.test("persistd answers the hello with its version, pid and root", async () => {
  await withDaemon(async (daemon, root) => {
    using raw = await Raw.connect(daemon.socket);
    await raw.send({ id: 5, op: "hello", version: PROTOCOL_VERSION, pid: 1 });
    assert.deepEqual(await raw.next(), {
      id: 5,
      ok: true,
      version: PROTOCOL_VERSION,
      server: "persistd",
      pid: daemon.process.pid,
      root: await Deno.realPath(root),
      leaseTimeout: 0,
      maxFrameSize: 1 << 20,
    });
  });
});

Deno.test("persistd refuses another protocol version and closes the connection", async () => {
  await withDaemon(async (daemon) => {
    using raw = await Raw.connect(daemon.socket);
    await raw.send({ id: 1, op: "hello", version: 99 });
    const reply = await raw.next() as { error: Record<string, unknown> };
    assert.equal(reply.error.code, "VersionMismatch");
    assert.equal(reply.error.version, PROTOCOL_VERSION);
    assert.equal(await raw.next(), "eof");
  });
});

Deno.test("persistd answers each kind of malformed input as documented", async () => {
  await withDaemon(async (daemon) => {
    const text = (s: string) => new TextEncoder().encode(s);
    const fatal: [string, Uint8Array, string][] = [
      ["huge length", new Uint8Array([0xff, 0xff, 0xff, 0xff, 1]), "Protocol"],
      ["zero length", new Uint8Array(4), "Protocol"],
      ["HTTP", text("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), "Protocol"],
      ["bad msgpack", new Uint8Array([0, 0, 0, 1, 0xc1]), "Protocol"],
      ["not a map", encodeFrame([1, 2, 3]), "Protocol"],
      ["no id", encodeFrame({ op: "hello", version: 1 }), "Protocol"],
      ["before hello", encodeFrame({ id: 1, op: "status" }), "HelloRequired"],
    ];
    for (const [what, bytes, code] of fatal) {
      using raw = await Raw.connect(daemon.socket);
      await raw.write(bytes);
      const reply = await raw.next() as {
        id: unknown;
        error: { code: string };
      };
      assert.equal(reply.error.code, code, what);
      assert.equal(await raw.next(), "eof", `${what}: then closed`);
    }
    // After the hello, request-level mistakes get an error and the
    // connection stays usable.
    using raw = await Raw.connect(daemon.socket);
    await raw.hello();
    const soft: [object, string][] = [
      [{ id: 2, op: "explode" }, "UnknownOp"],
      [{ id: 3, op: "acquire", path: 42 }, "BadRequest"],
      [{ id: 4, op: "acquire", path: "relative/dir" }, "BadRequest"],
      [{ id: 5, op: "release", lock: 77 }, "NotHeld"],
      [{ id: 6, op: "renew", lock: 77 }, "NotHeld"],
      [{ id: 7, op: "hello", version: 1 }, "BadRequest"],
    ];
    for (const [request, code] of soft) {
      await raw.send(request);
      const reply = await raw.next() as { id: number; error: { code: string } };
      assert.equal(reply.error.code, code, JSON.stringify(request));
      assert.equal(reply.id, (request as { id: number }).id);
    }
    await raw.send({ id: 8, op: "cancel", request: 1234 });
    assert.deepEqual(await raw.next(), { id: 8, ok: true, cancelled: false });
    await raw.send({ id: 9, op: "status" });
    assert.equal((await raw.next() as { ok: boolean }).ok, true);
    assert.doesNotMatch(daemon.log, /internal error/);
  });
});

Deno.test("persistd survives 2 000 garbage connections, then serves a normal client", async () => {
  await withDaemon(async (daemon, root) => {
    const text = (s: string) => new TextEncoder().encode(s);
    const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
    const hello = encodeFrame({ id: 0, op: "hello", version: 1 });
    const kinds: (() => Uint8Array[])[] = [
      () => [random(1 + Math.floor(Math.random() * 300))],
      () => [new Uint8Array([0xff, 0xff, 0xff, 0xfe]), random(64)],
      () => [new Uint8Array([0, 0, 0, 100]), random(10)], // truncated frame
      () => [text("GET / HTTP/1.1\r\nHost: persistd\r\n\r\n")],
      () => [], // instant disconnect
      () => [new Uint8Array([0, 0, 0, 2, 0xc1, 0xc1])],
      () => [encodeFrame([1, "x"]), random(5)],
      () => [hello, encodeFrame({ id: 1, op: "acquire", path: 7 })],
      () => [hello, encodeFrame({ id: 1, op: "nope" }), random(3)],
      () => [hello.subarray(0, 6)], // truncated hello
      () => [hello, encodeFrame({ id: 1, op: "acquire", path: `${root}/..` })],
      () => [new Uint8Array([0x00, 0x10])], // half a length prefix
    ];
    // A client that holds a lock through all of it keeps it.
    await using holder = await PersistdClient.connect(daemon.socket);
    await Deno.mkdir(join(root, "ds"));
    await using lock = await holder.acquire(join(root, "ds"));
    // One connection stays stuck in the middle of a frame throughout.
    using stuck = await Raw.connect(daemon.socket);
    await stuck.hello();
    await stuck.write(new Uint8Array([0, 0, 1, 0, 0x85]));
    let next = 0;
    const worker = async () => {
      while (next < 2000) {
        const kind = kinds[next++ % kinds.length];
        using raw = await Raw.connect(daemon.socket);
        try {
          for (const bytes of kind()) await raw.conn.write(bytes);
        } catch {
          // the daemon may close first: that is an acceptable answer
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));

    const start = performance.now();
    await using client = await PersistdClient.connect(daemon.socket, {
      name: "after-garbage",
    });
    const status = await client.status();
    assert.ok(performance.now() - start < 2000);
    assert.equal(status.resources.length, 1);
    assert.equal(status.resources[0].holder?.lock, lock.id);
    assert.equal(lock.signal.aborted, false);
    await until(
      async () => (await client.status()).clients.length === 3,
      5_000,
      "garbage connections to be dropped",
    );
    assert.doesNotMatch(daemon.log, /internal error/);
    assert.match(daemon.log, /Cannot read the request: a frame length/);
  });
});

Deno.test("persistd closes a connection that sends no hello in time", async () => {
  await withDaemon(async (daemon) => {
    using raw = await Raw.connect(daemon.socket);
    const reply = await raw.next() as { id: unknown; error: { code: string } };
    assert.equal(reply.id, null);
    assert.equal(reply.error.code, "HelloRequired");
    assert.equal(await raw.next(), "eof");
  }, { args: ["--hello-timeout", "200"] });
});

Deno.test("persistd refuses connections beyond --max-connections with Busy", async () => {
  await withDaemon(async (daemon) => {
    await using a = await PersistdClient.connect(daemon.socket);
    await using b = await PersistdClient.connect(daemon.socket);
    using raw = await Raw.connect(daemon.socket);
    const reply = await raw.next() as { error: { code: string } };
    assert.equal(reply.error.code, "Busy");
    assert.equal(await raw.next(), "eof");
    await b.close();
    await until(async () => (await a.status()).clients.length === 1);
    await using c = await PersistdClient.connect(daemon.socket);
    assert.equal((await c.status()).clients.length, 2);
  }, { args: ["--max-connections", "2"] });
});

Deno.test("persistd refuses folders outside its root, by path, '..' or symlink", async () => {
  await withDaemon(async (daemon, root, tmp) => {
    const outside = join(tmp, "outside");
    await Deno.mkdir(outside);
    await symlink(outside, join(root, "escape"));
    await Deno.mkdir(join(root, "ds"));
    await using client = await PersistdClient.connect(daemon.socket);
    const refused = [
      outside,
      `${root}/../outside`,
      `${root}/ds/../../outside`,
      join(root, "escape"),
      join(root, "escape", "sub"),
      "/etc",
      "/",
    ];
    for (const path of refused) {
      for (
        const attempt of [
          () => client.acquire(path, { timeout: 0 }),
          () => client.allocateName(path),
          () => client.status({ path }),
        ]
      ) {
        const error = await rejection(attempt());
        assert.ok(error instanceof DaemonUnavailableError, `${path}: ${error}`);
        assert.equal(error.code, "OutsideRoot", path);
        assert.match(error.message, /outside the root/);
      }
    }
    const viaLink = await rejection(
      client.acquire(join(root, "escape"), { timeout: 0 }),
    );
    assert.ok(viaLink instanceof DaemonUnavailableError);
    assert.match(viaLink.message, new RegExp(`resolves to "${outside}"`));
    assert.equal((await client.status()).resources.length, 0);
    assert.equal(
      [...Deno.readDirSync(outside)].length,
      0,
      "no .lock created outside",
    );
  });
});

Deno.test("persistd resolves symlinks inside the root to one lock per real folder", async () => {
  await withDaemon(async (daemon, root) => {
    const real = join(root, "ds");
    await Deno.mkdir(real);
    await symlink(real, join(root, "alias"));
    await using client = await PersistdClient.connect(daemon.socket);
    await using lock = await client.acquire(join(root, "alias"));
    assert.equal(lock.path, await Deno.realPath(real));
    await assert.rejects(
      client.acquire(`${root}/ds/../ds/`, { timeout: 0 }),
      LockTimeoutError,
    );
  });
});

Deno.test("persistd serves a --root that is a symbolic link with permissions on the link only, and shares the flock with direct writers", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = SOCKETS[0];
  try {
    const real = join(tmp, "disk");
    const link = join(tmp, "data");
    await Deno.mkdir(join(real, "ds"), { recursive: true });
    await symlink(real, link);
    await freeSocket(socket);
    await using daemon = await Daemon.start(link, socket, {
      flags: daemonFlags(link, socket),
    });
    await using client = await PersistdClient.connect(daemon.socket);
    const lock = await client.acquire(join(link, "ds"));
    assert.equal(lock.path, await Deno.realPath(join(real, "ds")));
    // The daemon took the same .lock flock that direct writers take.
    const error = await rejection(
      acquireLock(join(real, "ds", ".lock"), { timeout: 0 }),
    );
    assert.ok(error instanceof LockTimeoutError);
    await lock.release();
    await until(async () =>
      (await client.status()).resources.every((r) => r.holder === undefined)
    );
    using _direct = await acquireLock(join(real, "ds", ".lock"), {
      timeout: 5_000,
    });
    assert.doesNotMatch(daemon.log, /NotCapable|denied/i);
  } finally {
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
    await Deno.remove(socket).catch(() => {});
  }
});

Deno.test("persistd refuses missing folders and files", async () => {
  await withDaemon(async (daemon, root) => {
    await Deno.writeTextFile(join(root, "file"), "x");
    await using client = await PersistdClient.connect(daemon.socket);
    const missing = await rejection(client.acquire(join(root, "nope")));
    assert.ok(missing instanceof NotFoundError);
    assert.equal(missing.path, join(root, "nope"));
    const file = await rejection(client.acquire(join(root, "file")));
    assert.ok(file instanceof DaemonUnavailableError);
    assert.equal(file.code, "NotADirectory");
  });
});

Deno.test("persistd holds the folder's .lock flock while a client holds the lock", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = join(root, "ds");
    await Deno.mkdir(dir);
    await using client = await PersistdClient.connect(daemon.socket);
    const lock = await client.acquire(dir);
    const error = await rejection(
      acquireLock(join(dir, ".lock"), { timeout: 0 }),
    );
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.equal(error.holderPid, daemon.process.pid);
    await lock.release();
    using direct = await acquireLock(join(dir, ".lock"), { timeout: 0 });
    assert.equal(direct.path, join(dir, ".lock"));
  });
});

Deno.test("persistd waits for a direct .lock holder and reports it on timeout", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = join(root, "ds");
    await Deno.mkdir(dir);
    const flags = [`--allow-read=${dir}`, `--allow-write=${dir}`];
    await using direct = new Child(flags, HOLD_FLOCK, [join(dir, ".lock")]);
    await direct.waitFor("locked");
    await using client = await PersistdClient.connect(daemon.socket);
    const start = performance.now();
    const error = await rejection(client.acquire(dir, { timeout: 200 }));
    assert.ok(performance.now() - start >= 190, "it waited the whole timeout");
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.equal(error.holderPid, direct.process.pid);
    assert.equal(error.path, dir);

    const waiting = client.acquire(dir, { timeout: 10_000 });
    await using observer = await PersistdClient.connect(daemon.socket);
    await until(async () =>
      (await observer.status()).resources[0]?.holder?.state === "locking"
    );
    await direct.kill();
    await using lock = await waiting;
    assert.equal(lock.path, dir);
    assert.equal(
      (await observer.status()).resources[0].holder?.state,
      "held",
    );
  });
});

Deno.test("persistd and direct flock writers exclude each other (no lost update)", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = join(root, "ds");
    await Deno.mkdir(dir);
    const rounds = 40;
    const children = [0, 1, 2, 3].map((i) =>
      hammer(daemon.socket, dir, i % 2 === 0 ? daemon.socket : "-", rounds)
        .output()
    );
    for (const out of await Promise.all(children)) {
      assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    }
    assert.equal(
      await Deno.readTextFile(join(dir, "counter")),
      `${4 * rounds}`,
    );
  });
});

Deno.test("persistd hands its lock from client to client but lets a waiting direct writer in", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = join(root, "ds");
    await Deno.mkdir(dir);
    // Three daemon clients keep the lock busy: each asks again as soon as
    // it releases, so the daemon always has a next holder to hand it to.
    const busy = [0, 1, 2].map(() =>
      hammer(daemon.socket, dir, daemon.socket, 300)
    );
    await using observer = await PersistdClient.connect(daemon.socket);
    await until(
      async () => ((await observer.status()).resources[0]?.waiting ?? 0) >= 2,
      20_000,
      "two daemon clients waiting",
    );
    const direct = await hammer(daemon.socket, dir, "-", 10).output();
    const stdout = new TextDecoder().decode(direct.stdout);
    assert.equal(direct.code, 0, new TextDecoder().decode(direct.stderr));
    const longest = Number(stdout.trim().split("\n").at(-1));
    // It got the lock 10 times while the daemon clients were still busy.
    assert.notEqual(
      (await observer.status()).resources[0]?.holder,
      undefined,
      "the daemon clients finished first: the direct writer was starved",
    );
    assert.ok(longest < 2_000, `the direct writer waited ${longest} ms`);
    for (const out of await Promise.all(busy.map((c) => c.output()))) {
      assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    }
    assert.equal(await Deno.readTextFile(join(dir, "counter")), "910");
  });
});

Deno.test("persistd status shows holders, FIFO waiters and since when", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = join(root, "ds");
    await Deno.mkdir(dir);
    await using client = await PersistdClient.connect(daemon.socket, {
      name: "holder",
    });
    const before = Date.now();
    await using _lock = await client.acquire(dir);
    const flags = clientFlags(daemon.socket, dir);
    await using w1 = new Child(flags, CLIENT, [
      daemon.socket,
      "hold",
      dir,
      "1",
      "0",
    ]);
    await w1.waitFor("connected");
    await until(async () => (await client.status()).resources[0].waiting === 1);
    await using w2 = new Child(flags, CLIENT, [
      daemon.socket,
      "hold",
      dir,
      "2",
      "0",
    ]);
    await w2.waitFor("connected");
    await until(async () => (await client.status()).resources[0].waiting === 2);
    const status = await client.status({ path: dir });
    assert.equal(status.pid, daemon.process.pid);
    assert.equal(status.clients.length, 3);
    assert.equal(status.resources.length, 1);
    const [r] = status.resources;
    assert.equal(r.path, dir);
    assert.equal(r.holder?.pid, Deno.pid);
    assert.equal(r.holder?.name, "holder");
    assert.equal(r.holder?.state, "held");
    assert.ok(r.holder!.since >= before - 5 && r.holder!.since <= status.now);
    assert.deepEqual(r.waiters.map((w) => w.pid), [
      w1.process.pid,
      w2.process.pid,
    ]);
    assert.deepEqual(r.waiters.map((w) => w.name), ["test-hold", "test-hold"]);
    assert.ok(r.waiters[0].since <= r.waiters[1].since);
    assert.ok(r.waiters[0].deadline! > status.now);
    assert.equal(r.waiting, 2);
  });
});

Deno.test("persistd replaces a stale socket left by a killed daemon", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = SOCKETS[0];
  try {
    await freeSocket(socket);
    const first = await Daemon.start(tmp, socket);
    await first.kill();
    assert.equal((await Deno.lstat(socket)).isSocket, true, "left behind");
    await assert.rejects(
      PersistdClient.connect(socket),
      (e: unknown) =>
        e instanceof DaemonUnavailableError && e.socket === socket &&
        /connection refused/.test(e.message),
    );
    await using second = await Daemon.start(tmp, socket);
    assert.match(second.log, /removed the stale socket/);
    await using client = await PersistdClient.connect(socket);
    assert.equal(client.server.pid, second.process.pid);
  } finally {
    await Deno.remove(tmp, { recursive: true });
    await Deno.remove(socket).catch(() => {});
  }
});

Deno.test("persistd refuses to replace a live daemon's socket", async () => {
  await withDaemon(async (daemon, root) => {
    const second = new Daemon(root, daemon.socket);
    const status = await second.process.status;
    await second.stop();
    assert.equal(status.code, 1);
    assert.match(second.log, /a live daemon is serving it already/);
    await using client = await PersistdClient.connect(daemon.socket);
    assert.equal(client.server.pid, daemon.process.pid);
  });
});

Deno.test("persistd refuses to remove a file that is not a socket", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = SOCKETS[0];
  try {
    await freeSocket(socket);
    await Deno.writeTextFile(socket, "precious");
    const daemon = new Daemon(tmp, socket);
    const status = await daemon.process.status;
    await daemon.stop();
    assert.equal(status.code, 1);
    assert.match(daemon.log, /a file that is not a socket is in the way/);
    assert.equal(await Deno.readTextFile(socket), "precious");
  } finally {
    await Deno.remove(tmp, { recursive: true });
    await Deno.remove(socket).catch(() => {});
  }
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  Deno.test(`persistd on ${signal} releases every lock, removes the socket and exits 0`, async () => {
    await withDaemon(async (daemon, root) => {
      const dir = join(root, "ds");
      await Deno.mkdir(dir);
      await using holder = await holdForever(daemon.socket, dir);
      await using client = await PersistdClient.connect(daemon.socket);
      const waiting = rejection(client.acquire(dir));
      await until(async () =>
        (await client.status()).resources[0]?.waiting === 1
      );

      const status = await daemon.stop(signal);
      assert.equal(status.code, 0);
      assert.equal(status.success, true);
      await assert.rejects(Deno.lstat(daemon.socket), Deno.errors.NotFound);
      assert.match(
        daemon.log,
        new RegExp(`stopped on ${signal}: released 1 lock`),
      );
      const error = await waiting;
      assert.ok(error instanceof DaemonUnavailableError);
      assert.equal(error.code, "ShuttingDown");
      await holder.waitFor("lost");
      using _free = await acquireLock(join(dir, ".lock"), { timeout: 0 });
    });
  });
}

Deno.test("persistd without --allow-net for its socket exits 6 naming the flags", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = SOCKETS[0];
  try {
    await freeSocket(socket);
    const daemon = new Daemon(tmp, socket, {
      flags: [
        `--allow-read=${tmp},${socket}`,
        `--allow-write=${tmp},${socket}`,
      ],
    });
    const status = await daemon.process.status;
    await daemon.stop();
    assert.equal(status.code, 6);
    assert.match(daemon.log, /NotCapable|Requires net access/);
    assert.ok(
      daemon.log.includes(`--allow-net=unix:${socket}`),
      daemon.log,
    );
    await assert.rejects(Deno.lstat(socket), Deno.errors.NotFound);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("persistd without permission for its root exits 6", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = SOCKETS[0];
  try {
    await freeSocket(socket);
    const daemon = new Daemon(tmp, socket, {
      flags: daemonFlags("/nonexistent-elsewhere", socket),
    });
    const status = await daemon.process.status;
    await daemon.stop();
    assert.equal(status.code, 6);
    assert.match(daemon.log, /Requires read access/);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("persistd without write permission for its root refuses to start (exit 6), naming the flag", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = SOCKETS[0];
  try {
    await freeSocket(socket);
    const daemon = new Daemon(tmp, socket, {
      flags: [
        `--allow-read=${tmp},${socket}`,
        `--allow-write=${socket}`,
        `--allow-net=unix:${socket}`,
      ],
    });
    // Fails fast where persistd starts anyway (it would run until stopped).
    const listening = await daemon.waitForLog(/: listening on "/).then(
      () => true,
      () => false,
    );
    await daemon.stop();
    assert.ok(!listening, `persistd started:\n${daemon.log}`);
    const status = await daemon.process.status;
    assert.equal(status.code, 6, daemon.log);
    assert.ok(
      daemon.log.startsWith(
        `persistd: Cannot serve the root "${tmp}": Requires write access to "${tmp}", run again with the --allow-write flag; ` +
          `persistd needs --allow-read=${tmp},${socket} --allow-write=${tmp},${socket} --allow-net=unix:${socket}`,
      ),
      daemon.log,
    );
    await assert.rejects(Deno.lstat(socket), Deno.errors.NotFound);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("persistd says a .lock file it may not take is its own missing permission, not the client's", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  const socket = SOCKETS[0];
  try {
    await freeSocket(socket);
    const dir = join(tmp, "ds");
    await Deno.mkdir(dir);
    await using daemon = await Daemon.start(tmp, socket, {
      flags: [...daemonFlags(tmp, socket), `--deny-write=${dir}`],
    });
    await using client = await PersistdClient.connect(socket);
    const error = await rejection(client.acquire(dir, { timeout: 1000 }));
    assert.ok(error instanceof DaemonUnavailableError, String(error));
    assert.equal(error.code, "Internal");
    assert.equal(
      error.message,
      `Cannot lock "${dir}": persistd may not take its .lock file (Requires write access to "${dir}/.lock", run again with the --allow-write flag); ` +
        "the permission is missing on the daemon, not on this client: restart persistd with --allow-read and --allow-write covering the folder",
    );
    assert.match(daemon.log, /listening on/);
  } finally {
    await Deno.remove(tmp, { recursive: true });
    await Deno.remove(socket).catch(() => {});
  }
});

Deno.test("persistd with wrong usage exits 2", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  try {
    for (
      const args of [
        ["--lease-timeout", "soon"],
        ["--bogus"],
      ]
    ) {
      const daemon = new Daemon(tmp, SOCKETS[0], { args });
      const status = await daemon.process.status;
      await daemon.stop();
      assert.equal(status.code, 2, daemon.log);
      assert.match(daemon.log, /persistd --help/);
    }
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("persistd lease timeout passes the lock on from a frozen client", async () => {
  await withDaemon(async (daemon, root) => {
    const dir = join(root, "ds");
    await Deno.mkdir(dir);
    await using frozen = await holdForever(daemon.socket, dir, "f");
    await using client = await PersistdClient.connect(daemon.socket);
    assert.equal(client.server.leaseTimeout, 300);
    // A live holder renews: still held well past one lease.
    await new Promise((r) => setTimeout(r, 700));
    await assert.rejects(client.acquire(dir, { timeout: 0 }), LockTimeoutError);
    frozen.process.kill("SIGSTOP");
    try {
      const start = performance.now();
      await using lock = await client.acquire(dir, { timeout: 5_000 });
      assert.ok(performance.now() - start < 2_000);
      assert.equal(lock.path, dir);
    } finally {
      frozen.process.kill("SIGCONT");
    }
    await frozen.waitFor("lost");
    assert.match(daemon.log, /lease of its lock on .* ran out after 300 ms/);
  }, { args: ["--lease-timeout", "300"] });
});

Deno.test("persistd with a socket in a missing folder exits 1 naming the folder", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "persistd-test-" });
  try {
    const socket = join(tmp, "missing", "p.sock");
    const daemon = new Daemon(tmp, socket, { flags: daemonFlags(tmp, socket) });
    const status = await daemon.process.status;
    await daemon.stop();
    assert.equal(status.code, 1, daemon.log);
    assert.ok(
      daemon.log.includes(
        `Cannot listen on "${socket}": its folder "${
          join(tmp, "missing")
        }" does not exist; create it`,
      ),
      daemon.log,
    );
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});
