// Copyright 2026 the persist authors. MIT license.
// Values written by the child processes of the multi-process tests, derived
// from their key so that a reader can tell a whole, right value from a torn
// or mixed one.
import assert from "node:assert/strict";

/** The value writer `id` stores under [id, i]. */
export function writerValue(id: string, i: number): unknown {
  return i % 2 === 0
    ? new Float64Array(1000 + i).fill(i + 0.5)
    : { id, i, text: `${id}:${i}:`.repeat(50) };
}

/** A value that carries its key and the round that wrote it. */
export function roundValue(key: number, round: number): unknown {
  if (key % 3 === 0) {
    const a = new Float64Array(4096).fill(round);
    a[0] = key;
    return a;
  }
  return { key, round, body: `${key}/${round} `.repeat(200) };
}

/** Asserts that `value` is roundValue(key, r) for some round r; returns r. */
export function assertRoundValue(key: number, value: unknown): number {
  if (key % 3 === 0) {
    assert.ok(value instanceof Float64Array, `key ${key}: ${value}`);
    const round = value[1];
    assert.ok(round >= 1, `key ${key}: round ${round}`);
    assert.deepEqual(value, roundValue(key, round));
    return round;
  }
  const round = (value as { round: number }).round;
  assert.ok(round >= 1, `key ${key}: round ${round}`);
  assert.deepEqual(value, roundValue(key, round));
  return round;
}
