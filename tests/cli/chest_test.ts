// Copyright 2026 the persist authors. MIT license.
// persist show, get, verify and convert on a chest's folder, run as a user
// runs them with read permission on the folder only: keys of every kind
// told apart (1 and "1"), values printed as get prints them, damage (a
// damaged or missing index, a missing or damaged value file, leftovers)
// reported with its file and exit code 4, a missing key with exit code 3,
// values of a custom dump refused clearly; nothing in the folder changes,
// and a chest that another process keeps flushing reads whole.

import assert from "node:assert/strict";
import { join } from "node:path";
import { Chest, type ChestKey, NDArray } from "../../mod.ts";
import { INDEX_FILE, LOCK_FILE } from "../../lib/chest/mod.ts";
import { encodeHeader } from "../../lib/npy/mod.ts";
import { acquireLock, TEMP_MARK } from "../../lib/fs/mod.ts";
import { Child } from "../_child.ts";
import {
  CONFIG,
  HAS_PYTHON,
  onTerminal,
  python,
  until,
  withTempDir,
} from "../_util.ts";
import { ARRAYS, OBJECTS } from "../chest/_round_writer.ts";
import {
  checkChest,
  stripStyle,
  type VerifyReport,
} from "../../lib/cli/mod.ts";
import { CLI, lines, persist, persistWithin, read, write } from "./_cli.ts";

const ROUND_WRITER = new URL("../chest/_round_writer.ts", import.meta.url).href;
const SET_KEY = new URL("./_set_key.ts", import.meta.url).href;
const HOLD_LOCK = new URL("../fs/_hold_lock.ts", import.meta.url).href;

/** A chest with keys of every kind: "x", 1, "1", ["a",2], ["run",12n], a big array. */
async function sample(dir: string): Promise<string> {
  const path = join(dir, "c");
  await using c = await Chest.open({ path });
  await c.set("x", { a: 1, b: [1, 2, 3] });
  await c.set(1, "the number one");
  await c.set("1", "the string one");
  await c.set(["a", 2], new Float64Array([1.5, 2.5, 3.5]));
  await c.set(
    ["run", 12n],
    new NDArray(new Int32Array([1, 2, 3, 4, 5, 6]), [2, 3]),
  );
  await c.set("big", new Float64Array(5000).map((_, i) => i));
  return path;
}

/** Every entry of a folder with its size, modification time and inode, and the index's bytes. */
async function snapshot(path: string): Promise<unknown> {
  const entries = [];
  for await (const item of Deno.readDir(path)) {
    const info = await Deno.lstat(join(path, item.name));
    entries.push([item.name, info.size, info.mtime?.getTime(), info.ino]);
  }
  entries.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  let index: Uint8Array | undefined;
  try {
    index = await Deno.readFile(join(path, INDEX_FILE));
  } catch {
    index = undefined;
  }
  return { entries, index };
}

/** The file the index names for a key, by its canonical text. */
async function fileOf(path: string, canon: string): Promise<string> {
  const index = JSON.parse(await Deno.readTextFile(join(path, INDEX_FILE)));
  const entry = index.entries.find((e: { key: string }) => e.key === canon);
  return join(path, entry.file);
}

Deno.test('persist show lists a chest\'s keys as written (1 and "1" apart) with type, codec, size and file, with --allow-read only', async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const before = await snapshot(path);
    const { code, stdout, stderr } = await persist([read(path)], [
      "show",
      path,
    ]);
    assert.equal(code, 0, stderr);
    const out = lines(stdout).map((l) => l.trimEnd());
    assert.match(
      out[0],
      new RegExp(`^${path}: chest, format 1, 6 keys, \\d+\\.\\d KiB on disk$`),
    );
    assert.deepEqual(
      out.slice(1).map((l) => l.replace(/~[0-9a-f]{16}/, "~H")),
      [
        "",
        "KEY          TYPE          SHAPE    DTYPE  CODEC        SIZE  FILE",
        '"1"                                        msgpack      15 B  1~g1.msgpack',
        '"big"        Float64Array  (5000,)  <f8    npy      39.2 KiB  big~g1.npy',
        '"x"                                        msgpack      10 B  x~g1.msgpack',
        "1                                          msgpack      15 B  1~H~g1.msgpack",
        '["a",2]      Float64Array  (3,)     <f8    npy         152 B  a_2~H~g1.npy',
        '["run",12n]  NDArray       (2, 3)   <i4    npy         152 B  run_12n~H~g1.npy',
      ],
    );
    assert.deepEqual(await snapshot(path), before, "show changed the folder");
  });
});

