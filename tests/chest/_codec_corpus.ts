// Copyright 2026 the persist authors. MIT license.
// Values that reach every size boundary of the MessagePack formats the chest
// codec writes (fixint to 64-bit integers, fixstr to str32, fixarray to
// array32, fixmap to map32, fixext to ext32, all three timestamp forms) and
// every extension type, mixed with the random value graphs of the archive
// tests. testdata/codec_golden.json holds a digest of each one's bytes as
// the codec wrote them on 2026-11-26: the bytes of a chest file must not
// change between versions.

import { NDArray } from "../../mod.ts";
import { random, randomGraph } from "../archive/_corpus.ts";

const INTEGERS = [
  0,
  1,
  127,
  128,
  255,
  256,
  65535,
  65536,
  2 ** 32 - 1,
  2 ** 32,
  2 ** 53 - 1,
  -1,
  -32,
  -33,
  -128,
  -129,
  -32768,
  -32769,
  -(2 ** 31),
  -(2 ** 31) - 1,
  -(2 ** 53) + 1,
  2 ** 53,
  -(2 ** 60),
  0.5,
  -1.25,
  1e300,
  NaN,
  Infinity,
  -Infinity,
  -0,
  5e-324,
];

const STRING_LENGTHS = [0, 1, 31, 32, 255, 256, 65535, 65536, 70_000];
const COUNTS = [0, 1, 15, 16, 65535, 65536];

/** The values whose bytes the golden file records, in order. */
export function codecCorpus(): unknown[] {
  const out: unknown[] = [...INTEGERS];
  for (const n of STRING_LENGTHS) {
    out.push("a".repeat(n), "é".repeat(n >> 1), "😀".repeat(n >> 2));
  }
  out.push("\ud800", "a\udc00b", "x".repeat(40) + "\ud83d");
  out.push(2n, -(2n ** 70n), 0n, true, false, null, undefined);
  for (const n of COUNTS) {
    out.push(Array.from({ length: n }, (_, i) => i % 300));
    out.push(
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])),
    );
    if (n <= 65536) {
      out.push(new Map(Array.from({ length: n }, (_, i) => [i, `v${i}`])));
      out.push(new Set(Array.from({ length: n }, (_, i) => i)));
    }
  }
  // Payload sizes around each fixext size and the ext8/16/32 limits.
  for (
    const n of [0, 1, 2, 3, 4, 7, 8, 15, 16, 17, 254, 255, 256, 65535, 65536]
  ) {
    out.push(new Uint8Array(n).map((_, i) => i * 7), new ArrayBuffer(n));
    out.push(new Set(n === 0 ? [] : [new Uint8Array(Math.max(0, n - 3))]));
  }
  for (
    const t of [
      0,
      1000,
      1,
      1999,
      -1,
      -1500,
      2 ** 32 * 1000,
      17179869184000,
      8.64e15,
      -8.64e15,
    ]
  ) {
    out.push(new Date(t));
  }
  out.push(new Date(NaN), /a+b/gimsuy, new RegExp("", "d"), /[\u{1F600}]/u);
  out.push(
    new Int8Array([-1, 2]),
    new Uint8ClampedArray([300]),
    new Int16Array([-2]),
    new Uint16Array([65535]),
    new Int32Array([-7]),
    new Uint32Array([7]),
    new Float32Array([1.5]),
    new Float64Array([NaN, -0]),
    new BigInt64Array([-5n]),
    new BigUint64Array([5n]),
    new Float16Array([0.5]),
    new Float64Array(new ArrayBuffer(64), 8, 3),
    new NDArray(new Int16Array([1, 2, 3, 4, 5, 6]), [2, 3]),
    new NDArray(new Float64Array([1, 2]), [2], { order: "F" }),
  );
  const holey: unknown[] = [1, , 3];
  holey.length = 20;
  out.push(holey, [, undefined], Object.assign(Object.create(null), { a: 1 }));
  out.push({ "": 1, "é": [{}], nested: { deep: [[[new Map([[{}, []]])]]] } });
  const next = random(2026);
  for (let i = 0; i < 400; i++) out.push(randomGraph(next));
  return out;
}
