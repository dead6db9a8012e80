// Copyright 2026 the persist authors. MIT license.
// Counts h5wasm's group listings (get_names) during a piece of work: the
// listing returns every name in a group, so listing once per dataset makes
// reading n datasets O(n²). A count, not a time, so tests stay exact on a
// busy machine.

import { type H5Module, loadHdf5 } from "../../lib/hdf5/_h5wasm.ts";

/** How often h5wasm listed a group's names, and how many names in all. */
export interface Listings {
  /** Calls of `get_names`. */
  calls: number;
  /** Names those calls returned. */
  names: number;
}

/**
 * Runs `work` with h5wasm's `get_names` counted (it still runs: this
 * observes, it does not replace).
 */
export async function countListings(
  work: () => Promise<unknown>,
): Promise<Listings> {
  const lib = await loadHdf5("count group listings");
  const module = lib.module as { get_names: H5Module["get_names"] };
  const original = module.get_names;
  const counts: Listings = { calls: 0, names: 0 };
  module.get_names = (file, path, recursive) => {
    const names = original.call(lib.module, file, path, recursive);
    counts.calls++;
    counts.names += names.length;
    return names;
  };
  try {
    await work();
  } finally {
    module.get_names = original;
  }
  return counts;
}
