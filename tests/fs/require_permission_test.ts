// Copyright 2026 the persist authors. MIT license.
// requirePermission() fails exactly as Deno does under --no-prompt, without
// asking, and passes when the permission is granted.

import assert from "node:assert/strict";
import { join } from "node:path";
import { runDeno, withTempDir } from "../_util.ts";

const MODULE = new URL("../../lib/fs/require_permission.ts", import.meta.url)
  .href;

Deno.test("requirePermission() throws the NotCapable Deno throws for the same access, and passes when granted", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "a.txt");
    await Deno.writeTextFile(file, "x");
    const socket = join(dir, "s.sock");
    const body = `import { requirePermission } from "${MODULE}";
const pairs = [
  [{ name: "read", path: ${
      JSON.stringify(file)
    } }, () => Deno.readTextFileSync(${JSON.stringify(file)})],
  [{ name: "write", path: ${
      JSON.stringify(file)
    } }, () => Deno.writeTextFileSync(${JSON.stringify(file)}, "y")],
  [{ name: "net", host: "unix:${socket}" }, () => Deno.listen({ transport: "unix", path: ${
      JSON.stringify(socket)
    } })],
  [{ name: "env" }, () => Deno.env.toObject()],
  [{ name: "env", variable: "HOME" }, () => Deno.env.get("HOME")],
];
const out = [];
for (const [descriptor, op] of pairs) {
  const ours = (() => { try { requirePermission(descriptor); return "granted"; } catch (e) { return e.name + ": " + e.message; } })();
  const deno = (() => { try { op(); return "granted"; } catch (e) { return e.name + ": " + e.message; } })();
  out.push([ours, deno]);
}
console.log(JSON.stringify(out));`;
    const url = `data:application/typescript,${encodeURIComponent(body)}`;
    const denied = await runDeno([
      `--allow-read=${socket}`,
      `--allow-write=${socket}`,
    ], url);
    const pairs: [string, string][] = JSON.parse(denied.stdout);
    assert.equal(pairs.length, 5, denied.stderr);
    for (const [ours, deno] of pairs) {
      assert.match(ours, /^NotCapable: Requires \w+ access/);
      assert.equal(ours, deno);
    }
    const granted = await runDeno([
      `--allow-read=${dir}`,
      `--allow-write=${dir}`,
      `--allow-net=unix:${socket}`,
      "--allow-env",
    ], url);
    for (const [ours] of JSON.parse(granted.stdout)) {
      assert.equal(ours, "granted");
    }
  });
});