Deno.test("persist show --json of a chest gives each key as a JSON value and as key text, file, codec, bytes and the total on disk", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const { code, stdout, stderr } = await persist([read(path)], [
      "show",
      path,
      "--json",
    ]);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.kind, "chest");
    assert.equal(report.path, path);
    assert.equal(report.format, 1);
    assert.equal(report.count, 6);
    assert.deepEqual(report.problems, []);
    const keys = report.keys.map((k: { key: unknown }) => k.key);
    assert.deepEqual(keys, [
      "1",
      "big",
      "x",
      1,
      ["a", 2],
      ["run", { $type: "bigint", value: "12" }],
    ]);
    const big = report.keys[1];
    assert.deepEqual(
      { ...big, file: undefined },
      {
        key: "big",
        keyText: '"big"',
        codec: "npy",
        file: undefined,
        bytes: (await Deno.stat(join(path, big.file))).size,
        type: "Float64Array",
        shape: [5000],
        dtype: "<f8",
      },
    );
    assert.equal(report.keys[5].keyText, '["run",12n]');
    assert.equal(report.keys[5].type, "NDArray");
    let total = (await Deno.stat(join(path, INDEX_FILE))).size;
    for (const k of report.keys) {
      total += (await Deno.stat(join(path, k.file))).size;
    }
    assert.equal(report.bytes, total);
    assert.equal(
      report.indexBytes,
      (await Deno.stat(join(path, INDEX_FILE))).size,
    );
  });
});

Deno.test('persist get reads a chest\'s value by key: plain text is a string, JSON or key text is that key (1, "1", ["a",2], 12n)', async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const before = await snapshot(path);
    const get = async (key: string, ...more: string[]) => {
      const result = await persist([read(path)], ["get", path, key, ...more]);
      assert.equal(result.code, 0, `${key}: ${result.stderr}`);
      return result.stdout;
    };
    // To a pipe a string is written exactly, as get writes strings.
    assert.equal(await get("1"), "the number one");
    assert.equal(await get('"1"'), "the string one");
    assert.equal(await get("x"), "{ a: 1, b: [1, 2, 3] }\n");
    assert.equal(await get('"x"'), "{ a: 1, b: [1, 2, 3] }\n");
    assert.equal(await get('["a",2]'), "Float64Array(3)\n[1.5, 2.5, 3.5]\n");
    assert.equal(await get('[ "a", 2 ]'), "Float64Array(3)\n[1.5, 2.5, 3.5]\n");
    assert.deepEqual(JSON.parse(await get('["run",12n]', "--json")), {
      $type: "NDArray",
      dtype: "<i4",
      shape: [2, 3],
      order: "C",
      length: 6,
      data: [1, 2, 3, 4, 5, 6],
    });
    // A big array is summarized as get summarizes arrays, unless --full.
    assert.equal(
      await get("big"),
      "Float64Array(5000)\n[   0,    1,    2, ..., 4997, 4998, 4999]\n",
    );
    const full = JSON.parse(await get("big", "--json", "--full"));
    assert.equal(full.data.length, 5000);
    assert.equal(full.data[4999], 4999);
    assert.deepEqual(await snapshot(path), before, "get changed the folder");
  });
});

Deno.test("persist get of a chest's 8 TiB array reads only the elements it prints (the file is sparse), and --json gives head and tail", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({ path });
      await c.set("huge", new Float64Array(8));
      await c.set(["nd", 1], new NDArray(new Float64Array(8), [2, 4]));
    }
    // Each value file becomes a sparse file of 2^40 float64s (8 TiB: more
    // than any machine here could read whole): the first three and the
    // last three are 0, 1, 2 and 7, 8, 9.
    for (
      const [canon, shape] of [['"huge"', [2 ** 40]], ['["nd",1]', [
        2 ** 20,
        2 ** 20,
      ]]] as const
    ) {
      const file = await fileOf(path, canon);
      const header = encodeHeader("<f8", shape, "C");
      using out = await Deno.open(file, { write: true, truncate: true });
      await out.write(header);
      await out.write(new Uint8Array(new Float64Array([0, 1, 2]).buffer));
      await out.seek(header.length + 8 * (2 ** 40 - 3), Deno.SeekMode.Start);
      await out.write(new Uint8Array(new Float64Array([7, 8, 9]).buffer));
    }
    const got = await persist([read(path)], ["get", path, "huge"]);
    assert.equal(got.code, 0, got.stderr);
    assert.equal(
      got.stdout,
      "Float64Array(1099511627776)\n[0, 1, 2, ..., 7, 8, 9]\n",
    );
    const json = await persist([read(path)], ["get", path, "huge", "--json"]);
    assert.equal(json.code, 0, json.stderr);
    const form = JSON.parse(json.stdout);
    assert.equal(form.truncated, true);
    assert.deepEqual([form.head, form.tail], [[0, 1, 2], [7, 8, 9]]);
    const nd = await persist([read(path)], ["get", path, '["nd",1]']);
    assert.equal(nd.code, 0, nd.stderr);
    assert.match(
      nd.stdout,
      /^NDArray\(1048576, 1048576\) <f8\n\[\[0, 1, 2, \.\.\., 0, 0, 0\],/,
    );
    assert.match(nd.stdout, /\[0, 0, 0, \.\.\., 7, 8, 9\]\]\n$/);
    // verify checks the header and the size, not the data.
    const verified = await persist([read(path)], ["verify", path]);
    assert.equal(verified.code, 0, verified.stdout);
    assert.equal(verified.stdout, `ok: ${path}: 2 keys, 3 files checked\n`);
  });
});

