// Copyright 2026 the persist authors. MIT license.
// The 128 MiB float64 array of the array benches, and the plain file I/O of
// its bytes that they take as the physical limit.

import { fileSize, readFull, writeAll } from "../lib/fs/mod.ts";
import { NDArray, readNpy, writeNpy } from "../mod.ts";

/** The size of the array, in MiB. */
export const MIB = 128;

/** Runs and warm-up runs of each array bench. */
export const OPTS = { n: 20, warmup: 3 };

const data = new Float64Array((MIB * 2 ** 20) / 8);
for (let i = 0; i < data.length; i++) data[i] = i * 0.5;

/** The array: `MIB` MiB of float64 (`i * 0.5`). */
export const ARRAY: NDArray<Float64Array> = new NDArray(data);

/** The array's bytes. */
export const BYTES: Uint8Array = new Uint8Array(data.buffer);

/**
 * Writes bytes (by default the array's) to a plain file, with fdatasync when
 * `sync`.
 */
export async function plainWrite(
  path: string,
  sync: boolean,
  bytes: Uint8Array = BYTES,
): Promise<void> {
  using file = await Deno.open(path, {
    write: true,
    create: true,
    truncate: true,
  });
  await writeAll(file, bytes);
  if (sync) await file.syncData();
}

/** Reads a plain file into a new buffer of its size. */
export async function plainRead(path: string): Promise<Uint8Array> {
  using file = await Deno.open(path);
  const buffer = new Uint8Array(await fileSize(file));
  await readFull(file, buffer);
  return buffer;
}

/** The bench groups of the array benches. */
export const GROUPS = {
  write: `write ${MIB} MiB`,
  durable: `durable write ${MIB} MiB`,
  read: `read ${MIB} MiB`,
} as const;

/**
 * Registers the plain-file baselines and the `.npy` rows of the three groups,
 * with files in `dir`. The read rows read their own files, written once here,
 * so that the write rows (which rewrite theirs) cannot skew them.
 */
export async function benchPlainAndNpy(
  dir: string,
  options: { readFile?: boolean } = {},
): Promise<void> {
  const plain = `${dir}/plain.bin`;
  const npy = `${dir}/a.npy`;
  const plainFile = `${dir}/read.bin`;
  const npyFile = `${dir}/read.npy`;
  const rows: [string, string, () => Promise<unknown>, boolean?][] = [
    [
      GROUPS.write,
      "plain file write (FsFile.write)",
      () => plainWrite(plain, false),
      true,
    ],
    [
      GROUPS.write,
      "writeNpy({ sync: false }) (atomic rename)",
      () => writeNpy(npy, ARRAY, { sync: false }),
    ],
    [
      GROUPS.durable,
      "plain file write + fdatasync",
      () => plainWrite(plain, true),
      true,
    ],
    [
      GROUPS.durable,
      "writeNpy() (atomic, fsynced)",
      () => writeNpy(npy, ARRAY),
    ],
    [
      GROUPS.read,
      "plain file read into a new buffer (FsFile.read)",
      () => plainRead(plainFile),
      true,
    ],
    ...(options.readFile
      ? [[GROUPS.read, "Deno.readFile", () => Deno.readFile(plainFile)] as [
        string,
        string,
        () => Promise<unknown>,
      ]]
      : []),
    [GROUPS.read, "readNpy()", () => readNpy(npyFile)],
  ];
  for (const [group, name, run, baseline = false] of rows) {
    Deno.bench({
      name,
      group,
      baseline,
      ...OPTS,
      fn: async () => {
        await run();
      },
    });
  }
  await plainWrite(plainFile, true);
  await writeNpy(npyFile, ARRAY);
}
