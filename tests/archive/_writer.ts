// Copyright 2026 the persist authors. MIT license.
// Saves versions 0, 1, 2, ... of an archive over each other at the path given,
// as fast as it can, until killed. Prints "ready" once the first is saved.
// Each version holds `version`, an array file filled with it, and a list.
// Arguments: the target, the array's length, the array format.

import { type DataFormat, save } from "../../mod.ts";

const [target, size = "200000", dataFormat = "npy"] = Deno.args;
for (let version = 0;; version++) {
  await save(target, {
    version,
    samples: new Float64Array(Number(size)).fill(version),
    list: [version, String(version)],
  }, {
    overwrite: true,
    arrayThreshold: 100,
    dataFormat: dataFormat as DataFormat,
  });
  if (version === 0) console.log("ready");
}
