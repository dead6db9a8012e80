// Copyright 2026 the persist authors. MIT license.
// Child process: opens the DataSet at `dir` with the session lock (through
// persistd when a `daemon` socket is given), prints "ready", holds the lock
// for `ms` milliseconds, then closes and exits.
import { DataSet } from "../../mod.ts";

const [dir, ms, daemon] = Deno.args;
const ds = await DataSet.open(dir, { mode: "w", lock: "session", daemon });
console.log("ready");
await new Promise((resolve) => setTimeout(resolve, Number(ms)));
await ds.close();
