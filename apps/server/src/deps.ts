import type { Config } from "./platform/config.js";
import type { Clock } from "./platform/clock.js";
import type { Db, DialectName } from "./platform/db/index.js";
import type { Secrets } from "./platform/secrets.js";

/** What commands need from the outside world; passed explicitly, never imported as singletons. */
export interface Deps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  config: Config;
  secrets: Secrets;
}
