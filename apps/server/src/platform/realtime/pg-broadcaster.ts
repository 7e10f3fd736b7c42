import { sql } from "kysely";
import type { Db } from "../db/index.js";
import type { Logger } from "../logger.js";
import { LocalBroadcaster } from "./broadcaster.js";
import { NotificationListener } from "./pg-listener.js";
import type { Broadcaster, Listener, StreamMessage, StreamSource } from "./types.js";

export interface PostgresBroadcasterOptions {
  db: Db;
  url: string;
  source: StreamSource;
  /** Every organisation's newest sequence number, for the catch-up reads. */
  heads(): Promise<{ organizationId: string; seq: number }[]>;
  log: Logger;
  /** The safety-net read: how often the log is checked for events no hint announced. */
  catchUpMs?: number;
  channel?: string;
}

const PAGE = 500;

/**
 * Fan-out across several nodes on one PostgreSQL. Each node delivers its own commits at once,
 * through its in-process broadcaster, and tells the others with a NOTIFY that carries only ids
 * (organisation and new high sequence number, ~45 bytes, never the events: NOTIFY payloads are
 * capped at 8 kB and queue in shared memory). A node that hears of a sequence number beyond
 * what it delivered reads the log after its high-water mark (`StreamSource.read`), which stays
 * the truth; the in-process broadcaster orders what arrives both ways and drops repeats.
 *
 * NOTIFY keeps nothing for a listener that was away, so a hint can be lost (the notification
 * connection dropped, the sending node died between commit and NOTIFY). Nothing is lost with it:
 * after (re)connecting a node reads everything after its high-water marks, every later hint for
 * the organisation makes it read from its mark, and a low-rate catch-up read compares the marks
 * with the log.
 */
export class PostgresBroadcaster implements Broadcaster {
  readonly #local: LocalBroadcaster;
  readonly #listener: NotificationListener;
  readonly #channel: string;
  /** Per organisation, the newest sequence number known to be committed. */
  readonly #wanted = new Map<string, number>();
  readonly #reading = new Set<string>();
  /** Per organisation, the hint being sent and the newest one waiting behind it. */
  readonly #sending = new Map<string, number | null>();
  /** Per organisation, the sequence numbers this node is committing and will publish itself. */
  readonly #claimed = new Map<string, Set<number>>();
  #sweep: NodeJS.Timeout | null = null;

  constructor(private readonly options: PostgresBroadcasterOptions) {
    this.#local = new LocalBroadcaster(options.source);
    this.#channel = options.channel ?? "beredd_events";
    this.#listener = new NotificationListener({
      url: options.url,
      channel: this.#channel,
      log: options.log,
      onNotify: (payload) => this.#onHint(payload),
      onListening: () => void this.#catchUpAll(),
    });
  }

  async start(organizationIds: string[]): Promise<void> {
    await this.#local.start(organizationIds);
    // Listening starts after the high-water marks are read, and its first catch-up reads what
    // other nodes committed in between.
    await this.#listener.start();
    this.#sweep = setInterval(() => void this.#catchUpAll(), this.options.catchUpMs ?? 2_000);
    this.#sweep.unref();
  }

  subscribe(listener: Listener): () => void {
    return this.#local.subscribe(listener);
  }

  /** A commit of this node: delivered here at once, then announced to the other nodes. */
  publish(batch: StreamMessage[]): void {
    this.#local.publish(batch);
    const last = batch.at(-1);
    if (last) this.#announce(last.organizationId, last.seq);
  }

  claim(batch: readonly { organizationId: string; seq: number }[]): () => void {
    for (const { organizationId, seq } of batch) {
      const claimed = this.#claimed.get(organizationId) ?? new Set<number>();
      this.#claimed.set(organizationId, claimed.add(seq));
    }
    return () => {
      for (const { organizationId, seq } of batch) {
        const claimed = this.#claimed.get(organizationId);
        claimed?.delete(seq);
        if (claimed?.size === 0) this.#claimed.delete(organizationId);
      }
    };
  }

  /**
   * NOTIFY after commit, as its own statement on the query pool, rather than pg_notify inside
   * the command's transaction: a notifying transaction takes PostgreSQL's global notification
   * lock while it commits, which would put every organisation's commits (the group commit of
   * answers among them) in one line; and the hint is only a hint, whose loss the catch-up covers.
   * At most one NOTIFY per organisation is in flight; hints that come meanwhile merge into the next.
   */
  #announce(organizationId: string, seq: number): void {
    if (this.#sending.has(organizationId)) {
      this.#sending.set(organizationId, Math.max(seq, this.#sending.get(organizationId) ?? 0));
      return;
    }
    this.#sending.set(organizationId, null);
    sql`select pg_notify(${this.#channel}, ${`${organizationId} ${seq}`})`
      .execute(this.options.db)
      .catch((error: unknown) =>
        this.options.log.warn(
          { err: error, organizationId, seq },
          "realtime: could not notify the other nodes; they read the event at their next catch-up",
        ),
      )
      .finally(() => {
        const next = this.#sending.get(organizationId);
        this.#sending.delete(organizationId);
        if (next) this.#announce(organizationId, next);
      });
  }

  #onHint(payload: string): void {
    const [organizationId, seqText] = payload.split(" ");
    const seq = Number(seqText);
    if (!organizationId || !Number.isSafeInteger(seq)) {
      this.options.log.warn({ payload }, "realtime: ignored a malformed notification");
      return;
    }
    this.#wake(organizationId, seq);
  }

  /** Reads the organisation's log up to `seq` unless this node has delivered it already. */
  #wake(organizationId: string, seq: number): void {
    if (seq <= this.#local.delivered(organizationId)) return;
    this.#wanted.set(organizationId, Math.max(seq, this.#wanted.get(organizationId) ?? 0));
    if (!this.#reading.has(organizationId)) void this.#read(organizationId);
  }

  /** One reader per organisation, from the high-water mark up to the newest sequence wanted. */
  async #read(organizationId: string): Promise<void> {
    this.#reading.add(organizationId);
    try {
      for (;;) {
        const from = this.#local.delivered(organizationId);
        const wanted = this.#wanted.get(organizationId) ?? 0;
        if (wanted <= from) break;
        const page = await this.options.source.read(
          organizationId,
          from,
          Math.min(PAGE, wanted - from),
          "all",
        );
        // This node's own commits, read before their publish: left to it (the in-process
        // broadcaster holds what follows them until it comes). Read from here, they would reach
        // the sockets they came over a second time.
        const claimed = this.#claimed.get(organizationId);
        this.#local.publish(claimed ? page.filter((m) => !claimed.has(m.seq)) : page);
        // Nothing new came of it (the log does not have it yet): the next hint or catch-up retries.
        if (this.#local.delivered(organizationId) === from) break;
      }
    } catch (error) {
      this.options.log.error(
        { err: error, organizationId },
        "realtime: could not read other nodes' events; retrying at the next catch-up",
      );
    } finally {
      this.#reading.delete(organizationId);
    }
  }

  /** The safety net: the log's newest sequence numbers against what this node delivered. */
  async #catchUpAll(): Promise<void> {
    try {
      for (const { organizationId, seq } of await this.options.heads())
        this.#wake(organizationId, seq);
    } catch (error) {
      this.options.log.error({ err: error }, "realtime: catch-up read failed; retrying");
    }
  }

  async close(): Promise<void> {
    if (this.#sweep) clearInterval(this.#sweep);
    await this.#listener.close();
    await this.#local.close();
  }
}