Deno.test("persist get of a key a chest lacks exits 3 naming the key, the keys there and how to write keys; without a key exits 2", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({ path });
      await c.set(1, "one");
      await c.set("x", "ex");
    }
    const missing = await persist([read(path)], ["get", path, "nope"]);
    assert.equal(missing.code, 3, missing.stderr);
    assert.equal(missing.stdout, "");
    assert.match(
      missing.stderr,
      /^persist get: Cannot get key "nope" from chest ".*": it has no such key; its keys are "x", 1 \(see "persist show .*"; write a key as "persist show" lists it: .*'"1"' for the string "1", '\["a",2\]' for an array\)\n$/,
    );
    // The string "1" is not the number 1, and the message says how to get that.
    const string = await persist([read(path)], ["get", path, '"1"']);
    assert.equal(string.code, 3, string.stderr);
    assert.match(
      string.stderr,
      /Cannot get key "1" from chest .*: it has no such key \(it has the key 1: write it as 1\)/,
    );
    const none = await persist([read(path)], ["get", path]);
    assert.equal(none.code, 2);
    assert.match(
      none.stderr,
      /a chest holds many keys, so name one: "persist get .* <key>" \(its keys are "x", 1; see "persist show .*"\)/,
    );
  });
});

Deno.test("persist get of a chest with a custom dump says persist cannot decode it (exit 4); show lists it and verify warns", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({
        path,
        dump: (v) => new TextEncoder().encode(JSON.stringify(v)),
        load: (b) => JSON.parse(new TextDecoder().decode(b)),
      });
      await c.set("x", { a: 1 });
      await c.set("arr", new Float64Array([1, 2]));
    }
    const got = await persist([read(path)], ["get", path, "x"]);
    assert.equal(got.code, 4, got.stderr);
    assert.match(
      got.stderr,
      /^persist get: Cannot get key "x" from chest ".*": its value was written by the chest's own dump function \(codec "custom", file ".*x~g1\.bin"\), which only the same load function can read, so persist cannot show it; read it in code: .*Chest\.open/,
    );
    // Typed arrays are .npy files whatever the codec: those read.
    const arr = await persist([read(path)], ["get", path, "arr"]);
    assert.equal(arr.code, 0, arr.stderr);
    assert.equal(arr.stdout, "Float64Array(2)\n[1, 2]\n");
    const shown = await persist([read(path)], ["show", path]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /\n"x" +custom +\d+ B +x~g1\.bin\n/);
    const verified = await persist([read(path)], ["verify", path]);
    assert.equal(verified.code, 0, verified.stderr);
    assert.match(
      verified.stdout,
      /x~g1\.bin: warning: key "x": the value of key "x" was written by the chest's own dump function \(codec "custom"\), which persist cannot decode/,
    );
    assert.match(
      verified.stdout,
      /ok: .*: 2 keys, 3 files checked, 1 warning\n$/,
    );
  });
});

Deno.test("persist verify of a whole chest exits 0 and reports its keys, with --allow-read only, changing nothing", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const before = await snapshot(path);
    const { code, stdout, stderr } = await persist([read(path)], [
      "verify",
      path,
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, `ok: ${path}: 6 keys, 7 files checked\n`);
    const json = await persist([read(path)], ["verify", path, "--json"]);
    const report = JSON.parse(json.stdout);
    assert.equal(report.kind, "chest");
    assert.equal(report.ok, true);
    assert.equal(report.keys, 6);
    assert.deepEqual(report.problems, []);
    assert.equal(report.checked[0], join(path, INDEX_FILE));
    assert.deepEqual(await snapshot(path), before, "verify changed the folder");
  });
});

Deno.test("persist verify of a chest reports a missing and a damaged value file (exit 4, with the key) and leftovers as warnings, removing nothing", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const gone = await fileOf(path, '"x"');
    const bad = await fileOf(path, "1");
    const badNpy = await fileOf(path, '["a",2]');
    const longNpy = await fileOf(path, '["run",12n]');
    await Deno.remove(gone);
    await Deno.writeFile(bad, new Uint8Array([0xc1]));
    await Deno.truncate(badNpy, 140);
    await Deno.writeFile(longNpy, new Uint8Array(3), { append: true });
    const temp = join(path, `.big~g2.npy${TEMP_MARK}1234`);
    const stray = join(path, "old~g0.msgpack");
    await Deno.writeTextFile(temp, "partial");
    await Deno.writeTextFile(stray, "");
    const before = await snapshot(path);
    const { code, stdout } = await persist([read(path)], ["verify", path]);
    assert.equal(code, 4, stdout);
    const out = lines(stdout);
    assert.equal(out.length, 7, stdout);
    assert.match(
      out[0],
      new RegExp(
        `^${gone}: error: key "x": the file "${gone}" of key "x" is missing: .* restore the file from a backup, or delete the key$`,
      ),
    );
    assert.match(
      out[1],
      new RegExp(`^${temp}: warning: "${temp}" is a leftover `),
    );
    assert.match(
      out[2],
      new RegExp(
        `^${stray}: warning: "${stray}" is a leftover .*the next Chest\\.open\\(\\) of ".*" removes it`,
      ),
    );
    assert.ok(
      out.some((l) =>
        l.startsWith(`${bad}: error: key 1: Cannot decode "${bad}"`)
      ),
      stdout,
    );
    assert.ok(
      out.some((l) =>
        l.startsWith(
          `${badNpy}: error: key ["a",2]: Cannot read "${badNpy}": `,
        )
      ),
      stdout,
    );
    assert.ok(
      out.some((l) =>
        l.startsWith(
          `${longNpy}: error: key ["run",12n]: Cannot verify "${longNpy}" (key ["run",12n]): it has 3 bytes after the 24 data bytes its header promises`,
        )
      ),
      stdout,
    );
    // The missing file was not checked.
    assert.equal(
      out[6],
      `FAILED: ${path}: 6 keys, 6 files checked, 4 errors, 2 warnings`,
    );
    const json = await persist([read(path)], ["verify", path, "--json"]);
    const report = JSON.parse(json.stdout);
    assert.ok(!report.checked.includes(gone), json.stdout);
    assert.ok(report.checked.includes(bad), json.stdout);
    assert.ok(
      report.problems.some((p: { file: string }) => p.file === gone),
      json.stdout,
    );
    assert.deepEqual(await snapshot(path), before, "verify changed the folder");
  });
});

