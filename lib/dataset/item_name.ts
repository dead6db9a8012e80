// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The longest item name, in UTF-8 bytes: an item's folder is named
 * `<name>~<seq>`, and file names may not exceed 255 bytes.
 */
export const MAX_ITEM_NAME_BYTES = 200;

/**
 * Checks that `name` can name an item of a DataSet, and says which rule it
 * breaks if not. Names are strings that are not empty, not `.` or `..`, hold
 * no `/` or `\`, no control characters (U+0000–U+001F, U+007F–U+009F), no
 * lone surrogates, and take at most {@linkcode MAX_ITEM_NAME_BYTES} bytes in
 * UTF-8. (Names that differ only by letter case are refused by the DataSet,
 * which knows its other names; see {@linkcode foldItemName}.)
 *
 * @example Refusing a path
 * ```ts
 * import { checkItemName } from "./item_name.ts";
 * import assert from "node:assert/strict";
 *
 * checkItemName("x_0");
 * assert.throws(() => checkItemName("a/b"), /must not contain "\/"/);
 * ```
 *
 * @param name The name to check.
 * @param action What was being done, for the message (`set "a/b" in "runs"`).
 * @throws {TypeError} When the name is not a string or breaks a rule.
 */
export function checkItemName(name: unknown, action?: string): void {
  const fail = (rule: string): never => {
    throw new TypeError(
      `Cannot ${
        action ?? `use ${describe(name)}`
      }: ${rule}; choose another name`,
    );
  };
  if (typeof name !== "string") {
    return fail(`an item name must be a string, got ${typeof name}`);
  }
  if (name === "") fail("an item name must not be empty");
  if (name === "." || name === "..") {
    fail(`an item name must not be "${name}"`);
  }
  for (const bad of ["/", "\\"]) {
    if (name.includes(bad)) {
      fail(`an item name must not contain "${bad}" (it names a folder)`);
    }
  }
  // deno-lint-ignore no-control-regex
  const control = /[\u0000-\u001f\u007f-\u009f]/.exec(name);
  if (control !== null) {
    fail(
      `an item name must not contain control characters (found U+${
        control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")
      } at position ${control.index})`,
    );
  }
  if (!name.isWellFormed()) {
    fail(
      "an item name must not contain lone surrogates (it is not valid Unicode)",
    );
  }
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_ITEM_NAME_BYTES) {
    fail(
      `an item name must take at most ${MAX_ITEM_NAME_BYTES} bytes in UTF-8, this one takes ${bytes}`,
    );
  }
}

/**
 * The form under which two names collide on a case-insensitive file system
 * (macOS, Windows): Unicode NFC, lower case. A DataSet refuses a new name
 * whose folded form equals another item's.
 *
 * @example Two names that collide
 * ```ts
 * import { foldItemName } from "./item_name.ts";
 * console.log(foldItemName("Run_1") === foldItemName("rUN_1")); // true
 * ```
 *
 * @param name An item name.
 * @returns Its folded form.
 */
export function foldItemName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Splits a generated name `<prefix><n>` (n in decimal without leading
 * zeros) into prefix and number, or returns `undefined` when the name does
 * not end in such a number. Prefixes never end in a digit, so the split is
 * unique: `x_12` is `x_` and 12.
 *
 * @example Splitting names
 * ```ts
 * import { splitGeneratedName } from "./item_name.ts";
 * console.log(splitGeneratedName("x_12")); // ["x_", 12]
 * console.log(splitGeneratedName("x_012")); // undefined
 * ```
 *
 * @param name An item name.
 * @returns `[prefix, n]`, or `undefined`.
 */
export function splitGeneratedName(
  name: string,
): [string, number] | undefined {
  let start = name.length;
  while (start > 0 && isDigit(name.charCodeAt(start - 1))) start--;
  if (start === name.length) return undefined;
  const digits = name.slice(start);
  if (digits.length > 1 && digits[0] === "0") return undefined;
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) return undefined;
  return [name.slice(0, start), n];
}

/**
 * Checks a prefix for generated names: a string that does not end in a
 * digit (so `<prefix><n>` splits one way only) and whose names pass
 * {@linkcode checkItemName}.
 *
 * @example A valid and an invalid prefix
 * ```ts
 * import { checkPrefix } from "./item_name.ts";
 * import assert from "node:assert/strict";
 * checkPrefix("run_");
 * assert.throws(() => checkPrefix("run1"), /must not end in a digit/);
 * ```
 *
 * @param prefix The prefix.
 * @param action What was being done, for the message.
 * @throws {TypeError} When the prefix is not usable.
 */
export function checkPrefix(prefix: unknown, action?: string): void {
  const doing = action ?? `use the prefix ${describe(prefix)}`;
  if (typeof prefix !== "string") {
    throw new TypeError(
      `Cannot ${doing}: a name prefix must be a string, got ${typeof prefix}`,
    );
  }
  if (prefix !== "" && isDigit(prefix.charCodeAt(prefix.length - 1))) {
    throw new TypeError(
      `Cannot ${doing}: a name prefix must not end in a digit (names "${prefix}<n>" would be ambiguous); add a separator such as "_"`,
    );
  }
  if (prefix.length > 100) {
    throw new TypeError(
      `Cannot ${doing}: a name prefix must be at most 100 characters long`,
    );
  }
  checkItemName(`${prefix}0`, doing);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
