// Copyright 2026 the persist authors. MIT license.
// The daemon's hold on a folder's `.lock` flock (daemon/_folder_lock.ts),
// checked against the flock that writers without the daemon take.

import assert from "node:assert/strict";
import { join } from "node:path";
import { FolderLock } from "../../daemon/_folder_lock.ts";
import { LockTimeoutError } from "../../lib/errors.ts";
import { acquireLock } from "../../lib/fs/mod.ts";
import { withTempDir } from "../_util.ts";

/** Whether a writer without the daemon could take the flock right now. */
async function freeForOthers(folder: string): Promise<boolean> {
  try {
    using _lock = await acquireLock(join(folder, ".lock"), { timeout: 0 });
    return true;
  } catch (error) {
    if (error instanceof LockTimeoutError) return false;
    throw error;
  }
}

Deno.test("FolderLock.settle() during a take that already holds the flock keeps it for the new owner", async () => {
  // The race persistd had: take() gets the flock at once, names its owner a
  // few microtasks later, and a settle() in between let the flock go, so the
  // client was granted a lock that writers without the daemon could also
  // take (two processes wrote one DataSet item: 1 in ~25 mixed runs).
  await withTempDir(async (folder) => {
    const lock = new FolderLock(folder);
    const taking = lock.take(1, 1_000, new AbortController().signal);
    lock.settle(); // before take() names its owner
    await taking;
    assert.equal(lock.owner, 1);
    assert.equal(lock.held, true);
    assert.equal(await freeForOthers(folder), false);
    lock.release(1);
    lock.settle();
    assert.equal(lock.held, false);
    assert.equal(await freeForOthers(folder), true);
  });
});

Deno.test("FolderLock hands the flock from one owner to the next, and lets go when nobody takes it", async () => {
  await withTempDir(async (folder) => {
    const lock = new FolderLock(folder);
    const signal = new AbortController().signal;
    await lock.take(1, 1_000, signal);
    lock.release(1); // nobody without the daemon waits: kept for a hand-over
    assert.equal(lock.held, true);
    assert.equal(await freeForOthers(folder), false);
    await lock.take(2, 0, signal); // immediate: the daemon still holds it
    assert.equal(lock.owner, 2);
    lock.release(2);
    lock.settle();
    assert.equal(lock.held, false);
    assert.equal(await freeForOthers(folder), true);
  });
});

Deno.test("FolderLock.take() waits for a writer without the daemon and fails after its timeout", async () => {
  await withTempDir(async (folder) => {
    const lock = new FolderLock(folder);
    const signal = new AbortController().signal;
    const other = await acquireLock(join(folder, ".lock"));
    await assert.rejects(lock.take(1, 50, signal), LockTimeoutError);
    assert.equal(lock.held, false);
    const taking = lock.take(2, 5_000, signal);
    setTimeout(() => other.release(), 30);
    await taking;
    assert.equal(lock.owner, 2);
    assert.equal(await freeForOthers(folder), false);
    lock.close();
    assert.equal(await freeForOthers(folder), true);
  });
});
