/**
 * One benchmark run at one N: seed, start the product and the baseline, connect N responders to
 * each from the same client processes, measure idle memory, then interleave product alarms with
 * baseline broadcasts of the same payload, and finally let every responder answer.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { alarmRound, allRecordedAfter, type RoundContext, type RunShape } from "./alarm-round.js";
import { ClientPool } from "./client-pool.js";
import { seedProduct, startProduct } from "./product.js";
import {
  cpuNs,
  freePort,
  monotonicUs,
  now,
  rssBytes,
  sleep,
  startNode,
  stop,
  trackFolder,
  tsxLoader,
  waitReady,
  type Proc,
} from "./processes.js";
import type { SeedOutput } from "./protocol.js";
import { summarize, type Summary } from "./stats.js";

const BENCH = import.meta.dirname;
const PRODUCT_HOST = "127.0.0.1";
const BASELINE_HOST = "127.0.0.2";
/** Client process i connects from 127.0.1.(i+1): its own 28k ephemeral ports. */
const clientAddress = (i: number) => `127.0.1.${i + 1}`;

export interface ScenarioOptions extends RunShape {
  /** Extra environment for the product (investigation only: the table uses the defaults). */
  serverEnv: Record<string, string>;
  /** Folder for the product's V8 CPU profile, or null for none. */
  profileDir: string | null;
}

interface Memory {
  beforeBytes: number;
  afterBytes: number;
  bytesPerConnection: number;
}

/** A time window of the run on the monotonic clock, to cut CPU profiles by phase. */
export interface Window {
  phase: "receive" | "answer" | "baseline";
  startUs: number;
  endUs: number;
}

export interface ScenarioResult {
  n: number;
  clients: number;
  rounds: number;
  answerRounds: number;
  warmup: number;
  payloadBytes: number;
  connect: { productMs: number; baselineMs: number; failed: number; firstError: string | null };
  memory: { product: Memory; baseline: Memory };
  /** HTTP round trip of every measured raise (receive and answer rounds). */
  raise: Summary;
  received: {
    product: Summary;
    baseline: Summary;
    perRoundP99: { product: number[]; baseline: number[] };
  };
  answers: {
    /** Raise sent → last of the N `recorded` confirmations, per round. */
    allRecordedMs: number[];
    /** The p99 of the bare broadcast made just before each answer round (paired with it). */
    pairedBareP99: number[];
    /**
     * The same round on the baseline with the plainest answer recording (baseline-answers.ts),
     * made just before each answer round: raise → last `recorded`.
     */
    minimalMs: number[];
    recorded: Summary;
    errors: number;
    expected: number;
  };
  /** Server CPU (all threads) per delivery in receive rounds, microseconds. */
  cpuUsPerDelivery: { product: number; baseline: number };
  /** Server CPU (all threads) per answer in answer rounds (the alarm's fan-out included), µs. */
  cpuUsPerAnswer: number;
  /** The client processes' CPU per answer in answer rounds (they share the cores), µs. */
  clientsCpuUsPerAnswer: number;
  /** The baseline server's CPU per answer in its answer rounds, µs. */
  minimalCpuUsPerAnswer: number;
  missing: { received: number; baseline: number; recorded: number };
  closedSockets: { product: number; baseline: number };
  windows: Window[];
  profile: string | null;
}

