// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// Writes numbers as `String(x)` does, straight into a byte buffer, for the
// numbers data is usually made of (integers and decimals with few digits),
// without allocating a string.

/** Decimals are tried while `x * 10^d` stays below this (see writeNumber). */
const LIMIT = 2 ** 50;

/**
 * Writes the literal of `x` (as `numberLiteral`: `String(x)`, and `-0`
 * for negative zero) as ASCII at `pos`, when `x` is a safe integer or a
 * decimal of magnitude 1e-6 to 1e15 with a short decimal form; other
 * numbers are left to the caller. `buf` must have 32 bytes free at `pos`.
 *
 * For a decimal, the first `d` such that `m = round(x * 10^d)` gives back
 * `x` as `m / 10^d` is the shortest form `String(x)` writes: while
 * `x * 10^d < 2^50`, at most one `m` rounds to `x` for each `d`, and the
 * rounding of `x * 10^d` is too small to miss it; `m / 10^d` is exact
 * division of exact doubles, so it equals `x` exactly when the decimal
 * `m * 10^-d` reads back as `x`.
 *
 * @param buf The buffer.
 * @param pos Where to write.
 * @param x Any number.
 * @returns The position after the literal, or -1 when not written.
 */
export function writeNumber(buf: Uint8Array, pos: number, x: number): number {
  let p = pos;
  if (x < 0 || (x === 0 && 1 / x < 0)) {
    buf[p++] = 45; // "-"
    x = -x;
  }
  if (Number.isSafeInteger(x)) return writeDigits(buf, p, x);
  if (!(x >= 1e-6 && x < 1e15)) return -1;
  let scale = 10;
  for (let d = 1; d <= 21; d++, scale *= 10) {
    const f = x * scale;
    if (f >= LIMIT) return -1;
    const m = Math.round(f);
    if (m / scale !== x) continue;
    const frac = m % scale;
    p = writeDigits(buf, p, (m - frac) / scale);
    buf[p++] = 46; // "."
    let r = frac;
    for (let q = p + d; q > p;) {
      const t = r % 10;
      buf[--q] = 48 + t;
      r = (r - t) / 10;
    }
    return p + d;
  }
  return -1;
}

/**
 * Writes the decimal digits of a safe integer `n >= 0` at `pos`.
 *
 * @param buf The buffer (17 bytes free at `pos`).
 * @param pos Where to write.
 * @param n The integer.
 * @returns The position after the digits.
 */
export function writeDigits(buf: Uint8Array, pos: number, n: number): number {
  if (n < 10) {
    buf[pos] = 48 + n;
    return pos + 1;
  }
  if (n <= 0x7fffffff) {
    // 32-bit integer division is much cheaper than Math.floor(n / 10).
    let digits = 2;
    for (let t = (n / 100) | 0; t > 0; t = (t / 10) | 0) digits++;
    let p = pos + digits;
    let v = n | 0;
    while (v >= 10) {
      const q = (v / 10) | 0;
      buf[--p] = 48 + (v - q * 10);
      v = q;
    }
    buf[--p] = 48 + v;
    return pos + digits;
  }
  let digits = 1;
  for (let t = n; t >= 10; t = Math.floor(t / 10)) digits++;
  let p = pos + digits;
  while (n >= 10) {
    const q = Math.floor(n / 10);
    buf[--p] = 48 + (n - 10 * q); // (48 + n could round above 2^53)
    n = q;
  }
  buf[--p] = 48 + n;
  return pos + digits;
}
