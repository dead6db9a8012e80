// Copyright 2026 the persist authors. MIT license.
// Child process: opens the chest at `path` (or a temporary chest with "-"),
// sets ["from", pid] to Int16Array [7, 8], closes, and prints its pid.
import { Chest } from "../../mod.ts";

const [path] = Deno.args;
const chest = await Chest.open(path === "-" ? {} : { path });
await chest.set(["from", Deno.pid], new Int16Array([7, 8]));
await chest.close();
console.log(Deno.pid);
