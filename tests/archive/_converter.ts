// Copyright 2026 the persist authors. MIT license.
// Converts the archive given as argument to HDF5, then to npy, then to HDF5…
// as fast as it can, until killed. Prints "ready" after the first conversion.

import { convert } from "../../mod.ts";

const [target] = Deno.args;
for (let round = 0;; round++) {
  await convert(target, { to: round % 2 === 0 ? "hdf5" : "npy" });
  if (round === 0) console.log("ready");
}
