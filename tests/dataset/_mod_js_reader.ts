// Copyright 2026 the persist authors. MIT license.
// Child process with only --allow-read on the DataSet: imports its mod.js
// (not persist), then for each "<step>" file that appears in `dir`/..
// (named step1, step2, …, up to `steps`), prints the JSON of load(`name`)
// or "error <message>".
const [dir, name, steps] = Deno.args;
const ds = await import(new URL(`file://${dir}/mod.js`).href);
async function report(): Promise<void> {
  try {
    console.log(JSON.stringify(await ds.load(name)));
  } catch (error) {
    console.log(`error ${(error as Error).message}`);
  }
}
await report();
for (let step = 1; step <= Number(steps); step++) {
  for (;;) {
    try {
      Deno.statSync(`${dir}/../step${step}`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  await report();
}
