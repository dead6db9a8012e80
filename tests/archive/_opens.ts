// Copyright 2026 the persist authors. MIT license.
// How often another process opens files, seen by the kernel: Python watches
// the files with inotify (through ctypes: no package needed) while it runs
// the command, which must print one line when it has done its work and then
// wait until its standard input closes. Nothing in the code under test is
// changed or hooked.

import assert from "node:assert/strict";
import { join } from "node:path";
import { NDArray, save, writeHdf5 } from "../../mod.ts";
import { PYTHON, run } from "../_util.ts";
import { writeHandWritten } from "./_hand_written.ts";

/**
 * argv: a JSON list of files, then the command. Prints one JSON object:
 * opens per file; the most of the files open at once; whether the command
 * still held each file open (polled for up to 5 s) after printing its line;
 * and that line.
 *
 * Every open of a watched file queues IN_OPEN, every close of one opened
 * for reading IN_CLOSE_NOWRITE, in the order they happen. Identical events
 * queued one after the other merge into one, so reads (IN_ACCESS) are
 * watched too: HDF5 reads a file after opening it, so two opens (or
 * closes) of a file never queue back to back.
 */
const WATCH = `
import ctypes, json, os, struct, subprocess, sys, time
IN_ACCESS, IN_CLOSE_NOWRITE, IN_OPEN, IN_Q_OVERFLOW = 0x1, 0x10, 0x20, 0x4000
libc = ctypes.CDLL(None, use_errno=True)
paths = json.loads(sys.argv[1])
cmd = sys.argv[2:]
fd = libc.inotify_init1(os.O_NONBLOCK)
if fd < 0:
    raise OSError(ctypes.get_errno(), "inotify_init1")
watches = {}
for path in paths:
    wd = libc.inotify_add_watch(fd, path.encode(), IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE)
    if wd < 0:
        raise OSError(ctypes.get_errno(), "inotify_add_watch " + path)
    watches[wd] = path
child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
line = child.stdout.readline()
real = {os.path.realpath(p): p for p in paths}
def held():
    found = set()
    folder = "/proc/%d/fd" % child.pid
    for name in os.listdir(folder):
        try:
            target = os.readlink(os.path.join(folder, name))
        except OSError:
            continue
        if target in real:
            found.add(real[target])
    return found
deadline = time.monotonic() + 5
still = held()
while still and time.monotonic() < deadline:
    time.sleep(0.01)
    still = held()
child.stdin.close()
rest = child.stdout.read()
code = child.wait()
opens = {p: 0 for p in paths}
now = most = 0
while True:
    try:
        buf = os.read(fd, 65536)
    except BlockingIOError:
        break
    at = 0
    while at < len(buf):
        wd, mask, cookie, length = struct.unpack_from("iIII", buf, at)
        if mask & IN_Q_OVERFLOW:
            raise RuntimeError("the inotify queue overflowed")
        if mask & IN_OPEN:
            opens[watches[wd]] += 1
            now += 1
            most = max(most, now)
        if mask & IN_CLOSE_NOWRITE:
            now -= 1
        at += 16 + length
print(json.dumps({"opens": opens, "most": most, "held": sorted(still), "line": line, "code": code, "rest": rest}))
`;

/** What {@linkcode countOpens} saw. */
export interface Opens {
  /** How many times the command opened each file. */
  opens: Record<string, number>;
  /** The most of the files the command had open at one time. */
  most: number;
  /** The files the command still held open after its work (for 5 s). */
  held: string[];
  /** The line the command printed after its work. */
  line: string;
}

/**
 * Runs a command while counting how many times it opens each of `files`.
 * The command prints one line when done, then waits for its standard input
 * to close (the files it holds open are checked in between).
 *
 * @param files The files to watch (they must exist).
 * @param cmd The command and its arguments.
 * @returns Opens per file, the most open at once, the files held after
 * the work, the line.
 */
