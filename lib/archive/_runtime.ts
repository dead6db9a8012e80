// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// The source of `_persist.js`, the small helper module written into every
// archive folder, so that `import()` of `mod.js` needs nothing but the folder.
// It must not change meaning within a format version: archives written
// years ago keep the copy they were written with.

/**
 * The h5wasm release `_persist.js` imports to read HDF5 arrays (in Deno as
 * `npm:h5wasm@<version>/node`). The same release the library uses (a test
 * checks it against `deno.lock`), so that `import()` and `load()` read
 * HDF5 files with the same code.
 */
export const H5WASM_VERSION = "0.10.3";

/** The text of `_persist.js` (format 1). */
export const RUNTIME_SOURCE: string = String
  .raw`// persist archive runtime, format 1
// Written by @persist/persist beside mod.js, which imports it. It rebuilds what
// plain JavaScript literals cannot express: arrays kept in .npy files or in an
// HDF5 file, N-D arrays, ArrayBuffers and objects of registered classes. It
// runs in Deno, Node and browsers (array files are fetched relative to this
// file's URL). HDF5 arrays need h5wasm, loaded only when one is read: in Deno
// from npm (run with --allow-env), in Node.js where "h5wasm" resolves from
// the archive folder; browsers cannot read them.

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

/** Reads an array file beside mod.js (or one dataset of it): its data (a typed array). */
export async function array(file, options = {}) {
  return (await ndarray(file, options)).data;
}

/** Reads a .npy file beside mod.js, or one dataset of an HDF5 file, as an NDArray. */
export async function ndarray(file, options = {}) {
  // File names are names, not URLs: "run#2.npy" is that file, as for load().
  const url = new URL(
    file.split("/").map(encodeURIComponent).join("/"),
    import.meta.url,
  );
  if (options.dataset !== undefined) return await readDataset(url, options.dataset);
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

// The h5wasm release persist writes and reads HDF5 with. The specifier is
// built at run time, so that Deno does not fetch h5wasm for archives that
// never read an HDF5 array.
const H5WASM_VERSION = "${H5WASM_VERSION}";
// The most bytes copied out of the wasm heap (at most 2 GiB) at once.
const SLICE_BYTES = 64 * 2 ** 20;
let h5wasm;

async function loadH5wasm(where) {
  const fail = (why, cause, Class = Error) => {
    throw new Class("Cannot read " + where + ": " + why, { cause });
  };
  const needsEnv = "h5wasm, which reads HDF5, needs access to all environment variables; run with --allow-env";
  let specifier;
  if (typeof Deno !== "undefined") {
    // Anything but "granted" (a terminal gives "prompt") fails: loading
    // would make Deno prompt, and a process nobody answers hangs.
    const env = Deno.permissions?.querySync?.({ name: "env" }).state;
    if (env !== undefined && env !== "granted") {
      fail(needsEnv, undefined, Deno.errors.NotCapable);
    }
    specifier = "npm:h5wasm@" + H5WASM_VERSION + "/node";
  } else if (typeof process !== "undefined" && process.versions?.node !== undefined) {
    specifier = "h5wasm/node";
  } else {
    fail("HDF5 arrays can be imported in Deno and Node.js only; convert the archive to .npy");
  }
  h5wasm ??= import(specifier).then(async (lib) => {
    await lib.ready;
    return lib;
  });
  try {
    return await h5wasm;
  } catch (error) {
    h5wasm = undefined;
    if (error?.name === "NotCapable" || error?.name === "PermissionDenied") {
      fail(needsEnv, error, error.constructor);
    }
    fail(
      "h5wasm, which reads HDF5, did not load (" + error?.message + "); " +
        (typeof Deno !== "undefined"
          ? "Deno needs npm access or a cached npm:h5wasm@" + H5WASM_VERSION
          : "install it where Node.js finds it from the archive folder (npm install h5wasm@" +
            H5WASM_VERSION + ")"),
      error,
    );
  }
}

// Synchronous: waiting for the file system would let the timer that
// closes the open files fire between two reads (see OPEN_FILES).
function fileExists(url) {
  try {
    if (typeof Deno !== "undefined") return Deno.statSync(url).isFile;
    return nodeFs.statSync(url).isFile();
  } catch (error) {
    if (error?.name === "NotFound" || error?.code === "ENOENT") return false;
    throw error;
  }
}

// The HDF5 files readDataset() keeps open between reads, so that an import
// of mod.js opens each file once, not once per array. Every archive folder
// has its own copy of this module (a DataSet's items loaded at once:
// hundreds of copies), while a file id is valid only in the h5wasm Module
// that opened it; so the files are kept on that Module, under OPEN_FILES,
// shared by every copy that uses it: { files: Map of URL to file id, least
// recently used first; timers: Set of the setTimeout functions with a close
// pending }. At most MAX_OPEN files are open: opening another closes the
// least recently used first. A 0 ms timer closes them all: mod.js reads its
// arrays one after the other, and once h5wasm and the modules below are
// loaded a read waits for nothing but promise callbacks, so the timer fires
// only after the last read. (Reads that do wait, such as of a .npy file
// between two datasets, and imports running at the same time may close a
// file and open it again.) A read gets its file after its last await and
// uses it before returning: neither the timer nor another read can close a
// file under it.
//
// The timer is armed with the setTimeout found when this module was
// evaluated and, when the global one is another by now, with that one too:
// under fake timers (a test's FakeTime, which runs them only when the test
// ticks its clock) one of the two fires. Every close empties the set, and a
// function is armed again only when no close of its own is pending, so a
// fake that never runs stops no other timer from closing the files. When
// both are a fake that never runs (this copy evaluated under it, which is
// still installed), at most MAX_OPEN files stay open until a read arms a
// real timer: one in a copy evaluated before the fake, or any read after it
// is removed.
const OPEN_FILES = Symbol.for("persist.h5.openFiles.v1");
const MAX_OPEN = 8;
const ownSetTimeout = globalThis.setTimeout;
let toPath; // node:url's fileURLToPath, once loaded
let nodeFs; // node:fs, in Node.js, once loaded
let shared; // m[OPEN_FILES] of the h5wasm Module, once loaded

async function readDataset(url, name) {
  const where = '"' + url.href + '" (dataset "' + name + '")';
  const fail = (why) => {
    throw new Error("Cannot read " + where + ": " + why);
  };
  if (url.protocol !== "file:") {
    fail("HDF5 arrays are read from local files only; convert the archive to .npy to serve it");
  }
  if (shared === undefined || !shared.files.has(url.href)) {
    if (typeof Deno === "undefined") nodeFs ??= await import("node:fs");
    if (!fileExists(url)) fail("the file does not exist");
  }
  const { Module: m, Dataset } = await loadH5wasm(where);
  toPath ??= (await import("node:url")).fileURLToPath;
  // No await from here on (see OPEN_FILES).
  if (m[OPEN_FILES] === undefined) {
    Object.defineProperty(m, OPEN_FILES, { value: { files: new Map(), timers: new Set() } });
  }
  shared = m[OPEN_FILES];
  const file = openFile(m, shared, url) ?? fail("HDF5 cannot open the file");
  const path = "/" + name.split("/").filter((p) => p !== "").join("/");
  if (m.get_type(file, path) !== m.H5G_DATASET) fail("there is no such dataset");
  const dataset = new Dataset(file, path);
  const meta = dataset.metadata;
  const attrs = m.get_attribute_names(file, path);
  const text = (attr) => {
    if (!attrs.includes(attr)) return undefined;
    const value = dataset.get_attribute(attr);
    return Array.isArray(value) ? value[0] : value;
  };
  const order = text("persist_order") ?? "C";
  const dtype = text("persist_dtype") ?? naturalDtype(meta) ?? fail(
    "its HDF5 datatype is not one this helper reads; load the archive with load() of @persist/persist",
  );
  const shape = meta.shape ?? fail("it has an empty dataspace");
  let data;
  if (/^<U/.test(dtype)) {
    const value = dataset.value;
    data = Array.isArray(value) ? value : [value];
  } else {
    data = readValues(m, file, path, meta, dtype, fail);
  }
  if (order === "F" && shape.length >= 2) data = toFortran(data, shape, /^<c/.test(dtype) ? 2 : 1);
  return new NDArray(data, shape, { order, dtype });
}

// The id of the open file at url (undefined if HDF5 cannot open it), made
// the most recently used; arms the timers that close the files.
function openFile(m, state, url) {
  const { files } = state;
  let file = files.get(url.href);
  if (file !== undefined) {
    files.delete(url.href);
  } else {
    for (const [href, old] of files) {
      if (files.size < MAX_OPEN) break;
      files.delete(href);
      closeFile(m, old);
    }
    file = m.open(toPath(url), m.H5F_ACC_RDONLY, false, -1, -1);
    if (file < 0n) return undefined;
  }
  files.set(url.href, file);
  armClose(m, state, ownSetTimeout);
  if (globalThis.setTimeout !== ownSetTimeout) armClose(m, state, globalThis.setTimeout);
  return file;
}

function armClose(m, state, set) {
  if (typeof set !== "function" || state.timers.has(set)) return;
  state.timers.add(set);
  try {
    set(() => closeFiles(m, state), 0);
  } catch {
    state.timers.delete(set);
  }
}

function closeFiles(m, state) {
  state.timers.clear();
  for (const file of state.files.values()) closeFile(m, file);
  state.files.clear();
}

// A file opened read-only has nothing to lose; a timer must not throw.
function closeFile(m, file) {
  try {
    m.close_file(file);
  } catch {
    // ignored
  }
}

function naturalDtype(meta) {
  const code = meta.type === 1 ? "f" + meta.size : meta.type === 0 ? (meta.signed ? "i" : "u") + meta.size : "";
  // float16 (h5py's "<f2") needs Float16Array, which readValues() asks for.
  if (KINDS[code] === undefined) return undefined;
  return (meta.size === 1 ? "|" : "<") + code;
}

function readValues(m, file, path, meta, dtype, fail) {
  const m2 = /^[<|]([a-zA-Z])(\d+)/.exec(dtype);
  const kind = m2 === null ? undefined : m2[1] === "M" || m2[1] === "m" ? "i8" : m2[1] === "b" ? "b1" : m2[1] + m2[2];
  const entry = KINDS[kind] ?? fail("its dtype " + dtype + " is not supported");
  const Ctor = globalThis[entry[0]] ?? fail(entry[0] + " is not available in this JavaScript runtime");
  const shape = meta.shape;
  const total = shape.reduce((a, b) => a * b, 1);
  const bytes = new Uint8Array(total * meta.size);
  // Slices along the first axis keep the wasm heap small for big arrays.
  const rowBytes = shape.slice(1).reduce((a, b) => a * b, 1) * meta.size;
  const rows = shape.length === 0 ? 1 : shape[0];
  const step = shape.length === 0 ? 1 : Math.max(1, Math.floor(SLICE_BYTES / Math.max(rowBytes, 1)));
  const pointer = m._malloc(Math.max(1, Math.min(rows, step) * rowBytes));
  if (pointer === 0) fail("the wasm heap has no room for it");
  try {
    for (let row = 0; row < rows && bytes.length > 0; row += step) {
      const n = Math.min(step, rows - row);
      const count = shape.length === 0 ? null : shape.map((s, i) => BigInt(i === 0 ? n : s));
      const offset = shape.length === 0 ? null : shape.map((_, i) => BigInt(i === 0 ? row : 0));
      const stride = count === null ? null : count.map(() => 1n);
      if (m.get_dataset_data(file, path, count, offset, stride, BigInt(pointer)) < 0) {
        fail("HDF5 failed to read it");
      }
      bytes.set(m.HEAPU8.subarray(pointer, pointer + n * rowBytes), row * rowBytes);
    }
  } finally {
    m._free(pointer);
  }
  // float16 is stored widened to float32: every float16 value is exact there.
  if (kind === "f2" && meta.size === 4) return Float16Array.from(new Float32Array(bytes.buffer));
  return new Ctor(bytes.buffer, 0, total * entry[1]);
}

// The HDF5 file holds an F-order array's values in C order (so that h5py
// reads the same matrix): put them back in F order.
function toFortran(data, shape, lanes) {
  const out = new data.constructor(data.length);
  const n = shape.length;
  const strides = [];
  for (let k = 0, s = 1; k < n; k++) {
    strides.push(s);
    s *= shape[k];
  }
  const index = new Array(n).fill(0);
  const size = data.length / lanes;
  for (let c = 0, f = 0; c < size; c++) {
    for (let l = 0; l < lanes; l++) out[f * lanes + l] = data[c * lanes + l];
    for (let k = n - 1; k >= 0; k--) {
      index[k]++;
      f += strides[k];
      if (index[k] < shape[k]) break;
      f -= strides[k] * shape[k];
      index[k] = 0;
    }
  }
  return out;
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
  // Whole numbers >= 0, as Python writes them (Python 2 on 64-bit Windows: "3L").
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "")
    .map((s) => /^[+-]?\d+L?$/.test(s) ? Number(s.replace("L", "")) + 0 : NaN);
  if (!shape.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    fail("its header has a shape that is not whole numbers >= 0: (" + shapeText + ")");
  }
  const size = shape.reduce((a, b) => a * b, 1);
  const m = /^([<>|=]?)([a-zA-Z])(\d*)(?:\[(\w+)\])?$/.exec(descr);
  if (m === null) fail("its dtype " + descr + " is not supported");
  const [, byteOrder, kind, digits, unit] = m;
  const big = byteOrder === ">";
  const offset = start + headerLength;
  const order = fortran ? "F" : "C";
  // Written so that a NaN (or an overflow) fails too.
  const truncated = (bytesNeeded) => {
    if (!(offset + bytesNeeded <= bytes.length)) fail("the file is truncated");
  };
  if (kind === "U") {
    const width = Number(digits);
    truncated(size * width * 4);
    const strings = [];
    for (let i = 0; i < size; i++) {
      const at = offset + i * width * 4;
      // NumPy pads with NULs and strips only those at the end: "a\0b" stays.
      let end = width;
      while (end > 0 && view.getUint32(at + (end - 1) * 4, !big) === 0) end--;
      let s = "";
      for (let k = 0; k < end; k++) {
        const cp = view.getUint32(at + k * 4, !big);
        if (cp > 0x10ffff) fail("element " + i + " holds " + cp + ", which is not a code point");
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
  truncated(count * lane);
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
