// Copyright 2026 the persist authors. MIT license.
// A short client process for permission tests. Usage:
//   _probe.ts env                 connect() via PERSISTD_SOCKET; prints
//                                 "connected <daemon pid>" or the error name
//   _probe.ts connect <socket>    prints "connected" or the error name
//   _probe.ts lock <socket> <dir> locks, prints "<real path> <a new name>"
//   _probe.ts forget <socket> <dir>
//                                 locks, prints "done", neither releases nor
//                                 closes: the process must still exit
import { PersistdClient } from "../../mod.ts";

const [mode, socket, dir] = Deno.args;
switch (mode) {
  case "env":
  case "connect":
    try {
      const client = await PersistdClient.connect(socket);
      console.log("connected", client.server.pid);
      await client.close();
    } catch (error) {
      console.log((error as Error).name);
    }
    break;
  case "lock": {
    await using client = await PersistdClient.connect(socket);
    await using lock = await client.acquire(dir);
    console.log(lock.path, await client.allocateName(lock.path));
    break;
  }
  case "forget": {
    const client = await PersistdClient.connect(socket);
    await client.acquire(dir);
    console.log("done");
    break;
  }
}
