// Copyright 2026 the persist authors. MIT license.
// Child process: opens the chest at argv[0], sets the string key argv[1] to
// the string argv[2], and closes it (a flush by another process).
import { Chest } from "../../mod.ts";

const [path, key, value] = Deno.args;
await using chest = await Chest.open({ path });
await chest.set(key, value);
