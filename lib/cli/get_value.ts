// Copyright 2026 the persist authors. MIT license.

/**
 * `persist get`: the value a name or path picks from a `.npy` file, an
 * archive, a DataSet item or an HDF5 dataset. Classes the values name are
 * stand-ins: nothing from the files runs.
 *
 * @module
 */

import { join } from "node:path";
import { MODULE_FILE } from "../archive/mod.ts";
import { NotFoundError } from "../errors.ts";
import { DataSet } from "../dataset/mod.ts";
import { Hdf5Reader } from "../hdf5/mod.ts";
import { isTypedArray, NDArray } from "../npy/mod.ts";
import { readNpyPart } from "./_npy_part.ts";
import { readArchiveValue } from "./archive_info.ts";
import { DamagedError, UsageError } from "./exit_code.ts";
import { parsePath, type PathStep, selectValue } from "./select_value.ts";
import type { Target } from "./target.ts";
import { getChestValue } from "./chest_target.ts";

/** Options for {@linkcode getValue}. */
export interface GetValueOptions {
  /**
   * Read every element of a big array picked from a `.npy` file. Without
   * it such an array (of more than 1000 elements) is an
   * {@linkcode ArrayExcerpt} of what its summary shows: only those
   * elements are read.
   *
   * @default {false}
   */
  full?: boolean;
}

/**
 * Reads the value `name` picks from a target. From `.npy` files only the
 * elements picked are read (`energy[5]`, `energy[-10:]`), and of a big
 * array only what its summary shows unless `full`; HDF5 arrays are read
 * whole.
 *
 * - `.npy` file: its array (no name).
 * - archive: a value by name or path (`runs[0].grid`); without a name, the
 *   value of a single-value archive, else all values.
 * - DataSet: an item by name, or a path into one (`x_3.data`,
 *   `x_3[0]`, `["my item"].a`); a name is required.
 * - HDF5 file: a dataset by its path (`/grid/m`); without a name, the only
 *   dataset of a file that has one.
 * - chest: the value of a key (`x`, `1`, `'"1"'`, `'["a",2]'`: see
 *   `parseKeyArgument()`), read whole; a key is required.
 *
 * Requires `--allow-read` permission for the path, and `--allow-env` for
 * HDF5.
 *
 * @example Getting a DataSet item's field
 * ```ts ignore
 * import { getValue } from "./get_value.ts";
 * const data = await getValue({ kind: "dataset", path: "runs" }, "x_3.data");
 * ```
 *
 * @param target The path and its kind.
 * @param name The name or path, if any.
 * @param options Whether big arrays are read in full.
 * @returns The value.
 * @throws {UsageError} When a name is given where none can be, or missing
 * where one is needed.
 * @throws {NotFoundError} When nothing is at that name or path.
 * @throws {FormatError} When a file is damaged.
 * @throws {DamagedError} When a file or folder that the archive or the
 * DataSet's index lists is missing.
 */
export async function getValue(
  target: Target,
  name: string | undefined,
  options: GetValueOptions = {},
): Promise<unknown> {
  const { path } = target;
  const { full = false } = options;
  if (target.kind === "chest") return await getChestValue(path, name);
  switch (target.kind) {
    case "npy":
      if (name !== undefined) {
        throw new UsageError(
          `a .npy file holds one array, so "${name}" cannot be picked from "${path}"; leave the name out`,
        );
      }
      return (await readNpyPart(path, [], { full }))!.value;
    case "archive": {
      const rest = new Rest(full);
      return await readArchiveValue(path, (values, stopAt) => {
        rest.steps = [];
        if (name !== undefined) {
          return selectValue(values, name, path, rest.options(stopAt));
        }
        const names = Object.keys(values);
        return names.length === 1 && names[0] === "default"
          ? values.default
          : values;
      }, rest);
    }
    case "dataset":
      return await getItem(path, name, full);
    case "hdf5":
      return await getDataset(path, name);
  }
}

/**
 * The steps of a path left when the walk stops at an array whose data is
 * not read yet, and the reading of just what they pick from a `.npy` file.
 */
class Rest {
  steps: PathStep[] = [];
  readonly #full: boolean;

  constructor(full: boolean) {
    this.#full = full;
  }

