import type { Migration, MigrationProvider } from "kysely/migration";
import * as m0001 from "./0001-foundation.js";
import * as m0002 from "./0002-incidents.js";
import * as m0003 from "./0003-incident-audiences.js";
import * as m0004 from "./0004-participations-person-index.js";
import * as m0005 from "./0005-rate-limits.js";
import * as m0006 from "./0006-participation-roles.js";
import * as m0007 from "./0007-platform-events.js";
import * as m0008 from "./0008-people-absence.js";
import * as m0009 from "./0009-incident-fallback.js";
import * as m0010 from "./0010-answer-changes.js";
import * as m0011 from "./0011-accounts-per-organization.js";
import * as m0012 from "./0012-organization-fallback-role.js";
import * as m0013 from "./0013-deliveries.js";
import * as m0014 from "./0014-invitations.js";

/**
 * One migration set for both dialects, listed here rather than read from disk so the compiled
 * server and the tests run exactly the same list. Names sort in the order they must run.
 */
const migrations: Record<string, Migration> = {
  "0001-foundation": m0001,
  "0002-incidents": m0002,
  "0003-incident-audiences": m0003,
  "0004-participations-person-index": m0004,
  "0005-rate-limits": m0005,
  "0006-participation-roles": m0006,
  "0007-platform-events": m0007,
  "0008-people-absence": m0008,
  "0009-incident-fallback": m0009,
  "0010-answer-changes": m0010,
  "0011-accounts-per-organization": m0011,
  "0012-organization-fallback-role": m0012,
  "0013-deliveries": m0013,
  "0014-invitations": m0014,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

export const migrationNames = Object.keys(migrations).sort();
