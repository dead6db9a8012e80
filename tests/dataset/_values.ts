// Copyright 2026 the persist authors. MIT license.
// Values written by the DataSet test writers, and how to check them: every
// value carries its writer and number, and its array is filled with a
// number derived from both, so a torn or mixed-up item cannot pass.

/** The value writer `writer` stores as its `i`-th item. */
export function itemValue(writer: number, i: number, size = 300): {
  writer: number;
  i: number;
  data: Float64Array;
} {
  return { writer, i, data: new Float64Array(size).fill(writer * 1e6 + i) };
}

/**
 * Why a value read back is not a whole `itemValue`, or `undefined` when it is.
 *
 * @param value The value.
 * @param info The item's info: when an array, it must be `[writer, i]`.
 */
export function checkItem(value: unknown, info?: unknown): string | undefined {
  const v = value as { writer?: unknown; i?: unknown; data?: unknown };
  if (v === null || typeof v !== "object") return `not an object: ${value}`;
  if (typeof v.writer !== "number" || typeof v.i !== "number") {
    return `no writer or i: ${JSON.stringify(value)}`;
  }
  if (!(v.data instanceof Float64Array) || v.data.length === 0) {
    return "no data array";
  }
  const expected = v.writer * 1e6 + v.i;
  if (!v.data.every((x) => x === expected)) {
    return `data of writer ${v.writer} item ${v.i} is not all ${expected}`;
  }
  if (Array.isArray(info)) {
    const [w, i] = info as [number, number];
    if (w !== v.writer || i !== v.i) {
      return `info ${
        JSON.stringify(info)
      } does not match writer ${v.writer} item ${v.i}`;
    }
  }
  return undefined;
}
