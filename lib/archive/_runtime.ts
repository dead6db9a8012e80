// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// The source of `_persist.js`, the small helper module written into every
// archive folder, so that `import()` of `mod.js` needs nothing but the folder.
// It must not change meaning within a format version: archives written
// years ago keep the copy they were written with.

/** The text of `_persist.js` (format 1). */
export const RUNTIME_SOURCE: string = String
  .raw`// persist archive runtime, format 1
// Written by @persist/persist beside mod.js, which imports it. It rebuilds what
// plain JavaScript literals cannot express: arrays kept in .npy files, N-D
// arrays, ArrayBuffers and objects of registered classes. It runs in Deno, Node
// and browsers (array files are fetched relative to this file's URL).

const KINDS = {
  b1: ["Uint8Array", 1], i1: ["Int8Array", 1], u1: ["Uint8Array", 1],
  i2: ["Int16Array", 1], u2: ["Uint16Array", 1], i4: ["Int32Array", 1],
  u4: ["Uint32Array", 1], i8: ["BigInt64Array", 1], u8: ["BigUint64Array", 1],
  f2: ["Float16Array", 1], f4: ["Float32Array", 1], f8: ["Float64Array", 1],
  c8: ["Float32Array", 2], c16: ["Float64Array", 2],
};

const NATURAL = {
  Int8Array: "|i1", Uint8Array: "|u1", Uint8ClampedArray: "|u1",
  Int16Array: "<i2", Uint16Array: "<u2", Int32Array: "<i4", Uint32Array: "<u4",
  Float16Array: "<f2", Float32Array: "<f4", Float64Array: "<f8",
  BigInt64Array: "<i8", BigUint64Array: "<u8",
};

/** An N-D array: flat data, shape, memory order ("C" or "F") and NumPy dtype. */
export class NDArray {
  static [Symbol.for("persist.ndarray")] = true;

  constructor(data, shape, options = {}) {
    const lanes = /^<c/.test(options.dtype ?? "") ? 2 : 1;
    this.data = data;
    this.shape = Object.freeze(shape === undefined ? [data.length / lanes] : [...shape]);
    this.order = options.order ?? "C";
    this.dtype = options.dtype ?? defaultDtype(data);
  }

  get size() {
    return this.shape.reduce((a, b) => a * b, 1);
  }

  get ndim() {
    return this.shape.length;
  }
}

function defaultDtype(data) {
  if (Array.isArray(data)) {
    let max = 1;
    for (const s of data) max = Math.max(max, [...s].length);
    return "<U" + max;
  }
  return NATURAL[data.constructor.name];
}

/** Reads the array of a .npy file beside mod.js: its data (a typed array). */
export async function array(file, options = {}) {
  return (await ndarray(file, options)).data;
}

/** Reads a .npy file beside mod.js as an NDArray. */
export async function ndarray(file, options = {}) {
  if (options.dataset !== undefined) {
    throw new Error(
      'Cannot read dataset "' + options.dataset + '" of "' + file +
        '" with import(): use load() of @persist/persist for HDF5 archives',
    );
  }
  const url = new URL(file, import.meta.url);
  return decodeNpy(await readBytes(url), url.href);
}

/** The ArrayBuffer of a typed array (a copy when it views only part of one). */
export function buffer(view) {
  const { buffer: b, byteOffset, byteLength } = view;
  return byteOffset === 0 && byteLength === b.byteLength
    ? b
    : b.slice(byteOffset, byteOffset + byteLength);
}

/** Gives an object the prototype of a class without running its constructor. */
export function restore(cls, base, fields) {
  Object.setPrototypeOf(base, cls.prototype);
  if (fields !== undefined) {
    for (const key of Object.keys(fields)) {
      Object.defineProperty(base, key, {
        value: fields[key],
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
  return base;
}

async function readBytes(url) {
  if (url.protocol === "file:" && typeof Deno !== "undefined") {
    return await Deno.readFile(url);
  }
  if (url.protocol === "file:" && typeof process !== "undefined") {
    const fs = await import("node:fs/promises");
    return new Uint8Array(await fs.readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error('Cannot read "' + url.href + '": HTTP ' + response.status);
  }
  return new Uint8Array(await response.arrayBuffer());
}

function decodeNpy(bytes, where) {
  const fail = (why) => {
    throw new Error('Cannot read "' + where + '": ' + why);
  };
  const magic = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
  if (bytes.length < 10 || magic.some((b, i) => bytes[i] !== b)) {
    fail("it is not a .npy file");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes.subarray(start, start + headerLength));
  const descr = /'descr':\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*True/.test(header);
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || shapeText === undefined) fail("its header is damaged");
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  const size = shape.reduce((a, b) => a * b, 1);
  const m = /^([<>|=]?)([a-zA-Z])(\d*)(?:\[(\w+)\])?$/.exec(descr);
  if (m === null) fail("its dtype " + descr + " is not supported");
  const [, byteOrder, kind, digits, unit] = m;
  const big = byteOrder === ">";
  const offset = start + headerLength;
  const order = fortran ? "F" : "C";
  if (kind === "U") {
    const width = Number(digits);
    const strings = [];
    for (let i = 0; i < size; i++) {
      let s = "";
      for (let k = 0; k < width; k++) {
        const cp = view.getUint32(offset + (i * width + k) * 4, !big);
        if (cp === 0) break;
        s += String.fromCodePoint(cp);
      }
      strings.push(s);
    }
    return new NDArray(strings, shape, { order, dtype: "<U" + width });
  }
  const code = unit !== undefined ? "i8" : kind === "?" ? "b1" : kind + digits;
  const entry = KINDS[code];
  if (entry === undefined) fail("its dtype " + descr + " is not supported");
  const ctor = globalThis[entry[0]];
  if (ctor === undefined) fail(entry[0] + " is not available in this JavaScript runtime");
  const lane = ctor.BYTES_PER_ELEMENT;
  const count = size * entry[1];
  if (offset + count * lane > bytes.length) fail("the file is truncated");
  const data = bytes.slice(offset, offset + count * lane);
  if (big && lane > 1) {
    for (let i = 0; i < data.length; i += lane) data.subarray(i, i + lane).reverse();
  }
  const dtype = unit !== undefined
    ? "<" + kind + "8[" + unit + "]"
    : (lane === 1 ? "|" : "<") + code;
  return new NDArray(new ctor(data.buffer, 0, count), shape, { order, dtype });
}
`;
