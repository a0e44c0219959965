/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe` (file descriptors 3 and
 * 4, messages ended by a NUL byte), for the pane bench: it loads a page with nothing of its own in
 * it — no Playwright agents, no Network or Runtime domain — the way Excel's webview runs the pane.
 *
 * Why not Playwright here: Playwright enables the Network and Runtime domains and injects its
 * utility scripts into every page; on a page throttled to CPU ×4 that work runs on the same main
 * thread as the pane (bench/pane.ts measures both, side by side).
 */
import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class DevtoolsPipe {
  private nextId = 0;
  private pending = "";
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private readonly toChrome: Writable;

  private constructor(
    private readonly chrome: ChildProcess,
    private readonly profile: string,
  ) {
    const [, , , toChrome, fromChrome] = chrome.stdio as [unknown, unknown, unknown, Writable, Readable];
    this.toChrome = toChrome;
    fromChrome.on("data", (chunk: Buffer) => this.receive(chunk.toString("utf8")));
  }

  /** Starts `executable` headless with a fresh profile and the protocol on a pipe. */
  static launch(executable: string, args: string[]): DevtoolsPipe {
    const profile = mkdtempSync(join(tmpdir(), "verdeelwijzer-bench-"));
    const chrome = spawn(executable, [...args, "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank"], {
      stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
    });
    return new DevtoolsPipe(chrome, profile);
  }

  private receive(text: string): void {
    this.pending += text;
    for (let end = this.pending.indexOf("\0"); end >= 0; end = this.pending.indexOf("\0")) {
      const reply = JSON.parse(this.pending.slice(0, end)) as Reply;
      this.pending = this.pending.slice(end + 1);
      if (reply.id !== undefined) this.waiting.get(reply.id)?.(reply);
    }
  }

  /** Sends one command (to the browser, or to a page's flat session) and waits for its reply. */
  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    const answer = new Promise<T>((resolve, reject) =>
      this.waiting.set(id, (reply) => {
        this.waiting.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve((reply.result ?? {}) as T);
      }),
    );
    this.toChrome.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return answer;
  }

  /** Stops the browser and removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.chrome.once("exit", resolve));
    this.chrome.kill();
    await exited;
    rmSync(this.profile, { recursive: true, force: true });
  }
}
