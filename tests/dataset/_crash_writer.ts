// Copyright 2026 the persist authors. MIT license.
// Child process: writes to the DataSet at `dir` until killed: inserts,
// replaces the item "latest-<writer>", changes infos and deletes now and
// then. Prints "ready" after its first insert. Items are big enough that a
// kill often lands in the middle of one.
import { DataSet } from "../../mod.ts";
import { itemValue } from "./_values.ts";

const [dir, writer, size = "20000"] = Deno.args;
const w = Number(writer);
const ds = await DataSet.open(dir, { mode: "w" });
for (let i = 0;; i++) {
  const name = await ds.insert(itemValue(w, i, Number(size)), { info: [w, i] });
  if (i === 0) console.log("ready");
  await ds.set(`latest-${w}`, itemValue(w, i, Number(size)), { info: [w, i] });
  if (i % 3 === 1) await ds.setInfo(name, [w, i]);
  if (i % 5 === 4) await ds.delete(name);
}
