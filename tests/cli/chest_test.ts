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
import { Chest, NDArray } from "../../mod.ts";
import { INDEX_FILE, LOCK_FILE } from "../../lib/chest/mod.ts";
import { encodeHeader } from "../../lib/npy/mod.ts";
import { acquireLock, TEMP_MARK } from "../../lib/fs/mod.ts";
import { Child } from "../_child.ts";
import { HAS_PYTHON, python, until, withTempDir } from "../_util.ts";
import { ARRAYS, OBJECTS } from "../chest/_round_writer.ts";
import { lines, persist, read, write } from "./_cli.ts";

const ROUND_WRITER = new URL("../chest/_round_writer.ts", import.meta.url).href;

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
    assert.equal(
      out[6],
      `FAILED: ${path}: 6 keys, 7 files checked, 4 errors, 2 warnings`,
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

Deno.test({
  name:
    "persist verify of a chest does not report a value another process replaced while verify was reading the values",
  ignore: !HAS_PYTHON,
  fn: async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "c");
      {
        await using c = await Chest.open({ path });
        await c.set("a", "x");
        await c.set("b", "old");
      }
      // The value file of "a", checked first, is a FIFO: verify's read of
      // it waits for the test, which meanwhile flushes a new value of "b"
      // (removing the file verify read in the index).
      const fifo = await fileOf(path, '"a"');
      const old = await fileOf(path, '"b"');
      await Deno.remove(fifo);
      await python("import os, sys; os.mkfifo(sys.argv[1])", [fifo]);
      const verifying = persist([read(path)], ["verify", path, "--json"]);
      // Opens once verify has opened it for reading; should verify never
      // read it, the test opens it for reading itself so as not to hang.
      const opening = Deno.open(fifo, { write: true });
      const first = await Promise.race([
        opening.then(() => "read"),
        verifying.then(() => "exited"),
      ]);
      if (first === "exited") {
        using _unblock = await Deno.open(fifo, { read: true });
        (await opening).close();
        assert.fail(
          `verify exited without reading "${fifo}": ${
            JSON.stringify(await verifying)
          }`,
        );
      }
      {
        using feed = await opening;
        {
          await using c = await Chest.open({ path });
          await c.set("b", "new");
        }
        assert.throws(() => Deno.statSync(old), Deno.errors.NotFound);
        await feed.write(new Uint8Array([0xa1, 0x78])); // "x"
      }
      const { code, stdout } = await verifying;
      const report = JSON.parse(stdout);
      assert.deepEqual(report.problems, []);
      assert.equal(code, 0);
      assert.equal(report.keys, 2);
    });
  },
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