Deno.test("persist verify of a chest with --allow-read only tells a killed process's spill folder (a warning) from a live one's (nothing)", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const dead = join(path, ".spill-dead");
    const live = join(path, ".spill-live");
    for (const spill of [dead, live]) {
      await Deno.mkdir(spill);
      await Deno.writeTextFile(join(spill, ".lock"), "");
      await Deno.writeFile(join(spill, "0.npy"), new Uint8Array(10));
    }
    using _held = await acquireLock(join(live, ".lock"));
    const before = await snapshot(path);
    const { code, stdout, stderr } = await persist([read(path)], [
      "verify",
      path,
    ]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(lines(stdout).map((l) => l.split(": ")[0]), [
      dead,
      `ok`,
    ]);
    assert.match(stdout, /: warning: ".*\.spill-dead" is a leftover /);
    assert.match(stdout, /6 keys, 7 files checked, 1 warning\n$/);
    assert.deepEqual(await snapshot(path), before);
  });
});

Deno.test("persist show and get of a chest with a missing value file exit 4 naming the file and pointing to verify", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const gone = await fileOf(path, '"x"');
    await Deno.remove(gone);
    const shown = await persist([read(path)], ["show", path]);
    assert.equal(shown.code, 4);
    assert.match(
      shown.stdout,
      /\n"x" +msgpack +x~g1\.msgpack \(cannot be read\)\n/,
    );
    assert.match(
      shown.stdout,
      new RegExp(`\n${gone}: error: the file "${gone}" of key "x" is missing`),
    );
    assert.equal(
      shown.stderr,
      `persist show: ${path} is damaged: 1 value file cannot be read; run "persist verify ${path}" to check everything\n`,
    );
    const got = await persist([read(path)], ["get", path, "x"]);
    assert.equal(got.code, 4);
    assert.equal(
      got.stderr,
      `persist get: Cannot get key "x" from chest "${path}": the index names the file "${gone}" for it, but it does not exist; ` +
        `the chest is damaged (run "persist verify ${path}" to list every problem)\n`,
    );
    // The other keys still read.
    const other = await persist([read(path)], ["get", path, "1"]);
    assert.equal(other.code, 0, other.stderr);
  });
});

Deno.test("persist show, get and verify of a chest with a damaged or deleted index exit 4 naming the index", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const index = join(path, INDEX_FILE);
    const text = await Deno.readTextFile(index);
    await Deno.writeTextFile(index, text.slice(0, 40));
    for (const args of [["show"], ["get", "x"], ["verify"]]) {
      const [command, ...rest] = args;
      const result = await persist([read(path)], [command, path, ...rest]);
      assert.equal(result.code, 4, `${command}: ${result.stderr}`);
      const out = command === "verify" ? result.stdout : result.stderr;
      assert.match(
        out,
        new RegExp(
          `Cannot read chest index "${index}": it is not valid JSON .*; the index is damaged, restore it from a backup`,
        ),
        command,
      );
    }
    // Deleted: the lock file still marks the folder as a chest.
    await Deno.remove(index);
    for (const args of [["show"], ["get", "x"], ["verify"]]) {
      const [command, ...rest] = args;
      const result = await persist([read(path)], [command, path, ...rest]);
      assert.equal(result.code, 4, `${command}: ${result.stderr}`);
      const out = command === "verify" ? result.stdout : result.stderr;
      assert.match(
        out,
        new RegExp(
          `it holds the lock file ${
            LOCK_FILE.replace(".", "\\.")
          } but no index "${index}", so the index was deleted`,
        ),
        command,
      );
    }
    assert.throws(() => Deno.statSync(index), Deno.errors.NotFound);
  });
});

