// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The JSON form of archived values, as `persist get --json` prints them.
 * Everything JSON has (null, booleans, finite numbers other than -0,
 * strings, arrays without holes, plain objects) is itself. Everything else
 * is an object with a `"$type"` key:
 *
 * | Value                          | JSON                                                                                   |
 * | ------------------------------ | -------------------------------------------------------------------------------------- |
 * | `undefined`                    | `{"$type":"undefined"}`                                                                |
 * | `-0`, `NaN`, `±Infinity`       | `{"$type":"number","value":"-0"}` (`"NaN"`, `"Infinity"`, `"-Infinity"`)                |
 * | BigInt                         | `{"$type":"bigint","value":"-12"}`                                                     |
 * | hole in an array               | `{"$type":"hole"}`                                                                     |
 * | sparse array (as `mod.js` writes it compactly) | `{"$type":"Array","length":100000000,"elements":{"0":1,"99999999":2}}`     |
 * | `Date`                         | `{"$type":"Date","value":"2024-01-31T12:00:00.000Z"}` (`null` when invalid)            |
 * | `RegExp`                       | `{"$type":"RegExp","source":"a+","flags":"g"}`                                         |
 * | `Map`                          | `{"$type":"Map","entries":[[key, value], …]}`                                          |
 * | `Set`                          | `{"$type":"Set","values":[…]}`                                                         |
 * | typed array                    | `{"$type":"Float64Array","length":3,"data":[1,2,"NaN"]}`                               |
 * | `NDArray`                      | `{"$type":"NDArray","dtype":"<f8","shape":[2,3],"order":"C","length":6,"data":[…]}`     |
 * | `ArrayBuffer`, `DataView`      | `{"$type":"ArrayBuffer","length":4,"data":[0,1,2,255]}` (the bytes)                     |
 * | object without prototype       | `{"$type":"Object","nullPrototype":true,"value":{…}}`                                  |
 * | object with a `"$type"` key    | `{"$type":"Object","value":{…}}`                                                       |
 * | class instance, built by `new` | `{"$type":"instance","class":"Point","module":"../point.js","args":[…]}`               |
 * | class instance, restored       | `{"$type":"instance","class":"Counter","module":"./c.js","value":<its fields or base>}` |
 * | shared object or cycle         | first place: the form above with `"id": n` added (plain objects and arrays as `{"$type":"Object"/"Array","id":n,"value":…}`); later places `{"$type":"ref","id":n}` |
 *
 * In `data`: numbers, except `"NaN"`, `"Infinity"`, `"-Infinity"`, `"-0"`
 * as strings, 64-bit integers as decimal strings, NumPy unicode strings as
 * strings, booleans (`|b1`) as 0/1, complex values interleaved (re, im).
 * An `NDArray`'s `data` is in its memory order (`order`), `length` counts
 * values of `data`. Arrays of more than `threshold` elements are
 * summarized unless `full`: `"truncated":true` and `"head"`/`"tail"` (the
 * first and last `edgeItems` elements' values) replace `"data"`.
 *
 * @module
 */

import {
  isTypedArray,
  NDArray,
  type NDArrayData,
  parseDescr,
  type TypedArray,
} from "../npy/mod.ts";
import {
  countRefs,
  isContainer,
  isMap,
  isSet,
  mapEntries,
  setValues,
} from "./_refs.ts";
import { sparseIndices } from "../archive/_graph.ts";
import { ArrayExcerpt } from "./format_array.ts";
import {
  placeholderArgs,
  placeholderClass,
  placeholderOf,
} from "./placeholder.ts";

/** A JSON value. */
export type Json =
  | null
  | boolean
  | number
  | string
  | Json[]
  | { [key: string]: Json };

/** Options for {@linkcode toJsonValue}. */
export interface ToJsonOptions {
  /**
   * Write all data of big arrays.
   *
   * @default {false}
   */
  full?: boolean;
  /**
   * Summarize arrays of more elements than this.
   *
   * @default {1000}
   */
  threshold?: number;
  /**
   * Elements kept at each end of a summarized array.
   *
   * @default {3}
   */
  edgeItems?: number;
}

/**
 * Encodes a value in the JSON form described in this module's docs.
 *
 * @example Tricky values
 * ```ts
 * import { toJsonValue } from "./json_value.ts";
 * import assert from "node:assert/strict";
 * const shared = { a: 1 };
 * assert.deepEqual(toJsonValue({ n: -0, b: 2n, x: [shared, shared] }), {
 *   n: { $type: "number", value: "-0" },
 *   b: { $type: "bigint", value: "2" },
 *   x: [{ $type: "Object", id: 1, value: { a: 1 } }, { $type: "ref", id: 1 }],
 * });
 * ```
 *
 * @param value Any archived value.
 * @param options Summarizing of big arrays.
 * @returns A JSON value (`JSON.stringify` it).
 */
export function toJsonValue(value: unknown, options: ToJsonOptions = {}): Json {
  const { full = false, threshold = 1000, edgeItems = 3 } = options;
  const counts = countRefs(value);
  const ids = new Map<object, number>();

  const num = (n: number): Json =>
    Number.isFinite(n) && !Object.is(n, -0)
      ? n
      : { $type: "number", value: Object.is(n, -0) ? "-0" : String(n) };

  const lane = (x: number | bigint | string): Json =>
    typeof x === "number"
      ? (Number.isFinite(x) && !Object.is(x, -0)
        ? x
        : Object.is(x, -0)
        ? "-0"
        : String(x))
      : typeof x === "bigint"
      ? String(x)
      : x;

  const values = (
    data: ArrayLike<number | bigint | string>,
    elements: number,
    lanes: number,
  ): Record<string, Json> => {
    const pick = (from: number, to: number) => {
      const out: Json[] = [];
      for (let i = from; i < to; i++) out.push(lane(data[i]));
      return out;
    };
    if (full || elements <= threshold) {
      return { length: data.length, data: pick(0, data.length) };
    }
    const k = edgeItems * lanes;
    return {
      length: data.length,
      truncated: true,
      head: pick(0, k),
      tail: pick(data.length - k, data.length),
    };
  };

  // An excerpt holds the first and last edgeItems elements in memory
  // order too: their indices along every axis are among its edges.
  const excerpt = (v: ArrayExcerpt): Record<string, Json> => {
    const { edges } = v;
    if (full || v.size <= threshold || edgeItems !== v.edgeItems) {
      throw new RangeError(
        `Cannot encode an excerpt of ${v.size} elements ${
          full || v.size <= threshold
            ? "in full"
            : `with ${edgeItems} edge items`
        }: it holds only the first and last ${v.edgeItems} along each axis`,
      );
    }
    const nd = edges instanceof NDArray ? edges : undefined;
    const data = (nd?.data ?? edges) as ArrayLike<number | bigint | string>;
    const lanes = Math.max(parseDescr(nd?.dtype ?? "")?.lanes ?? 1, 1);
    const k = edgeItems * lanes;
    const pick = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => lane(data[from + i]));
    const summary = {
      length: v.size * lanes,
      truncated: true,
      head: pick(0, k),
      tail: pick(data.length - k, data.length),
    };
    if (nd === undefined) {
      return { $type: edges.constructor.name, ...summary };
    }
    return {
      $type: "NDArray",
      dtype: nd.dtype,
      shape: [...v.shape],
      order: nd.order,
      ...summary,
    };
  };

  const leaf = (v: object): Record<string, Json> => {
    if (v instanceof Date) {
      const t = v.getTime();
      return { $type: "Date", value: Number.isNaN(t) ? null : v.toISOString() };
    }
    if (v instanceof RegExp) {
      return { $type: "RegExp", source: v.source, flags: v.flags };
    }
    if (v instanceof ArrayExcerpt) return excerpt(v);
    if (v instanceof NDArray) {
      const lanes = Math.max(parseDescr(v.dtype)?.lanes ?? 1, 1);
      return {
        $type: "NDArray",
        dtype: v.dtype,
        shape: [...v.shape],
        order: v.order,
        ...values(v.data as ArrayLike<number>, v.size, lanes),
      };
    }
    if (isTypedArray(v)) {
      return {
        $type: v.constructor.name,
        ...values(v as ArrayLike<number>, v.length, 1),
      };
    }
    const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(
      (v as DataView).buffer,
      (v as DataView).byteOffset,
      (v as DataView).byteLength,
    );
    return {
      $type: v instanceof ArrayBuffer ? "ArrayBuffer" : "DataView",
      ...values(bytes, bytes.length, 1),
    };
  };

  const encode = (v: unknown): Json => {
    switch (typeof v) {
      case "string":
      case "boolean":
        return v;
      case "number":
        return num(v);
      case "bigint":
        return { $type: "bigint", value: String(v) };
      case "undefined":
        return { $type: "undefined" };
      case "symbol":
      case "function":
        throw new TypeError(
          `Cannot encode a ${typeof v} as JSON: archives hold no ${typeof v}s`,
        );
    }
    if (v === null) return null;
    const obj = v as object;
    const seen = ids.get(obj);
    if (seen !== undefined) return { $type: "ref", id: seen };
    let id: number | undefined;
    if ((counts.get(obj) ?? 0) > 1) {
      id = ids.size + 1;
      ids.set(obj, id);
    }
    const tagged = (form: Record<string, Json>): Json => {
      if (id === undefined) return form;
      const { $type, ...rest } = form;
      return { $type, id, ...rest };
    };
    if (!isContainer(obj)) return tagged(leaf(obj));
    const info = placeholderOf(obj);
    const args = placeholderArgs(obj);
    if (info !== undefined && args !== undefined) {
      return tagged({
        $type: "instance",
        class: info.export,
        module: info.module,
        args: args.map(encode),
      });
    }
    const proto = Object.getPrototypeOf(obj);
    const base = container(obj, proto, encode);
    if (
      proto === null || proto === Object.prototype ||
      proto === Array.prototype || proto === Map.prototype ||
      proto === Set.prototype
    ) {
      if (id !== undefined && !isTaggedForm(base, obj)) {
        return {
          $type: Array.isArray(obj) ? "Array" : "Object",
          id,
          value: base,
        };
      }
      return tagged(base as Record<string, Json>) as Json;
    }
    return tagged({
      $type: "instance",
      class: proto.constructor?.name ?? "Object",
      ...(info === undefined ? {} : { module: info.module }),
      value: base,
    });
  };
  return encode(value);
}

