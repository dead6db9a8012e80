// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * Generated-name counters of persistd, one per (folder, prefix): a pure data
 * structure, no I/O. The daemon hands out `<prefix><n>` with `n` increasing,
 * never the same `n` twice while it remembers the counter. Clients seed and
 * correct a counter with `seen`, the highest `n` they know is taken (from the
 * DataSet's index), so names taken by writers that do not use the daemon are
 * skipped. See "Name allocation" in `docs/PROTOCOL.md`.
 *
 * @example Counting from what the index holds
 * ```ts
 * import { NameAllocator } from "./name_allocator.ts";
 * const names = new NameAllocator();
 * console.log(names.allocate("/data/runs", "x_", 4)); // 5
 * console.log(names.allocate("/data/runs", "x_")); // 6
 * console.log(names.allocate("/data/runs", "x_", 9)); // 10
 * ```
 *
 * @module
 */

/** Options for {@linkcode NameAllocator}. */
export interface NameAllocatorOptions {
  /**
   * How many (folder, prefix) counters to remember; the least recently used
   * is forgotten beyond that (its next client reseeds it with `seen`).
   *
   * @default {10_000}
   */
  maxCounters?: number;
}

/**
 * Per-(folder, prefix) counters for generated names. See the module
 * documentation.
 *
 * @example Prefixes count separately
 * ```ts
 * import { NameAllocator } from "./name_allocator.ts";
 * const names = new NameAllocator();
 * names.allocate("/d", "x_");
 * console.log(names.allocate("/d", "x_"), names.allocate("/d", "run")); // 1 0
 * ```
 */
export class NameAllocator {
  #next = new Map<string, number>();
  #maxCounters: number;

  /**
   * Constructs a new {@linkcode NameAllocator}.
   *
   * @param options How many counters to keep.
   */
  constructor(options: NameAllocatorOptions = {}) {
    const { maxCounters = 10_000 } = options;
    if (!(Number.isInteger(maxCounters) && maxCounters >= 1)) {
      throw new RangeError(
        `Cannot create the name allocator: maxCounters must be a positive integer, got ${maxCounters}`,
      );
    }
    this.#maxCounters = maxCounters;
  }

  /** How many counters are remembered. */
  get size(): number {
    return this.#next.size;
  }

  /**
   * Returns the next `n` for `prefix` in `resource`: one more than both the
   * last `n` handed out and `seen`.
   *
   * @param resource The folder's real path.
   * @param prefix The name prefix.
   * @param seen The highest `n` known to be taken, or `-1`.
   * @returns The `n` of the new name `<prefix><n>`.
   */
  allocate(resource: string, prefix: string, seen: number = -1): number {
    if (!(Number.isSafeInteger(seen) && seen >= -1)) {
      throw new RangeError(
        `Cannot allocate a name in "${resource}": seen must be -1 or a non-negative integer, got ${seen}`,
      );
    }
    const key = `${resource}\0${prefix}`;
    const next = Math.max(this.#next.get(key) ?? 0, seen + 1);
    this.#next.delete(key); // re-insert: Map order is recency order
    this.#next.set(key, next + 1);
    if (this.#next.size > this.#maxCounters) {
      this.#next.delete(this.#next.keys().next().value!);
    }
    return next;
  }

  /**
   * The `n` the next allocation would return without a `seen`, if the
   * counter is remembered.
   *
   * @param resource The folder's real path.
   * @param prefix The name prefix.
   * @returns The next `n`, or `undefined`.
   */
  peek(resource: string, prefix: string): number | undefined {
    return this.#next.get(`${resource}\0${prefix}`);
  }
}
