// Copyright 2026 the persist authors. MIT license.
// Child process: opens the DataSet at `dir` with the session lock, prints
// "ready", waits until the file `go` appears, then tries `count` inserts,
// printing for each the name it got or the name of the error it threw,
// and then "done".
import { DataSet } from "../../mod.ts";
import { itemValue } from "./_values.ts";

const [dir, go, count] = Deno.args;
await using ds = await DataSet.open(dir, { mode: "w", lock: "session" });
console.log("ready");
for (;;) {
  try {
    await Deno.lstat(go);
    break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
for (let i = 0; i < Number(count); i++) {
  try {
    console.log(await ds.insert(itemValue(1, i), { info: [1, i] }));
  } catch (error) {
    console.log((error as Error).name);
  }
}
console.log("done");