export async function countOpens(
  files: string[],
  cmd: string[],
): Promise<Opens> {
  const result = await run(PYTHON, [
    "-c",
    WATCH,
    JSON.stringify(files),
    ...cmd,
  ]);
  assert.equal(result.code, 0, result.stderr);
  const out = JSON.parse(result.stdout);
  assert.equal(out.code, 0, `the command failed:\n${result.stderr}`);
  assert.equal(out.rest, "", "the command printed more than one line");
  return {
    opens: out.opens,
    most: out.most,
    held: out.held,
    line: out.line,
  };
}

/**
 * Archives with many HDF5 arrays under `root`: "a" saved with 300 arrays in
 * arrays.h5; "b" written by hand, reading 100 datasets from each of two
 * files in turn. Returns the folders and the HDF5 files.
 */
export async function manyArrayArchives(
  root: string,
): Promise<{ dirs: string[]; files: string[] }> {
  const a = join(root, "a");
  const values: Record<string, unknown> = {};
  for (let i = 0; i < 300; i++) {
    values[`v${i}`] = i % 3 === 0
      ? new NDArray(new Int32Array(24).map((_, k) => i * 100 - k), [4, 6], {
        order: i % 2 === 0 ? "F" : "C",
      })
      : new Float64Array(20).map((_, k) => i + k / 8);
  }
  values.words = new NDArray(Array.from({ length: 30 }, (_, k) => `w${k}`), [
    5,
    6,
  ]);
  await save(a, values, { dataFormat: "hdf5", arrayThreshold: 10 });
  const b = join(root, "b");
  await Deno.mkdir(b);
  const lines = ['import { array, ndarray } from "./_persist.js";'];
  for (const file of ["one.h5", "two.h5"]) {
    const arrays: Record<string, NDArray> = {};
    for (let i = 0; i < 100; i++) {
      arrays[`d${i}`] = new NDArray(
        new Uint16Array(12).map((_, k) =>
          i * 12 + k + (file === "two.h5" ? 5000 : 0)
        ),
        [3, 4],
      );
    }
    await writeHdf5(join(b, file), arrays, { sync: false });
  }
  for (let i = 0; i < 100; i++) {
    for (const [file, tag] of [["one.h5", "one"], ["two.h5", "two"]]) {
      lines.push(
        `export const ${tag}${i} = await ${
          i % 2 ? "array" : "ndarray"
        }("${file}", { dataset: "d${i}" });`,
      );
    }
  }
  await writeHandWritten(b, lines.join("\n"));
  return {
    dirs: [a, b],
    files: [join(a, "arrays.h5"), join(b, "one.h5"), join(b, "two.h5")],
  };
}

/**
 * `n` archives under `root` ("item0", "item1", …) as a DataSet's items
 * are: each folder with its own `_persist.js` and an `arrays.h5` of three
 * datasets (values differ between items), read by `mod.js` in turn.
 * Returns the folders and the HDF5 files.
 */
export async function itemArchives(
  root: string,
  n: number,
): Promise<{ dirs: string[]; files: string[] }> {
  const dirs: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const dir = join(root, `item${i}`);
    await writeHandWritten(
      dir,
      [
        'import { array, ndarray } from "./_persist.js";',
        'export const x = await array("arrays.h5", { dataset: "x" });',
        'export const y = await ndarray("arrays.h5", { dataset: "y" });',
        'export const z = await array("arrays.h5", { dataset: "z" });',
      ].join("\n"),
    );
    const file = join(dir, "arrays.h5");
    await writeHdf5(file, {
      x: new Float64Array(40).map((_, k) => i + k / 4),
      y: new NDArray(new Int32Array(12).map((_, k) => i * 12 - k), [3, 4], {
        order: "F",
      }),
      z: new Uint8Array(30).map((_, k) => (i + k) % 256),
    }, { sync: false });
    dirs.push(dir);
    files.push(file);
  }
  return { dirs, files };
}
