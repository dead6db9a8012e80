// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Finding the value `persist get <path> <name>` asks for: a value of the
 * archive by its name, or a path into one (`runs[0].grid`, `runs.0.grid`,
 * `m["my key"]`, `energy[5]`).
 *
 * @module
 */

import { NotFoundError } from "../errors.ts";
import {
  isTypedArray,
  NDArray,
  type NDArrayData,
  type TypedArray,
} from "../npy/mod.ts";
import { isMap, mapEntries } from "./_refs.ts";

/**
 * Splits a path into its steps: names after `.`, numbers and quoted
 * strings in `[...]`.
 *
 * @example Steps of a path
 * ```ts
 * import { parsePath } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(parsePath('runs[0].grid["my key"]'), ["runs", 0, "grid", "my key"]);
 * assert.deepEqual(parsePath("runs.0.grid"), ["runs", "0", "grid"]);
 * ```
 *
 * @param path The path.
 * @returns The steps, or `undefined` when it is not a path.
 */
export function parsePath(path: string): (string | number)[] | undefined {
  const steps: (string | number)[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = re.exec(path)) !== null) {
    if (match[0] === "") break;
    end = re.lastIndex;
    if (match[1] !== undefined) steps.push(Number(match[1]));
    else if (match[2] !== undefined) {
      try {
        steps.push(JSON.parse(match[2]));
      } catch {
        return undefined;
      }
    } else steps.push(match[3]);
  }
  return end === path.length && steps.length > 0 ? steps : undefined;
}

function list(keys: string[]): string {
  const shown = keys.slice(0, 10).map((k) => JSON.stringify(k)).join(", ");
  return keys.length > 10 ? `${shown} and ${keys.length - 10} more` : shown;
}

/** Options for {@linkcode selectValue}. */
export interface SelectValueOptions {
  /**
   * Stops the walk at a value for which this is true and returns it (the
   * tool passes "is an array whose data was not read yet").
   *
   * @default {undefined}
   */
  stopAt?: (value: unknown) => boolean;
}

/**
 * Picks a value from an archive's values by name or path.
 *
 * @example By name, then by path
 * ```ts
 * import { selectValue } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * const values = { runs: [{ grid: 1 }], "a.b": 2 };
 * assert.equal(selectValue(values, "a.b", "run1"), 2);
 * assert.equal(selectValue(values, "runs[0].grid", "run1"), 1);
 * ```
 *
 * @param values The archive's values, by name.
 * @param name A value's name, or a path into a value.
 * @param where The archive, for messages.
 * @param options Where to stop early.
 * @returns The value.
 * @throws {NotFoundError} When nothing is at that name or path (the
 * message lists what there is).
 */
export function selectValue(
  values: Record<string, unknown>,
  name: string,
  where: string,
  options: SelectValueOptions = {},
): unknown {
  if (Object.hasOwn(values, name)) return values[name];
  const steps = parsePath(name);
  const first = steps?.[0];
  if (steps === undefined || !Object.hasOwn(values, String(first))) {
    throw new NotFoundError(
      `Cannot get "${name}" from "${where}": the archive has no value "${
        steps === undefined ? name : String(first)
      }"; its values are ${
        list(Object.keys(values))
      } (see "persist show ${where}")`,
      { path: where, name },
    );
  }
  let value: unknown = values[String(first)];
  let at = String(first);
  for (const step of steps.slice(1)) {
    if (options.stopAt?.(value)) return value;
    const next = stepInto(value, step);
    if (next === NOTHING) {
      throw new NotFoundError(
        `Cannot get "${name}" from "${where}": ${at} has no ${
          typeof step === "number" ? `[${step}]` : JSON.stringify(step)
        }${keysOf(value)}`,
        { path: where, name },
      );
    }
    value = next.value;
    at += typeof step === "number" ? `[${step}]` : `.${step}`;
  }
  return value;
}

const NOTHING = Symbol("nothing");

