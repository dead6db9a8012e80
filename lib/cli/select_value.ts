// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Finding the value `persist get <path> <name>` asks for: a value of the
 * archive by its name, or a path into one (`runs[0].grid`, `runs.0.grid`,
 * `m["my key"]`, `energy[5]`, `energy[-1]`, `energy[10:20]`).
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
import { UsageError } from "./exit_code.ts";

/**
 * A slice `[start:stop:step]` of a path, as in Python and NumPy: each part
 * may be left out, and negative numbers count from the end.
 */
export interface Slice {
  /** The first index, or `undefined` for the start (the end when `step < 0`). */
  start: number | undefined;
  /** The index to stop before, or `undefined` for past the end. */
  stop: number | undefined;
  /** The distance between indices, or `undefined` for 1. */
  step: number | undefined;
}

/** One step of a path: a key, an index (negative: from the end) or a slice. */
export type PathStep = string | number | Slice;

/**
 * Splits a path into its steps: names after `.`, and in `[...]` numbers
 * (negative ones count from the end), slices `i:j` and `i:j:k` (each part
 * optional) and quoted strings.
 *
 * @example Steps of a path
 * ```ts
 * import { parsePath } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(parsePath('runs[0].grid["my key"]'), ["runs", 0, "grid", "my key"]);
 * assert.deepEqual(parsePath("runs.0.grid"), ["runs", "0", "grid"]);
 * assert.deepEqual(parsePath("e[-1]"), ["e", -1]);
 * assert.deepEqual(parsePath("e[1:-1]"), ["e", { start: 1, stop: -1, step: undefined }]);
 * ```
 *
 * @param path The path.
 * @returns The steps, or `undefined` when it is not a path.
 */
export function parsePath(path: string): PathStep[] | undefined {
  const steps: PathStep[] = [];
  const re =
    /\[(-?\d+)\]|\[(-?\d+)?:(-?\d+)?(?::(-?\d+)?)?\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gy;
  const int = (text: string | undefined) =>
    text === undefined ? undefined : Number(text);
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = re.exec(path)) !== null) {
    if (match[0] === "") break;
    end = re.lastIndex;
    const [, index, start, stop, step, quoted, name] = match;
    if (index !== undefined) steps.push(Number(index));
    else if (quoted !== undefined) {
      try {
        steps.push(JSON.parse(quoted));
      } catch {
        return undefined;
      }
    } else if (name !== undefined) steps.push(name);
    else steps.push({ start: int(start), stop: int(stop), step: int(step) });
  }
  return end === path.length && steps.length > 0 ? steps : undefined;
}

/** How a step is written in a path: `[-1]`, `[1:3]`, `"key"`. */
function stepText(step: PathStep): string {
  if (typeof step === "number") return `[${step}]`;
  if (typeof step === "string") return JSON.stringify(step);
  const part = (n: number | undefined) => n === undefined ? "" : String(n);
  return `[${part(step.start)}:${part(step.stop)}${
    step.step === undefined ? "" : `:${step.step}`
  }]`;
}

/**
 * The indices a slice picks from `length` items, as Python's
 * `range(*slice(start, stop, step).indices(length))`.
 *
 * @example Python's slices
 * ```ts
 * import { sliceIndices } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * const s = (start?: number, stop?: number, step?: number) => ({ start, stop, step });
 * assert.deepEqual(sliceIndices(5, s(1, 3)), [1, 2]);
 * assert.deepEqual(sliceIndices(5, s(-2)), [3, 4]);
 * assert.deepEqual(sliceIndices(5, s(undefined, undefined, -2)), [4, 2, 0]);
 * assert.deepEqual(sliceIndices(5, s(7, 9)), []);
 * ```
 *
 * @param length The number of items.
 * @param slice The slice.
 * @returns The indices, in order.
 * @throws {RangeError} When the step is 0.
 */
export function sliceIndices(length: number, slice: Slice): number[] {
  const { start, step, count } = sliceRange(length, slice);
  const indices: number[] = [];
  for (let k = 0; k < count; k++) indices.push(start + k * step);
  return indices;
}