/** Whether `container()` already returned a `$type` form for `obj`. */
function isTaggedForm(base: Json, obj: object): boolean {
  if (Array.isArray(obj)) {
    return base !== null && typeof base === "object" && !Array.isArray(base);
  }
  return base !== null && typeof base === "object" &&
    !Array.isArray(base) && typeof base.$type === "string" &&
    (isMap(obj) || isSet(obj) ||
      Object.getPrototypeOf(obj) === null || Object.hasOwn(obj, "$type"));
}

function container(
  obj: object,
  proto: object | null,
  encode: (v: unknown) => Json,
): Json {
  if (isMap(obj)) {
    return {
      $type: "Map",
      entries: mapEntries(obj).map(([k, v]) => [encode(k), encode(v)]),
    };
  }
  if (isSet(obj)) return { $type: "Set", values: setValues(obj).map(encode) };
  if (Array.isArray(obj)) {
    const indices = sparseIndices(obj);
    if (indices !== undefined) {
      const elements: Record<string, Json> = {};
      for (const k of indices) elements[k] = encode(obj[k]);
      return { $type: "Array", length: obj.length, elements };
    }
    const out: Json[] = [];
    for (let i = 0; i < obj.length; i++) {
      out.push(i in obj ? encode(obj[i]) : { $type: "hole" });
    }
    return out;
  }
  const fields: Record<string, Json> = {};
  for (const key of Object.keys(obj)) {
    Object.defineProperty(fields, key, {
      value: encode((obj as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (proto === null) {
    return { $type: "Object", nullPrototype: true, value: fields };
  }
  if (proto === Object.prototype && Object.hasOwn(fields, "$type")) {
    return { $type: "Object", value: fields };
  }
  return fields;
}

/** The base class of all typed arrays. */
const TypedArrayBase = Object.getPrototypeOf(Int8Array);

/** The typed array class of a `$type` name, or `undefined`. */
function typedClass(
  name: string,
): { new (length: number): TypedArray } | undefined {
  const ctor = (globalThis as Record<string, unknown>)[name];
  return typeof ctor === "function" &&
      Object.getPrototypeOf(ctor) === TypedArrayBase
    ? ctor as { new (length: number): TypedArray }
    : undefined;
}

/**
 * Decodes the JSON form back into values: the inverse of
 * {@linkcode toJsonValue} with `full: true`. Class instances come back as
 * instances of stand-in classes with the same name (the tool never imports
 * code). A reader in another language follows the same rules.
 *
 * @example A round trip
 * ```ts
 * import { fromJsonValue, toJsonValue } from "./json_value.ts";
 * import assert from "node:assert/strict";
 * const value = { m: new Map([[1n, new Float32Array([NaN, -0])]]), u: undefined };
 * const json = JSON.parse(JSON.stringify(toJsonValue(value, { full: true })));
 * assert.deepEqual(fromJsonValue(json), value);
 * ```
 *
 * @param json A JSON value in the documented form.
 * @returns The value.
 * @throws {TypeError} For a summarized array (encode with `full`), an
 * unknown `$type` or a reference to an undefined id.
 */
export function fromJsonValue(json: Json): unknown {
  const defined = new Map<number, unknown>();

  const lane = (x: Json, bigint: boolean): number | bigint => {
    if (bigint) return BigInt(x as string);
    if (typeof x === "number") return x;
    return x === "-0" ? -0 : Number(x);
  };

  const define = <T>(form: Record<string, Json>, value: T): T => {
    if (typeof form.id === "number") defined.set(form.id, value);
    return value;
  };

  const array = (form: Record<string, Json>): Json[] => {
    if (form.truncated === true || !Array.isArray(form.data)) {
      throw new TypeError(
        `Cannot decode a summarized ${form.$type}: it holds only its head and tail; encode it with full (persist get --full --json)`,
      );
    }
    return form.data;
  };

  const typed = (name: string, data: Json[]): TypedArray => {
    const out = new (typedClass(name)!)(data.length);
    const big = out instanceof BigInt64Array || out instanceof BigUint64Array;
    for (let i = 0; i < data.length; i++) {
      (out as unknown as (number | bigint)[])[i] = lane(data[i], big);
    }
    return out;
  };

  const fill = (target: Record<string, unknown>, fields: Json) => {
    for (const [k, v] of Object.entries(fields as Record<string, Json>)) {
      Object.defineProperty(target, k, {
        value: decode(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  };

  /** Fills `out` from a sparse array's form (`length`, `elements`). */
  const sparse = (form: Record<string, Json>, out: unknown[]): unknown[] => {
    const { length, elements } = form;
    if (
      typeof length !== "number" || !Number.isInteger(length) || length < 0 ||
      length > 2 ** 32 - 1 || elements === null ||
      typeof elements !== "object" || Array.isArray(elements)
    ) {
      throw new TypeError(
        `Cannot decode {"$type":"Array","length":${
          JSON.stringify(length)
        },…}: a sparse array needs a "length" from 0 to 2^32 - 1 and an object of "elements" by index`,
      );
    }
    out.length = length;
    for (const [key, item] of Object.entries(elements)) {
      const k = Number(key);
      if (
        String(k) !== key || !Number.isInteger(k) || k < 0 || !(k < length)
      ) {
        throw new TypeError(
          `Cannot decode {"$type":"Array","length":${length},…}: element key ${
            JSON.stringify(key)
          } is not an index below the length`,
        );
      }
      out[k] = decode(item);
    }
    return out;
  };

  const decode = (j: Json): unknown => {
    if (j === null || typeof j !== "object") return j;
    if (Array.isArray(j)) {
      const out: unknown[] = new Array(j.length);
      j.forEach((item, i) => {
        if (!isHole(item)) out[i] = decode(item);
      });
      return out;
    }
    if (typeof j.$type !== "string") {
      const out: Record<string, unknown> = {};
      fill(out, j);
      return out;
    }
    const form = j;
    switch (form.$type) {
      case "undefined":
        return undefined;
      case "number":
        return form.value === "-0" ? -0 : Number(form.value);
      case "bigint":
        return BigInt(form.value as string);
      case "ref": {
        if (!defined.has(form.id as number)) {
          throw new TypeError(
            `Cannot decode {"$type":"ref","id":${form.id}}: no value with that id precedes it`,
          );
        }
        return defined.get(form.id as number);
      }
      case "Date":
        return define(
          form,
          new Date(form.value === null ? NaN : form.value as string),
        );
      case "RegExp":
        return define(
          form,
          new RegExp(form.source as string, form.flags as string),
        );
      case "Map": {
        const map = define(form, new Map());
        for (const [k, v] of form.entries as Json[][]) {
          map.set(decode(k), decode(v));
        }
        return map;
      }
      case "Set": {
        const set = define(form, new Set());
        for (const v of form.values as Json[]) set.add(decode(v));
        return set;
      }
      case "Array": {
        if (form.elements !== undefined) {
          return sparse(form, define(form, [] as unknown[]));
        }
        const out = define(form, [] as unknown[]);
        (form.value as Json[]).forEach((item, i) => {
          if (!isHole(item)) out[i] = decode(item);
        });
        out.length = (form.value as Json[]).length;
        return out;
      }
      case "Object": {
        const out = define(
          form,
          form.nullPrototype === true ? Object.create(null) : {},
        );
        fill(out, form.value);
        return out;
      }
      case "NDArray": {
        const dtype = form.dtype as string;
        const info = parseDescr(dtype);
        const raw = array(form);
        const data: NDArrayData = info?.ctor === undefined
          ? raw as string[]
          : typed(info.ctor.name, raw);
        return define(
          form,
          new NDArray(data, form.shape as number[], {
            order: form.order as "C" | "F",
            dtype,
          }),
        );
      }
      case "ArrayBuffer":
        return define(form, typed("Uint8Array", array(form)).buffer);
      case "DataView":
        return define(
          form,
          new DataView(typed("Uint8Array", array(form)).buffer),
        );
      case "instance": {
        const cls = placeholderClass(
          (form.module as string | undefined) ?? "",
          form.class as string,
        );
        if (Array.isArray(form.args)) {
          // Made first and given its arguments after, which may refer to it.
          const out = define(form, new cls());
          const args = placeholderArgs(out)!;
          for (const a of form.args) args.push(decode(a));
          return out;
        }
        // The instance exists before its contents, which may refer to it.
        const value = form.value;
        const tag = value !== null && typeof value === "object" &&
            !Array.isArray(value)
          ? value.$type
          : undefined;
        const base: object = Array.isArray(value) || tag === "Array"
          ? []
          : tag === "Map"
          ? new Map()
          : tag === "Set"
          ? new Set()
          : {};
        define(form, Object.setPrototypeOf(base, cls.prototype));
        if (tag === "Array") {
          sparse(value as Record<string, Json>, base as unknown[]);
        } else if (Array.isArray(value)) {
          value.forEach((item, i) => {
            if (!isHole(item)) (base as unknown[])[i] = decode(item);
          });
          (base as unknown[]).length = value.length;
        } else if (tag === "Map") {
          const entries = (value as Record<string, Json>).entries as Json[][];
          for (const [k, v] of entries) {
            Map.prototype.set.call(base, decode(k), decode(v));
          }
        } else if (tag === "Set") {
          const values = (value as Record<string, Json>).values as Json[];
          for (const v of values) Set.prototype.add.call(base, decode(v));
        } else {
          fill(
            base as Record<string, unknown>,
            tag === "Object" ? (value as Record<string, Json>).value : value,
          );
        }
        return base;
      }
      default:
        if (typedClass(form.$type as string) !== undefined) {
          return define(form, typed(form.$type as string, array(form)));
        }
        throw new TypeError(
          `Cannot decode {"$type":${
            JSON.stringify(form.$type)
          }}: it is not a type of the persist JSON form`,
        );
    }
  };
  return decode(json);
}

function isHole(j: Json): boolean {
  return j !== null && typeof j === "object" && !Array.isArray(j) &&
    j.$type === "hole";
}
