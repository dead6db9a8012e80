// persist DataSet, format 1
// Import this module to read the DataSet without @persist/persist:
//
//   const ds = await import("./runs/mod.js");
//   ds.names;               // the item names, in the order they were added
//   ds.info["x_0"];         // an item's info (null when none was set)
//   await ds.load("x_0");   // an item's value, imported from its folder
//   await ds.readIndex();   // { names, info } read again from index.jsonl
//
// names and info are read from index.jsonl when this module is first
// imported; load() checks index.jsonl again each call (reading only what
// was appended since) and imports the item's current version, one item at
// a time.
// Written by @persist/persist when the DataSet was created. Do not edit:
// persist replaces this file with a newer loader only while its bytes are
// exactly a text persist wrote.

const INDEX_URL = new URL("./index.jsonl", import.meta.url);
const NEWLINE = 10;

/** Reads index.jsonl: the item names in order, and each item's info. */
export async function readIndex() {
  const entries = await readEntries();
  const info = Object.create(null);
  for (const [name, entry] of entries) info[name] = decodeInfo(entry.info);
  return { names: [...entries.keys()], info };
}

// What was read of index.jsonl: the file (device, inode), its size and
// modification time when read, its header line, the bytes applied (whole
// lines) and the items they give. The index is only appended to, except by
// a compaction, which renames a new file (another inode, another header)
// over it. One read at a time.
let known;
let reading = Promise.resolve();
let fsPromises; // node:fs/promises, in Node.js

let entries = await readEntries();

/** The item names, in the order they were added (as of the import). */
export const names = [...entries.keys()];

/** Each item's info by name (as of the import); null when none was set. */
export const info = Object.create(null);
for (const [name, entry] of entries) info[name] = decodeInfo(entry.info);

/**
 * Imports the current version of one item and returns its value. Checks
 * the index each call: an item replaced since is loaded at its new version
 * (a new folder, so a new module), a deleted one is not found. If the item
 * is replaced while it is imported (its folder is then removed), it tries
 * the newer version, for as long as each try finds a newer one.
 */
export async function load(name) {
  for (;;) {
    entries = await readEntries();
    const entry = entries.get(name);
    if (entry === undefined) {
      throw new Error('Cannot load "' + name + '": the DataSet has no such item (deleted, or never added); readIndex() tells what it holds');
    }
    const dir = entry.dir;
    const url = new URL("./items/" + encodeURIComponent(dir) + "/mod.js", import.meta.url);
    try {
      return (await import(url.href)).default;
    } catch (error) {
      const now = (await readEntries()).get(name);
      if (now !== undefined && now.dir === dir) {
        const message = 'Cannot load "' + name + '" from "' + url.href + '": ' + (error && error.message);
        // Still the current version: a file of its folder is missing, so the
        // folder is damaged. Anything else (a package not installed, a
        // permission not granted) is said as it is.
        if (isMissingFile(error, new URL("./", url))) {
          throw new Error(message + "; the item is still listed at that version, so its folder is damaged", { cause: error });
        }
        throw new Error(message, { cause: error });
      }
      // Replaced or deleted meanwhile: try the newer version (or report it
      // gone). Each try finds a newer one, so this ends when writers pause.
    }
  }
}

/** Whether an import failed because a file inside the folder is missing. */
function isMissingFile(error, folder) {
  const code = error && error.code;
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "ENOENT" && !(error instanceof Error && error.name === "NotFound")) {
    return false;
  }
  // What is missing, without the module that asked for it (Node names a
  // missing package "imported from" the item's folder).
  const what = String(error.message).replace(/ imported from [\s\S]*$/, "");
  return what.includes(folder.href) || what.includes(decodeURIComponent(folder.pathname));
}

/** The items as of now: reads only what changed since the last call. */
function readEntries() {
  const next = reading.then(refresh);
  reading = next.catch(() => {});
  return next;
}

async function refresh() {
  const index = indexFile();
  if (index === undefined) {
    known = undefined;
    return parseAll(await fetchBytes(INDEX_URL)).map;
  }
  const stat = await index.stat();
  const same = known !== undefined && known.dev === stat.dev && known.ino === stat.ino && stat.size >= known.offset;
  if (same && stat.size === known.size && stat.mtime === known.mtime && known.size === known.offset) {
    return known.map; // unchanged: one stat
  }
  const file = await index.open();
  try {
    if (same && sameBytes(await file.read(0, known.header.length), known.header)) {
      // The same file, grown: read from the end of the last whole line read
      // (a line being written, or cut off and written again, starts there).
      const tail = await file.read(known.offset, Math.max(stat.size - known.offset, 0));
      const end = tail.lastIndexOf(NEWLINE) + 1;
      if (end > 0) known.lines = applyLines(known.map, decode(tail.subarray(0, end)), known.lines);
      known.offset += end;
      known.size = known.offset + tail.length - end;
      known.mtime = stat.mtime;
      return known.map;
    }
    // Replaced (a compaction), shrunk, or not read yet: read it whole. The
    // file may have been replaced since the stat: then the next call finds
    // another inode and reads it whole again.
    const bytes = await file.read(0, stat.size);
    const parsed = parseAll(bytes);
    known = { dev: stat.dev, ino: stat.ino, size: bytes.length, mtime: stat.mtime, ...parsed };
    return known.map;
  } catch (error) {
    known = undefined; // half applied: start over at the next call
    throw error;
  } finally {
    await file.close();
  }
}

