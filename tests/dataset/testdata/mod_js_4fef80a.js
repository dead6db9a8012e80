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
// imported; load() reads index.jsonl again each call and imports the item's
// current version, one item at a time.
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

/**
 * Imports the current version of one item and returns its value. Reads the
 * index each call: an item replaced since is loaded at its new version (a
 * new folder, so a new module), a deleted one is not found. If the item is
 * replaced while it is imported (its folder is then removed), it tries the
 * newer version, for as long as each try finds a newer one.
 */
export async function load(name) {
  for (;;) {
    entries = await readEntries();
    const entry = entries.get(name);
    if (entry === undefined) {
      throw new Error('Cannot load "' + name + '": the DataSet has no such item (deleted, or never added); readIndex() tells what it holds');
    }
    const url = new URL("./items/" + encodeURIComponent(entry.dir) + "/mod.js", import.meta.url);
    try {
      return (await import(url.href)).default;
    } catch (error) {
      const now = (await readEntries()).get(name);
      if (now !== undefined && now.dir === entry.dir) {
        // Still the current version: its folder is damaged.
        throw new Error('Cannot load "' + name + '" from "' + url.href + '": ' + (error && error.message) + "; the item is still listed at that version, so its folder is damaged", { cause: error });
      }
      // Replaced or deleted meanwhile: try the newer version (or report it
      // gone). Each try finds a newer one, so this ends when writers pause.
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
