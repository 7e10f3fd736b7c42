import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "./config.js";

export interface Secrets {
  /** Keys the hashes of session and API tokens, so a copy of the database alone cannot use them. */
  sessionKey: string;
}

/**
 * Secrets the operator did not set are generated on first start and kept in the data folder,
 * readable by the server's user only (0600). Several nodes on PostgreSQL must share them, so an
 * operator of a cluster sets SESSION_SECRET instead.
 */
export function loadSecrets(config: Config): Secrets {
  const file = path.join(config.dataDir, "secrets.json");
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>;
  const secrets: Secrets = {
    sessionKey: config.sessionSecret ?? stored.sessionKey ?? randomBytes(32).toString("base64url"),
  };
  if (!config.sessionSecret && stored.sessionKey !== secrets.sessionKey) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ ...stored, ...secrets }, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return secrets;
}
