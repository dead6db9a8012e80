// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { join } from "node:path";
import { acquireLock, encodePid } from "../../lib/fs/mod.ts";
import { FormatError, LockLostError, LockTimeoutError } from "../../mod.ts";
import { Child } from "../_child.ts";
import { HAS_PYTHON, python, until, withTempDir } from "../_util.ts";

const HOLD = new URL("./_hold_lock.ts", import.meta.url).href;
const flags = (dir: string) => [`--allow-read=${dir}`, `--allow-write=${dir}`];

/** Whether no waiter holds the shared lock on `dir` (its waiting room). */
async function roomIsFree(dir: string): Promise<boolean> {
  using room = await Deno.open(dir, { read: true });
  const free = await room.tryLock(true);
  if (free) await room.unlock();
  return free;
}

/** Waits until an `acquireLock()` in `dir` has failed once and waits. */
function waiterWaits(dir: string): Promise<void> {
  return until(async () => !(await roomIsFree(dir)), 10_000, "a waiter waits");
}

Deno.test("acquireLock() with timeout 0 fails at once naming the holder's pid", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    await using holder = new Child(flags(dir), HOLD, [path]);
    await holder.waitFor("locked");
    const start = performance.now();
    const error = await acquireLock(path, { timeout: 0, label: "runs" }).catch((
      e,
    ) => e);
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.ok(performance.now() - start < 500);
    assert.equal(error.holderPid, holder.process.pid);
    assert.equal(error.path, "runs");
    assert.match(
      error.message,
      new RegExp(
        `Cannot lock "runs": it is still held by pid ${holder.process.pid}`,
      ),
    );
  });
});

Deno.test("acquireLock() is granted within a second after the holder is killed", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    const holder = new Child(flags(dir), HOLD, [path]);
    await holder.waitFor("locked");
    const granted = acquireLock(path, { timeout: 10_000 });
    await waiterWaits(dir);
    const killedAt = performance.now();
    await holder.kill();
    using _lock = await granted;
    assert.ok(performance.now() - killedAt < 1000);
  });
});

Deno.test("acquireLock() waits for a holder that releases within the timeout", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    await using holder = new Child(flags(dir), HOLD, [path, "300"]);
    await holder.waitFor("locked");
    using lock = await acquireLock(path, { timeout: 5_000 });
    assert.equal(lock.path, path);
    assert.equal((await holder.process.status).code, 0);
  });
});

Deno.test("acquireLock() excludes a second holder in the same process until release", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    const first = await acquireLock(path);
    await assert.rejects(acquireLock(path, { timeout: 50 }), LockTimeoutError);
    first.release();
    first.release(); // idempotent
    using _second = await acquireLock(path, { timeout: 0 });
  });
});

Deno.test("acquireLock() shared locks coexist and exclude an exclusive one", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    using _a = await acquireLock(path, { exclusive: false });
    using _b = await acquireLock(path, { exclusive: false, timeout: 0 });
    await assert.rejects(acquireLock(path, { timeout: 0 }), LockTimeoutError);
  });
});

Deno.test("acquireLock() with readOnly needs only --allow-read, writes nothing, and excludes an exclusive holder", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    const record = new TextEncoder().encode("pid 12345 of an earlier holder\n");
    await Deno.writeFile(path, record);
    const before = await Deno.stat(path);
    await using reader = new Child([`--allow-read=${dir}`], HOLD, [
      path,
      "",
      "read-only",
    ]);
    await reader.waitFor("locked");
    await assert.rejects(acquireLock(path, { timeout: 0 }), LockTimeoutError);
    // Readers share it.
    (await acquireLock(path, { exclusive: false, timeout: 0 })).release();
    assert.deepEqual(await Deno.readFile(path), record);
    assert.equal(
      (await Deno.stat(path)).mtime?.getTime(),
      before.mtime?.getTime(),
    );
    await reader.kill();
    using _exclusive = await acquireLock(path, { timeout: 0 });
  });
});

Deno.test("acquireLock() timing out while only readers hold the lock (shared, no pid recorded) says so, and names no stale pid as the holder", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    // This process was the last writer: its pid is in the file.
    (await acquireLock(path)).release();
    await using reader = new Child([`--allow-read=${dir}`], HOLD, [
      path,
      "",
      "read-only",
    ]);
    await reader.waitFor("locked");
    const error = await acquireLock(path, { timeout: 100, label: "runs" })
      .catch((e) => e);
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.equal(error.holderPid, undefined);
    assert.equal(
      error.message,
      `Cannot lock "runs": it is still held after 100 ms by one or more readers (shared locks, as "persist verify" takes, which record no pid; ` +
        `the last writer recorded in the lock file is pid ${Deno.pid} (this process), not a holder now); ` +
        "wait for the readers to finish or pass a longer timeout",
    );
    // A long-dead writer's pid is not named as the holder either.
    await Deno.writeFile(path, encodePid(2 ** 22 + 17));
    const stale = await acquireLock(path, { timeout: 0, label: "runs" })
      .catch((e) => e);
    assert.ok(stale instanceof LockTimeoutError, String(stale));
    assert.equal(stale.holderPid, undefined);
    assert.match(
      stale.message,
      /by one or more readers .*the last writer recorded in the lock file is pid 4194321, not a holder now/,
    );
    // A writer waiting behind an exclusive holder still names it.
    await reader.kill();
    await using writer = new Child(flags(dir), HOLD, [path]);
    await writer.waitFor("locked");
    const held = await acquireLock(path, { timeout: 0 }).catch((e) => e);
    assert.equal(held.holderPid, writer.process.pid);
    assert.match(held.message, /it is still held by pid \d+ after 0 ms/);
  });
});

