import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { buildApp, type Product } from "../src/app.js";
import type { Deps } from "../src/deps.js";
import { FakeClock } from "../src/platform/clock.js";
import { loadConfig, type Config } from "../src/platform/config.js";
import type { App } from "../src/platform/http/index.js";
import { createLogger } from "../src/platform/logger.js";
import { openRuntime, type Runtime } from "../src/runtime.js";

export type DialectName = "sqlite" | "postgres";

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names a server (CI sets it). */
export const dialects: DialectName[] = process.env.TEST_DATABASE_URL
  ? ["sqlite", "postgres"]
  : ["sqlite"];

export interface TestContext {
  app: App;
  product: Product;
  deps: Deps;
  clock: FakeClock;
  config: Config;
  dialect: DialectName;
}

export interface TestDatabase {
  database: Config["database"];
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new SQLite file, or a new PostgreSQL database
 * created from TEST_DATABASE_URL and dropped afterwards. Test files never share state.
 */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "beredd-test-"));
  if (dialect === "sqlite") {
    return {
      database: { kind: "sqlite", file: path.join(dataDir, "beredd.sqlite") },
      dataDir,
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? "";
  const name = `beredd_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: "postgres", url: url.toString() },
    dataDir,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function testConfig(db: TestDatabase, env: Record<string, string> = {}): Config {
  return {
    ...loadConfig({
      DATA_DIR: db.dataDir,
      LOG_LEVEL: "silent",
      WEB_DIST: path.join(db.dataDir, "no-web"),
      ...env,
    }),
    database: db.database,
  };
}

/**
 * Runs the same tests once per dialect, each on its own fresh database with the product built the
 * way `beredd start` builds it, behind a fake clock.
 */
export function describeEachDialect(
  name: string,
  body: (ctx: () => TestContext) => void,
  env: Record<string, string> = {},
): void {
  for (const dialect of dialects) {
    describe(`${name} [${dialect}]`, () => {
      let ctx: TestContext | undefined;
      let runtime: Runtime | undefined;
      let db: TestDatabase | undefined;
      beforeAll(async () => {
        db = await createTestDatabase(dialect);
        const config = testConfig(db, env);
        const clock = new FakeClock();
        runtime = await openRuntime(config, clock);
        const product = await buildApp(runtime, createLogger("silent"));
        ctx = { app: product.app, product, deps: runtime.deps, clock, config, dialect };
      });
      afterAll(async () => {
        await ctx?.product.close();
        await runtime?.close();
        await db?.drop();
      });
      body(() => {
        if (!ctx) throw new Error("test context used before beforeAll");
        return ctx;
      });
    });
  }
}
