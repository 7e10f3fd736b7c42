import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/platform/config.js";
import { loadSecrets } from "../src/platform/secrets.js";

let dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "beredd-secrets-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe("the generated secrets", () => {
  it("make the VAPID key pair once and keep it on every later start", () => {
    const dir = dataDir();
    const first = loadSecrets(loadConfig({ DATA_DIR: dir }));
    expect(Buffer.from(first.vapid.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(first.vapid.privateKey, "base64url")).toHaveLength(32);
    expect(loadSecrets(loadConfig({ DATA_DIR: dir }))).toEqual(first);
    expect(statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
  });

  it("add a VAPID pair to an install from before push and leave its session key alone", () => {
    const dir = dataDir();
    const file = path.join(dir, "secrets.json");
    writeFileSync(file, JSON.stringify({ sessionKey: "kept-from-before" }));
    const secrets = loadSecrets(loadConfig({ DATA_DIR: dir }));
    expect(secrets.sessionKey).toBe("kept-from-before");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(secrets);
  });

  it("take a cluster's key pair from the environment and write none", () => {
    const dir = dataDir();
    const env = {
      DATA_DIR: dir,
      SESSION_SECRET: "s".repeat(32),
      BEREDD_VAPID_PUBLIC_KEY: "B".repeat(87),
      BEREDD_VAPID_PRIVATE_KEY: "A".repeat(43),
    };
    expect(loadSecrets(loadConfig(env)).vapid).toEqual({
      publicKey: "B".repeat(87),
      privateKey: "A".repeat(43),
    });
    expect(() => statSync(path.join(dir, "secrets.json"))).toThrow();
    expect(() => loadConfig({ BEREDD_VAPID_PUBLIC_KEY: "B".repeat(87) })).toThrow(ConfigError);
  });
});