  options(stopAt: ((value: unknown) => boolean) | undefined) {
    return { stopAt, onStop: (rest: PathStep[]) => this.steps = rest };
  }

  readNpy = async (path: string, standIn: object) => {
    // Other views of the file's data (buffer(), a DataView) are read whole.
    if (!(standIn instanceof NDArray || isTypedArray(standIn))) return;
    return await readNpyPart(path, this.steps, {
      as: standIn instanceof NDArray ? "ndarray" : "array",
      full: this.#full,
    });
  };
}

function list(names: string[]): string {
  const shown = names.slice(0, 10).map((n) => JSON.stringify(n)).join(", ");
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}

async function getItem(
  path: string,
  name: string | undefined,
  full: boolean,
) {
  await using ds = await DataSet.open(path);
  const names = await ds.keys();
  if (name === undefined) {
    throw new UsageError(
      `a DataSet holds many items, so name one: "persist get ${path} <item>" (${
        names.length === 0 ? "it is empty" : `its items: ${list(names)}`
      }; see "persist show ${path}")`,
    );
  }
  const { item, rest } = splitItemPath(name, new Set(names));
  if (item === undefined) {
    throw new NotFoundError(
      `Cannot get "${name}" from DataSet "${path}": it has no item ${
        JSON.stringify(name)
      }; ${
        names.length === 0 ? "it is empty" : `its items are ${list(names)}`
      } (see "persist show ${path}")`,
      { path, name },
    );
  }
  // The path into the item's value; an item name holding "." or "[" is
  // quoted so that it stays whole.
  const plain = parsePath(name)?.[0] === item;
  const inItem = plain ? name : `[${JSON.stringify(item)}]${rest}`;
  return await ds.readItem(item, async (folder) => {
    await checkItemFolder(path, item, folder);
    const left = new Rest(full);
    return await readArchiveValue(
      folder,
      (values, stopAt) => {
        left.steps = [];
        return rest === "" ? values.default : selectValue(
          { [item]: values.default },
          inItem,
          path,
          left.options(stopAt),
        );
      },
      left,
    );
  });
}

/**
 * An item the index lists whose folder, or the folder's `mod.js`, is missing
 * is damage (exit code 4, as `persist verify` reports it), not a missing
 * item (exit code 3).
 */
async function checkItemFolder(path: string, item: string, folder: string) {
  for (
    const [file, what] of [[folder, "folder"], [
      join(folder, MODULE_FILE),
      "file",
    ]]
  ) {
    try {
      await Deno.stat(file);
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      throw new DamagedError(
        `Cannot get item ${
          JSON.stringify(item)
        } from DataSet "${path}": the index lists it in the folder "${folder}", but the ${what} "${file}" does not exist; ` +
          `the DataSet is damaged (run "persist verify ${path}" to list every problem)`,
        { path: file, cause: error },
      );
    }
  }
}

/**
 * Splits `x_3.data` into the item `x_3` and the rest `.data`: the longest
 * item name the text starts with, followed by the end, `.` or `[`. A text
 * starting with `["..."]` names the item in quotes.
 */
function splitItemPath(
  text: string,
  names: Set<string>,
): { item: string | undefined; rest: string } {
  const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(text);
  if (quoted !== null) {
    try {
      const item = JSON.parse(quoted[1]) as string;
      if (names.has(item)) {
        return { item, rest: text.slice(quoted[0].length) };
      }
    } catch {
      // not a quoted name
    }
  }
  for (let end = text.length; end > 0; end--) {
    const next = text[end];
    if (end < text.length && next !== "." && next !== "[") continue;
    const item = text.slice(0, end);
    if (names.has(item)) return { item, rest: text.slice(end) };
  }
  return { item: undefined, rest: text };
}

async function getDataset(path: string, name: string | undefined) {
  await using reader = await Hdf5Reader.open(path);
  if (name !== undefined) return await reader.read(name);
  const datasets = (await reader.list()).map((d) => d.name);
  if (datasets.length !== 1) {
    throw new UsageError(
      `"${path}" holds ${datasets.length} datasets, so name one: "persist get ${path} <dataset>" (${
        datasets.length === 0
          ? "it has none"
          : `its datasets: ${list(datasets)}`
      })`,
    );
  }
  return await reader.read(datasets[0]);
}
