// Copyright 2026 the persist authors. MIT license.
// Child process of symlink_test.ts. Usage: _through_link.ts <folder> [hdf5]
// Uses every kind of file persist writes and reads in <folder> (a symbolic
// link to the real folder; the process may read and write the link's path
// only), and prints what it read back as one JSON line.

import { join } from "node:path";
import {
  Chest,
  DataSet,
  load,
  NDArray,
  readHdf5,
  readNpy,
  readNpyHeader,
  save,
  writeHdf5,
  writeNpy,
} from "../../mod.ts";

const [folder, hdf5] = Deno.args;
const out: Record<string, unknown> = {};

await writeNpy(join(folder, "a.npy"), new Float64Array([1, 2, 3]));
out.npy = Array.from((await readNpy(join(folder, "a.npy"))).data as never);
out.header = (await readNpyHeader(join(folder, "a.npy"))).shape;

await save(join(folder, "archive"), { big: new Int32Array(200).fill(7), x: 1 });
const values = await load(join(folder, "archive")) as { big: Int32Array };
out.archive = [values.big.length, values.big[199]];

{
  await using ds = await DataSet.open(join(folder, "runs"), { mode: "w" });
  await ds.insert(new Float64Array(150).fill(2), { info: "first" });
  await ds.insert({ n: 2 }, { info: "second" });
}
{
  await using ds = await DataSet.open(join(folder, "runs"));
  out.dataset = [await ds.keys(), await ds.info("x_1")];
  out.item = ((await ds.get("x_0")) as Float64Array)[149];
}

{
  await using chest = await Chest.open({
    path: join(folder, "chest"),
    availableMemory: 0,
  });
  await chest.set("k", new Float64Array([4, 5]));
  await chest.set(1, { v: "one" });
}
{
  await using chest = await Chest.open({ path: join(folder, "chest") });
  out.chest = [
    Array.from(await chest.get("k") as Float64Array),
    await chest.get(1),
  ];
}

if (hdf5 === "hdf5") {
  await writeHdf5(join(folder, "a.h5"), {
    y: new NDArray(new Float32Array([1, 2, 3, 4]), [2, 2]),
  });
  const y = await readHdf5(join(folder, "a.h5"), "y");
  out.hdf5 = [y.shape, Array.from(y.data as Float32Array)];
}

console.log(JSON.stringify(out));
