// Copyright 2026 the persist authors. MIT license.
// Values nested a given number of levels deep, of each container kind, and
// their depth measured without recursion.

/** The containers the default codec writes, each nesting its own way. */
export const CONTAINER_KINDS = [
  "array",
  "object",
  "nullObject",
  "sparseArray",
  "map",
  "set",
] as const;

/** One of {@linkcode CONTAINER_KINDS}. */
export type ContainerKind = typeof CONTAINER_KINDS[number];

/** `inner` inside `levels` containers of `kind`. */
export function nest(
  kind: ContainerKind,
  levels: number,
  inner: unknown,
): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) {
    switch (kind) {
      case "array":
        value = [value];
        break;
      case "object":
        value = { x: value };
        break;
      case "nullObject":
        value = Object.assign(Object.create(null), { x: value });
        break;
      case "sparseArray": {
        const holes: unknown[] = [];
        holes[2] = value;
        value = holes;
        break;
      }
      case "map":
        value = new Map([["x", value]]);
        break;
      case "set":
        value = new Set([value]);
    }
  }
  return value;
}

/** The levels of containers in `value` (0 for a primitive). */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const todo: [unknown, number][] = [[value, 0]];
  const seen = new Set<unknown>();
  while (todo.length > 0) {
    const [v, depth] = todo.pop()!;
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    const items = Array.isArray(v) || v instanceof Set
      ? [...v]
      : v instanceof Map
      ? [...v.values()]
      : Object.values(v);
    deepest = Math.max(deepest, depth + 1);
    for (const item of items) todo.push([item, depth + 1]);
  }
  return deepest;
}
