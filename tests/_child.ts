// Copyright 2026 the persist authors. MIT license.
// Spawning long-running child Deno processes that announce readiness on stdout.

const CONFIG = new URL("../deno.json", import.meta.url).pathname;

/** A running child process whose stdout lines can be awaited. */
export class Child implements AsyncDisposable {
  readonly process: Deno.ChildProcess;
  #lines: AsyncIterator<string>;
  #buffer = "";
  #reader: ReadableStreamDefaultReader<string>;

  /**
   * Starts `script` with Deno and the permission `flags`, or with Node.js
   * (`node` is its path; `flags` are then Node's options).
   */
  constructor(
    flags: string[],
    script: string,
    args: string[] = [],
    node?: string,
  ) {
    this.process = new Deno.Command(node ?? Deno.execPath(), {
      // The explicit config gives data: scripts the import map (see runDeno).
      args: node !== undefined
        ? [...flags, new URL(script).pathname, ...args]
        : [
          "run",
          "--quiet",
          "--no-prompt",
          `--config=${CONFIG}`,
          ...flags,
          script,
          ...args,
        ],
      stdin: "null",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    this.#reader = this.process.stdout.pipeThrough(new TextDecoderStream())
      .getReader();
    this.#lines = this.#readLines();
  }

  async *#readLines(): AsyncGenerator<string> {
    for (;;) {
      const nl = this.#buffer.indexOf("\n");
      if (nl >= 0) {
        const line = this.#buffer.slice(0, nl);
        this.#buffer = this.#buffer.slice(nl + 1);
        yield line;
        continue;
      }
      const { value, done } = await this.#reader.read();
      if (done) return;
      this.#buffer += value;
    }
  }

  /** Waits for the next stdout line that equals `expected`; fails if the child exits first. */
  async waitFor(expected: string, timeoutMs = 20_000): Promise<void> {
    const timeout = new Promise<never>((_, reject) => {
      const t = setTimeout(
        () => reject(new Error(`timed out waiting for "${expected}"`)),
        timeoutMs,
      );
      Deno.unrefTimer(t);
    });
    for (;;) {
      const next = await Promise.race([this.#lines.next(), timeout]);
      if (next.done) {
        throw new Error(`child exited before printing "${expected}"`);
      }
      if (next.value === expected) return;
    }
  }

  /**
   * The next stdout line, or `undefined` once the child closed stdout;
   * fails after `timeoutMs`.
   */
  async nextLine(timeoutMs = 20_000): Promise<string | undefined> {
    let reject = (_: Error) => {};
    const timeout = new Promise<never>((_, r) => reject = r);
    const timer = setTimeout(
      () => reject(new Error("timed out waiting for a line")),
      timeoutMs,
    );
    Deno.unrefTimer(timer);
    try {
      const next = await Promise.race([this.#lines.next(), timeout]);
      return next.done ? undefined : next.value;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills with SIGKILL (idempotent) and waits for exit. */
  async kill(signal: Deno.Signal = "SIGKILL"): Promise<Deno.CommandStatus> {
    try {
      this.process.kill(signal);
    } catch {
      // already exited
    }
    return await this.process.status;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.kill();
    await this.#reader.cancel().catch(() => {});
  }
}
