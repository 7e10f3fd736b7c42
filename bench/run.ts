/**
 * `npm run bench`: Beredd's fan-out benchmark against a bare `ws` broadcast, at N = 1,000 and
 * 10,000 simulated responders (see docs/performance.md).
 *
 *   npm run bench                        # N = 1,000 then 10,000
 *   npm run bench -- --n 1000            # one N (repeat --n for more)
 *   npm run bench -- --profile           # also write and summarise the server's CPU profile
 *   npm run bench -- --postgres postgres://postgres@127.0.0.1:5432/postgres
 *                                        # also, at each N, two nodes against one on PostgreSQL
 *
 * Options: --clients K (client processes, 4), --rounds R, --answer-rounds A, --warmup W,
 * --server-root DIR (measure another checkout of the server), --server-env KEY=VALUE (extra
 * environment for the server, repeatable), --out FILE, --max-minutes M.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { cleanup, cleanupNow } from "./processes.js";
import { formatHotspots, hotspots } from "./profile-summary.js";
import { checks, heading, table } from "./report.js";
import type { RunShape } from "./alarm-round.js";
import { runCluster, type ClusterResult } from "./cluster.js";
import { clusterChecks, clusterHeading, clusterTable } from "./cluster-report.js";
import { runScenario, type ScenarioResult } from "./scenario.js";

const root = path.resolve(import.meta.dirname, "..");
const print = (line = "") => process.stdout.write(`${line}\n`);
const printTable = (title: string, body: string) => print(`\n${title}\n\n${body}\n`);

const { values } = parseArgs({
  options: {
    n: { type: "string", multiple: true },
    clients: { type: "string", default: "4" },
    rounds: { type: "string" },
    "answer-rounds": { type: "string" },
    warmup: { type: "string", default: "1" },
    "server-root": { type: "string", default: root },
    out: { type: "string", default: path.join(root, "bench/results/latest.json") },
    profile: { type: "boolean", default: false },
    "server-env": { type: "string", multiple: true },
    "max-minutes": { type: "string", default: "30" },
    postgres: { type: "string" },
  },
});

const int = (text: string | undefined, name: string): number | undefined => {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
  return v;
};

/** Sockets per process are the limit: the fd limit must be raised (the npm script does). */
function checkFileLimit(n: number, clients: number): void {
  const limit = Number(execFileSync("sh", ["-c", "ulimit -n"]).toString().trim());
  // The PostgreSQL run's node A holds one organisation's N sockets and half of the other's.
  const need = Math.max(values.postgres ? 1.5 * n : n, Math.ceil((2 * n) / clients)) + 1000;
  if (Number.isFinite(limit) && limit < need)
    throw new Error(
      `N=${n} needs ${need} open files per process, the limit is ${limit}: run through ` +
        "`npm run bench` (which raises it) or `ulimit -n 20000` first",
    );
}

async function main(): Promise<void> {
  const ns = (values.n ?? ["1000", "10000"]).map((v) => int(v, "n") ?? 0);
  const clients = int(values.clients, "clients") ?? 4;
  const budget = setTimeout(
    () => {
      console.error(`bench: over the ${values["max-minutes"]}-minute budget, stopping`);
      void cleanup().finally(() => process.exit(1));
    },
    Number(values["max-minutes"]) * 60_000,
  );
  budget.unref();
  const runs: ScenarioResult[] = [];
  const clusters: ClusterResult[] = [];
  const started = new Date();
  for (const n of ns) {
    if (n < clients) throw new Error(`--n must be at least the number of clients (${clients})`);
    checkFileLimit(n, clients);
    const shape: RunShape = {
      n,
      clients,
      rounds: int(values.rounds, "rounds") ?? (n >= 10_000 ? 8 : 10),
      answerRounds: int(values["answer-rounds"], "answer-rounds") ?? (n >= 10_000 ? 3 : 5),
      warmup: int(values.warmup, "warmup") ?? 1,
      serverRoot: path.resolve(values["server-root"]),
      log: (line) => print(line),
    };
    const result = await runScenario({
      ...shape,
      serverEnv: Object.fromEntries(
        (values["server-env"] ?? []).map((kv) => [
          kv.split("=")[0] ?? "",
          kv.slice(kv.indexOf("=") + 1),
        ]),
      ),
      profileDir: values.profile ? path.join(path.dirname(values.out), "profiles") : null,
    });
    runs.push(result);
    printTable(heading(result), table(result));
    if (result.profile)
      for (const phase of ["receive", "answer"] as const)
        print(
          formatHotspots(
            `Server CPU, ${phase} rounds`,
            hotspots(result.profile, result.windows, phase, 15),
          ),
        );
    if (!values.postgres) continue;
    const cluster = await runCluster({ ...shape, databaseUrl: values.postgres });
    clusters.push(cluster);
    printTable(clusterHeading(cluster), clusterTable(cluster));
  }
  const cpus = os.cpus();
  const report = {
    date: started.toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    machine: {
      cpus: cpus.length,
      model: cpus[0]?.model ?? "",
      memoryBytes: os.totalmem(),
      node: process.version,
    },
    runs,
    checks: [
      ...runs.map((r) => ({ n: r.n, checks: checks(r) })),
      ...clusters.map((r) => ({ n: r.n, postgres: true, checks: clusterChecks(r) })),
    ],
    clusters,
  };
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  print(`Raw numbers: ${path.relative(process.cwd(), values.out)}`);
}

let interrupted = false;
const interrupt = (signal: NodeJS.Signals) => {
  if (interrupted) return;
  interrupted = true;
  console.error(`bench: ${signal}, cleaning up`);
  void cleanup().finally(() => process.exit(130));
};
process.on("SIGINT", interrupt);
process.on("SIGTERM", interrupt);
process.on("exit", cleanupNow);

main()
  .then(cleanup)
  .then(
    () => process.exit(0),
    async (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      await cleanup();
      process.exit(1);
    },
  );
