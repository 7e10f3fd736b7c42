/** The orchestrator's side of the client processes: start them, command them, hear from them. */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { stop, track, tsxLoader } from "./processes.js";
import type {
  Collected,
  Command,
  ConnectCommand,
  DoneKind,
  FromClient,
  Reply,
  Target,
} from "./protocol.js";

const CLIENT = path.join(import.meta.dirname, "client.ts");

interface Pending {
  resolve(reply: Reply): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

type ConnectBase = Omit<ConnectCommand, "cmd" | "cookies" | "localAddress">;

export interface ConnectResult {
  ok: number;
  failed: number;
  firstError: string | null;
  ms: number;
}

export class ClientPool {
  readonly #pending = new Map<number, Pending>();
  /** How many processes reported each "kind/key" done. */
  readonly #done = new Map<string, number>();
  readonly #doneWaiters = new Set<() => void>();
  #nextId = 1;
  /** Sockets closed after they were connected (by the server or the network). */
  closed: Record<Target, number> = { product: 0, baseline: 0 };

  /** The client processes' ids, to read their CPU time. */
  get pids(): number[] {
    return this.procs.flatMap((p) => (p.pid === undefined ? [] : [p.pid]));
  }

  private constructor(private readonly procs: ChildProcess[]) {
    for (const proc of procs) proc.on("message", (m) => this.#onMessage(m as FromClient));
  }

  static async start(count: number, timeoutMs = 30_000): Promise<ClientPool> {
    const procs: ChildProcess[] = [];
    const ready: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const proc = track(fork(CLIENT, [], { execArgv: ["--import", tsxLoader], stdio: "inherit" }));
      procs.push(proc);
      ready.push(
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("client did not start")), timeoutMs);
          proc.once("exit", (code) => reject(new Error(`client exited (${code}) while starting`)));
          proc.on("message", (m: FromClient) => {
            if ("notice" in m && m.notice === "ready") {
              clearTimeout(timer);
              resolve();
            }
          });
        }),
      );
    }
    await Promise.all(ready);
    return new ClientPool(procs);
  }

  get size(): number {
    return this.procs.length;
  }

  #onMessage(m: FromClient): void {
    if ("id" in m) {
      const p = this.#pending.get(m.id);
      if (!p) return;
      this.#pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.ok) p.resolve(m);
      else p.reject(new Error(m.error));
      return;
    }
    if (m.notice === "done") {
      const key = `${m.kind}/${m.key}`;
      this.#done.set(key, (this.#done.get(key) ?? 0) + 1);
      for (const wake of this.#doneWaiters) wake();
    } else if (m.notice === "closed") {
      this.closed[m.target] += 1;
    }
  }

  #request(i: number, command: Command, timeoutMs: number): Promise<Reply> {
    const proc = this.procs[i];
    if (!proc) return Promise.reject(new Error(`no client ${i}`));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`client ${i}: ${command.cmd} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      proc.send({ ...command, id });
    });
  }

  #all(command: (i: number) => Command, timeoutMs: number): Promise<Reply[]> {
    return Promise.all(this.procs.map((_, i) => this.#request(i, command(i), timeoutMs)));
  }

  /**
   * Connects every cookie's socket, split evenly over the processes, each from its own address;
   * `base` may differ per process (a cluster: processes connect to different nodes).
   */
  async connect(
    base: ConnectBase | ((process: number) => ConnectBase),
    cookies: string[],
    localAddress: (i: number) => string,
  ): Promise<ConnectResult> {
    const started = performance.now();
    const share = Math.ceil(cookies.length / this.size);
    const baseOf = typeof base === "function" ? base : () => base;
    const replies = await this.#all(
      (i) => ({
        cmd: "connect",
        ...baseOf(i),
        cookies: cookies.slice(i * share, (i + 1) * share),
        localAddress: localAddress(i),
      }),
      baseOf(0).timeoutMs + 60_000,
    );
    const result: ConnectResult = { ok: 0, failed: 0, firstError: null, ms: 0 };
    for (const r of replies)
      if ("connected" in r && r.connected) {
        result.ok += r.connected.ok;
        result.failed += r.connected.failed;
        result.firstError ??= r.connected.firstError;
      }
    result.ms = performance.now() - started;
    return result;
  }

  /** Closes every socket (the processes stay, ready to connect again). */
  async disconnect(): Promise<void> {
    await this.#all(() => ({ cmd: "disconnect" }), 10_000);
  }

  async setAnswering(enabled: boolean): Promise<void> {
    await this.#all(() => ({ cmd: "answer", enabled }), 10_000);
  }

  /** Everything the processes recorded for one incident (or baseline broadcast), merged. */
  async collect(key: string): Promise<Collected> {
    const replies = await this.#all(() => ({ cmd: "collect", key }), 30_000);
    const out: Collected = { received: [], recorded: [], errors: 0, sample: null };
    for (const r of replies)
      if ("collected" in r) {
        out.received.push(...r.collected.received);
        out.recorded.push(...r.collected.recorded);
        out.errors += r.collected.errors;
        out.sample ??= r.collected.sample;
      }
    return out;
  }

  /** Resolves true once every process has reported `kind` for `key`, false when time is up. */
  waitDone(kind: DoneKind, key: string, timeoutMs: number): Promise<boolean> {
    const name = `${kind}/${key}`;
    return new Promise((resolve) => {
      const check = () => {
        if ((this.#done.get(name) ?? 0) < this.size) return;
        finish(true);
      };
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        this.#doneWaiters.delete(check);
        this.#done.delete(name);
        resolve(ok);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.#doneWaiters.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    await this.disconnect().catch(() => undefined);
    await Promise.all(this.procs.map((p) => stop(p)));
  }
}
