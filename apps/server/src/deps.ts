import type { Clock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import type { Db, DialectName } from "./platform/db/index.js";
import type { StoredEvent } from "./platform/events/index.js";
import type { Secrets } from "./platform/secrets.js";

/** What commands need from the outside world; passed explicitly, never imported as singletons. */
export interface Deps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  config: Config;
  secrets: Secrets;
  /** Hands committed events to the realtime fan-out; called only after commit. */
  publish(events: StoredEvent[]): void;
  /**
   * Marks events as this node's own before their transaction commits: a read of the log (for
   * other nodes' events) that meets them leaves them to `publish`, which alone knows the sockets
   * they came over. Returns the release, called once they are published or rolled back.
   */
  claim(events: StoredEvent[]): () => void;
  /** A crash-injection point for the durability tests (see platform/failpoints.ts). */
  failpoint(name: string): void;
}
