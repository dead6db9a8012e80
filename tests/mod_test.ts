// Copyright 2026 the persist authors. MIT license.
// Pins the public surface: a change to mod.ts's exports is a visible diff here.

import assert from "node:assert/strict";
import * as mod from "../mod.ts";

Deno.test("mod.ts exports exactly the public names", () => {
  assert.deepEqual(Object.keys(mod).sort(), [
    "Archive",
    "ArchiveSyntaxError",
    "Chest",
    "DaemonUnavailableError",
    "DataSet",
    "FormatError",
    "Hdf5Reader",
    "Hdf5Writer",
    "LockLostError",
    "LockTimeoutError",
    "NDArray",
    "NotFoundError",
    "PersistdClient",
    "ReadOnlyError",
    "convert",
    "decodeNpy",
    "encodeNpy",
    "listHdf5",
    "load",
    "loadValue",
    "readHdf5",
    "readNpy",
    "readNpyHeader",
    "readNpySelection",
    "register",
    "save",
    "saveValue",
    "unregister",
    "writeHdf5",
    "writeNpy",
  ]);
});

Deno.test("importing mod.ts loads no HDF5 code and needs no permissions", async () => {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      "--no-prompt",
      "--deny-env",
      new URL("../mod.ts", import.meta.url).href,
    ],
    stdout: "null",
    stderr: "piped",
  }).output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
});
