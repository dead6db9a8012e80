// Copyright 2026 the persist authors. MIT license.
// Imports an HDF5 archive while setTimeout is replaced by a fake that queues
// its callbacks and never runs them, as @std/testing's FakeTime (or sinon's
// fake timers) does until the test ticks the fake clock. Prints one JSON
// line { queued: fake timers queued, exports: { file: description } }, then
// waits until its standard input closes (see _opens.ts).
//
// argv: mode, folder, then the modules of the folder to import, in turn.
// "captured": the folder's _persist.js is evaluated before the fake is
// installed, which stays installed. "restored": the modules are imported
// with the fake installed, except the last, imported after the real
// setTimeout is put back (the fake's queue dropped, as FakeTime's restore()
// does).

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeExports } from "./_describe.js";

const [mode, dir, ...files] = Deno.args;
const url = (file: string) => pathToFileURL(join(dir, file)).href;
const realSetTimeout = globalThis.setTimeout;
const queue: (() => void)[] = [];
const fake = (fn: () => void) => queue.push(fn);
if (mode === "captured") await import(url("_persist.js"));
globalThis.setTimeout = fake as unknown as typeof setTimeout;
const exports: Record<string, unknown> = {};
for (const [i, file] of files.entries()) {
  if (mode === "restored" && i === files.length - 1) {
    globalThis.setTimeout = realSetTimeout;
  }
  exports[file] = describeExports(await import(url(file)));
}
console.log(JSON.stringify({ queued: queue.length, exports }));
for await (const _ of Deno.stdin.readable) {
  // until the watcher closes it
}
