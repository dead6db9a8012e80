// Copyright 2026 the persist authors. MIT license.
// A persistd client process for the tests. Usage:
//   _client.ts <socket> hold <folder> <tag> <ms|forever>
//     connects, prints "connected", acquires the folder's lock, prints
//     "locked", appends "<tag>\n" to <folder>/order.txt, then holds the lock
//     for <ms> (then releases, prints "released" and exits) or until killed
//     (printing "lost" if the daemon takes the lock away).
//   _client.ts <socket> allocate <folder> <count>
//     prints <count> generated names, one per line.
//   _client.ts <socket> hammer <folder> <rounds>
//     <rounds> times: lock, read <folder>/counter, write it back plus one;
//     then prints "done" and the longest wait for the lock in ms. With "-"
//     as the socket, locks <folder>/.lock directly (no daemon).

import { join } from "node:path";
import { acquireLock } from "../../lib/fs/mod.ts";
import { PersistdClient } from "../../mod.ts";

const [socket, command, folder, ...rest] = Deno.args;

if (socket === "-" && command === "hammer") {
  await hammer(() => acquireLock(join(folder, ".lock"), { timeout: 30_000 }));
  Deno.exit(0);
}

const client = await PersistdClient.connect(socket, {
  name: `test-${command}`,
});
console.log("connected");

switch (command) {
  case "hold": {
    const [tag, hold] = rest;
    const lock = await client.acquire(folder, { timeout: 30_000 });
    // Listen before anything else is awaited: a daemon stopped meanwhile
    // aborts the signal once, and a later listener would never hear it.
    if (hold === "forever") {
      lock.signal.addEventListener("abort", () => console.log("lost"));
    }
    console.log("locked");
    await Deno.writeTextFile(join(folder, "order.txt"), `${tag}\n`, {
      append: true,
    });
    if (hold === "forever") {
      setInterval(() => {}, 1 << 30);
    } else {
      await new Promise((r) => setTimeout(r, Number(hold)));
      await lock.release();
      console.log("released");
      await client.close();
    }
    break;
  }
  case "allocate": {
    const names = [];
    for (let i = 0; i < Number(rest[0]); i++) {
      names.push(await client.allocateName(folder));
    }
    console.log(names.join("\n"));
    await client.close();
    break;
  }
  case "hammer": {
    await hammer(() => client.acquire(folder, { timeout: 30_000 }));
    await client.close();
    break;
  }
  default:
    throw new Error(`unknown command ${command}`);
}

async function hammer(lock: () => Promise<AsyncDisposable>): Promise<void> {
  const file = join(folder, "counter");
  let longest = 0;
  for (let i = 0; i < Number(rest[0]); i++) {
    const start = performance.now();
    await using _lock = await lock();
    longest = Math.max(longest, performance.now() - start);
    const n = Number(await Deno.readTextFile(file).catch(() => "0"));
    await new Promise((r) => setTimeout(r, Math.random() * 2));
    await Deno.writeTextFile(file, `${n + 1}`);
  }
  console.log("done");
  console.log(Math.round(longest));
}
