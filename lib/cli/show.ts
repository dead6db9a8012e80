// Copyright 2026 the persist authors. MIT license.

/**
 * `persist show`: what a `.npy` file, an archive, a DataSet, a chest or an
 * HDF5 file holds, as a JSON document and as aligned text for people. Reads
 * only headers, the DataSet or chest index and HDF5 dataset descriptions:
 * no array data.
 *
 * @module
 */

import { join } from "node:path";
import { DataSet, MARKER_FILE } from "../dataset/mod.ts";
import { Hdf5Reader } from "../hdf5/mod.ts";
import { readNpyHeader } from "../npy/mod.ts";
import { readArchiveInfo } from "./archive_info.ts";
import { showChest } from "./chest_target.ts";
import {
  type ArrayStub,
  describeValue,
  formatBytes,
  formatShape,
  sizeText,
} from "./describe.ts";
import { previewValue } from "./format_value.ts";
import { toJsonValue } from "./json_value.ts";
import { createStyle, type Style } from "./style.ts";
import { cellText, formatTable } from "./table.ts";
import type { Target } from "./target.ts";

/** What {@linkcode showTarget} gives: the JSON document and the text. */
export interface ShowOutput {
  /** The `--json` document. */
  json: Record<string, unknown>;
  /** The text for people, without a final line break. */
  text: string;
  /**
   * Problems found on the way: array files (or HDF5 datasets) an archive
   * names, or value files a chest's index names, that are missing or
   * damaged, each with its message (the tool then exits with code 4). Empty
   * when all is well.
   */
  problems: { file: string; message: string }[];
}

/** Options for {@linkcode showTarget}. */
export interface ShowOptions {
  /**
   * Colours for the text.
   *
   * @default {createStyle(false)}
   */
  style?: Style;
  /**
   * The widest a line of the text may be (tables cut their last column).
   *
   * @default {Infinity}
   */
  width?: number;
}

/**
 * Describes what a target holds.
 *
 * Requires `--allow-read` permission for the path, and `--allow-env` for
 * HDF5 files and archives with HDF5 array files.
 *
 * @example Showing a DataSet
 * ```ts ignore
 * import { showTarget } from "./show.ts";
 * const { text } = await showTarget({ kind: "dataset", path: "runs" });
 * console.log(text);
 * ```
 *
 * @param target The path and its kind.
 * @param options Colours and width of the text.
 * @returns The JSON document and the text.
 * @throws {NotFoundError} When a file the target names is missing.
 * @throws {FormatError} When a file is damaged.
 * @throws {Deno.errors.NotCapable} When a permission is missing.
 */
export async function showTarget(
  target: Target,
  options: ShowOptions = {},
): Promise<ShowOutput> {
  const style = options.style ?? createStyle(false);
  const table = (rows: string[][], align: ("left" | "right")[]) =>
    formatTable(rows, {
      align,
      style,
      maxWidth: options.width ?? Infinity,
    });
  const title = (what: string) =>
    `${style.bold(cellText(target.path))}: ${what}`;
  switch (target.kind) {
    case "npy":
      return await showNpy(target.path, title);
    case "archive":
      return await showArchive(target.path, title, table, style);
    case "dataset":
      return await showDataSet(target.path, title, table);
    case "chest":
      return await showChest(
        target.path,
        title,
        table,
        options.width ?? Infinity,
      );
    case "hdf5":
      return await showHdf5(target.path, title, table);
  }
}

type Title = (what: string) => string;
type Table = (rows: string[][], align: ("left" | "right")[]) => string;

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

async function showNpy(path: string, title: Title): Promise<ShowOutput> {
  const h = await readNpyHeader(path);
  const version = h.version.join(".");
  return {
    json: {
      path,
      kind: "npy",
      dtype: h.descr,
      shape: h.shape,
      order: h.order,
      version,
      dataOffset: h.dataOffset,
      dataBytes: h.dataBytes,
      fileBytes: h.fileBytes,
    },
    text: [
      title(`.npy file, format ${version}`),
      formatTable([
        ["dtype", h.descr],
        ["shape", formatShape(h.shape)],
        ["order", h.order],
        ["data", `${formatBytes(h.dataBytes)} at byte ${h.dataOffset}`],
        ["file", `${formatBytes(h.fileBytes)} (${h.fileBytes} bytes)`],
      ], { header: false }),
    ].join("\n"),
    problems: [],
  };
}

/** Where an array's data lives, for people: `y.npy`, `arrays.h5:y`. */
function whereText(where: { file: string; dataset?: string }): string {
  return where.dataset === undefined
    ? where.file
    : `${where.file}:${where.dataset}`;
}

