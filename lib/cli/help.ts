// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The help texts of the `persist` tool: one for the tool, one per command,
 * each with an example.
 *
 * @module
 */

/** The commands of the tool. */
export const COMMANDS = [
  "show",
  "get",
  "verify",
  "convert",
  "daemon",
  "locks",
] as const;

/** A command of the tool. */
export type Command = typeof COMMANDS[number];

const EXIT_CODES = `Exit codes:
  0  success (verify: no errors found)
  1  other failure
  2  wrong usage
  3  file, folder or value not found
  4  damaged or unreadable file (verify: errors found)
  5  persistd unavailable
  6  permission denied by Deno (the message names the flag to add)
  7  lock timeout`;

/**
 * The tool's help.
 *
 * @example The first line
 * ```ts
 * import { toolHelp } from "./help.ts";
 * import assert from "node:assert/strict";
 * assert.match(toolHelp("1.0.0"), /^persist 1\.0\.0: /);
 * ```
 *
 * @param version The tool's version.
 * @returns The text.
 */
export function toolHelp(version: string): string {
  return `persist ${version}: inspect, verify and convert persist archives, DataSets, chests, NumPy and HDF5 files

Usage: persist <command> [options]

Commands:
  show <path>                   what it holds: names, types, shapes, dtypes, sizes
  get <path> [name]             print one value (arrays summarized NumPy-style);
                                of a chest, the value of a key
  verify <path>                 check every file and value; exit 0 only when all is well
  convert <path> --to npy|hdf5  rewrite the array files in another format, atomically
  daemon --socket S --root R    run persistd, the lock daemon
  locks [--socket S]            persistd's locks: holders, waiters, since when

<path> is an archive folder, a DataSet folder, a chest folder, a .npy file or
an HDF5 file.
HDF5 (files, and archives or DataSets with .h5 array files) needs --allow-env:
h5wasm reads the whole environment.

Options:
  --json        machine-readable output (see the README for the forms)
  -q, --quiet   no progress bar
  -h, --help    this help; "persist <command> --help" for a command
  --version     the version

Colours only on a terminal, never with NO_COLOR set.

${EXIT_CODES}

Example:
  deno run --allow-read=runs cli.ts show runs/run1
`;
}

