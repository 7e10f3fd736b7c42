/** The results as a markdown table, with the targets of the issue (they apply at N = 10,000). */
import { int, kib, ms, times, us, verdict } from "./format.js";
import type { ScenarioResult } from "./scenario.js";
import { median } from "./stats.js";

export interface Check {
  name: string;
  value: number;
  limit: number;
  pass: boolean;
}

/** The four targets of the issue, evaluated on one run. */
export function checks(r: ScenarioResult): Check[] {
  const bareP99 = r.received.baseline.p99;
  const memRatio = r.memory.product.bytesPerConnection / r.memory.baseline.bytesPerConnection;
  const receiveRatio = r.received.product.p99 / bareP99;
  // Beredd's answer round against the plain prototype of the same minute (issue 9: what these
  // two shared cores make of the task is the baseline, not the bare broadcast).
  const answersRatio = median(pairedRatios(r.answers.allRecordedMs, r.answers.minimalMs));
  return [
    { name: "memory", value: memRatio, limit: 2, pass: memRatio <= 2 },
    { name: "raise p99", value: r.raise.p99, limit: 50, pass: r.raise.p99 <= 50 },
    { name: "received p99", value: receiveRatio, limit: 1.35, pass: receiveRatio <= 1.35 },
    { name: "answers recorded", value: answersRatio, limit: 1.5, pass: answersRatio <= 1.5 },
  ];
}

export function table(r: ScenarioResult): string {
  const [memory, raise, receive, answers] = checks(r);
  const p = r.received.product;
  const b = r.received.baseline;
  const allRecorded = median(r.answers.allRecordedMs);
  const minimal = median(r.answers.minimalMs);
  const rows: string[][] = [
    ["Metric", "Beredd", "bare ws", "ratio", "target", "result"],
    ["---", "---:", "---:", "---:", "---", "---"],
    [
      "Memory per idle connection (RSS)",
      kib(r.memory.product.bytesPerConnection),
      kib(r.memory.baseline.bytesPerConnection),
      times(memory?.value ?? NaN),
      "≤ 2×",
      verdict(memory?.pass ?? false),
    ],
    [
      `Raise HTTP latency p50 / p99 / max (${r.raise.count} raises)`,
      `${r.raise.p50.toFixed(1)} / ${r.raise.p99.toFixed(1)} / ${r.raise.max.toFixed(1)} ms`,
      "",
      "",
      "p99 ≤ 50 ms",
      verdict(raise?.pass ?? false),
    ],
    ["Raise → received p50", ms(p.p50), ms(b.p50), times(p.p50 / b.p50), "", ""],
    [
      "Raise → received p99",
      ms(p.p99),
      ms(b.p99),
      times(receive?.value ?? NaN),
      "≤ 1.35×",
      verdict(receive?.pass ?? false),
    ],
    ["Raise → received max", ms(p.max), ms(b.max), times(p.max / b.max), "", ""],
    [
      `Raise → received p99, median of the ${r.rounds} per-alarm p99s`,
      ms(median(r.received.perRoundP99.product)),
      ms(median(r.received.perRoundP99.baseline)),
      times(median(r.received.perRoundP99.product) / median(r.received.perRoundP99.baseline)),
      "(robust to one noisy round)",
      "",
    ],
    [
      `Raise → all ${int(r.n)} answers recorded (median of ${r.answers.allRecordedMs.length})`,
      ms(allRecorded),
      `${ms(b.p99)} (p99)`,
      times(allRecorded / b.p99),
      "(against the bare broadcast)",
      "",
    ],
    perRound(
      "… each round ÷ the bare p99 of the broadcast just before it (median)",
      r.answers.allRecordedMs,
      r.answers.pairedBareP99,
      "(paired: the same minute)",
    ),
    [
      `Plain prototype, the same round (ws + SQLite group commit + confirmation; median of ${r.answers.minimalMs.length})`,
      ms(minimal),
      `${ms(b.p99)} (p99)`,
      times(minimal / b.p99),
      "(what this machine makes of the task)",
      "",
    ],
    [
      "… Beredd ÷ the plain prototype run just before it, each round (median)",
      pairedRatios(r.answers.allRecordedMs, r.answers.minimalMs).map(times).join(", "),
      "",
      times(answers?.value ?? NaN),
      "≤ 1.5× the prototype",
      verdict(answers?.pass ?? false),
    ],
    [
      "Raise → recorded p50 / p99",
      `${ms(r.answers.recorded.p50)} / ${ms(r.answers.recorded.p99)}`,
      "",
      "",
      "",
      "",
    ],
    [
      "Server CPU per delivery (raise included)",
      us(r.cpuUsPerDelivery.product),
      us(r.cpuUsPerDelivery.baseline),
      times(r.cpuUsPerDelivery.product / r.cpuUsPerDelivery.baseline),
      "",
      "",
    ],
    [
      "Server CPU per answer (its alarm's delivery included; bare: the plain prototype)",
      us(r.cpuUsPerAnswer),
      us(r.minimalCpuUsPerAnswer),
      times(r.cpuUsPerAnswer / r.minimalCpuUsPerAnswer),
      "",
      "",
    ],
    [
      "Clients' CPU per answer (alarm, answer, confirmation; same cores)",
      us(r.clientsCpuUsPerAnswer),
      "",
      "",
      "",
      "",
    ],
    [
      "Delivered / recorded",
      `${int(p.count)} / ${int(r.answers.recorded.count)}`,
      int(b.count),
      "",
      `${int(r.n * r.rounds)} / ${int(r.answers.expected)}`,
      verdict(
        r.missing.received + r.missing.baseline + r.missing.recorded + r.answers.errors === 0,
      ),
    ],
  ];
  return rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
}

/** A row of per-round ratios (each round over its own divisor) and their median. */
export const pairedRatios = (rounds: number[], divisors: number[]) =>
  rounds.map((v, i) => v / (divisors[i] ?? NaN));

function perRound(label: string, rounds: number[], divisors: number[], note: string): string[] {
  const ratios = pairedRatios(rounds, divisors);
  return [label, ratios.map(times).join(", "), "", times(median(ratios)), note, ""];
}

export function heading(r: ScenarioResult): string {
  return (
    `### N = ${int(r.n)} (${r.clients} client processes, ${r.rounds} alarms + ${r.rounds} bare ` +
    `broadcasts interleaved, ${r.answerRounds} answer rounds, ${r.warmup} warm-up each; ` +
    `alarm message ${r.payloadBytes} bytes)`
  );
}