/**
 * The indices a slice picks from `length` items as a range, without
 * listing them: `start + k * step` for `k < count` (the same indices as
 * {@linkcode sliceIndices}).
 *
 * @example A range over a billion items
 * ```ts
 * import { sliceRange } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * const s = (start?: number, stop?: number, step?: number) => ({ start, stop, step });
 * assert.deepEqual(sliceRange(1e9, s(-10)), { start: 999999990, step: 1, count: 10 });
 * assert.deepEqual(sliceRange(5, s(undefined, undefined, -2)), { start: 4, step: -2, count: 3 });
 * ```
 *
 * @param length The number of items.
 * @param slice The slice.
 * @returns The first index, the step and the number of indices.
 * @throws {RangeError} When the step is 0.
 */
export function sliceRange(
  length: number,
  slice: Slice,
): { start: number; step: number; count: number } {
  const step = slice.step ?? 1;
  if (step === 0) throw new RangeError("Cannot slice with a step of 0");
  const [lower, upper] = step > 0 ? [0, length] : [-1, length - 1];
  const clamp = (n: number | undefined, fallback: number) =>
    n === undefined
      ? fallback
      : n < 0
      ? Math.max(n + length, lower)
      : Math.min(n, upper);
  const start = clamp(slice.start, step > 0 ? lower : upper);
  const stop = clamp(slice.stop, step > 0 ? upper : lower);
  const count = step > 0
    ? Math.max(0, Math.ceil((stop - start) / step))
    : Math.max(0, Math.ceil((start - stop) / -step));
  return { start, step, count };
}

function list(keys: string[]): string {
  const shown = keys.slice(0, 10).map((k) => JSON.stringify(k)).join(", ");
  return keys.length > 10 ? `${shown} and ${keys.length - 10} more` : shown;
}

/** Where a walk along a path is, for its messages. */
export interface PathPlace {
  /** The name or path asked for, as given. */
  name: string;
  /** The archive or DataSet it is asked of. */
  where: string;
  /** The part of the path walked so far, as messages write it (`runs[0].grid`). */
  at: string;
}

/** Where a walk stopped early, and the steps of the path left. */
export interface PathStop extends PathPlace {
  /** The steps not taken. */
  rest: PathStep[];
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
  /**
   * Told where the walk was and the steps of the path left when `stopAt`
   * stops it before its end.
   *
   * @default {undefined}
   */
  onStop?: (stop: PathStop) => void;
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
  return walkPath(
    values[String(first)],
    steps.slice(1),
    { name, where, at: String(first) },
    options,
  );
}

/**
 * Walks the steps of a path from a value, as {@linkcode selectValue} walks
 * a path after its first name: `place` tells where the value is, for the
 * messages.
 *
 * @example On from an element
 * ```ts
 * import { walkPath } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * const place = { name: "a[1][0]", where: "run1", at: "a[1]" };
 * assert.equal(walkPath([5, 6], [0], place), 5);
 * assert.throws(
 *   () => walkPath(7, [0], place),
 *   /^NotFoundError: Cannot get "a\[1\]\[0\]" from "run1": a\[1\] has no \[0\] \(it is a number\)$/,
 * );
 * ```
 *
 * @param value Where the walk starts.
 * @param steps The steps to take.
 * @param place The path asked for, and where `value` is on it.
 * @param options Where to stop early.
 * @returns The value at the end of the steps.
 * @throws {NotFoundError} When a step finds nothing.
 * @throws {UsageError} When a slice has a step of 0.
 */
export function walkPath(
  value: unknown,
  steps: readonly PathStep[],
  place: PathPlace,
  options: SelectValueOptions = {},
): unknown {
  let at = place.at;
  for (const [k, step] of steps.entries()) {
    if (options.stopAt?.(value)) {
      options.onStop?.({ ...place, at, rest: steps.slice(k) });
      return value;
    }
    checkSlice(place, step);
    const next = stepInto(value, step);
    if (next === NOTHING) {
      throw notFoundAt({ ...place, at }, step, noteOf(value));
    }
    value = next.value;
    at = pathAt(at, step);
  }
  return value;
}

/**
 * Refuses a slice with a step of 0 (before anything is stepped into).
 *
 * @example A step of 0
 * ```ts
 * import { checkSlice } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * const place = { name: "a[::0]", where: "run1", at: "a" };
 * checkSlice(place, { start: undefined, stop: undefined, step: 2 });
 * assert.throws(() => checkSlice(place, { start: undefined, stop: undefined, step: 0 }));
 * ```
 *
 * @param place The path asked for.
 * @param step A step of it.
 * @throws {UsageError} When `step` is a slice with a step of 0.
 */
