import type { Deps } from "./deps.js";
import { incidentStreamSource } from "./modules/incidents/index.js";
import { systemClock, type Clock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import { migrateToLatest, openDatabase } from "./platform/db/index.js";
import { failpoints } from "./platform/failpoints.js";
import { Broadcaster } from "./platform/realtime/index.js";
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
export async function openRuntime(config: Config, clock: Clock = systemClock): Promise<Runtime> {
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.destroy();
    throw error;
  }
  const broadcaster = new Broadcaster(incidentStreamSource(handle.db));
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
      broadcaster.close();
      await handle.destroy();
    },
  };
}
