import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { sql } from "kysely";
import type { Clock } from "../clock.js";
import type { Db } from "../db/index.js";

type Counted = { current: number; ttl: number };

/**
 * Rate-limit counters in the database (`rate_limits`), so that every node behind a load
 * balancer counts the same attempts: with counters in each node's memory, N nodes would allow N
 * times the configured sign-in attempts. A fixed window starts at a key's first hit and is
 * counted in one upsert, atomic on both dialects (PostgreSQL locks the conflicting row; SQLite has
 * one writer), so two nodes counting the same key at the same moment never both see "first".
 */
export function databaseRateLimitStore(db: Db, clock: Clock): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    #sweptAt = 0;
    constructor(private readonly prefix: string) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: Counted) => void,
      timeWindow: number,
    ): void {
      this.#count(this.prefix + key, timeWindow).then(
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

    async #count(key: string, windowMs: number): Promise<Counted> {
      const now = clock.now();
      const at = now.toISOString();
      // A window that started this long ago or earlier is over: the hit starts a new one.
      const expired = new Date(now.getTime() - windowMs).toISOString();
      const row = await db
        .insertInto("rate_limits")
        .values({ key, window_started_at: at, hits: 1 })
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
      this.#sweep(expired, now.getTime(), windowMs);
      const ttl = Date.parse(row.window_started_at) + windowMs - now.getTime();
      return { current: Number(row.hits), ttl: Math.max(ttl, 0) };
    }

    /** Forgets this route's finished windows, at most once per window; a failure waits for the next. */
    #sweep(expired: string, now: number, windowMs: number): void {
      if (now - this.#sweptAt < windowMs) return;
      this.#sweptAt = now;
      db.deleteFrom("rate_limits")
        .where("window_started_at", "<=", expired)
        .where(sql<string>`substr(key, 1, ${this.prefix.length})`, "=", this.prefix)
        .execute()
        .catch(() => (this.#sweptAt = 0));
    }
  }
  // The plugin constructs the root store with its options; only the routes' children count.
  return class RootStore extends DatabaseStore {
    constructor() {
      super("");
    }
  };
}
