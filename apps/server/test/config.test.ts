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
      { PUBLIC_URL: "beredd" },
      "PUBLIC_URL must be the address people use, such as https://beredd.example.se",
    ],
  ])("stops on %o with one clear line", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