export function checkSlice(place: PathPlace, step: PathStep): void {
  if (typeof step === "object" && step.step === 0) {
    throw new UsageError(
      `Cannot get "${place.name}" from "${place.where}": the slice ${
        stepText(step)
      } has a step of 0; use a step of 1 or more, or -1 or less`,
    );
  }
}

/**
 * The error for a step that finds nothing in the value at `place.at`.
 *
 * @example An index past the end
 * ```ts
 * import { arrayNote, notFoundAt } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * const error = notFoundAt({ name: "e[9]", where: "run1", at: "e" }, 9, arrayNote([3], false));
 * assert.equal(error.message, 'Cannot get "e[9]" from "run1": e has no [9] (it has 3 items)');
 * ```
 *
 * @param place The path asked for, and where the walk is on it.
 * @param step The step that found nothing.
 * @param note What the value there is or holds (see {@linkcode noteOf}).
 * @returns The error.
 */
export function notFoundAt(
  place: PathPlace,
  step: PathStep,
  note: string,
): NotFoundError {
  return new NotFoundError(
    `Cannot get "${place.name}" from "${place.where}": ${place.at} has no ${
      stepText(step)
    }${note}`,
    { path: place.where, name: place.name },
  );
}

/**
 * The path walked so far, one step further, as messages write it.
 *
 * @example Keys and indices
 * ```ts
 * import { pathAt } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * assert.equal(pathAt(pathAt("runs", 0), "grid"), "runs[0].grid");
 * ```
 *
 * @param at The path walked so far.
 * @param step The next step.
 * @returns The path with that step.
 */
