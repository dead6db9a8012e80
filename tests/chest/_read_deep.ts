// Copyright 2026 the persist authors. MIT license.
// Child process: reads every key of the chest at `path` with Chest.get()
// in a fresh process (the decoder not yet compiled, so its frames are the
// largest) and prints a JSON object of each key's depth, or its error.
import { Chest } from "../../mod.ts";
import { depthOf } from "./_deep.ts";

const [path] = Deno.args;
await using chest = await Chest.open({ path });
const out: Record<string, number | string> = {};
for (const key of await chest.keys()) {
  try {
    out[String(key)] = depthOf(await chest.get(key));
  } catch (error) {
    out[String(key)] = (error as Error).message;
  }
}
console.log(JSON.stringify(out));
