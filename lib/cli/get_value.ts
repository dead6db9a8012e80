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
import { FormatError, NotFoundError } from "../errors.ts";
import { DataSet } from "../dataset/mod.ts";
import { Hdf5Reader } from "../hdf5/mod.ts";
import {
  type ArraySource,
  type ArrayView,
  hdf5Source,
  npySource,
  readArrayExcerpt,
  readArrayPart,
} from "./_array_part.ts";
import { readArchiveValue } from "./archive_info.ts";
import { DamagedError, UsageError } from "./exit_code.ts";
import { parsePath, type PathStop, selectValue } from "./select_value.ts";
import type { Target } from "./target.ts";
import { getChestValue } from "./chest_target.ts";

/** Options for {@linkcode getValue}. */
export interface GetValueOptions {
  /**
   * Read every element of a big array. Without it an array of more than
   * 1000 elements, picked or held by the value picked, is an
   * {@linkcode ArrayExcerpt} of what its summary shows: only those
   * elements are read.
   *
   * @default {false}
   */
  full?: boolean;
}

/**
 * Reads the value `name` picks from a target. Of an array in a `.npy` file
 * or an HDF5 dataset only the elements picked are read (`energy[5]`,
 * `energy[-10:]`), and of a big array, picked or held by the value
 * picked, only what its summary shows unless `full`. A path that finds
 * nothing in an array is refused from the array's header.
 *
 * - `.npy` file: its array (no name).
 * - archive: a value by name or path (`runs[0].grid`); without a name, the
 *   value of a single-value archive, else all values.
 * - DataSet: an item by name, or a path into one (`x_3.data`,
 *   `x_3[0]`, `["my item"].a`); a name is required.
 * - HDF5 file: a dataset by its path (`/grid/m`); without a name, the only
 *   dataset of a file that has one.
 * - chest: the value of a key (`x`, `1`, `'"1"'`, `'["a",2]'`: see
 *   `parseKeyArgument()`); a key is required.
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
  if (target.kind === "chest") return await getChestValue(path, name, { full });
  switch (target.kind) {
    case "npy":
      if (name !== undefined) {
        throw new UsageError(
          `a .npy file holds one array, so "${name}" cannot be picked from "${path}"; leave the name out`,
        );
      }
      return (await readArrayPart(await npySource(path), [], { full }))!
        .value;
    case "archive": {
      const rest = new Rest(full);
      return await readArchiveValue(path, (values, stopAt) => {
        rest.stop = undefined;
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
      return await getDataset(path, name, full);
  }
}

/**
 * Where the walk of a path stopped at an array whose data is not read yet,
 * and the reading of just what the steps left pick from it; and excerpts
 * of the big arrays a value holds.
 */
class Rest {
  stop: PathStop | undefined;
  readonly #full: boolean;

  constructor(full: boolean) {
    this.#full = full;
  }

  options(stopAt: ((value: unknown) => boolean) | undefined) {
    return { stopAt, onStop: (stop: PathStop) => this.stop = stop };
  }

  readPart = async (array: ArraySource, view: ArrayView) =>
    await readArrayPart(array, this.stop?.rest ?? [], {
      view,
      full: this.#full,
      place: this.stop,
    });

  excerpt = async (array: ArraySource, view: ArrayView) =>
    this.#full ? undefined : await readArrayExcerpt(array, view);
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
        left.stop = undefined;
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

async function getDataset(
  path: string,
  name: string | undefined,
  full: boolean,
) {
  await using reader = await Hdf5Reader.open(path);
  let dataset = name;
  if (dataset === undefined) {
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
    dataset = datasets[0];
  }
  let source: ArraySource | undefined;
  try {
    source = await hdf5Source(reader, dataset);
  } catch (error) {
    // Reading it whole says what is wrong, as a read.
    if (!(error instanceof NotFoundError || error instanceof FormatError)) {
      throw error;
    }
  }
  if (source === undefined) return await reader.read(dataset);
  return (await readArrayPart(source, [], { full }))!.value;
}
