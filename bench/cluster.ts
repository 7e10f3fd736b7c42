/**
 * The PostgreSQL run at one N: one database, two server processes (nodes A and B), and two
 * organisations of N responders each. Organisation "one" has all its sockets on node A (one node
 * does all the work); organisation "two" has half its sockets on A and half on B (the alarm is
 * raised on A and reaches B through the database). Rounds of the two alternate, so both see the
 * same minute of the machine, and every figure of "two" is reported as a ratio to "one".
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import {
  alarmRound,
  allRecordedAfter,
  type AlarmRound,
  type RoundContext,
  type RunShape,
} from "./alarm-round.js";
import { ClientPool, type ConnectResult } from "./client-pool.js";
import { seedProduct, startProduct } from "./product.js";
import { freePort, stop, trackFolder, waitReady, type Proc } from "./processes.js";
import type { SeedOutput } from "./protocol.js";
import { summarize, type Summary } from "./stats.js";

const HOST = "127.0.0.1";

export interface ClusterOptions extends RunShape {
  /** A PostgreSQL server where the run may create (and afterwards drop) its own database. */
  databaseUrl: string;
}

/** What one organisation's alarms measured: one node, or two. */
export interface Deployment {
  nodes: number;
  connect: ConnectResult;
  raise: Summary;
  received: Summary;
  perRoundP99: number[];
  allRecordedMs: number[];
  recorded: Summary;
  errors: number;
  missing: { received: number; recorded: number };
  /** CPU of both server processes per delivery (receive rounds) and per answer, µs. */
  cpuUsPerDelivery: number;
  cpuUsPerAnswer: number;
}

export interface ClusterResult {
  n: number;
  clients: number;
  rounds: number;
  answerRounds: number;
  warmup: number;
  one: Deployment;
  two: Deployment;
  closedSockets: number;
}