Deno.test("persist on a folder that is no chest creates nothing in it, even with --allow-write", async () => {
  await withTempDir(async (dir) => {
    const empty = join(dir, "empty");
    const other = join(dir, "other");
    await Deno.mkdir(empty);
    await Deno.mkdir(other);
    await Deno.writeTextFile(join(other, "notes.txt"), "mine");
    for (const folder of [empty, other]) {
      const before = await snapshot(folder);
      for (const args of [["show"], ["get", "x"], ["verify"]]) {
        const [command, ...rest] = args;
        const result = await persist([read(dir), write(dir)], [
          command,
          folder,
          ...rest,
        ]);
        assert.equal(result.code, 4, result.stderr);
        assert.match(
          result.stderr,
          /no \.chest\.json, so it is neither a persist archive, a DataSet nor a chest; give the path of an archive, a DataSet, a chest, a \.npy or an HDF5 file/,
        );
      }
      assert.deepEqual(await snapshot(folder), before);
    }
  });
});

Deno.test("persist convert of a chest says there is nothing to convert and changes nothing", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const before = await snapshot(path);
    for (const to of ["npy", "hdf5"]) {
      const result = await persist([read(dir), write(dir)], [
        "convert",
        path,
        "--to",
        to,
      ]);
      assert.equal(result.code, 1);
      assert.equal(
        result.stderr,
        `persist convert: Cannot convert "${path}": it is a chest, which always stores typed arrays and NDArrays as .npy files ` +
          "(one per value; numpy.load reads them) and reads no other array format, so there is nothing to convert; " +
          "convert rewrites the array files of archives and DataSets\n",
      );
    }
    assert.deepEqual(await snapshot(path), before);
  });
});

Deno.test("persist verify of a chest waits for a flush holding the chest lock, so the flush's temporary file is no leftover", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    // As a flush does: the lock, then a temporary file, gone before the lock is let go.
    const lock = await acquireLock(join(path, LOCK_FILE));
    const temp = join(path, `.x~g2.msgpack${TEMP_MARK}abcd`);
    await Deno.writeTextFile(temp, "being written");
    const verifying = persist([read(path)], ["verify", path]);
    // A waiter holds a shared lock on the folder (acquireLock's waiting room).
    const waiting = async () => {
      using folder = await Deno.open(path, { read: true });
      const free = await folder.tryLock(true);
      return !free;
    };
    await until(waiting, 30_000, "verify waiting for the chest lock");
    await Deno.remove(temp);
    lock.release();
    const { code, stdout } = await verifying;
    assert.equal(code, 0, stdout);
    assert.equal(stdout, `ok: ${path}: 6 keys, 7 files checked\n`);
  });
});

Deno.test("persist verify of a chest does not report a value another process replaced while verify was reading the values", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({ path });
      await c.set("a", "x");
      await c.set("b", "old");
    }
    const old = await fileOf(path, '"b"');
    const report: VerifyReport = {
      path,
      kind: "chest",
      ok: true,
      checked: [],
      problems: [],
    };
    // Called before the first value is read (the index read, the lock let
    // go): meanwhile another process flushes a new value of "b", removing
    // the file verify found in the index. (verify never opens a FIFO, so
    // the pause is this synchronous call.)
    let flushed = false;
    await checkChest(path, report, (done) => {
      if (done !== 0 || flushed) return;
      flushed = true;
      const { code, stderr } = new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--quiet",
          `--config=${CONFIG}`,
          read(dir),
          write(dir),
          SET_KEY,
          path,
          "b",
          "new",
        ],
        stdout: "null",
        stderr: "piped",
      }).outputSync();
      assert.equal(code, 0, new TextDecoder().decode(stderr));
      assert.throws(() => Deno.statSync(old), Deno.errors.NotFound);
    });
    assert.ok(flushed);
    assert.deepEqual(report.problems, []);
    assert.equal(report.keys, 2);
  });
});

Deno.test("persist show, get and verify read a chest whole while another process keeps flushing new values of every key", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    const LENGTH = 5000;
    await using writer = new Child(
      [read(dir), write(dir)],
      ROUND_WRITER,
      [path, String(LENGTH)],
    );
    await writer.waitFor("flushed 2", 60_000);
    for (let i = 0; i < 6; i++) {
      const [got, shown, verified] = await Promise.all([
        persist([read(path)], ["get", path, `["a",${i}]`, "--json", "--full"]),
        persist([read(path)], ["show", path, "--json"]),
        persist([read(path)], ["verify", path, "--json"]),
      ]);
      assert.equal(got.code, 0, got.stderr);
      const { data } = JSON.parse(got.stdout);
      assert.equal(data.length, LENGTH);
      assert.ok(data.every((x: number) => x === data[0]), "a torn value");
      assert.ok(data[0] >= 2);
      assert.equal(shown.code, 0, shown.stderr);
      assert.equal(JSON.parse(shown.stdout).count, ARRAYS + OBJECTS + 1);
      assert.equal(verified.code, 0, verified.stdout);
      const report = JSON.parse(verified.stdout);
      assert.deepEqual(report.problems, [], verified.stdout);
      assert.equal(report.keys, ARRAYS + OBJECTS + 1);
    }
    await writer.kill();
  });
});

/** Makes a FIFO (named pipe) at `path`, with Python (Deno has no mkfifo). */
async function mkfifo(path: string): Promise<void> {
  await python("import os, sys; os.mkfifo(sys.argv[1])", [path]);
}

