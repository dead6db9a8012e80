// Copyright 2026 the persist authors. MIT license.
// Does persistd make many processes appending to one DataSet faster and
// fairer than processes fighting over its `.lock` file? 1, 2, 4 and 8
// processes insert 160 small items in all into a new DataSet: with file
// locks (flock, polled with a backoff of up to 20 ms), through persistd
// (a FIFO queue), and half and half; durably (the default), and for 1 and
// 8 processes also with `sync: false`. The physical limit is the same
// processes doing 160 crash-safe writes of the item's bytes (atomicWrite:
// temporary file, fdatasync, rename, fsync of the folder) with no lock.
// Each writer reports its slowest insert; the table printed at the end
// gives the total rate and the slowest insert of any writer (starvation).
// Bench functions must be `async` (Deno awaits only those).
// Run: deno bench --allow-read=/tmp --allow-write=/tmp \
//   --allow-run=$(deno eval 'console.log(Deno.execPath())') bench/daemon_bench.ts

import { join } from "node:path";
import { DataSet } from "../mod.ts";

const TOTAL = 160;
const PROCESSES = [1, 2, 4, 8];
const RUNS = { n: 5, warmup: 1 };

const root = await Deno.makeTempDir({ prefix: "persist-bench-daemon-" });
const socket = join(root, "persistd.sock");
const config = new URL("../deno.json", import.meta.url).pathname;
const writer = new URL("./_dataset_writer.ts", import.meta.url).href;
const main = new URL("../daemon/main.ts", import.meta.url).pathname;

const daemon = new Deno.Command(Deno.execPath(), {
  args: [
    "run",
    "--quiet",
    `--allow-read=${root}`,
    `--allow-write=${root}`,
    `--allow-net=unix:${socket}`,
    main,
    "--socket",
    socket,
    "--root",
    root,
  ],
  stdin: "null",
  stdout: "null",
  stderr: "piped",
}).spawn();
const log = daemon.stderr.pipeThrough(new TextDecoderStream()).getReader();
for (let text = ""; !text.includes("listening");) {
  const { value, done } = await log.read();
  if (done) throw new Error(`persistd did not start:\n${text}`);
  text += value;
}
(async () => {
  while (!(await log.read()).done);
})();

type How = "plain" | "file" | "daemon";

interface Figures {
  /** Inserts per second of each run. */
  rates: number[];
  /** Slowest single insert of each run, by writer kind. */
  slowest: Map<How, number[]>;
  /** Mean insert time of each run. */
  means: number[];
}
const figures = new Map<string, Figures>();

/** Spawns writers (one per entry of `hows`), starts them together, times them. */
async function round(
  hows: How[],
  sync: boolean,
  label: string,
  b: Deno.BenchContext,
): Promise<void> {
  const dir = await Deno.makeTempDir({ dir: root });
  if (!hows.includes("plain")) {
    await (await DataSet.open(dir, { mode: "w" })).close();
  }
  const children = hows.map((how) =>
    new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--quiet",
        `--config=${config}`,
        ...(how === "daemon"
          ? [
            `--allow-read=${dir},${socket}`,
            `--allow-write=${dir},${socket}`,
            `--allow-net=unix:${socket}`,
          ]
          : [`--allow-read=${dir}`, `--allow-write=${dir}`]),
        writer,
        dir,
        String(TOTAL / hows.length),
        how === "daemon" ? `daemon:${socket}` : how,
        sync ? "sync" : "nosync",
      ],
      stdin: "piped",
      stdout: "piped",
    }).spawn()
  );
  const readers = children.map((c) =>
    c.stdout.pipeThrough(new TextDecoderStream()).getReader()
  );
  const texts = children.map(() => "");
  const expect = async (i: number, word: string) => {
    while (!texts[i].includes(word)) {
      const { value, done } = await readers[i].read();
      if (done) throw new Error(`writer ${i} exited before "${word}"`);
      texts[i] += value;
    }
  };
  await Promise.all(children.map((_, i) => expect(i, "ready\n")));
  const stdins = children.map((c) => c.stdin.getWriter());
  b.start();
  const start = performance.now();
  await Promise.all(stdins.map((w) => w.write(new Uint8Array([10]))));
  await Promise.all(children.map((_, i) => expect(i, "done\n")));
  const elapsed = performance.now() - start;
  b.end();
  await Promise.all(children.map((_, i) => expect(i, "}\n")));
  for (const w of stdins) await w.close();
  for (const c of children) await c.status;
  const entry: Figures = figures.get(label) ??
    { rates: [], slowest: new Map(), means: [] };
  figures.set(label, entry);
  entry.rates.push(TOTAL / elapsed * 1000);
  let mean = 0;
  const slowest = new Map<How, number>();
  for (const [i, how] of hows.entries()) {
    const stats = JSON.parse(texts[i].split("done\n")[1]);
    slowest.set(how, Math.max(slowest.get(how) ?? 0, stats.max));
    mean += stats.mean / hows.length;
  }
  for (const [how, max] of slowest) {
    entry.slowest.set(how, [...entry.slowest.get(how) ?? [], max]);
  }
  entry.means.push(mean);
  await Deno.remove(dir, { recursive: true });
}

const RUNS_OF = [
  ...PROCESSES.map((processes) => ({ processes, sync: true })),
  // Without fdatasync the disk no longer sets the pace: what is left is the
  // cost of the work itself and of coordinating the writers.
  { processes: 1, sync: false },
  { processes: 8, sync: false },
];
for (const { processes, sync } of RUNS_OF) {
  const group = `insert ${TOTAL} small items from ${processes} process${
    processes > 1 ? "es" : ""
  }${sync ? "" : ", sync: false"}`;
  const cases: [string, How[], boolean][] = [
    ["atomicWrite() of the same bytes, no lock", ["plain"], true],
    ["DataSet.insert(), flock", ["file"], false],
    ["DataSet.insert(), persistd", ["daemon"], false],
  ];
  if (processes > 1) {
    cases.push(["DataSet.insert(), half persistd, half flock", [
      "daemon",
      "file",
    ], false]);
  }
  for (const [name, kinds, baseline] of cases) {
    const hows = Array.from(
      { length: processes },
      (_, i) => kinds[i % kinds.length],
    );
    const label = `${processes} × ${name}${sync ? "" : ", sync: false"}`;
    Deno.bench({
      name,
      group,
      baseline,
      ...RUNS,
      fn: async (b) => await round(hows, sync, label, b),
    });
  }
}

globalThis.addEventListener("unload", () => {
  const range = (xs: number[], digits = 0) => {
    const lo = Math.min(...xs).toFixed(digits);
    const hi = Math.max(...xs).toFixed(digits);
    return lo === hi ? lo : `${lo}–${hi}`;
  };
  console.log(
    "\nprocesses × writers | inserts/s (per run) | mean insert ms | slowest insert ms (over all runs)",
  );
  for (const [label, f] of figures) {
    const slowest = [...f.slowest].map(([how, xs]) =>
      `${how} ${Math.max(...xs).toFixed(0)}`
    ).join(", ");
    console.log(
      `${label} | ${range(f.rates)} | ${range(f.means, 1)} | ${slowest}`,
    );
  }
  try {
    daemon.kill("SIGTERM");
  } catch {
    // gone already
  }
  Deno.removeSync(root, { recursive: true });
});
