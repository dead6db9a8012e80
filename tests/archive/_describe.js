// Copyright 2026 the persist authors. MIT license.
// A canonical, JSON-able description of a value graph that records types,
// contents, -0/NaN, holes, key order and *identity* (which objects are the
// same object), so that values built in two processes can be compared.
// NDArray instances compare by class name and fields, so the library's
// NDArray (load()) and the one of _persist.js (import()) describe alike.
// Plain JavaScript, so that Node can use it too.

/**
 * Describes several named values, sharing one identity numbering.
 * @param {Record<string, unknown>} values
 * @returns {unknown}
 */
export function describeExports(values) {
  const seen = new Map();
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const name of Object.keys(values).sort()) {
    out[name] = describeValue(values[name], seen);
  }
  return out;
}

/**
 * Describes one value.
 * @param {unknown} value
 * @returns {unknown}
 */
export function describe(value) {
  return describeValue(value, new Map());
}

/**
 * @param {any} value
 * @param {Map<object, number>} seen
 * @returns {unknown}
 */
function describeValue(value, seen) {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0)
        ? { number: "-0" }
        : Number.isFinite(value)
        ? value
        : { number: String(value) };
    case "bigint":
      return { bigint: String(value) };
    case "undefined":
      return { undefined: true };
    case "string":
    case "boolean":
      return value;
    case "function":
      return { function: value.name };
    case "symbol":
      return { symbol: String(value) };
  }
  if (value === null) return null;
  const object = value;
  const id = seen.get(object);
  if (id !== undefined) return { ref: id };
  const me = seen.size;
  seen.set(object, me);
  const proto = Object.getPrototypeOf(object);
  const cls = proto === null ? "null" : proto.constructor?.name ?? "?";
  /** @param {unknown} v */
  const d = (v) => describeValue(v, seen);
  /** @param {string[]} keys */
  const fields = (keys) => keys.map((k) => [k, d(object[k])]);
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
    return {
      id: me,
      class: cls,
      values: Array.from(object, (v) => describeValue(v, seen)),
    };
  }
  if (object instanceof DataView || object instanceof ArrayBuffer) {
    const bytes = object instanceof DataView
      ? new Uint8Array(object.buffer, object.byteOffset, object.byteLength)
      : new Uint8Array(object);
    return { id: me, class: cls, bytes: [...bytes] };
  }
  if (object instanceof Date) {
    return { id: me, class: cls, time: String(object.getTime()) };
  }
  if (object instanceof RegExp) {
    return { id: me, class: cls, source: object.source, flags: object.flags };
  }
  if (cls === "NDArray") {
    return {
      id: me,
      class: cls,
      dtype: object.dtype,
      shape: [...object.shape],
      order: object.order,
      data: d(object.data),
    };
  }
  if (object instanceof Map) {
    return {
      id: me,
      class: cls,
      entries: [...object].map(([k, v]) => [d(k), d(v)]),
      fields: fields(Object.keys(object)),
    };
  }
  if (object instanceof Set) {
    return {
      id: me,
      class: cls,
      members: [...object].map(d),
      fields: fields(Object.keys(object)),
    };
  }
  if (Array.isArray(object) && object.length > 100_000) {
    // Long (sparse) arrays by their elements: listing every slot of an
    // array of length 2 ** 32 - 1 would never end.
    /** @param {string} k */
    const isIndex = (k) => String(Number(k)) === k && Number(k) < 2 ** 32 - 1;
    const keys = Object.keys(object);
    return {
      id: me,
      class: cls,
      length: object.length,
      elements: keys.filter(isIndex).map((k) => [k, d(object[k])]),
      fields: fields(keys.filter((k) => !isIndex(k))),
    };
  }
  if (Array.isArray(object)) {
    const items = [];
    for (let i = 0; i < object.length; i++) {
      items.push(i in object ? d(object[i]) : { hole: true });
    }
    return {
      id: me,
      class: cls,
      items,
      fields: fields(Object.keys(object).filter((k) => !/^\d+$/.test(k))),
    };
  }
  return { id: me, class: cls, fields: fields(Object.keys(object)) };
}
