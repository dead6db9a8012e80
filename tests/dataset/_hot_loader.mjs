// Copyright 2026 the persist authors. MIT license.
// Child process for Node.js: imports a DataSet's mod.js and calls
// load("hot") for `ms` milliseconds; prints "load <ok> <failed>" and each
// distinct error message; then "versions <n>", the distinct values of `i`.
const [dir, ms] = process.argv.slice(2);
const mod = await import(new URL(`file://${dir}/mod.js`).href);
let ok = 0;
let failed = 0;
const errors = new Set();
const versions = new Set();
const end = performance.now() + Number(ms);
while (performance.now() < end) {
  try {
    const value = await mod.load("hot");
    if (value.parts.length !== 8 || value.parts[7][0] !== 7) {
      throw new Error("partial value");
    }
    versions.add(value.i);
    ok++;
  } catch (error) {
    failed++;
    errors.add(error.message);
  }
}
console.log(`load ${ok} ${failed}`);
for (const message of errors) console.log(message);
console.log(`versions ${versions.size}`);
