/** Seeding and starting the product the way a user does, for both benchmark runs. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runNode, startNode, tsxLoader, type Proc } from "./processes.js";
import type { SeedOutput } from "./protocol.js";

const BENCH = import.meta.dirname;

/**
 * Seeds an organisation of N responders into the database `env` points at (a data folder, or
 * DATABASE_URL); `name` names the file its secrets are handed over in.
 */
export async function seedProduct(
  n: number,
  cwd: string,
  env: Record<string, string>,
  name = "seed",
): Promise<SeedOutput> {
  const seedFile = path.join(cwd, `${name}.json`);
  await runNode(
    ["--conditions=@beredd/source", "--import", tsxLoader, path.join(BENCH, "seed.ts"), seedFile],
    { cwd, env: { ...env, BENCH_N: String(n) }, timeoutMs: 300_000 },
  );
  return JSON.parse(readFileSync(seedFile, "utf8")) as SeedOutput;
}

export interface ProductOptions {
  serverRoot: string;
  /** Working folder: a temporary one, so that a developer's .env cannot redirect the run. */
  cwd: string;
  host: string;
  port: number;
  env: Record<string, string>;
  /** Extra node options (a CPU profile). */
  nodeArgs?: string[];
}

/** Starts one server process from source, as `npm start` does. */
export function startProduct(o: ProductOptions): Proc {
  return startNode(
    [
      ...(o.nodeArgs ?? []),
      // The V8 setting `npm start` and the `beredd` command run with (docs/operations.md).
      "--max-semi-space-size=16",
      "--conditions=@beredd/source",
      "--import",
      tsxLoader,
      path.join(o.serverRoot, "apps/server/src/main.ts"),
      "start",
    ],
    {
      cwd: o.cwd,
      env: {
        PORT: String(o.port),
        HOST: o.host,
        SEED_DEMO: "false",
        LOG_LEVEL: "warn",
        ...o.env,
      },
    },
  );
}
