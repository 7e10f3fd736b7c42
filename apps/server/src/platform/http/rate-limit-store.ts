import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { sql } from "kysely";
import type { Clock } from "../clock.js";
import type { Db } from "../db/index.js";

/** A key's hits in its current window, and the milliseconds until that window is over. */
export type Counted = { current: number; ttl: number };

/**
 * Counters in the database (`rate_limits`), so that every node behind a load balancer counts
 * the same attempts: with counters in each node's memory, N nodes would allow N times the
 * configured attempts. A fixed window starts at a key's first hit and is counted in one upsert,
 * atomic on both dialects (PostgreSQL locks the conflicting row; SQLite has one writer), so two
 * nodes counting the same key at the same moment never both see "first". Every key starts with
 * the counter's prefix; finished windows of the prefix are swept.
 */
export class WindowCounter {
  #sweptAt = 0;
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    readonly prefix: string,
    readonly windowMs: number,
  ) {}

  /** Counts a hit of `key`. */
  async hit(key: string): Promise<Counted> {
    const now = this.clock.now();
    const at = now.toISOString();
    const expired = this.#expired(now);
    const row = await this.db
      .insertInto("rate_limits")
      .values({ key: this.prefix + key, window_started_at: at, hits: 1 })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet((eb) => {
          const over = eb("rate_limits.window_started_at", "<=", expired);
          return {
            hits: eb
              .case()
              .when(over)
              .then(1)
              .else(eb("rate_limits.hits", "+", 1))
              .end(),
            window_started_at: eb
              .case()
              .when(over)
              .then(at)
              .else(eb.ref("rate_limits.window_started_at"))
              .end(),
          };
        }),
      )
      .returning(["hits", "window_started_at"])
      .executeTakeFirstOrThrow();
    this.#sweep(expired, now.getTime());
    return this.#counted(Number(row.hits), row.window_started_at, now);
  }

  /** The hits of `key` in its current window, without counting one. */
  async current(key: string): Promise<Counted> {
    const now = this.clock.now();
    const row = await this.db
      .selectFrom("rate_limits")
      .select(["hits", "window_started_at"])
      .where("key", "=", this.prefix + key)
      .where("window_started_at", ">", this.#expired(now))
      .executeTakeFirst();
    return row
      ? this.#counted(Number(row.hits), row.window_started_at, now)
      : { current: 0, ttl: 0 };
  }

  // A window that started this long ago or earlier is over: the next hit starts a new one.
  #expired = (now: Date) => new Date(now.getTime() - this.windowMs).toISOString();

  #counted(hits: number, startedAt: string, now: Date): Counted {
    const ttl = Date.parse(startedAt) + this.windowMs - now.getTime();
    return { current: hits, ttl: Math.max(ttl, 0) };
  }

  /** Forgets the prefix's finished windows, at most once per window; a failure waits for the next. */
  #sweep(expired: string, now: number): void {
    if (now - this.#sweptAt < this.windowMs) return;
    this.#sweptAt = now;
    this.db
      .deleteFrom("rate_limits")
      .where("window_started_at", "<=", expired)
      .where(sql<string>`substr(key, 1, ${this.prefix.length})`, "=", this.prefix)
      .execute()
      .catch(() => (this.#sweptAt = 0));
  }
}

/** The @fastify/rate-limit store over WindowCounter: the sign-in limit per address and account. */
export function databaseRateLimitStore(db: Db, clock: Clock): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    readonly #counters = new Map<number, WindowCounter>();
    constructor(private readonly prefix: string) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: Counted) => void,
      timeWindow: number,
    ): void {
      let counter = this.#counters.get(timeWindow);
      if (!counter)
        this.#counters.set(
          timeWindow,
          (counter = new WindowCounter(db, clock, this.prefix, timeWindow)),
        );
      counter.hit(key).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /**
     * Each route counts apart: its method and path prefix its keys. (Quirk: the plugin's types
     * call the argument route options; it is the route's merged limit settings with the route
     * under `routeInfo`.)
     */
    child(settings: object): FastifyRateLimitStore {
      const route = (settings as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new DatabaseStore(`${String(route?.method)} ${String(route?.url)} `);
    }
  }
  // The plugin constructs the root store with its options; only the routes' children count.
  return class RootStore extends DatabaseStore {
    constructor() {
      super("");
    }
  };
}