async function showArchive(
  path: string,
  title: Title,
  table: Table,
  style: Style,
): Promise<ShowOutput> {
  const info = await readArchiveInfo(path, { headersOnly: true });
  const rows = Object.entries(info.values).map(([name, value]) => ({
    name,
    ...describeValue(value, info.stubOf),
    value,
  }));
  const json = {
    path,
    kind: "archive",
    format: info.format ?? null,
    values: rows.map(({ value: _, ...row }) => row),
    files: info.files,
    problems: info.problems,
  };
  const fileBytes = new Map(info.files.map((f) => [f.file, f.fileBytes]));
  const bytes = [...fileBytes.values()].reduce((a, b) => a + b, 0);
  const lines = [
    title(
      `archive, format ${info.format ?? "not stated"}, ${
        count(rows.length, "value")
      }, ${count(fileBytes.size, "array file")}${
        fileBytes.size > 0 ? ` (${formatBytes(bytes)})` : ""
      }`,
    ),
  ];
  if (rows.length > 0) {
    const describeBinary = (v: object) => {
      const stub = info.stubOf(v);
      return stub === undefined ? undefined : stubText(v, stub);
    };
    lines.push(
      "",
      table([
        ["NAME", "TYPE", "SHAPE", "DTYPE", "SIZE", "VALUE"],
        ...rows.map((r) => [
          cellText(r.name),
          r.type,
          r.shape === undefined ? "" : formatShape(r.shape),
          r.dtype ?? "",
          sizeText(r),
          r.file !== undefined
            ? `in ${cellText(whereText({ file: r.file, dataset: r.dataset }))}${
              r.problem === undefined ? "" : style.red(" (cannot be read)")
            }`
            : previewValue(r.value, { describeBinary }),
        ]),
      ], ["left", "left", "left", "left", "right"]),
    );
  }
  if (info.files.length > 0) {
    lines.push(
      "",
      table([
        ["FILE", "DTYPE", "SHAPE", "ORDER", "FORMAT", "BYTES"],
        ...info.files.map((f) => [
          cellText(whereText(f)),
          f.dtype,
          formatShape(f.shape),
          f.order,
          f.version === undefined ? f.format : `${f.format} ${f.version}`,
          String(f.dataset === undefined ? f.fileBytes : f.dataBytes),
        ]),
      ], ["left", "left", "left", "left", "left", "right"]),
    );
  }
  if (info.problems.length > 0) {
    lines.push(
      "",
      ...info.problems.map((p) =>
        `${cellText(whereText(p))}: ${style.red("error")}: ${
          cellText(p.message)
        }`
      ),
    );
  }
  return {
    json,
    text: lines.join("\n"),
    problems: info.problems.map(({ file, message }) => ({ file, message })),
  };
}

function stubText(value: object, stub: ArrayStub): string {
  const d = describeValue(value, () => stub);
  return `${d.type}${d.shape === undefined ? "" : formatShape(d.shape)} in ${
    whereText(stub)
  }${stub.problem === undefined ? "" : " (cannot be read)"}`;
}

async function showDataSet(
  path: string,
  title: Title,
  table: Table,
): Promise<ShowOutput> {
  await using ds = await DataSet.open(path);
  const index = await ds.index();
  // DataSet.open() checked the marker: it is JSON with a numeric version.
  const { version } = JSON.parse(
    await Deno.readTextFile(join(path, MARKER_FILE)),
  ) as { version: number };
  const items = [...index].map(([name, info]) => ({ name, info }));
  const lines = [
    title(`DataSet, format ${version}, ${count(items.length, "item")}`),
  ];
  if (items.length > 0) {
    lines.push(
      "",
      table([
        ["NAME", "INFO"],
        ...items.map(({ name, info }) => [cellText(name), previewValue(info)]),
      ], ["left", "left"]),
    );
  }
  return {
    json: {
      path,
      kind: "dataset",
      format: version,
      count: items.length,
      items: items.map(({ name, info }) => ({
        name,
        info: toJsonValue(info),
      })),
    },
    text: lines.join("\n"),
    problems: [],
  };
}

async function showHdf5(
  path: string,
  title: Title,
  table: Table,
): Promise<ShowOutput> {
  const fileBytes = (await Deno.stat(path)).size;
  let datasets;
  {
    await using reader = await Hdf5Reader.open(path);
    datasets = await reader.list();
  }
  const lines = [
    title(
      `HDF5 file, ${count(datasets.length, "dataset")} (${
        formatBytes(fileBytes)
      })`,
    ),
  ];
  if (datasets.length > 0) {
    lines.push(
      "",
      table([
        ["NAME", "DTYPE", "SHAPE", "ORDER", "LAYOUT", "ATTRS"],
        ...datasets.map((d) => [
          cellText(d.name),
          d.dtype ?? `(${d.type})`,
          d.shape === null ? "empty" : formatShape(d.shape),
          d.order,
          [
            d.chunks === undefined
              ? "contiguous"
              : `chunks ${formatShape(d.chunks)}`,
            ...d.filters,
            ...(growable(d.shape, d.maxShape)
              ? [
                `max (${d.maxShape!.map((n) => n ?? "None").join(", ")}${
                  d.maxShape!.length === 1 ? "," : ""
                })`,
              ]
              : []),
          ].join(", "),
          [
            Object.keys(d.attrs).length === 0 ? "" : previewValue(d.attrs),
            ...d.unreadableAttrs.map((a) => `${a} (unreadable)`),
          ].filter((s) => s !== "").join(", "),
        ]),
      ], ["left", "left", "left", "left", "left", "left"]),
    );
  }
  return {
    json: {
      path,
      kind: "hdf5",
      fileBytes,
      datasets: datasets.map((d) => ({
        ...d,
        attrs: toJsonValue(d.attrs),
      })),
    },
    text: lines.join("\n"),
    problems: [],
  };
}

/** Whether a dataset may grow beyond its shape (h5py's `maxshape`). */
function growable(
  shape: number[] | null,
  maxShape: (number | null)[] | undefined,
): boolean {
  return shape !== null && maxShape !== undefined &&
    maxShape.some((n, i) => n !== shape[i]);
}