/** A database of its own on the server `adminUrl` points at, dropped by `drop`. */
async function createDatabase(adminUrl: string) {
  const name = `beredd_bench_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function runCluster(o: ClusterOptions): Promise<ClusterResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "beredd-bench-pg-"));
  trackFolder(dir);
  const database = await createDatabase(o.databaseUrl);
  const env = {
    DATABASE_URL: database.url,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
  };
  const nodes: Proc[] = [];
  const pools: ClientPool[] = [];
  try {
    o.log(`N=${o.n} on PostgreSQL: seeding two organisations of ${o.n} responders`);
    const seeds = {
      one: await seedProduct(o.n, dir, { ...env, DATA_DIR: path.join(dir, "seed") }, "one"),
      two: await seedProduct(o.n, dir, { ...env, DATA_DIR: path.join(dir, "seed") }, "two"),
    };
    const urls: string[] = [];
    for (const node of ["a", "b"]) {
      const port = await freePort(HOST);
      const proc = startProduct({
        serverRoot: o.serverRoot,
        cwd: dir,
        host: HOST,
        port,
        env: { ...env, DATA_DIR: path.join(dir, node) },
      });
      nodes.push(proc);
      urls.push(`http://${HOST}:${port}`);
      await waitReady(`${urls.at(-1)}/readyz`, proc, 60_000);
    }
    const one = await ClientPool.start(o.clients);
    pools.push(one);
    const two = await ClientPool.start(o.clients);
    pools.push(two);
    // Organisation one: every client process on node A. Two: the first half of the processes
    // on A, the second half on B.
    const connect = (
      pool: ClientPool,
      seed: SeedOutput,
      net: number,
      nodeOf: (i: number) => number,
    ) =>
      pool.connect(
        (i) => {
          const url = urls[nodeOf(i)] ?? "";
          return {
            target: "product",
            url: `ws://${url.slice(7)}/api/v1/stream`,
            origin: url,
            concurrency: 64,
            timeoutMs: 30_000,
          };
        },
        seed.cookies,
        (i) => `127.0.${net}.${i + 1}`,
      );
    o.log(`N=${o.n} on PostgreSQL: connecting ${o.n} responders to node A`);
    const connectedOne = await connect(one, seeds.one, 1, () => 0);
    o.log(`N=${o.n} on PostgreSQL: connecting ${o.n} responders, half to node A and half to B`);
    const connectedTwo = await connect(two, seeds.two, 2, (i) => (i < o.clients / 2 ? 0 : 1));
    const serverPids = nodes.map((p) => p.pid);
    const context = (pool: ClientPool, seed: SeedOutput): RoundContext => ({
      pool,
      seed,
      raiseUrl: urls[0] ?? "",
      serverPids,
      waitMs: Math.max(10_000, o.n * 3),
      settleMs: 300 + Math.round(o.n / 20),
    });
    const result = await alternate(o, context(one, seeds.one), context(two, seeds.two));
    return {
      n: o.n,
      clients: o.clients,
      rounds: o.rounds,
      answerRounds: o.answerRounds,
      warmup: o.warmup,
      one: { ...result.one, nodes: 1, connect: connectedOne },
      two: { ...result.two, nodes: 2, connect: connectedTwo },
      closedSockets: one.closed.product + two.closed.product,
    };
  } finally {
    for (const pool of pools) await pool.close();
    for (const node of nodes) await stop(node.child, 20_000);
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Measured = Omit<Deployment, "nodes" | "connect">;

/** Receive rounds, then answer rounds, each a round of "one" followed by one of "two". */
async function alternate(o: ClusterOptions, one: RoundContext, two: RoundContext) {
  const rounds = { one: [] as AlarmRound[], two: [] as AlarmRound[] };
  const answers = { one: [] as AlarmRound[], two: [] as AlarmRound[] };
  for (const answer of [false, true]) {
    const count = answer ? o.answerRounds : o.rounds;
    o.log(
      `N=${o.n} on PostgreSQL: ${o.warmup} warm-up + ${count} ${answer ? "answer" : "alarm"} rounds each`,
    );
    for (let r = 0; r < o.warmup + count; r++) {
      const a = await alarmRound(one, answer);
      const b = await alarmRound(two, answer);
      if (r < o.warmup) continue;
      (answer ? answers : rounds).one.push(a);
      (answer ? answers : rounds).two.push(b);
      o.log(
        `  ${answer ? "answers" : "alarm"} ${r + 1 - o.warmup}: one node ${describe(a, answer, o.n)}; two nodes ${describe(b, answer, o.n)}`,
      );
    }
  }
  return {
    one: summarise(rounds.one, answers.one, o.n),
    two: summarise(rounds.two, answers.two, o.n),
  };
}

const latencies = (r: AlarmRound) => r.got.received.map((t) => t - r.t0);

function describe(r: AlarmRound, answer: boolean, n: number): string {
  const raise = `raise ${r.raiseMs.toFixed(1)} ms`;
  if (answer)
    return `${raise}, ${r.got.recorded.length}/${n} recorded in ${allRecordedAfter(r.got.recorded, r.t0, n).toFixed(1)} ms`;
  return `${raise}, p99 ${summarize(latencies(r)).p99.toFixed(1)} ms (${r.got.received.length}/${n})`;
}

function summarise(receive: AlarmRound[], answer: AlarmRound[], n: number): Measured {
  const all = [...receive, ...answer];
  const sum = (rs: AlarmRound[], f: (r: AlarmRound) => number) => rs.reduce((s, r) => s + f(r), 0);
  return {
    raise: summarize(all.map((r) => r.raiseMs)),
    received: summarize(receive.flatMap(latencies)),
    perRoundP99: receive.map((r) => summarize(latencies(r)).p99),
    allRecordedMs: answer.map((r) => allRecordedAfter(r.got.recorded, r.t0, n)),
    recorded: summarize(answer.flatMap((r) => r.got.recorded.map((t) => t - r.t0))),
    errors: sum(answer, (r) => r.got.errors),
    missing: {
      received: sum(receive, (r) => n - r.got.received.length),
      recorded: sum(answer, (r) => n - r.got.recorded.length),
    },
    cpuUsPerDelivery: sum(receive, (r) => r.cpu) / 1000 / (receive.length * n),
    cpuUsPerAnswer: sum(answer, (r) => r.cpu) / 1000 / (answer.length * n),
  };
}
