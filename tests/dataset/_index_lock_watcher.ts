// Copyright 2026 the persist authors. MIT license.
// Child process: takes the index lock of the DataSet at `dir` (a blocking
// flock on index.jsonl, so it gets it as soon as its holder lets go), counts
// the folders in items/ whose name starts with `prefix`, lets go, waits 2 ms,
// and so on; prints "ready" after the first count, and when the file "stop"
// appears in `dir`/.., the distinct counts it saw, as a JSON array.
import { join } from "node:path";

const [dir, prefix] = Deno.args;
const counts = new Set<number>();
using index = Deno.openSync(join(dir, "index.jsonl"));
for (let first = true;; first = false) {
  index.lockSync(true);
  counts.add(
    [...Deno.readDirSync(join(dir, "items"))].filter((e) =>
      e.name.startsWith(prefix)
    ).length,
  );
  index.unlockSync();
  if (first) console.log("ready");
  try {
    Deno.statSync(join(dir, "..", "stop"));
    break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
console.log(JSON.stringify([...counts].sort((a, b) => a - b)));