/**
 * NumPy's `a[i]` for an N-D array (N >= 2): the sub-array at `index` along
 * the first axis, of shape `shape[1:]`, in the same memory order. Its data
 * is a copy (a view of the rows, in C order).
 *
 * @example The second row of a 2×3 array, in either order
 * ```ts
 * import { indexFirstAxis } from "./select_value.ts";
 * import { NDArray } from "../npy/mod.ts";
 * import assert from "node:assert/strict";
 * const c = new NDArray(new Int32Array([0, 1, 2, 3, 4, 5]), [2, 3]);
 * assert.deepEqual([...indexFirstAxis(c, 1).data], [3, 4, 5]);
 * const f = new NDArray(new Int32Array([0, 3, 1, 4, 2, 5]), [2, 3], { order: "F" });
 * assert.deepEqual([...indexFirstAxis(f, 1).data], [3, 4, 5]);
 * ```
 *
 * @param array An array of at least two axes.
 * @param index An index along its first axis.
 * @returns The sub-array.
 * @throws {RangeError} When the array has fewer than two axes or the index
 * is out of bounds.
 */
export function indexFirstAxis(array: NDArray, index: number): NDArray {
  const { shape, order, dtype, data } = array;
  if (shape.length < 2) {
    throw new RangeError(
      `Cannot take a sub-array of an NDArray of ${shape.length} axes: it needs at least 2`,
    );
  }
  if (!Number.isInteger(index) || index < 0 || index >= shape[0]) {
    throw new RangeError(
      `Cannot index axis 0 of length ${shape[0]} with ${index}`,
    );
  }
  const rest = shape.slice(1);
  const count = rest.reduce((a, b) => a * b, 1);
  // Typed array values per element: 2 for complex (interleaved re, im).
  const lanes = array.size === 0 ? 1 : data.length / array.size;
  let sub: NDArrayData;
  if (order === "C") {
    const start = index * count * lanes;
    const end = start + count * lanes;
    sub = Array.isArray(data)
      ? data.slice(start, end)
      : data.slice(start, end) as TypedArray;
  } else {
    // In F order the first axis varies fastest: the sub-array's elements
    // are shape[0] apart.
    const out = Array.isArray(data)
      ? new Array<string>(count * lanes)
      : new (data.constructor as new (n: number) => TypedArray)(count * lanes);
    for (let e = 0; e < count; e++) {
      const from = (index + e * shape[0]) * lanes;
      for (let l = 0; l < lanes; l++) {
        (out as { [i: number]: unknown })[e * lanes + l] = data[from + l];
      }
    }
    sub = out;
  }
  return new NDArray(sub, rest, { order, dtype });
}

function stepInto(
  value: unknown,
  step: string | number,
): { value: unknown } | typeof NOTHING {
  if (value === null || typeof value !== "object") return NOTHING;
  if (value instanceof NDArray) {
    const index = Number(step);
    if (value.ndim === 0 || !Number.isInteger(index)) return NOTHING;
    if (index < 0 || index >= value.shape[0]) return NOTHING;
    return {
      value: value.ndim === 1 ? value.get(index) : indexFirstAxis(value, index),
    };
  }
  if (isTypedArray(value) || Array.isArray(value)) {
    const index = Number(step);
    if (!Number.isInteger(index) || index < 0 || !(index in value)) {
      return NOTHING;
    }
    return { value: (value as ArrayLike<unknown>)[index] };
  }
  if (isMap(value)) {
    for (const [k, v] of mapEntries(value)) {
      if (k === step || (typeof k === "number" && String(k) === String(step))) {
        return { value: v };
      }
      if (typeof k === "string" && k === String(step)) return { value: v };
    }
    return NOTHING;
  }
  const key = String(step);
  return Object.hasOwn(value, key)
    ? { value: (value as Record<string, unknown>)[key] }
    : NOTHING;
}

function keysOf(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return ` (it is ${value === null ? "null" : `a ${typeof value}`})`;
  }
  if (Array.isArray(value) || isTypedArray(value)) {
    return ` (it has ${(value as ArrayLike<unknown>).length} items)`;
  }
  if (value instanceof NDArray) {
    const shape = `it is an NDArray of shape [${value.shape.join(", ")}]`;
    return value.ndim === 0
      ? ` (${shape}: it has no axis to index)`
      : value.shape[0] === 0
      ? ` (${shape}: its first axis is empty)`
      : ` (${shape}; indices along its first axis go from 0 to ${
        value.shape[0] - 1
      })`;
  }
  if (isMap(value)) {
    const keys = mapEntries(value).map(([k]) => k)
      .filter((k): k is string | number =>
        typeof k === "string" || typeof k === "number"
      )
      .map(String);
    return keys.length === 0 ? "" : `; its keys are ${list(keys)}`;
  }
  const keys = Object.keys(value);
  return keys.length === 0 ? " (it is empty)" : `; its keys are ${list(keys)}`;
}