/** A chest whose keys a terminal would show misleadingly, or not at all. */
const HIDDEN_KEYS: [string, ChestKey][] = [
  ['"ab\\u202ecd"', "ab\u202Ecd"], // right-to-left override
  ['"l\\u2028s"', "l\u2028s"], // line separator
  ['"z\\u200bw"', "z\u200Bw"], // zero-width space
  ['"nb\\u00a0sp"', "nb\u00A0sp"], // no-break space
  ['"\\ufeffbom"', "\uFEFFbom"], // byte order mark
  ['"lone\\ud800"', "lone\uD800"], // a lone surrogate (JSON escapes it)
  ['"tag\\udb40\\udc41"', "tag\u{E0041}"], // a tag character
  ['["\\u202e",-5n]', ["\u202E", -5n]],
];

Deno.test("persist show prints keys with bidirectional, line-separator, zero-width and other hidden characters as \\u escapes in the key text, and get takes that text back", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({ path });
      for (const [i, [, key]] of HIDDEN_KEYS.entries()) {
        await c.set(key, `value ${i}`);
      }
    }
    const shown = await persist([read(path)], ["show", path]);
    assert.equal(shown.code, 0, shown.stderr);
    const keys = lines(shown.stdout).slice(3).map((l) => l.split(/ {2,}/)[0]);
    assert.deepEqual(keys.toSorted(), HIDDEN_KEYS.map(([t]) => t).toSorted());
    assert.doesNotMatch(
      shown.stdout,
      /[\u00a0\u200b\u2028\u202e\ufeff\u{e0041}]/u,
      "a hidden character printed raw",
    );
    for (const [i, [text]] of HIDDEN_KEYS.entries()) {
      const got = await persist([read(path)], ["get", path, text]);
      assert.equal(got.code, 0, `${text}: ${got.stderr}`);
      assert.equal(got.stdout, `value ${i}`, text);
    }
    // Messages name keys the same way.
    const missing = await persist([read(path)], ["get", path, "nope"]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /"z\\u200bw"/);
    assert.doesNotMatch(missing.stderr, /\u200b/);
  });
});

Deno.test("persist get takes negative number, bigint and -Infinity keys after the chest's path as keys, not options; other keys starting with - go after --", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    {
      await using c = await Chest.open({ path });
      await c.set(-1, "minus one");
      await c.set(-1.5, "minus one and a half");
      await c.set(-5n, "minus five bigint");
      await c.set(-Infinity, "minus infinity");
      await c.set(-1e-7, "tiny");
      await c.set("-x", "dash x");
      await c.set("-1", "the string -1");
    }
    const shown = await persist([read(path)], ["show", path]);
    const listed = lines(shown.stdout).slice(3).map((l) => l.split(/ {2,}/)[0]);
    assert.deepEqual(listed.toSorted(), [
      '"-1"',
      '"-x"',
      "-1",
      "-1.5",
      "-1e-7",
      "-5n",
      "-Infinity",
    ]);
    const get = async (...args: string[]) => {
      const result = await persist([read(path)], ["get", path, ...args]);
      assert.equal(result.code, 0, `${args.join(" ")}: ${result.stderr}`);
      return result.stdout;
    };
    assert.equal(await get("-1"), "minus one");
    assert.equal(await get("-1.5"), "minus one and a half");
    assert.equal(await get("-5n"), "minus five bigint");
    assert.equal(await get("-Infinity"), "minus infinity");
    assert.equal(await get("-1e-7"), "tiny");
    assert.equal(await get('"-1"'), "the string -1");
    // Options still work, before or after the key.
    assert.equal(await get("-1", "--json"), '"minus one"\n');
    assert.equal(await get("--json", "-5n"), '"minus five bigint"\n');
    assert.equal(await get("-q", "-1"), "minus one");
    // Any other key starting with "-" goes after --, as the help says.
    const option = await persist([read(path)], ["get", path, "-x"]);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /unknown option "-x"/);
    assert.equal(await get("--", "-x"), "dash x");
    assert.equal(await get("--", "-1"), "minus one");
    const help = await persist([], ["get", "--help"]);
    assert.match(help.stdout, /-1, -5n, -Infinity/);
    assert.match(help.stdout, /persist get <chest> -- -x/);
    // An option's value is not taken for a key.
    const timeout = await persist([read(path)], [
      "verify",
      path,
      "--lock-timeout",
      "-5",
    ]);
    assert.equal(timeout.code, 2, timeout.stderr);
  });
});

