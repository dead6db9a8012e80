// Copyright 2026 the persist authors. MIT license.
// What h5py sees in HDF5 files persist wrote, for interop tests.

import assert from "node:assert/strict";
import { NDArray } from "../../mod.ts";
import { cOrderBytes, hex } from "../npy/_corpus.ts";

/** What h5py says about every dataset of a file, and the file's own attributes. */
export const DESCRIBE = `
import json, sys
import h5py, numpy as np
out = {}
with h5py.File(sys.argv[1], "r") as f:
    def visit(name, obj):
        if not isinstance(obj, h5py.Dataset):
            return
        a = obj[()]
        entry = {"descr": obj.dtype.str, "shape": list(obj.shape),
                 "attrs": {k: (v.decode() if isinstance(v, bytes) else str(v)) for k, v in obj.attrs.items()}}
        if obj.dtype.kind == "O":
            entry["strings"] = [s.decode("utf-8") for s in np.asarray(a, dtype=object).ravel(order="C")]
        else:
            a = np.asarray(a)
            native = a.astype(a.dtype.newbyteorder("<")) if a.dtype.byteorder == ">" else a
            entry["c_bytes"] = native.tobytes(order="C").hex()
        out[name] = entry
    f.visititems(visit)
    out["/"] = {k: int(v) for k, v in f.attrs.items()}
print(json.dumps(out))
`;

/** What h5py should see for an array persist wrote: dtype and value bytes. */
export function expectedInH5py(a: NDArray): { descr: string; values: unknown } {
  if (Array.isArray(a.data)) {
    // Variable-length UTF-8 strings: h5py's object dtype.
    return { descr: "|O", values: cOrderStrings(a) };
  }
  if (a.dtype === "<f2") {
    // Widened to float32 (the corpus has no NaN, whose payload this would lose).
    const wide = Float32Array.from(a.data as Float16Array);
    const w = new NDArray(wide, a.shape, { order: a.order });
    return { descr: "<f4", values: hex(cOrderBytes(w)) };
  }
  const descr = a.dtype === "|b1"
    ? "|i1"
    : a.dtype.startsWith("<M8")
    ? "<i8"
    : a.dtype;
  return { descr, values: hex(cOrderBytes(a)) };
}

/** An array of strings in row-major order. */
function cOrderStrings(a: NDArray): string[] {
  const strings = a.data as string[];
  if (a.order === "C" || a.ndim < 2) return [...strings];
  const out: string[] = [];
  const index = a.shape.map(() => 0);
  for (let n = 0; n < a.size; n++) {
    out.push(a.get(...index) as string);
    for (let k = a.ndim - 1; k >= 0; k--) {
      if (++index[k] < a.shape[k]) break;
      index[k] = 0;
    }
  }
  return out;
}

/** What DESCRIBE printed for one dataset. */
export interface H5pyView {
  descr: string;
  shape: number[];
  attrs: Record<string, string>;
  strings?: string[];
  c_bytes?: string;
}

/**
 * Asserts that h5py saw `a` as persist documents: dtype, shape and values.
 *
 * @param seen What DESCRIBE printed for the dataset.
 * @param a The array persist wrote.
 * @param label For messages.
 */
export function assertH5pySees(seen: H5pyView, a: NDArray, label: string) {
  const want = expectedInH5py(a);
  assert.equal(seen.descr, want.descr, `${label}: dtype`);
  assert.deepEqual(seen.shape, a.shape, `${label}: shape`);
  assert.deepEqual(
    seen.strings ?? seen.c_bytes,
    want.values,
    `${label}: values`,
  );
}
