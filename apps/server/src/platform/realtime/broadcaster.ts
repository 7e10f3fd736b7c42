import type { Broadcaster, Listener, StreamMessage, StreamSource } from "./types.js";

/**
 * Delivers committed events to listeners in strict sequence order per organisation. Commands
 * publish after their transaction commits; if a batch arrives ahead of one still on its way (two
 * commits racing to publish) it waits, and a gap that does not close within `gapMs` is filled
 * from the database, which stays the truth. A crash between commit and publish therefore loses
 * nothing: on the next start the high-water mark comes from the database.
 *
 * This is the broadcaster of one node (SQLite, or a single node on PostgreSQL). Several nodes on
 * PostgreSQL use `PostgresBroadcaster`, which feeds one of these from the other nodes' commits.
 */
export class LocalBroadcaster implements Broadcaster {
  readonly #listeners = new Set<Listener>();
  readonly #next = new Map<string, number>();
  readonly #held = new Map<string, Map<number, StreamMessage>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly source: StreamSource,
    private readonly gapMs = 500,
  ) {}

  /** Starts from the database's high-water marks, so nothing committed before a restart is replayed live. */
  async start(organizationIds: string[]): Promise<void> {
    for (const org of organizationIds) this.#next.set(org, (await this.source.latest(org)).seq + 1);
  }

  /** The newest sequence number delivered to the listeners (0 for an organisation not yet seen). */
  delivered(organizationId: string): number {
    return (this.#next.get(organizationId) ?? 1) - 1;
  }

  /** One node reads the log only to fill a gap, after a wait no publish takes: nothing to claim. */
  claim(): () => void {
    return () => undefined;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Called after commit with the events the transaction wrote, in sequence order. */
  publish(batch: StreamMessage[]): void {
    const first = batch[0];
    if (!first) return;
    const org = first.organizationId;
    // An organisation created after start begins at sequence 1.
    if (!this.#next.has(org)) this.#next.set(org, 1);
    const held = this.#held.get(org) ?? new Map<number, StreamMessage>();
    this.#held.set(org, held);
    // The first copy of a message stays: a node's own commit, waiting here behind an earlier
    // one, keeps the sockets it came over when the same event is read back from the log.
    for (const m of batch) if (!held.has(m.seq)) held.set(m.seq, m);
    this.#drain(org);
    if (held.size > 0) this.#watchGap(org);
  }

  #drain(org: string): void {
    const held = this.#held.get(org);
    let next = this.#next.get(org);
    if (!held || next === undefined) return;
    const ready: StreamMessage[] = [];
    for (let m = held.get(next); m; m = held.get(next)) {
      ready.push(m);
      held.delete(next);
      next += 1;
    }
    // Anything older than the high-water mark was already delivered.
    for (const seq of held.keys()) if (seq < next) held.delete(seq);
    this.#next.set(org, next);
    if (ready.length) for (const listener of this.#listeners) listener(ready);
  }

  #watchGap(org: string): void {
    if (this.#timers.has(org)) return;
    const timer = setTimeout(() => {
      this.#timers.delete(org);
      void this.#fillGap(org);
    }, this.gapMs);
    timer.unref();
    this.#timers.set(org, timer);
  }

  async #fillGap(org: string): Promise<void> {
    const held = this.#held.get(org);
    const next = this.#next.get(org);
    if (!held?.size || next === undefined) return;
    const upTo = Math.min(...held.keys());
    const missing = await this.source.read(org, next - 1, upTo - next, "all");
    for (const m of missing) held.set(m.seq, m);
    // A sequence number that never committed cannot exist (it is allocated in the transaction),
    // so what the database does not have is skipped rather than waited for forever.
    if (!held.has(next)) this.#next.set(org, upTo);
    this.#drain(org);
    if (held.size) this.#watchGap(org);
  }

  close(): Promise<void> {
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
    return Promise.resolve();
  }
}
