// Copyright 2026 the persist authors. MIT license.
// Child process: writes `count` keys into the chest at `path` under a small
// memory budget (so values spill), flushing every 10 keys, then closes and
// prints "done". Keys are [id, i], or just i with "shared" (so writers race
// on the same keys).
import { Chest } from "../../mod.ts";
import { writerValue } from "./_values.ts";

const [path, id, count, mode] = Deno.args;
const chest = await Chest.open({ path, availableMemory: 20_000 });
for (let i = 0; i < Number(count); i++) {
  await chest.set(mode === "shared" ? i : [id, i], writerValue(id, i));
  if (i % 10 === 9) await chest.flush();
}
await chest.close();
console.log("done");
