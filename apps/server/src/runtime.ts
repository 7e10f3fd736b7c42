import type { Deps } from "./deps.js";
import { incidentStreamSource } from "./modules/incidents/index.js";
import { systemClock, type Clock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import { migrateToLatest, openDatabase, type Db } from "./platform/db/index.js";
import { failpoints } from "./platform/failpoints.js";
import { createLogger, type Logger } from "./platform/logger.js";
import {
  LocalBroadcaster,
  PostgresBroadcaster,
  type Broadcaster,
} from "./platform/realtime/index.js";
import { loadSecrets } from "./platform/secrets.js";

export interface Runtime {
  deps: Deps;
  broadcaster: Broadcaster;
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
  const broadcaster = fanOut(config, handle.db, logger);
  const orgs = await handle.db.selectFrom("organizations").select("id").execute();
  await broadcaster.start(orgs.map((o) => o.id));
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    clock,
    config,
    secrets: loadSecrets(config),
    publish: (batch) => broadcaster.publish(batch),
    failpoint: failpoints(config.failpoints),
  };
  return {
    deps,
    broadcaster,
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
function fanOut(config: Config, db: Db, logger: Logger): Broadcaster {
  const source = incidentStreamSource(db);
  if (config.database.kind === "sqlite") return new LocalBroadcaster(source);
  return new PostgresBroadcaster({
    db,
    url: config.database.url,
    source,
    log: logger,
    heads: async () =>
      (await db.selectFrom("org_streams").select(["organization_id", "last_seq"]).execute()).map(
        (r) => ({ organizationId: r.organization_id, seq: Number(r.last_seq) }),
      ),
  });
}
