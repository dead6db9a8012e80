// Copyright 2026 the persist authors. MIT license.
// Child process for the leftover tests: writes until killed.
//   save <target> <MiB>  saves an archive holding one array of that size, over and over
//   npy <path> <MiB>     writeNpy() of an array of that size, over and over
//   h5 <path> <MiB>      writeHdf5() of an array of that size, over and over
//   hold <target>        makes a locked temporary folder beside the target, writes
//                        a partial file into it, prints "holding", then waits
//   holdfile <target>    the same with a locked temporary file
//   chest <MiB>          opens a temporary chest, sets a value of that size (it spills
//                        to disk), prints the chest's folder, then waits
//   spill <folder> <MiB> opens the chest in the folder, sets a value of that size (it
//                        spills to disk), prints "holding", then waits
//   flushed <folder>     opens the chest in the folder, sets a small value and flushes
//                        it (nothing spills), prints "holding", then waits
// Prints "ready" before it starts writing.
import { Chest, save, writeHdf5, writeNpy } from "../../mod.ts";

/** Imported when needed: the other modes run on versions without it too. */
async function createTempSibling(path: string, options = {}) {
  const fs = await import("../../lib/fs/mod.ts");
  // deno-lint-ignore no-explicit-any
  return await (fs as any).createTempSibling(path, options);
}

const [mode, path, mib = "64"] = Deno.args;
const array = () => new Float64Array((Number(mib) << 20) / 8).fill(1.5);
if (mode === "save") {
  const a = array();
  console.log("ready");
  for (;;) await save(path, { a }, { overwrite: true });
} else if (mode === "npy") {
  const a = array();
  console.log("ready");
  for (;;) await writeNpy(path, a);
} else if (mode === "h5") {
  const a = array();
  console.log("ready");
  for (;;) await writeHdf5(path, { a });
} else if (mode === "hold") {
  console.log("ready");
  const temp = await createTempSibling(path, { directory: true });
  await Deno.writeFile(`${temp.path}/a.npy`, new Uint8Array(4096).fill(7));
  console.log("holding");
  setInterval(() => {}, 1 << 30);
} else if (mode === "holdfile") {
  console.log("ready");
  const temp = await createTempSibling(path);
  await temp.file.write(new Uint8Array(4096).fill(7));
  console.log("holding");
  setInterval(() => {}, 1 << 30);
} else if (mode === "chest") {
  const big = new Float64Array((Number(path) << 20) / 8).fill(2.5);
  console.log("ready");
  const chest = await Chest.open({ availableMemory: 1e6 });
  await chest.set("big", big);
  console.log(chest.path);
  setInterval(() => {}, 1 << 30);
} else if (mode === "spill" || mode === "flushed") {
  console.log("ready");
  const chest = await Chest.open({ path, availableMemory: 1e6 });
  if (mode === "spill") {
    await chest.set("big", new Float64Array((Number(mib) << 20) / 8));
  } else {
    await chest.set("small", 1);
    await chest.flush();
  }
  console.log("holding");
  setInterval(() => {}, 1 << 30);
}
