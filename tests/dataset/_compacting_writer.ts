// Copyright 2026 the persist authors. MIT license.
// Child process: opens the DataSet at `dir` through persistd at `socket`,
// prints "ready", waits for the file `go` to appear, then makes one
// setInfo() (the write that makes the index compact itself) and prints
// "resolved" or "rejected <name>".
import { DataSet } from "../../mod.ts";

const [dir, socket, go] = Deno.args;
const ds = await DataSet.open(dir, { mode: "w", daemon: socket });
console.log("ready");
for (;;) {
  try {
    Deno.statSync(go);
    break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
try {
  await ds.setInfo("dummy", "written by the compacting writer");
  console.log("resolved");
} catch (error) {
  console.log(`rejected ${(error as Error).name}`);
}
await ds.close().catch(() => {});
