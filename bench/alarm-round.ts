/**
 * One alarm through the product, as both benchmark runs make it: raise over HTTP, wait until every
 * socket has it (or, with `answer`, until every answer is confirmed recorded), then resolve it and
 * wait until every socket has seen the resolution.
 */
import { randomUUID } from "node:crypto";
import type { ClientPool } from "./client-pool.js";
import { cpuNs, monotonicUs, now, sleep } from "./processes.js";
import type { Collected, SeedOutput } from "./protocol.js";

/** What both runs (SQLite against the baseline, PostgreSQL two nodes against one) are given. */
export interface RunShape {
  n: number;
  clients: number;
  rounds: number;
  answerRounds: number;
  warmup: number;
  serverRoot: string;
  log(line: string): void;
}

export interface RoundContext {
  pool: ClientPool;
  seed: SeedOutput;
  /** The node that takes the raise and the resolution. */
  raiseUrl: string;
  /** The server processes whose CPU the round is charged with. */
  serverPids: number[];
  waitMs: number;
  settleMs: number;
}

export interface AlarmRound {
  id: string;
  /** When the raise was sent (machine clock, ms). */
  t0: number;
  raiseMs: number;
  complete: boolean;
  /** CPU of the server processes and of the client processes during the round, ns. */
  cpu: number;
  clientsCpu: number;
  /** The round's monotonic window, to cut CPU profiles by phase. */
  startUs: number;
  endUs: number;
  got: Collected;
}

const sum = (pids: number[]) => pids.reduce((total, pid) => total + cpuNs(pid), 0);

export async function alarmRound(c: RoundContext, answer: boolean): Promise<AlarmRound> {
  const authorization = `Bearer ${c.seed.apiToken}`;
  await c.pool.setAnswering(answer);
  const cpu0 = sum(c.serverPids);
  const clientCpu0 = sum(c.pool.pids);
  const startUs = monotonicUs();
  const t0 = now();
  const res = await fetch(`${c.raiseUrl}/api/v1/incidents`, {
    method: "POST",
    headers: {
      authorization,
      "content-type": "application/json",
      "idempotency-key": randomUUID(),
    },
    body: JSON.stringify({ scenarioId: c.seed.scenarioId, unitId: c.seed.unitId }),
    signal: AbortSignal.timeout(30_000),
  });
  const raiseMs = now() - t0;
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id)
    throw new Error(`raise answered ${res.status}: ${JSON.stringify(body)}`);
  const complete = await c.pool.waitDone(
    answer ? "recorded" : "raised",
    body.id,
    c.waitMs * (answer ? 3 : 1),
  );
  const cpu = sum(c.serverPids) - cpu0;
  const clientsCpu = sum(c.pool.pids) - clientCpu0;
  const endUs = monotonicUs();
  const got = await c.pool.collect(body.id);
  const resolved = await fetch(`${c.raiseUrl}/api/v1/incidents/${body.id}/resolution`, {
    method: "POST",
    headers: { authorization },
    signal: AbortSignal.timeout(30_000),
  });
  if (resolved.status !== 204) throw new Error(`resolution answered ${resolved.status}`);
  await c.pool.waitDone("resolved", body.id, c.waitMs);
  await sleep(c.settleMs);
  return { id: body.id, t0, raiseMs, complete, cpu, clientsCpu, startUs, endUs, got };
}

/** Start → the last of `n` confirmations, or infinity when any is missing. */
export function allRecordedAfter(recorded: number[], t0: number, n: number): number {
  return recorded.length === n ? Math.max(...recorded) - t0 : Number.POSITIVE_INFINITY;
}
