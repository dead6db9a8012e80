// Copyright 2026 the persist authors. MIT license.
// Child process: in rounds r = 1, 2, ..., sets 30 new keys (base + (r-1)*30
// + k) and rewrites 10 older ones, then prints "flushing r" and flushes,
// until it is killed.
import { Chest } from "../../mod.ts";
import { roundValue } from "./_values.ts";

const [path, base] = Deno.args;
const chest = await Chest.open({ path, availableMemory: 200_000 });
for (let round = 1;; round++) {
  const first = Number(base) + (round - 1) * 30;
  for (let k = 0; k < 30; k++) {
    await chest.set(first + k, roundValue(first + k, round));
  }
  for (let k = 0; round > 1 && k < 10; k++) {
    const key = Number(base) + (round * 7 + k * 13) % ((round - 1) * 30);
    await chest.set(key, roundValue(key, round));
  }
  console.log(`flushing ${round}`);
  await chest.flush();
}
