// Copyright 2026 the persist authors. MIT license.
// Child process: takes the lock given in argv[0], prints "locked", then waits
// until killed (or for argv[1] milliseconds, then releases and exits).
import { acquireLock } from "../../lib/fs/mod.ts";

const [path, holdMs] = Deno.args;
const lock = await acquireLock(path, { timeout: 10_000 });
console.log("locked");
if (holdMs !== undefined) {
  await new Promise((r) => setTimeout(r, Number(holdMs)));
  lock.release();
  console.log("released");
} else {
  setInterval(() => {}, 1 << 30); // hold until killed
}
