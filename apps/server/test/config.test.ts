import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/platform/config.js";

describe("configuration", () => {
  it("defaults to embedded SQLite in ./data", () => {
    const config = loadConfig({});
    expect(config.database).toMatchObject({ kind: "sqlite" });
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/data$/);
  });

  it("uses PostgreSQL when DATABASE_URL is a postgres:// URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@db:5432/beredd" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u@db:5432/beredd",
    });
  });

  it("sends pushes only to the browsers' push services, as the install's address, by default", () => {
    const { push } = loadConfig({ PUBLIC_URL: "https://beredd.example.se" });
    expect(push.subject).toBe("mailto:beredd@beredd.example.se");
    expect(push.hosts).toEqual([
      "fcm.googleapis.com",
      "*.push.apple.com",
      "updates.push.services.mozilla.com",
      "push.services.mozilla.com",
      "*.notify.windows.com",
    ]);
    expect(
      loadConfig({ BEREDD_PUSH_HOSTS: " Push.Example.se , http://127.0.0.1:9" }).push.hosts,
    ).toEqual(["push.example.se", "http://127.0.0.1:9"]);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL must be a postgres:// URL"],
    [{ PORT: "http" }, "PORT must be a port number, 1–65535"],
    [{ PORT: "70000" }, "PORT must be a port number, 1–65535"],
    [
      { LOG_LEVEL: "loud" },
      "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    ],
    [{ SESSION_SECRET: "short" }, "SESSION_SECRET must be at least 32 characters"],
    [
      { BEREDD_PUSH_SUBJECT: "beredd@example.se" },
      "BEREDD_PUSH_SUBJECT must be a mailto: or https:// address the push services can reach you at",
    ],
    [
      { PUBLIC_URL: "beredd" },
      "PUBLIC_URL must be the address people use, such as https://beredd.example.se",
    ],
  ])("stops on %o with one clear line", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