const HELP: Record<Command, string> = {
  show:
    `persist show: what an archive, a DataSet, a chest, a .npy or an HDF5 file holds

Usage: persist show <path> [--json]

An archive: its format version, then one row per value (name, type, shape,
dtype, size, a preview) and one per array (file or HDF5 dataset: dtype,
shape, order, format, bytes). Only the headers of array files are read.
A DataSet: its format version, item count, and one row per item with its
info (from the index alone: no item is read).
A chest: its key count and bytes on disk, and one row per key (keys as
"persist get" takes them: "x", 1, ["a",2], 12n; characters a terminal
hides or acts on, such as U+202E or U+200B, as \\u escapes) with the value's
type, shape and dtype (.npy values, from the header), codec, size and file.
On a terminal a long key is cut with "…" (a note then says so): --json
gives every key whole (keyText).
A .npy file: its header (dtype, shape, order, version, sizes).
An HDF5 file: one row per dataset (dtype, shape, order, layout, attributes).

Options:
  --json   one JSON object, "kind" telling which of the five it is

Permissions: --allow-read=<path>; add --allow-env for HDF5

Examples:
  deno run --allow-read=runs cli.ts show runs/run1
  deno run --allow-read=runs cli.ts show runs/cache.chest
  deno run --allow-read=data.h5 --allow-env cli.ts show data.h5
`,
  get: `persist get: print one value

Usage: persist get <path> [name] [--full] [--json]
       persist get <chest> <key> [--full] [--json]

<name> is a value of the archive ("energy"), or a path into one
("runs[0].grid", "runs.0.grid"); an item of a DataSet ("x_3") or a path
into one ("x_3.data", "x_3[0]"); a dataset of an HDF5 file ("/grid/m").
"m[3]" of an N-D array is its sub-array along the first axis, as NumPy's;
"a[-1]" counts from the end, "a[1:3]" and "a[::-1]" slice arrays, typed
arrays and the first axis of N-D arrays, as in Python and NumPy.
Without it: the value of a single-value archive, all values of an
archive, the array of a .npy file, or the only dataset of an HDF5 file.
Only the array files the value holds are read.
<key> of a chest: text that is a key in JSON or in the chest's key text is
that key: 1 (a number), '"1"' (the string "1"), '["a",2]', true, 12n,
-1, -5n, -Infinity (after <chest>, these are keys, not options); \\u
escapes in strings too; other text is a string key as written: x.
"persist show <chest>" lists the keys so written. Any other key that
starts with "-" goes after --: persist get <chest> -- -x. A value of a
chest's own dump (codec "custom") cannot be read here (exit code 4).
Arrays of more than 1000 elements show their first and last 3 along each
axis, as NumPy prints them, and only those elements are read (of .npy
files and HDF5 datasets); other containers show 100 entries. On a
terminal, a string holding control or bidirectional characters (ESC,
U+202E) is printed quoted and escaped; to a pipe or file, a string is
written exactly, with no line break added.

Options:
  --full   print every element and entry
  --json   the value in persist's JSON form ("$type" objects for BigInt,
           typed arrays, NDArray, Map, Set, Date, -0, NaN, undefined,
           shared objects and cycles); big arrays summarized unless --full

Permissions: --allow-read=<path>; add --allow-env for HDF5

Examples:
  deno run --allow-read=runs cli.ts get runs/run1 energy --full
  deno run --allow-read=runs cli.ts get runs/ds x_3.data
  deno run --allow-read=runs cli.ts get runs/cache.chest '["run",2]'
  deno run --allow-read=runs cli.ts get runs/cache.chest -1
`,
  verify:
    `persist verify: check an archive, a DataSet, a chest, a .npy or an HDF5 file

Usage: persist verify <path> [--lock-timeout <ms>] [--json] [--quiet]

An archive: mod.js is whole (first and last line, UTF-8, parses), every
array file it names exists, has a valid header and the size that header
promises (HDF5: opens and holds the datasets named), no array file or
dataset lies unused, and every value loads. Hidden temporaries beside an
archive or .npy file (.<name>.tmp-*, left by killed or interrupted saves)
are warnings that say what each is and how to remove it.
A DataSet: its marker and index read, every item the index lists has its
folder, and every item passes the archive checks (progress per item);
leftovers of killed writers and an unfinished last index line are warnings.
A chest (read only, never opened: nothing is removed or written): under its
lock, every file the index names is there, and leftovers of killed
processes are warnings; then every value file reads (.npy: header and
size; MessagePack: decodes), with progress per key. A file the chest holds
that is a folder or a FIFO is an error (never opened).
A .npy file: header, size and data. An HDF5 file: every dataset reads.
Prints each problem with its file. Exit code 0 only when no error was found
(warnings are printed but do not fail), 4 when one was.

Options:
  --lock-timeout <ms>   how long to wait for a chest's lock while another
                        process flushes (default 60000; 0: try once); then
                        exit code 7. Nothing else verify reads is locked.
  --json                { path, kind, ok, checked: [...], items?, keys?, problems: [{ severity, file, item?, key?, message }] }
  --quiet               no progress bar

Permissions: --allow-read=<path>; add --allow-env for HDF5

Example:
  deno run --allow-read=runs cli.ts verify runs/run1
`,
  convert:
    `persist convert: rewrite the arrays of an archive or a DataSet in another format

Usage: persist convert <path> --to npy|hdf5 [--lock-timeout <ms>] [--json] [--quiet]

An archive: its arrays are copied exactly into .npy files ("npy") or one HDF5
file ("hdf5") in a temporary folder beside it, then it is replaced
atomically. mod.js is kept as written (comments, hand edits) except for the
arguments of its array calls. A DataSet: every item the same way, one at a
time under the DataSet's write lock, each as a new version of the item
(readers see the old or the new one). What is in that format already is
left untouched. A chest is refused: its arrays are .npy files always, and
it reads no other format.

Options:
  --to <format>          npy or hdf5 (required)
  --lock-timeout <ms>    how long to wait for a DataSet's write lock while other
                         writers hold it (default 60000; 0: try once); then
                         exit code 7
  --json                 { path, kind, to, changed, from, arrays, bytes, items?, converted?, message }
  --quiet                no progress bar

Permissions: --allow-read=<parent folder> --allow-write=<parent folder> for an
archive, --allow-read=<folder> --allow-write=<folder> for a DataSet; add
--allow-env when either format is HDF5

Examples:
  deno run --allow-read=runs --allow-write=runs cli.ts convert runs/run1 --to npy
  deno run --allow-read=runs/ds --allow-write=runs/ds --allow-env cli.ts convert runs/ds --to hdf5
`,
  daemon:
    `persist daemon: run persistd, the lock daemon (same as daemon/main.ts)

Usage: persist daemon --socket <path> --root <folder> [options]

Runs in the foreground until SIGTERM or SIGINT. "persist daemon --help"
lists its options.

Permissions: --allow-read=<root>,<socket> --allow-write=<root>,<socket>
             --allow-net=unix:<socket>

Example:
  deno run --allow-read=/data,/tmp/p.sock --allow-write=/data,/tmp/p.sock \\
    --allow-net=unix:/tmp/p.sock cli.ts daemon --socket /tmp/p.sock --root /data
`,
  locks: `persist locks: persistd's locks

Usage: persist locks [--socket <path>] [--path <folder>] [--json]

Connects to persistd and prints its status: the folders held or awaited,
the holder (pid, name, since when) and the waiters in FIFO order.

Options:
  --socket <path>   the daemon's socket (default: $PERSISTD_SOCKET, when
                    --allow-env=PERSISTD_SOCKET is granted)
  --path <folder>   only this folder
  --json            the daemon's status object as it sends it

Permissions: --allow-read=<socket> --allow-write=<socket> --allow-net=unix:<socket>

Example:
  deno run --allow-read=/tmp/p.sock --allow-write=/tmp/p.sock \\
    --allow-net=unix:/tmp/p.sock cli.ts locks --socket /tmp/p.sock
`,
};

/**
 * A command's help.
 *
 * @example The help of show
 * ```ts
 * import { commandHelp } from "./help.ts";
 * import assert from "node:assert/strict";
 * assert.match(commandHelp("show"), /^persist show: /);
 * ```
 *
 * @param command The command.
 * @returns The text.
 */
export function commandHelp(command: Command): string {
  return HELP[command];
}
