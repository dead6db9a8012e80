// Copyright 2026 the persist authors. MIT license.
// Child process (started under a chosen umask): creates a DataSet at `dir`
// and writes `file` with atomicWrite(), then prints each file's mode in
// octal, one "<name> <mode>" per line.
import { join } from "node:path";
import { DataSet } from "../../mod.ts";
import { atomicWrite } from "../../lib/fs/mod.ts";

const [dir, file] = Deno.args;
await (await DataSet.open(dir, { mode: "w" })).close();
await atomicWrite(file, new TextEncoder().encode("new\n"));
for (const path of [join(dir, "index.jsonl"), join(dir, "mod.js"), file]) {
  console.log(`${path} ${(Deno.statSync(path).mode! & 0o777).toString(8)}`);
}
