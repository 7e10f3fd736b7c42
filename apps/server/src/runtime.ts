import type { Deps } from "./deps.js";
import { systemClock, type Clock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import { migrateToLatest, openDatabase } from "./platform/db/index.js";
import { loadSecrets } from "./platform/secrets.js";

export interface Runtime {
  deps: Deps;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date and loads the secrets: what every command needs. */
export async function openRuntime(config: Config, clock: Clock = systemClock): Promise<Runtime> {
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.destroy();
    throw error;
  }
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    clock,
    config,
    secrets: loadSecrets(config),
  };
  return { deps, close: () => handle.destroy() };
}
