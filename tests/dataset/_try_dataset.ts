// Copyright 2026 the persist authors. MIT license.
// Child process: runs one DataSet scenario with whatever permissions it was
// given and prints a JSON line: { result } or { error: <class name>, message }.
// A third argument is the daemon option of writers: a socket path, or "env"
// for `daemon: true` (PERSISTD_SOCKET).
import { DataSet } from "../../mod.ts";

const [scenario, dir, socket] = Deno.args;
const daemon = socket === "env" ? true : socket;

async function main(): Promise<unknown> {
  switch (scenario) {
    case "write": {
      await using ds = await DataSet.open(dir, { mode: "w", daemon });
      await ds.set("a", new Float64Array(500).fill(1), { info: "A" });
      const name = await ds.insert([1, 2], { info: [1, 2] });
      await ds.setInfo(name, [3, 4]);
      await ds.set("b", 1);
      await ds.delete("b");
      const report = await ds.verify({ load: true });
      return {
        keys: await ds.keys(),
        info: await ds.info(name),
        a: (await ds.get("a") as Float64Array).length,
        problems: report.problems.length,
      };
    }
    case "read": {
      await using ds = await DataSet.open(dir);
      return {
        keys: await ds.keys(),
        index: Object.fromEntries(await ds.index()),
        x: await ds.get("x_0"),
      };
    }
    case "open-r": {
      await using ds = await DataSet.open(dir);
      return await ds.keys();
    }
    case "open-w": {
      await using ds = await DataSet.open(dir, { mode: "w", daemon });
      return await ds.keys();
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

try {
  console.log(JSON.stringify({ result: await main() }));
} catch (error) {
  const e = error as Error;
  const code = (e as { code?: string }).code;
  console.log(JSON.stringify({ error: e.name, message: e.message, code }));
}
