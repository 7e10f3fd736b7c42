import pg from "pg";
import { applicationName } from "../db/index.js";
import type { Logger } from "../logger.js";

export interface ListenerOptions {
  url: string;
  channel: string;
  log: Logger;
  /** A notification's payload. */
  onNotify(payload: string): void;
  /**
   * The connection is listening (the first time or again after a loss): what was notified before
   * is gone, so the caller reads what it missed from the database.
   */
  onListening(): void;
  /** Reconnection waits this long after the first loss, doubling up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * LISTEN on one dedicated connection of its own: not one of the query pool (a pooled connection
 * is handed to other work and its LISTEN would go with it) and never through a transaction
 * pooler (PgBouncer in transaction mode gives no session to listen on). After the connection is
 * lost it reconnects with exponential backoff and jitter, and says so in the log.
 */
export class NotificationListener {
  #client: pg.Client | null = null;
  #timer: NodeJS.Timeout | null = null;
  #failures = 0;
  #closed = false;

  constructor(private readonly options: ListenerOptions) {}

  /** Connects once; if that fails the listener keeps trying in the background. */
  async start(): Promise<void> {
    await this.#connect();
  }

  async #connect(): Promise<void> {
    const { url, channel, log } = this.options;
    const client = new pg.Client({
      connectionString: url,
      application_name: applicationName("listen"),
      // A peer that vanishes without closing the connection is noticed by TCP keepalive.
      keepAlive: true,
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.#client === client) this.#client = null;
      client.removeAllListeners("notification");
      void client.end().catch(() => undefined);
      if (!this.#closed) this.#retry(error);
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (n) => {
      if (n.channel === channel && n.payload) this.options.onNotify(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (this.#closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#client = client;
    if (this.#failures > 0)
      log.info({ channel, attempts: this.#failures }, "realtime: listening to other nodes again");
    else log.info({ channel }, "realtime: listening to other nodes' commits on PostgreSQL");
    this.#failures = 0;
    this.options.onListening();
  }

  #retry(error: Error | undefined): void {
    const min = this.options.minBackoffMs ?? 100;
    const max = this.options.maxBackoffMs ?? 5_000;
    const base = Math.min(max, min * 2 ** this.#failures);
    // Jitter keeps the nodes of a cluster from reconnecting in step after a database restart.
    const delayMs = Math.round(base / 2 + (Math.random() * base) / 2);
    this.#failures += 1;
    this.options.log.warn(
      { err: error, channel: this.options.channel, attempt: this.#failures, delayMs },
      "realtime: lost the notification connection to PostgreSQL; other nodes' events arrive by the catch-up read until it is back",
    );
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#connect();
    }, delayMs);
    this.#timer.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = null;
    client?.removeAllListeners();
    client?.on("error", () => undefined);
    await client?.end().catch(() => undefined);
  }
}