Deno.test("persist verify --lock-timeout of a chest whose lock another process holds gives up after that time (exit 7), naming the holder and the option", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    await using holder = new Child([read(dir), write(dir)], HOLD_LOCK, [
      join(path, LOCK_FILE),
    ]);
    await holder.waitFor("locked");
    const start = performance.now();
    const result = await persistWithin([read(path)], [
      "verify",
      path,
      "--lock-timeout",
      "300",
    ], 30_000);
    assert.equal(result.timedOut, false);
    assert.ok(performance.now() - start < 20_000);
    assert.equal(result.code, 7, result.stderr);
    assert.equal(
      result.stderr,
      `persist verify: Cannot lock "${path}": it is still held by pid ${holder.process.pid} after 300 ms; ` +
        "wait for the holder to finish, or pass a longer --lock-timeout (in milliseconds)\n",
    );
    const bad = await persist([read(path)], [
      "verify",
      path,
      "--lock-timeout",
      "soon",
    ]);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /--lock-timeout must be a number of 0 or more milliseconds, got "soon"/,
    );
    await holder.kill();
    const after = await persist([read(path)], [
      "verify",
      path,
      "--lock-timeout",
      "0",
    ]);
    assert.equal(after.code, 0, after.stderr);
  });
});

Deno.test({
  name:
    "persist verify of a chest whose spill folder's .lock is a FIFO neither blocks nor judges it, so writers are not held up",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = await sample(dir);
      const spill = join(path, ".spill-odd");
      await Deno.mkdir(spill);
      await mkfifo(join(spill, ".lock"));
      const before = await snapshot(path);
      const result = await persistWithin(
        [read(path)],
        ["verify", path],
        30_000,
      );
      assert.equal(result.timedOut, false, "verify blocked on the FIFO");
      assert.equal(result.code, 0, result.stdout);
      assert.equal(result.stdout, `ok: ${path}: 6 keys, 7 files checked\n`);
      assert.deepEqual(await snapshot(path), before);
      // A writer flushes meanwhile: nothing holds the lock.
      await using c = await Chest.open({ path, lockTimeout: 5_000 });
      await c.set("x", "new");
      await c.flush();
      assert.ok((await Deno.lstat(join(spill, ".lock"))).isFifo);
    });
  },
});

Deno.test({
  name:
    "persist show, get and verify of a chest whose index or a value file is a FIFO exit 4 at once, naming the file (never opened)",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = await sample(dir);
      const value = await fileOf(path, '"x"');
      const npy = await fileOf(path, '["a",2]');
      for (const file of [value, npy]) {
        await Deno.remove(file);
        await mkfifo(file);
      }
      const run = (...args: string[]) =>
        persistWithin([read(path)], args, 30_000);
      const shown = await run("show", path);
      assert.equal(shown.timedOut, false, "show blocked on a FIFO");
      assert.equal(shown.code, 4, shown.stderr);
      assert.match(
        shown.stdout,
        /\n"x" +msgpack +x~g1\.msgpack \(cannot be read\)\n/,
      );
      assert.match(
        shown.stdout,
        new RegExp(
          `\n${value}: error: Cannot read the value file "${value}": it is a named pipe \\(FIFO\\), not a file`,
        ),
      );
      for (const [key, file] of [["x", value], ['["a",2]', npy]]) {
        const got = await run("get", path, key);
        assert.equal(got.timedOut, false, `get ${key} blocked on a FIFO`);
        assert.equal(got.code, 4, got.stderr);
        assert.match(
          got.stderr,
          new RegExp(
            `^persist get: Cannot read the value file "${file}": it is a named pipe \\(FIFO\\), not a file .*; move it away and restore the file from a backup, or delete the key\n$`,
          ),
        );
      }
      const verified = await run("verify", path);
      assert.equal(verified.timedOut, false, "verify blocked on a FIFO");
      assert.equal(verified.code, 4, verified.stdout);
      assert.match(
        verified.stdout,
        new RegExp(
          `${value}: error: key "x": the value file "${value}" of key "x" is a named pipe \\(FIFO\\), not a file`,
        ),
      );
      assert.match(
        verified.stdout,
        /FAILED: .*: 6 keys, 5 files checked, 2 errors\n$/,
      );
      // The index a FIFO.
      const index = join(path, INDEX_FILE);
      await Deno.remove(index);
      await mkfifo(index);
      for (const args of [["show"], ["get", "1"], ["verify"]]) {
        const [command, ...rest] = args;
        const result = await run(command, path, ...rest);
        assert.equal(result.timedOut, false, `${command} blocked on a FIFO`);
        assert.equal(result.code, 4, `${command}: ${result.stderr}`);
        assert.match(
          command === "verify" ? result.stdout : result.stderr,
          new RegExp(
            `Cannot read chest index "${index}": it is a named pipe \\(FIFO\\), not a file, so the index is damaged`,
          ),
          command,
        );
      }
    });
  },
});