Deno.test({
  name:
    "acquireLock() refuses a lock file that is a folder or a FIFO with a FormatError naming it, without opening it",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, "folder.lock");
      await Deno.mkdir(folder);
      const fifo = join(dir, "fifo.lock");
      await python("import os, sys; os.mkfifo(sys.argv[1])", [fifo]);
      for (
        const [path, kind] of [[folder, "a folder"], [
          fifo,
          "a named pipe \\(FIFO\\)",
        ]]
      ) {
        for (const options of [{}, { readOnly: true, exclusive: false }]) {
          const error = await acquireLock(path, { timeout: 0, ...options })
            .catch((e) => e);
          assert.ok(error instanceof FormatError, String(error));
          assert.equal(error.path, path);
          assert.match(
            error.message,
            new RegExp(
              `^Cannot use "${path}" as a lock file: it is ${kind}, not a file .*; move it away, and the next writer makes a new lock file$`,
            ),
          );
        }
      }
    });
  },
});

Deno.test("acquireLock() with readOnly creates no lock file: a missing one is NotFound", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    await assert.rejects(
      acquireLock(path, { readOnly: true, exclusive: false }),
      Deno.errors.NotFound,
    );
    assert.deepEqual([...Deno.readDirSync(dir)], []);
  });
});

Deno.test("acquireLock() stops waiting when its signal aborts", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    using _held = await acquireLock(path);
    const controller = new AbortController();
    const waiting = acquireLock(path, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 50);
    await assert.rejects(waiting, /stop/);
  });
});

Deno.test("acquireLock() stops waiting when its signal aborts during a lock attempt", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    using _held = await acquireLock(path);
    // Abort in the same tick as the call: the abort lands while the first
    // open/tryLock is pending, before any sleep listens for it.
    for (let i = 0; i < 20; i++) {
      const controller = new AbortController();
      const waiting = acquireLock(path, { signal: controller.signal });
      queueMicrotask(() => controller.abort(new Error("stop")));
      const start = performance.now();
      await assert.rejects(waiting, /stop/);
      assert.ok(performance.now() - start < 1000);
    }
  });
});

Deno.test("acquireLock() holds a shared lock on the folder while it waits, and only then", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    await using holder = new Child(flags(dir), HOLD, [path, "400"]);
    await holder.waitFor("locked");
    assert.equal(await roomIsFree(dir), true, "the holder is not in the room");
    const granted = acquireLock(path, { timeout: 10_000 });
    await waiterWaits(dir); // the waiter announces itself
    using _lock = await granted;
    assert.equal(await roomIsFree(dir), true, "it left the room with the lock");
  });
});

Deno.test("acquireLock() writes its pid in place, over a longer record", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    await Deno.writeTextFile(path, "123456789012345678\n");
    {
      using _lock = await acquireLock(path);
    }
    const text = await Deno.readTextFile(path);
    assert.equal(text.slice(0, 11), `${String(Deno.pid).padStart(10)}\n`);
    assert.equal(Number.parseInt(text, 10), Deno.pid);
  });
});

Deno.test("acquireLock(): a waiter whose lock file was deleted meanwhile waits for the holder of the new one", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    // The first holder, in another process, holds the file the waiter opens.
    await using first = new Child(flags(dir), HOLD, [path]);
    await first.waitFor("locked");
    let granted = 0;
    const waiting = acquireLock(path, { timeout: 20_000 }).then((lock) => {
      granted = performance.now();
      return lock;
    });
    await waiterWaits(dir); // it has opened the file and found it locked
    await Deno.remove(path); // someone "cleans up" the lock file
    // A second process creates a new lock file and holds it for 1.5 s.
    await using second = new Child(flags(dir), HOLD, [path, "1500"]);
    await second.waitFor("locked");
    await first.kill(); // the waiter's flock now succeeds, on the deleted file
    await second.waitFor("released");
    const released = performance.now();
    using lock = await waiting;
    assert.ok(
      granted >= released - 100,
      `granted ${
        Math.round(released - granted)
      } ms before the holder of the new lock file released it`,
    );
    lock.throwIfLost(); // its file is the one at the path
    assert.equal((await second.process.status).code, 0);
  });
});

Deno.test("acquireLock(): throwIfLost() throws LockLostError once the held lock file is deleted or replaced", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, ".lock");
    {
      using lock = await acquireLock(path, { label: "runs" });
      lock.throwIfLost();
      await Deno.remove(path);
      const error = (() => {
        try {
          lock.throwIfLost();
        } catch (e) {
          return e;
        }
      })();
      assert.ok(error instanceof LockLostError, String(error));
      assert.equal(error.path, path);
      assert.match(
        error.message,
        /Cannot keep the lock on "runs": its lock file ".*\.lock" was deleted or replaced while held/,
      );
      assert.match(error.message, /the write was not made, try it again/);
      // Another holder may now lock the new file at the path.
      using other = await acquireLock(path, { timeout: 0 });
      other.throwIfLost();
    }
    {
      using lock = await acquireLock(path);
      await Deno.writeTextFile(`${path}.new`, "");
      await Deno.rename(`${path}.new`, path); // replaced, not deleted
      assert.throws(() => lock.throwIfLost(), LockLostError);
      lock.release();
      lock.throwIfLost(); // released: nothing to lose
    }
  });
});