export async function runScenario(o: ScenarioOptions): Promise<ScenarioResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "beredd-bench-"));
  trackFolder(dir);
  const dataDir = path.join(dir, "data");
  const waitMs = Math.max(10_000, o.n * 3);
  const settleMs = 300 + Math.round(o.n / 20);

  o.log(`N=${o.n}: seeding ${o.n} responders`);
  const seed = await seedProduct(o.n, dir, { DATA_DIR: dataDir });

  const productPort = await freePort(PRODUCT_HOST);
  const baselinePort = await freePort(BASELINE_HOST);
  const productUrl = `http://${PRODUCT_HOST}:${productPort}`;
  const baselineUrl = `http://${BASELINE_HOST}:${baselinePort}`;
  if (o.profileDir) mkdirSync(o.profileDir, { recursive: true });
  const profileArgs = o.profileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${o.profileDir}`, `--cpu-prof-name=server-${o.n}.cpuprofile`]
    : [];
  const product = startProduct({
    serverRoot: o.serverRoot,
    cwd: dir,
    host: PRODUCT_HOST,
    port: productPort,
    env: { DATA_DIR: dataDir, ...o.serverEnv },
    nodeArgs: profileArgs,
  });
  const baseline = startNode(
    [
      "--import",
      tsxLoader,
      path.join(BENCH, "baseline-server.ts"),
      BASELINE_HOST,
      String(baselinePort),
      path.join(dir, "baseline.sqlite"),
    ],
    { cwd: dir, env: {} },
  );
  await waitReady(`${productUrl}/readyz`, product, 60_000);
  await waitReady(`${baselineUrl}/readyz`, baseline, 30_000);
  const pool = await ClientPool.start(o.clients);
  try {
    return await measure({
      o,
      seed,
      pool,
      product,
      baseline,
      productUrl,
      baselineUrl,
      waitMs,
      settleMs,
      productPort,
    });
  } finally {
    await pool.close();
    // SIGTERM lets the product stop cleanly, which is also when its CPU profile is written.
    await stop(product.child, 20_000);
    await stop(baseline.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Ctx {
  o: ScenarioOptions;
  seed: SeedOutput;
  pool: ClientPool;
  product: Proc;
  baseline: Proc;
  productUrl: string;
  baselineUrl: string;
  productPort: number;
  waitMs: number;
  settleMs: number;
}

async function measureMemory(
  proc: Proc,
  settleMs: number,
  connect: () => Promise<{ ms: number; failed: number; firstError: string | null }>,
  n: number,
) {
  await sleep(settleMs);
  const beforeBytes = rssBytes(proc.pid);
  const connected = await connect();
  await sleep(Math.max(2000, settleMs * 2));
  const afterBytes = rssBytes(proc.pid);
  const memory: Memory = {
    beforeBytes,
    afterBytes,
    bytesPerConnection: (afterBytes - beforeBytes) / n,
  };
  return { memory, connected };
}

async function measure(c: Ctx): Promise<ScenarioResult> {
  const { o, seed, pool } = c;
  const connectTimeoutMs = 30_000;
  o.log(`N=${o.n}: connecting ${o.n} sockets to the bare ws baseline`);
  const base = await measureMemory(
    c.baseline,
    c.settleMs,
    async () => {
      const r = await pool.connect(
        {
          target: "baseline",
          url: `ws://${c.baselineUrl.slice(7)}/stream`,
          origin: c.baselineUrl,
          concurrency: 64,
          timeoutMs: connectTimeoutMs,
        },
        seed.cookies,
        clientAddress,
      );
      return r;
    },
    o.n,
  );
  o.log(
    `N=${o.n}: connecting ${o.n} responders to Beredd (session cookie, hello, resume, caught_up)`,
  );
  const prod = await measureMemory(
    c.product,
    c.settleMs,
    async () => {
      const r = await pool.connect(
        {
          target: "product",
          url: `ws://${PRODUCT_HOST}:${c.productPort}/api/v1/stream`,
          origin: c.productUrl,
          concurrency: 64,
          timeoutMs: connectTimeoutMs,
        },
        seed.cookies,
        clientAddress,
      );
      return r;
    },
    o.n,
  );
  const failed = base.connected.failed + prod.connected.failed;
  if (failed > 0)
    o.log(
      `N=${o.n}: ${failed} sockets failed to connect: ${prod.connected.firstError ?? base.connected.firstError}`,
    );

  const windows: Window[] = [];
  const round: RoundContext = {
    pool,
    seed,
    raiseUrl: c.productUrl,
    serverPids: [c.product.pid],
    waitMs: c.waitMs,
    settleMs: c.settleMs,
  };
  const productRound = async (answer: boolean) => {
    const r = await alarmRound(round, answer);
    windows.push({ phase: answer ? "answer" : "receive", startUs: r.startUs, endUs: r.endUs });
    return r;
  };

  /**
   * One bare broadcast of `payload` (its incident id replaced by a fresh key); with `answer`,
   * every client answers it and the round lasts until every answer is confirmed.
   */
  const baselineRound = async (sample: string, sampleId: string, answer = false) => {
    await pool.setAnswering(answer);
    const key = randomUUID();
    const payload = sample.replaceAll(sampleId, key);
    const cpu0 = cpuNs(c.baseline.pid);
    const w0 = monotonicUs();
    const t0 = now();
    const res = await fetch(`${c.baselineUrl}/broadcast`, {
      method: "POST",
      body: payload,
      signal: AbortSignal.timeout(30_000),
    });
    await res.arrayBuffer();
    const complete = await pool.waitDone(
      answer ? "recorded" : "raised",
      key,
      c.waitMs * (answer ? 3 : 1),
    );
    const cpu = cpuNs(c.baseline.pid) - cpu0;
    await pool.setAnswering(false);
    windows.push({ phase: "baseline", startUs: w0, endUs: monotonicUs() });
    const got = await pool.collect(key);
    await sleep(c.settleMs);
    return { t0, complete, cpu, got };
  };

  const raiseMs: number[] = [];
  const received: number[] = [];
  const baselineReceived: number[] = [];
  const perRoundP99 = { product: [] as number[], baseline: [] as number[] };
  const cpu = { product: 0, baseline: 0 };
  const missing = { received: 0, baseline: 0, recorded: 0 };
  let sample: { text: string; id: string } | null = null;

  o.log(`N=${o.n}: ${o.warmup} warm-up + ${o.rounds} alarms, each followed by a bare broadcast`);
  for (let r = 0; r < o.warmup + o.rounds; r++) {
    const p = await productRound(false);
    if (p.got.sample) sample ??= { text: p.got.sample, id: p.id };
    if (!sample) throw new Error("no client received the alarm");
    const b = await baselineRound(sample.text, sample.id);
    if (r < o.warmup) continue;
    raiseMs.push(p.raiseMs);
    const latencies = p.got.received.map((t) => t - p.t0);
    const baseLatencies = b.got.received.map((t) => t - b.t0);
    received.push(...latencies);
    baselineReceived.push(...baseLatencies);
    perRoundP99.product.push(summarize(latencies).p99);
    perRoundP99.baseline.push(summarize(baseLatencies).p99);
    cpu.product += p.cpu;
    cpu.baseline += b.cpu;
    missing.received += o.n - p.got.received.length;
    missing.baseline += o.n - b.got.received.length;
    o.log(
      `  alarm ${r + 1 - o.warmup}: raise ${p.raiseMs.toFixed(1)} ms, p99 ${summarize(latencies).p99.toFixed(1)} ms` +
        ` (${p.got.received.length}/${o.n}); bare p99 ${summarize(baseLatencies).p99.toFixed(1)} ms`,
    );
  }

  o.log(`N=${o.n}: ${o.warmup} warm-up + ${o.answerRounds} alarms where everyone answers at once`);
  const allRecordedMs: number[] = [];
  const pairedBareP99: number[] = [];
  const minimalMs: number[] = [];
  let minimalCpu = 0;
  const recorded: number[] = [];
  let errors = 0;
  let answerCpu = 0;
  let answerClientsCpu = 0;
  for (let r = 0; r < o.warmup + o.answerRounds; r++) {
    // A bare broadcast right before each answer round: a ratio to it sees the same machine.
    const b = sample ? await baselineRound(sample.text, sample.id) : null;
    const m = sample ? await baselineRound(sample.text, sample.id, true) : null;
    const p = await productRound(true);
    if (r < o.warmup) continue;
    if (b) {
      pairedBareP99.push(summarize(b.got.received.map((t) => t - b.t0)).p99);
      missing.baseline += o.n - b.got.received.length;
    }
    if (m) {
      minimalMs.push(allRecordedAfter(m.got.recorded, m.t0, o.n));
      minimalCpu += m.cpu;
      missing.baseline += o.n - m.got.recorded.length;
    }
    raiseMs.push(p.raiseMs);
    answerCpu += p.cpu;
    answerClientsCpu += p.clientsCpu;
    const times = p.got.recorded.map((t) => t - p.t0);
    recorded.push(...times);
    const last = Math.max(...times);
    allRecordedMs.push(allRecordedAfter(p.got.recorded, p.t0, o.n));
    errors += p.got.errors;
    missing.recorded += o.n - p.got.recorded.length;
    o.log(
      `  answers ${r + 1 - o.warmup}: raise ${p.raiseMs.toFixed(1)} ms, ${p.got.recorded.length}/${o.n} recorded,` +
        ` last ${last.toFixed(1)} ms after the raise${p.got.errors ? `, ${p.got.errors} errors` : ""}` +
        ` (just before: bare p99 ${pairedBareP99.at(-1)?.toFixed(1) ?? "–"} ms,` +
        ` plain prototype all recorded ${minimalMs.at(-1)?.toFixed(1) ?? "–"} ms);` +
        ` CPU: server ${(p.cpu / 1e6).toFixed(0)} ms, clients ${(p.clientsCpu / 1e6).toFixed(0)} ms`,
    );
  }
  await pool.setAnswering(false);

  const deliveries = o.rounds * o.n;
  return {
    n: o.n,
    clients: o.clients,
    rounds: o.rounds,
    answerRounds: o.answerRounds,
    warmup: o.warmup,
    payloadBytes: Buffer.byteLength(sample?.text ?? ""),
    connect: {
      productMs: prod.connected.ms,
      baselineMs: base.connected.ms,
      failed,
      firstError: prod.connected.firstError ?? base.connected.firstError,
    },
    memory: { product: prod.memory, baseline: base.memory },
    raise: summarize(raiseMs),
    received: { product: summarize(received), baseline: summarize(baselineReceived), perRoundP99 },
    answers: {
      allRecordedMs,
      pairedBareP99,
      minimalMs,
      recorded: summarize(recorded),
      errors,
      expected: o.answerRounds * o.n,
    },
    cpuUsPerDelivery: {
      product: cpu.product / 1000 / deliveries,
      baseline: cpu.baseline / 1000 / deliveries,
    },
    cpuUsPerAnswer: answerCpu / 1000 / (o.answerRounds * o.n),
    clientsCpuUsPerAnswer: answerClientsCpu / 1000 / (o.answerRounds * o.n),
    minimalCpuUsPerAnswer: minimalCpu / 1000 / (o.answerRounds * o.n),
    missing,
    closedSockets: { ...pool.closed },
    windows,
    profile: o.profileDir ? path.join(o.profileDir, `server-${o.n}.cpuprofile`) : null,
  };
}
