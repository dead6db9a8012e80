// Copyright 2026 the persist authors. MIT license.
// A corpus of NDArrays covering every supported dtype, both orders, 0-d and empty.

import { NDArray, type NDArrayData } from "../../mod.ts";

/** Makes `n` deterministic values for a dtype, including edge values. */
export function valuesFor(dtype: string, n: number): NDArrayData {
  const ints = (min: number, max: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        i === 0 ? min : i === 1 ? max : (i * 37) % (max - min + 1) + min,
    );
  switch (dtype) {
    case "|b1":
      return Uint8Array.from(
        { length: n },
        (_, i) => (i * 7) % 3 === 0 ? 1 : 0,
      );
    case "|i1":
      return Int8Array.from(ints(-128, 127));
    case "|u1":
      return Uint8Array.from(ints(0, 255));
    case "<i2":
      return Int16Array.from(ints(-32768, 32767));
    case "<u2":
      return Uint16Array.from(ints(0, 65535));
    case "<i4":
      return Int32Array.from(ints(-(2 ** 31), 2 ** 31 - 1));
    case "<u4":
      return Uint32Array.from(ints(0, 2 ** 32 - 1));
    case "<i8":
    case "<M8[s]":
      return BigInt64Array.from(
        { length: n },
        (_, i) => i === 0 ? -(2n ** 63n) : BigInt(i) * 1234567890123n - 5n,
      );
    case "<u8":
      return BigUint64Array.from(
        { length: n },
        (_, i) => i === 0 ? 2n ** 64n - 1n : BigInt(i) * 9007199254740993n,
      );
    case "<f2":
      return Float16Array.from(
        { length: n },
        (_, i) => [0.5, -0, 65504, Infinity, -2.25][i % 5],
      );
    case "<f4":
    case "<f8": {
      const values = Array.from(
        { length: n },
        (_, i) =>
          [1.5, -0, NaN, Infinity, -Infinity, 1e-30, Math.PI][i % 7] * (1 + i),
      );
      return dtype === "<f4"
        ? Float32Array.from(values)
        : Float64Array.from(values);
    }
    case "<c8":
    case "<c16": {
      const values = Array.from(
        { length: 2 * n },
        (_, i) => (i % 2 === 0 ? 1 : -1) * (i + 0.25),
      );
      return dtype === "<c8"
        ? Float32Array.from(values)
        : Float64Array.from(values);
    }
    case "<U4":
      return Array.from(
        { length: n },
        (_, i) => ["", "a", "héé", "𝄞x", "abcd"][i % 5],
      );
  }
  throw new Error(`no values for ${dtype}`);
}

/** Every dtype the codec writes. */
export const DTYPES = [
  "|b1",
  "|i1",
  "|u1",
  "<i2",
  "<u2",
  "<i4",
  "<u4",
  "<i8",
  "<u8",
  "<f2",
  "<f4",
  "<f8",
  "<c8",
  "<c16",
  "<U4",
  "<M8[s]",
];

/** Named arrays: every dtype in C and F order as 2×3, plus 0-d, empty and 3-D cases. */
export function corpus(): Map<string, NDArray> {
  const out = new Map<string, NDArray>();
  for (const dtype of DTYPES) {
    const tag = dtype.replace(/[<|]/, "").replace(/\[(\w+)\]/, "_$1");
    for (const order of ["C", "F"] as const) {
      out.set(
        `${tag}_2x3_${order}`,
        new NDArray(valuesFor(dtype, 6), [2, 3], { order, dtype }),
      );
    }
    out.set(`${tag}_scalar`, new NDArray(valuesFor(dtype, 1), [], { dtype }));
    out.set(
      `${tag}_empty`,
      new NDArray(valuesFor(dtype, 0), [0, 3], { dtype }),
    );
  }
  out.set(
    "f8_3d_F",
    new NDArray(valuesFor("<f8", 24), [2, 3, 4], { order: "F", dtype: "<f8" }),
  );
  out.set(
    "u1_long",
    new NDArray(valuesFor("|u1", 1000), [1000], { dtype: "|u1" }),
  );
  return out;
}

/** The bytes of an array's values in C order (what NumPy's `tobytes()` gives). */
export function cOrderBytes(a: NDArray): Uint8Array {
  const width = a.itemSize;
  const raw = Array.isArray(a.data)
    ? (() => {
      const out = new Uint8Array(a.data.length * width);
      const view = new DataView(out.buffer);
      a.data.forEach((s, i) => {
        let k = 0;
        for (const ch of s) {
          view.setUint32((i * width / 4 + k++) * 4, ch.codePointAt(0)!, true);
        }
      });
      return out;
    })()
    : new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength);
  if (a.order === "C" || a.shape.length < 2) return raw;
  const out = new Uint8Array(raw.length);
  const index = a.shape.map(() => 0);
  for (let n = 0; n < a.size; n++) {
    let f = 0;
    let stride = 1;
    for (let k = 0; k < a.shape.length; k++) {
      f += index[k] * stride;
      stride *= a.shape[k];
    }
    out.set(raw.subarray(f * width, (f + 1) * width), n * width);
    for (let k = a.shape.length - 1; k >= 0; k--) {
      if (++index[k] < a.shape[k]) break;
      index[k] = 0;
    }
  }
  return out;
}

/** Hex of bytes. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