/** Parses a whole index: its header line, items, whole lines and bytes. */
function parseAll(bytes) {
  const headerEnd = bytes.indexOf(NEWLINE) + 1;
  if (headerEnd === 0) {
    throw new Error('Cannot read "' + INDEX_URL.href + '": it has no complete first line; the index is damaged');
  }
  const header = parseLine(decode(bytes.subarray(0, headerEnd - 1)), 1);
  if (header === null || header.format !== "persist-dataset-index" || !(header.version <= 1)) {
    throw new Error('Cannot read "' + INDEX_URL.href + '": not a DataSet index of format 1');
  }
  const offset = bytes.lastIndexOf(NEWLINE) + 1;
  const map = new Map();
  const lines = applyLines(map, decode(bytes.subarray(headerEnd, offset)), 1);
  return { header: bytes.slice(0, headerEnd), map, lines, offset };
}

/** Applies whole lines of records to the items; returns the line count. */
function applyLines(map, text, lines) {
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    if (end < 0) return lines;
    const record = parseLine(text.slice(start, end), ++lines);
    start = end + 1;
    if (record.op === "set") {
      // Map.set() keeps the place of an item that is there.
      map.set(record.name, { dir: record.dir, info: record.info });
    } else if (record.op === "info") {
      const entry = map.get(record.name);
      if (entry === undefined) {
        throw new Error('Cannot read "' + INDEX_URL.href + '" line ' + lines + ': it sets the info of "' + record.name + '", which is not in the index; the index is damaged');
      }
      map.set(record.name, { dir: entry.dir, info: record.info });
    } else if (record.op === "delete") {
      map.delete(record.name);
    } else {
      throw new Error('Cannot read "' + INDEX_URL.href + '" line ' + lines + ': unknown record ' + JSON.stringify(record.op));
    }
  }
}

function parseLine(text, line) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error('Cannot read "' + INDEX_URL.href + '" line ' + line + ': it is not JSON; the index is damaged', { cause: error });
  }
}

function decode(bytes) {
  return new TextDecoder().decode(bytes);
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function decodeInfo(value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decodeInfo);
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0][0] === "$") {
    const body = value[keys[0]];
    switch (keys[0]) {
      case "$number": return Number(body);
      case "$bigint": return BigInt(body);
      case "$undefined": return undefined;
      case "$date": return new Date(body === null ? NaN : body);
      case "$object": return decodeObject(body);
    }
    throw new Error("Cannot read an info value: unknown tag " + keys[0]);
  }
  return decodeObject(value);
}

function decodeObject(value) {
  const out = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: decodeInfo(value[key]),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * index.jsonl through what Deno or Node.js offer: stat() of the path, and
 * open() for read(position, length) and close(); undefined elsewhere
 * (browsers fetch it whole each time).
 */
function indexFile() {
  if (INDEX_URL.protocol !== "file:") return undefined;
  if (typeof Deno !== "undefined") {
    return {
      async stat() {
        const s = await Deno.stat(INDEX_URL);
        return { dev: s.dev, ino: s.ino, size: s.size, mtime: s.mtime === null ? null : s.mtime.getTime() };
      },
      async open() {
        const file = await Deno.open(INDEX_URL);
        return {
          async read(position, length) {
            const bytes = new Uint8Array(length);
            await file.seek(position, Deno.SeekMode.Start);
            let n = 0;
            while (n < length) {
              const got = await file.read(bytes.subarray(n));
              if (got === null) break;
              n += got;
            }
            return bytes.subarray(0, n);
          },
          close() {
            file.close();
          },
        };
      },
    };
  }
  if (typeof process !== "undefined") {
    return {
      async stat() {
        const fs = await nodeFs();
        const s = await fs.stat(INDEX_URL, { bigint: true });
        return { dev: String(s.dev), ino: String(s.ino), size: Number(s.size), mtime: String(s.mtimeNs) };
      },
      async open() {
        const fs = await nodeFs();
        const file = await fs.open(INDEX_URL, "r");
        return {
          async read(position, length) {
            const bytes = new Uint8Array(length);
            let n = 0;
            while (n < length) {
              const { bytesRead } = await file.read(bytes, n, length - n, position + n);
              if (bytesRead === 0) break;
              n += bytesRead;
            }
            return bytes.subarray(0, n);
          },
          async close() {
            await file.close();
          },
        };
      },
    };
  }
  return undefined;
}

async function nodeFs() {
  return fsPromises ??= await import("node:fs/promises");
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error('Cannot read "' + url.href + '": HTTP ' + response.status);
  }
  return new Uint8Array(await response.arrayBuffer());
}
