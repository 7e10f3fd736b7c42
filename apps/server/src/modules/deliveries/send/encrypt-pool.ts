import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RequestOptions } from "web-push";

// Plain CommonJS run by each worker thread (no loader, no build step): the `web-push` package's
// RFC 8291 encryption and VAPID signature for one push per message.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const webpush = require(workerData.webPush);
parentPort.on("message", ({ id, subscription, payload, options }) => {
  try {
    const r = webpush.generateRequestDetails(subscription, payload, options);
    parentPort.postMessage({ id, endpoint: r.endpoint, headers: r.headers, body: r.body });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

export interface Subscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** A push ready to POST: where, its headers (VAPID, encoding, TTL, urgency, topic) and body. */
export interface SealedPush {
  endpoint: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

interface Reply {
  id: number;
  endpoint?: string;
  headers?: Record<string, string | number>;
  body?: Uint8Array;
  error?: string;
}

interface Pending {
  resolve(sealed: SealedPush): void;
  reject(error: Error): void;
}

/**
 * Encrypts and signs pushes on worker threads, never on the event loop that serves alarms: each
 * push costs a fresh ECDH key pair and shared secret, HKDF, AES-GCM and an ES256 signature
 * (hundreds of microseconds of CPU), and an alarm to thousands of people would otherwise hold up
 * the raise, the answers and the realtime stream behind it. A thread that dies fails its pushes
 * (the sender retries them) and is replaced.
 */
export class EncryptPool {
  readonly #webPush = createRequire(import.meta.url).resolve("web-push");
  readonly #workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  #next = 0;
  #id = 0;
  #closed = false;

  constructor(readonly size = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  seal(subscription: Subscription, payload: string, options: RequestOptions): Promise<SealedPush> {
    if (this.#closed) return Promise.reject(new Error("the encryption threads have stopped"));
    if (this.#workers.length < this.size) this.#workers.push(this.#spawn());
    const slot = this.#workers[this.#next++ % this.#workers.length];
    if (!slot) return Promise.reject(new Error("no encryption thread"));
    const id = ++this.#id;
    return new Promise<SealedPush>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, subscription, payload, options });
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
    this.#workers.length = 0;
  }

  #spawn() {
    const worker = new Worker(THREAD, { eval: true, workerData: { webPush: this.#webPush } });
    // An idle thread never keeps the process alive.
    worker.unref();
    const slot = { worker, pending: new Map<number, Pending>() };
    worker.on("message", (reply: Reply) => {
      const waiting = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (reply.error !== undefined || !reply.endpoint || !reply.headers || !reply.body)
        waiting.reject(new Error(reply.error ?? "the encryption thread answered nothing"));
      else
        waiting.resolve({
          endpoint: reply.endpoint,
          headers: Object.fromEntries(
            Object.entries(reply.headers).map(([k, v]) => [k, String(v)]),
          ),
          body: reply.body,
        });
    });
    const fail = (error: Error) => {
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      const i = this.#workers.indexOf(slot);
      if (i >= 0) this.#workers.splice(i, 1);
    };
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`an encryption thread exited with code ${code}`)));
    return slot;
  }
}
