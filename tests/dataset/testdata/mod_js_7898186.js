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
// imported; items are imported one at a time, when load() asks for them.
// Written by @persist/persist when the DataSet was created. Do not edit.

const INDEX_URL = new URL("./index.jsonl", import.meta.url);

/** Reads index.jsonl: the item names in order, and each item's info. */
export async function readIndex() {
  const entries = await readEntries();
  const info = Object.create(null);
  for (const [name, entry] of entries) info[name] = decodeInfo(entry.info);
  return { names: [...entries.keys()], info };
}

let entries = await readEntries();

/** The item names, in the order they were added (as of the import). */
export const names = [...entries.keys()];

/** Each item's info by name (as of the import); null when none was set. */
export const info = Object.create(null);
for (const [name, entry] of entries) info[name] = decodeInfo(entry.info);

/** Imports one item and returns its value. */
export async function load(name) {
  for (let attempt = 0;; attempt++) {
    const entry = entries.get(name);
    if (entry === undefined) {
      if (attempt === 0) {
        entries = await readEntries();
        continue;
      }
      throw new Error('Cannot load "' + name + '": the DataSet has no such item');
    }
    const url = new URL("./items/" + encodeURIComponent(entry.dir) + "/mod.js", import.meta.url);
    try {
      return (await import(url.href)).default;
    } catch (error) {
      // Replaced or deleted since the index was read: read it again.
      const fresh = await readEntries();
      if (attempt >= 3 || fresh.get(name)?.dir === entry.dir) throw error;
      entries = fresh;
    }
  }
}

async function readEntries() {
  const text = await readText(INDEX_URL);
  const map = new Map();
  let start = 0;
  let line = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    if (end < 0) break; // a last line without newline is still being written
    const record = JSON.parse(text.slice(start, end));
    start = end + 1;
    if (line++ === 0) {
      if (record.format !== "persist-dataset-index" || !(record.version <= 1)) {
        throw new Error('Cannot read "' + INDEX_URL.href + '": not a DataSet index of format 1');
      }
      continue;
    }
    if (record.op === "set") {
      const old = map.get(record.name);
      if (old === undefined) map.set(record.name, { dir: record.dir, info: record.info });
      else Object.assign(old, { dir: record.dir, info: record.info });
    } else if (record.op === "info") {
      map.get(record.name).info = record.info;
    } else if (record.op === "delete") {
      map.delete(record.name);
    } else {
      throw new Error('Cannot read "' + INDEX_URL.href + '": unknown record ' + JSON.stringify(record.op));
    }
  }
  return map;
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

async function readText(url) {
  if (url.protocol === "file:" && typeof Deno !== "undefined") {
    return await Deno.readTextFile(url);
  }
  if (url.protocol === "file:" && typeof process !== "undefined") {
    const fs = await import("node:fs/promises");
    return await fs.readFile(url, "utf8");
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error('Cannot read "' + url.href + '": HTTP ' + response.status);
  }
  return await response.text();
}
