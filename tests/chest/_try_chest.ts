// Copyright 2026 the persist authors. MIT license.
// Child process: opens the chest at `path` (a temporary chest for "-"), sets
// and reads back a value that spills, closes, and prints "ok <path>" or
// "error <name>" when anything fails.
import { Chest } from "../../mod.ts";

const [path] = Deno.args;
try {
  const chest = await Chest.open({
    ...(path === "-" ? {} : { path }),
    availableMemory: 10,
  });
  await chest.set(["k", 1], new Float64Array([1, 2, 3]));
  const back = await chest.get(["k", 1]) as Float64Array;
  if (back[2] !== 3) throw new Error("wrong value");
  await chest.close();
  console.log(`ok ${chest.path}`);
} catch (error) {
  console.log(`error ${(error as Error).name}`);
}
