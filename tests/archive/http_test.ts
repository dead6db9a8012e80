// Copyright 2026 the persist authors. MIT license.
// Archives served over HTTP, as a browser would import them: a static file
// server in this process, and a child Deno process that imports
// http://127.0.0.1:<port>/<archive>/mod.js with network access to that
// host only and no file access at all, so _persist.js must fetch every
// array file relative to its own URL. The values must equal what load()
// reads from disk.

import assert from "node:assert/strict";
import { join, normalize } from "node:path";
import { load, save } from "../../mod.ts";
import { runDeno, withTempDir } from "../_util.ts";
import { describeExports } from "./_describe.js";
import { random, randomGraph, setupClasses, trickyValues } from "./_corpus.ts";

const CHILD = new URL("./_import_child.ts", import.meta.url).href;

/** Serves the files under `root` (GET only, 404 for anything missing). */
function serve(root: string): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      const path = normalize(decodeURIComponent(new URL(request.url).pathname));
      if (request.method !== "GET" || path.includes("..")) {
        return new Response("no", { status: 400 });
      }
      try {
        const body = await Deno.readFile(join(root, path));
        const type = path.endsWith(".js")
          ? "text/javascript"
          : "application/octet-stream";
        return new Response(body, { headers: { "content-type": type } });
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  );
}

/**
 * Imports each archive (a folder under `root`) over HTTP in a child process
 * that may reach the server and nothing else: no --allow-read, and a
 * DENO_DIR of its own for the modules it downloads.
 */
async function importOverHttp(
  root: string,
  names: string[],
): Promise<Record<string, unknown>> {
  await using server = serve(root);
  const host = `127.0.0.1:${server.addr.port}`;
  const cache = await Deno.makeTempDir({ prefix: "persist-http-deno-dir-" });
  try {
    const result = await runDeno(
      [`--allow-net=${host}`, `--allow-import=${host}`, "--no-lock"],
      CHILD,
      names.map((name) => `http://${host}/${encodeURIComponent(name)}`),
      { env: { DENO_DIR: cache } },
    );
    assert.equal(result.code, 0, result.stderr);
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    return Object.fromEntries(
      names.map((name) => [
        name,
        out[`http://${host}/${encodeURIComponent(name)}`],
      ]),
    );
  } finally {
    await Deno.remove(cache, { recursive: true });
  }
}

Deno.test("import() over HTTP rebuilds every tricky value, arrays fetched beside mod.js", async () => {
  await withTempDir(async (root) => {
    const classes = await setupClasses(root);
    const cases = trickyValues(classes);
    const expected: Record<string, unknown> = {};
    for (const [name, value] of cases) {
      await save(join(root, name), { [name]: value }, { arrayThreshold: 8 });
      expected[name] = describeExports({ [name]: value });
      assert.deepEqual(
        describeExports(await load(join(root, name))),
        expected[name],
        `${name} (load)`,
      );
    }
    const imported = await importOverHttp(root, Object.keys(expected));
    for (const name of Object.keys(expected)) {
      assert.deepEqual(imported[name], expected[name], `${name} (HTTP)`);
    }
    // The corpus has array files, so the fetch path of _persist.js ran.
    const files = cases.flatMap(([name]) =>
      [...Deno.readDirSync(join(root, name))].map((e) => e.name)
    );
    assert.ok(files.some((f) => f.endsWith(".npy")));
  });
});

Deno.test("import() over HTTP agrees with load() on 60 random value graphs (seed 20261126)", async () => {
  await withTempDir(async (root) => {
    const next = random(20261126);
    const expected: Record<string, unknown> = {};
    for (let i = 0; i < 60; i++) {
      const values = randomGraph(next);
      await save(join(root, `g${i}`), values, { arrayThreshold: 6 });
      expected[`g${i}`] = describeExports(await load(join(root, `g${i}`)));
      assert.deepEqual(expected[`g${i}`], describeExports(values), `g${i}`);
    }
    const imported = await importOverHttp(root, Object.keys(expected));
    for (const name of Object.keys(expected)) {
      assert.deepEqual(imported[name], expected[name], `${name} (HTTP)`);
    }
  });
});

Deno.test("import() over HTTP names the URL of a missing array file and refuses HDF5 arrays", async () => {
  await withTempDir(async (root) => {
    await save(join(root, "npy"), { y: new Float64Array(500) });
    await Deno.remove(join(root, "npy", "y.npy"));
    await save(join(root, "h5"), { y: new Float64Array(500) }, {
      dataFormat: "hdf5",
    });
    const imported = await importOverHttp(root, ["npy", "h5"]);
    assert.match(
      (imported.npy as { error: string }).error,
      /^Error: Cannot read "http:\/\/127\.0\.0\.1:\d+\/npy\/y\.npy": HTTP 404$/,
    );
    assert.match(
      (imported.h5 as { error: string }).error,
      /Cannot read "http:\/\/127\.0\.0\.1:\d+\/h5\/arrays\.h5" \(dataset "y"\): HDF5 arrays are read from local files only; convert the archive to \.npy to serve it/,
    );
  });
});
