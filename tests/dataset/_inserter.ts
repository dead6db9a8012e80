// Copyright 2026 the persist authors. MIT license.
// Child process: opens the DataSet at `dir` for writing (creating it if
// needed), inserts `count` items with info [writer, i], prints each name
// it was given on its own line, then "done". With a `daemon` socket path
// (not "-"), takes locks and names from persistd.
import { DataSet } from "../../mod.ts";
import { itemValue } from "./_values.ts";

const [dir, writer, count, lock = "write", daemon = "-"] = Deno.args;
await using ds = await DataSet.open(dir, {
  mode: "w",
  lock: lock as "write" | "session",
  daemon: daemon === "-" ? undefined : daemon,
});
const names: string[] = [];
for (let i = 0; i < Number(count); i++) {
  names.push(
    await ds.insert(itemValue(Number(writer), i), {
      info: [Number(writer), i],
    }),
  );
}
console.log(names.join("\n"));
console.log("done");
