/** The PostgreSQL run as a markdown table: two nodes against one, with the targets. */
import { int, ms, times, us, verdict } from "./format.js";
import type { ClusterResult, Deployment } from "./cluster.js";
import { pairedRatios, type Check } from "./report.js";
import { median } from "./stats.js";

/** Two nodes against one on PostgreSQL (issue 9): received p99 and all answers recorded. */
export function clusterChecks(r: ClusterResult): Check[] {
  const received = r.two.received.p99 / r.one.received.p99;
  const recorded = median(pairedRatios(r.two.allRecordedMs, r.one.allRecordedMs));
  return [
    { name: "two nodes: received p99", value: received, limit: 1.5, pass: received <= 1.5 },
    { name: "two nodes: answers recorded", value: recorded, limit: 1.5, pass: recorded <= 1.5 },
  ];
}

const complete = (d: Deployment) =>
  d.missing.received + d.missing.recorded + d.errors + d.connect.failed === 0;

export function clusterTable(r: ClusterResult): string {
  const [received, recorded] = clusterChecks(r);
  const { one, two } = r;
  const row = (label: string, a: string, b: string, ratio = "", target = "", result = "") => [
    label,
    a,
    b,
    ratio,
    target,
    result,
  ];
  const rows: string[][] = [
    ["Metric", "one node", "two nodes", "ratio", "target", "result"],
    ["---", "---:", "---:", "---:", "---", "---"],
    row(
      `Raise HTTP latency p50 / p99 (${one.raise.count} raises each)`,
      `${one.raise.p50.toFixed(1)} / ${one.raise.p99.toFixed(1)} ms`,
      `${two.raise.p50.toFixed(1)} / ${two.raise.p99.toFixed(1)} ms`,
      times(two.raise.p99 / one.raise.p99),
    ),
    row(
      "Raise → received p50",
      ms(one.received.p50),
      ms(two.received.p50),
      times(two.received.p50 / one.received.p50),
    ),
    row(
      "Raise → received p99",
      ms(one.received.p99),
      ms(two.received.p99),
      times(received?.value ?? NaN),
      "≤ 1.5×",
      verdict(received?.pass ?? false),
    ),
    row(
      `… median of the ${r.rounds} per-alarm p99s`,
      ms(median(one.perRoundP99)),
      ms(median(two.perRoundP99)),
      times(median(two.perRoundP99) / median(one.perRoundP99)),
    ),
    row(
      `Raise → all ${int(r.n)} answers recorded (median of ${one.allRecordedMs.length})`,
      ms(median(one.allRecordedMs)),
      ms(median(two.allRecordedMs)),
      times(recorded?.value ?? NaN),
      "≤ 1.5× (each round ÷ the one-node round just before it, median)",
      verdict(recorded?.pass ?? false),
    ),
    row(
      "Raise → recorded p50 / p99",
      `${ms(one.recorded.p50)} / ${ms(one.recorded.p99)}`,
      `${ms(two.recorded.p50)} / ${ms(two.recorded.p99)}`,
    ),
    row(
      "Servers' CPU per delivery / per answer (both nodes)",
      `${us(one.cpuUsPerDelivery)} / ${us(one.cpuUsPerAnswer)}`,
      `${us(two.cpuUsPerDelivery)} / ${us(two.cpuUsPerAnswer)}`,
      `${times(two.cpuUsPerDelivery / one.cpuUsPerDelivery)} / ${times(two.cpuUsPerAnswer / one.cpuUsPerAnswer)}`,
    ),
    row(
      "Delivered / recorded",
      `${int(one.received.count)} / ${int(one.recorded.count)}`,
      `${int(two.received.count)} / ${int(two.recorded.count)}`,
      "",
      `${int(r.n * r.rounds)} / ${int(r.n * r.answerRounds)} each`,
      verdict(complete(one) && complete(two) && r.closedSockets === 0),
    ),
  ];
  return rows.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export function clusterHeading(r: ClusterResult): string {
  return (
    `### N = ${int(r.n)} on PostgreSQL, one node against two (${r.clients} client processes per ` +
    `organisation, ${r.rounds} alarms and ${r.answerRounds} answer rounds each, alternating, ` +
    `${r.warmup} warm-up)`
  );
}
