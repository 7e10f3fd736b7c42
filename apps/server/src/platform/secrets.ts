import { createECDH, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "./config.js";

export interface Secrets {
  /** Keys the hashes of session and API tokens, so a copy of the database alone cannot use them. */
  sessionKey: string;
  /**
   * The VAPID key pair (RFC 8292) every push subscription is made with: P-256, base64url, the
   * public key as an uncompressed point. Browsers bind a subscription to the public key, so a
   * changed pair silently breaks every device: it is generated once and never again.
   */
  vapid: { publicKey: string; privateKey: string };
}

/**
 * Secrets the operator did not set are generated on first start and kept in the data folder,
 * readable by the server's user only (0600). Several nodes on PostgreSQL must share them, so an
 * operator of a cluster sets SESSION_SECRET and BEREDD_VAPID_PUBLIC_KEY/PRIVATE_KEY instead.
 * A stored secret is never replaced by a generated one.
 */
export function loadSecrets(config: Config): Secrets {
  const file = path.join(config.dataDir, "secrets.json");
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>;
  const generated: Partial<Secrets> = {};
  if (!config.sessionSecret && !stored.sessionKey)
    generated.sessionKey = randomBytes(32).toString("base64url");
  if (!config.push.vapid && !stored.vapid) generated.vapid = vapidKeys();
  if (Object.keys(generated).length > 0) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ ...stored, ...generated }, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const sessionKey = config.sessionSecret ?? stored.sessionKey ?? generated.sessionKey;
  const vapid = config.push.vapid ?? stored.vapid ?? generated.vapid;
  if (!sessionKey || !vapid) throw new Error("secrets could not be loaded");
  return { sessionKey, vapid };
}

/** A fresh P-256 key pair in the form Web Push uses. */
function vapidKeys(): Secrets["vapid"] {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    publicKey: ecdh.getPublicKey().toString("base64url"),
    // Quirk: the private key may come without its leading zero bytes; Web Push wants all 32.
    privateKey: Buffer.from(ecdh.getPrivateKey("hex").padStart(64, "0"), "hex").toString(
      "base64url",
    ),
  };
}
