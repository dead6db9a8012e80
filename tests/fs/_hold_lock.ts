// Copyright 2026 the persist authors. MIT license.
// Child process: takes the lock given in argv[0], prints "locked", then waits
// until killed (or for argv[1] milliseconds, then releases and exits; "" or
// no argv[1]: until killed). argv[2] "read-only": a shared lock on the
// existing file opened for reading only (acquireLock's readOnly).
import { acquireLock } from "../../lib/fs/mod.ts";

const [path, holdMs, mode] = Deno.args;
const lock = await acquireLock(
  path,
  mode === "read-only"
    ? { timeout: 10_000, exclusive: false, readOnly: true }
    : { timeout: 10_000 },
);
console.log("locked");
if (holdMs !== undefined && holdMs !== "") {
  await new Promise((r) => setTimeout(r, Number(holdMs)));
  lock.release();
  console.log("released");
} else {
  setInterval(() => {}, 1 << 30); // hold until killed
}
