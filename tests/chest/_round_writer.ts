// Copyright 2026 the persist authors. MIT license.
// Child process: in rounds r = n + 1, n + 2, ... (n the round the chest at
// `path` holds), rewrites every key with values of round r: 20 arrays of
// `length` float64s (default 5000: 40 kB), 20 small objects, and "round" =
// r, under a memory budget of `budget` bytes (default 100 000: the arrays
// spill, the objects stay in memory). Prints "flushing r" before and
// "flushed r" after each flush, until it is killed.
import { Chest } from "../../mod.ts";

export const ARRAYS = 20;
export const OBJECTS = 20;

/** The value of key ["a", i] or ["m", i] in round `round`. */
export function roundOf(value: unknown): number {
  if (value instanceof Float64Array) return value[0];
  if (typeof value === "number") return value;
  return (value as { round: number }).round;
}

if (import.meta.main) {
  const [path, length = "5000", budget = "100000"] = Deno.args;
  const chest = await Chest.open({ path, availableMemory: Number(budget) });
  let round = await chest.has("round") ? await chest.get("round") as number : 0;
  for (;;) {
    round++;
    for (let i = 0; i < ARRAYS; i++) {
      await chest.set(["a", i], new Float64Array(Number(length)).fill(round));
    }
    for (let i = 0; i < OBJECTS; i++) {
      await chest.set(["m", i], { round, text: `${i}/${round} `.repeat(100) });
    }
    await chest.set("round", round);
    console.log(`flushing ${round}`);
    await chest.flush();
    console.log(`flushed ${round}`);
  }
}