export function pathAt(at: string, step: PathStep): string {
  return at + (typeof step === "string" ? `.${step}` : stepText(step));
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

/**
 * NumPy's `a[i:j:k]`: the rows of an N-D array (N >= 1) at `indices` along
 * its first axis, as an array of shape `[indices.length, ...shape[1:]]` in
 * the same memory order. Its data is a copy.
 *
 * @example Every other row of a 3×2 array
 * ```ts
 * import { sliceFirstAxis } from "./select_value.ts";
 * import { NDArray } from "../npy/mod.ts";
 * import assert from "node:assert/strict";
 * const a = new NDArray(new Int32Array([0, 1, 2, 3, 4, 5]), [3, 2]);
 * const b = sliceFirstAxis(a, [2, 0]);
 * assert.deepEqual(b.shape, [2, 2]);
 * assert.deepEqual([...b.data], [4, 5, 0, 1]);
 * ```
 *
 * @param array An array of at least one axis.
 * @param indices Indices along its first axis, each in bounds.
 * @returns The sub-array.
 * @throws {RangeError} When the array has no axis or an index is out of
 * bounds.
 */
export function sliceFirstAxis(array: NDArray, indices: number[]): NDArray {
  const { shape, order, dtype, data } = array;
  if (shape.length === 0) {
    throw new RangeError("Cannot slice an NDArray of 0 axes: it has no axis");
  }
  const bad = indices.find((i) =>
    !Number.isInteger(i) || i < 0 || i >= shape[0]
  );
  if (bad !== undefined) {
    throw new RangeError(
      `Cannot index axis 0 of length ${shape[0]} with ${bad}`,
    );
  }
  const n = indices.length;
  const count = shape.slice(1).reduce((a, b) => a * b, 1);
  const lanes = array.size === 0 ? 1 : data.length / array.size;
  const out = Array.isArray(data)
    ? new Array<string>(n * count * lanes)
    : new (data.constructor as new (n: number) => TypedArray)(
      n * count * lanes,
    );
  for (let k = 0; k < n; k++) {
    for (let e = 0; e < count; e++) {
      // C order: rows are contiguous; F order: the first axis varies fastest.
      const [to, from] = order === "C"
        ? [k * count + e, indices[k] * count + e]
        : [k + n * e, indices[k] + shape[0] * e];
      for (let l = 0; l < lanes; l++) {
        (out as { [i: number]: unknown })[to * lanes + l] =
          data[from * lanes + l];
      }
    }
  }
  return new NDArray(out as NDArrayData, [n, ...shape.slice(1)], {
    order,
    dtype,
  });
}

/**
 * The index a step picks along `length` items (negative ones count from
 * the end), as the walk of a path takes it: `undefined` when it picks
 * nothing.
 *
 * @example Indices
 * ```ts
 * import { indexIn } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * assert.equal(indexIn(5, -1), 4);
 * assert.equal(indexIn(5, "2"), 2);
 * assert.equal(indexIn(5, 5), undefined);
 * assert.equal(indexIn(5, "x"), undefined);
 * ```
 *
 * @param length The number of items.
 * @param step A key or index of a path.
 * @returns The index, or `undefined`.
 */
export function indexIn(
  length: number,
  step: string | number,
): number | undefined {
  let index = Number(step);
  if (!Number.isInteger(index)) return undefined;
  if (index < 0) index += length;
  return index >= 0 && index < length ? index : undefined;
}

function stepInto(
  value: unknown,
  step: PathStep,
): { value: unknown } | typeof NOTHING {
  if (value === null || typeof value !== "object") return NOTHING;
  if (value instanceof NDArray) {
    if (value.ndim === 0) return NOTHING;
    if (typeof step === "object") {
      return {
        value: sliceFirstAxis(value, sliceIndices(value.shape[0], step)),
      };
    }
    const index = indexIn(value.shape[0], step);
    if (index === undefined) return NOTHING;
    return {
      value: value.ndim === 1 ? value.get(index) : indexFirstAxis(value, index),
    };
  }
  if (isTypedArray(value) || Array.isArray(value)) {
    const array = value as ArrayLike<unknown>;
    if (typeof step === "object") {
      const indices = sliceIndices(array.length, step);
      if (isTypedArray(value)) {
        const out = new (value.constructor as new (n: number) => TypedArray)(
          indices.length,
        );
        indices.forEach((i, k) => out[k] = value[i]);
        return { value: out };
      }
      // Holes stay holes.
      const out = new Array<unknown>(indices.length);
      indices.forEach((i, k) => {
        if (i in array) out[k] = array[i];
      });
      return { value: out };
    }
    const index = indexIn(array.length, step);
    if (index === undefined || !(index in array)) return NOTHING;
    return { value: array[index] };
  }
  if (typeof step === "object") return NOTHING;
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

/**
 * What a value is or holds, as a message about a step that found nothing
 * in it says it: `" (it is a number)"`, `" (it has 3 items)"`,
 * `"; its keys are "a", "b""`.
 *
 * @example Notes
 * ```ts
 * import { noteOf } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * assert.equal(noteOf(7), " (it is a number)");
 * assert.equal(noteOf({ a: 1 }), '; its keys are "a"');
 * ```
 *
 * @param value The value a step found nothing in.
 * @returns The note, starting with its separator.
 */
export function noteOf(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return ` (it is ${value === null ? "null" : `a ${typeof value}`})`;
  }
  if (Array.isArray(value) || isTypedArray(value)) {
    return arrayNote([(value as ArrayLike<unknown>).length], false);
  }
  if (value instanceof NDArray) return arrayNote(value.shape, true);
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

/**
 * {@linkcode noteOf} an array known by its shape: an NDArray, or (not
 * `nd`) an Array or typed array of `shape[0]` items.
 *
 * @example An NDArray's note
 * ```ts
 * import { arrayNote } from "./select_value.ts";
 * import assert from "node:assert/strict";
 * assert.equal(arrayNote([], true), " (it is an NDArray of shape []: it has no axis to index)");
 * ```
 *
 * @param shape The array's axis lengths.
 * @param nd Whether it is an NDArray.
 * @returns The note.
 */
export function arrayNote(shape: readonly number[], nd: boolean): string {
  if (!nd) return ` (it has ${shape[0]} items)`;
  const text = `it is an NDArray of shape [${shape.join(", ")}]`;
  return shape.length === 0
    ? ` (${text}: it has no axis to index)`
    : shape[0] === 0
    ? ` (${text}: its first axis is empty)`
    : ` (${text}; indices along its first axis go from 0 to ${
      shape[0] - 1
    }, or from -${shape[0]} to -1 counting from the end)`;
}