Deno.test("persist show, get, verify and convert of a chest whose index, a value file or the lock file is a folder exit 4 naming the file and what to do", async () => {
  await withTempDir(async (dir) => {
    const path = await sample(dir);
    const value = await fileOf(path, '"x"');
    await Deno.remove(value);
    await Deno.mkdir(value);
    const before = await snapshot(path);
    const shown = await persist([read(path)], ["show", path]);
    assert.equal(shown.code, 4, shown.stderr);
    assert.match(
      shown.stdout,
      /\n"x" +msgpack +x~g1\.msgpack \(cannot be read\)\n/,
    );
    assert.match(
      shown.stdout,
      new RegExp(
        `\n${value}: error: Cannot read the value file "${value}": it is a folder, not a file \\(the chest folder was changed by something other than a chest\\); move it away and restore the file from a backup, or delete the key\n`,
      ),
    );
    const got = await persist([read(path)], ["get", path, "x"]);
    assert.equal(got.code, 4, got.stderr);
    assert.equal(
      got.stderr,
      `persist get: Cannot read the value file "${value}": it is a folder, not a file (the chest folder was changed by something other than a chest); ` +
        "move it away and restore the file from a backup, or delete the key\n",
    );
    const verified = await persist([read(path)], ["verify", path, "--json"]);
    assert.equal(verified.code, 4, verified.stdout);
    const report = JSON.parse(verified.stdout);
    assert.deepEqual(report.problems, [{
      severity: "error",
      file: value,
      key: '"x"',
      message:
        `the value file "${value}" of key "x" is a folder, not a file (the chest folder was changed by something other than a chest); ` +
        "move it away and restore the file from a backup, or delete the key",
    }]);
    assert.ok(!report.checked.includes(value));
    assert.deepEqual(await snapshot(path), before);

    // The index a folder.
    const index = join(path, INDEX_FILE);
    await Deno.remove(index);
    await Deno.mkdir(index);
    const damaged =
      `Cannot read chest index "${index}": it is a folder, not a file, so the index is damaged (something other than a chest put it there); ` +
      "move it away and restore the index from a backup";
    for (
      const args of [["show"], ["get", "1"], ["verify"], [
        "convert",
        "--to",
        "npy",
      ]]
    ) {
      const [command, ...rest] = args;
      const result = await persist([read(path)], [command, path, ...rest]);
      assert.equal(result.code, 4, `${command}: ${result.stderr}`);
      assert.equal(
        command === "verify" ? result.stdout : result.stderr,
        command === "verify"
          ? `${index}: error: ${damaged}\nFAILED: ${path}: 1 file checked, 1 error\n`
          : `persist ${command}: ${damaged}\n`,
        command,
      );
    }

    // The lock file a folder: verify says so (it takes the lock).
    await Deno.remove(index);
    await Deno.mkdir(join(dir, "d"));
    const other = await sample(join(dir, "d"));
    const lock = join(other, LOCK_FILE);
    await Deno.remove(lock);
    await Deno.mkdir(lock);
    const locked = await persist([read(other)], ["verify", other]);
    assert.equal(locked.code, 4, locked.stdout);
    assert.match(
      locked.stdout,
      new RegExp(
        `^${lock}: error: Cannot use "${lock}" as a lock file: it is a folder, not a file .*; move it away, and the next writer makes a new lock file\n`,
      ),
    );
  });
});

Deno.test("persist convert of a chest folder holding only its lock file names the missing index (exit 4)", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "c");
    await Deno.mkdir(path);
    await Deno.writeTextFile(join(path, LOCK_FILE), "");
    const result = await persist([read(dir), write(dir)], [
      "convert",
      path,
      "--to",
      "npy",
    ]);
    assert.equal(result.code, 4, result.stderr);
    assert.match(
      result.stderr,
      new RegExp(
        `^persist convert: Cannot convert chest "${path}": it holds the lock file \\.chest\\.lock but no index "${
          join(path, INDEX_FILE)
        }", so the index was deleted .*restore the index from a backup\n$`,
      ),
    );
    assert.deepEqual([...Deno.readDirSync(path)].map((e) => e.name), [
      LOCK_FILE,
    ]);
  });
});

Deno.test({
  name:
    "persist show of a chest with a 300-character key on a terminal cuts the KEY column with …, keeps the other columns, and says --json has keys whole",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "c");
      const long = "k".repeat(300);
      {
        await using c = await Chest.open({ path });
        await c.set(long, 1);
        await c.set("x", new Float64Array(4));
      }
      await Deno.remove(await fileOf(path, '"x"'));
      // The pseudo-terminal has 120 columns.
      const { code, out } = await onTerminal([read(path), CLI, "show", path]);
      assert.equal(code, 4, out);
      const text = stripStyle(out).replace(/\r/g, "");
      const rows = text.split("\n");
      const x = rows.find((l) => l.startsWith('"x"'));
      assert.ok(x !== undefined, text);
      assert.match(x, /x~g1\.npy \(cannot be read\)$/);
      assert.ok(x.length <= 120, x);
      const cut = rows.find((l) => l.startsWith('"kkk'));
      assert.ok(cut !== undefined, text);
      assert.match(
        cut,
        /^"k{34}… +msgpack +\d+ B +k+~/,
      );
      assert.match(
        text,
        new RegExp(
          `Keys ending in "…" are cut to fit the terminal; "persist show ${path} --json" lists every key whole`,
        ),
      );
      // To a pipe nothing is cut.
      const piped = await persist([read(path)], ["show", path]);
      assert.match(piped.stdout, new RegExp(`\n"${long}" +msgpack`));
      assert.doesNotMatch(piped.stdout, /…/);
      const json = await persist([read(path)], ["show", path, "--json"]);
      assert.ok(
        JSON.parse(json.stdout).keys.some((k: { keyText: string }) =>
          k.keyText === `"${long}"`
        ),
      );
    });
  },
});
