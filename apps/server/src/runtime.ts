import type { Deps } from "./deps.js";
import { organizationIds } from "./modules/organization/index.js";
import { systemClock, type Clock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import { migrateToLatest, openDatabase, type Db } from "./platform/db/index.js";
import { streamHeads } from "./platform/events/index.js";
import { failpoints } from "./platform/failpoints.js";
import { createLogger, type Logger } from "./platform/logger.js";
import {
  LocalBroadcaster,
  logStreamSource,
  PostgresBroadcaster,
  StreamRules,
  type Broadcaster,
  type StreamSource,
} from "./platform/realtime/index.js";
import { loadSecrets } from "./platform/secrets.js";

export interface Runtime {
  deps: Deps;
  /** The realtime fan-out, the modules' rules for it (registered as they start) and the log. */
  broadcaster: Broadcaster;
  rules: StreamRules;
  source: StreamSource;
  close(): Promise<void>;
}

/**
 * Opens the database, brings its schema up to date, loads the secrets and starts the event
 * fan-out from the database's high-water marks: what every command needs.
 */
export async function openRuntime(
  config: Config,
  clock: Clock = systemClock,
  logger: Logger = createLogger(config.logLevel),
): Promise<Runtime> {
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.destroy();
    throw error;
  }
  const rules = new StreamRules();
  const source = logStreamSource(handle.db, rules);
  const broadcaster = fanOut(config, handle.db, logger, source);
  await broadcaster.start(await organizationIds(handle.db));
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    clock,
    config,
    secrets: loadSecrets(config),
    publish: (events) => broadcaster.publish(events.map((e) => rules.toMessage(e))),
    claim: (events) => broadcaster.claim(events),
    failpoint: failpoints(config.failpoints),
  };
  return {
    deps,
    broadcaster,
    rules,
    source,
    close: async () => {
      await broadcaster.close();
      await handle.destroy();
    },
  };
}

/**
 * SQLite has one node, which fans out in process. On PostgreSQL every node may have neighbours
 * (nothing says how many run), so each one listens for the others' commits.
 */
function fanOut(config: Config, db: Db, logger: Logger, source: StreamSource): Broadcaster {
  if (config.database.kind === "sqlite") return new LocalBroadcaster(source);
  return new PostgresBroadcaster({
    db,
    url: config.database.url,
    source,
    log: logger,
    heads: () => streamHeads(db),
  });
}
