/**
 * Where the server's CPU goes during one phase of the benchmark: self time per function from the
 * V8 CPU profile written by `npm run bench -- --profile`, counting only samples taken inside that
 * phase's time windows (the profile and the orchestrator share the monotonic clock).
 *
 *   node --import tsx bench/profile-summary.ts bench/results/latest.json [receive|answer] [top]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ScenarioResult, Window } from "./scenario.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

const shortUrl = (url: string) => {
  const i = url.lastIndexOf("node_modules/");
  if (i >= 0) return url.slice(i + 13);
  const j = url.indexOf("/apps/");
  return j >= 0 ? url.slice(j + 1) : path.basename(url);
};

/** Self time by function inside the windows of `phase`, largest first, plus the total. */
export function hotspots(
  file: string,
  windows: Window[],
  phase: Window["phase"],
  top = 25,
): { totalMs: number; spots: Hotspot[] } {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const names = new Map<number, string>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    names.set(
      n.id,
      f.url
        ? `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}:${f.lineNumber + 1}`
        : f.functionName,
    );
  }
  const inPhase = windows.filter((w) => w.phase === phase);
  const self = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (!inPhase.some((w) => t >= w.startUs && t <= w.endUs)) return;
    const name = names.get(id) ?? "?";
    if (name === "(idle)") return;
    self.set(name, (self.get(name) ?? 0) + delta);
    total += delta;
  });
  const spots = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, spots };
}

export function formatHotspots(title: string, h: ReturnType<typeof hotspots>): string {
  const lines = [`${title}: ${h.totalMs.toFixed(0)} ms of server CPU (main thread, not idle)`];
  for (const s of h.spots)
    lines.push(
      `  ${(s.share * 100).toFixed(1).padStart(5)}%  ${s.ms.toFixed(1).padStart(8)} ms  ${s.name}`,
    );
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [results = "bench/results/latest.json", phase = "receive", top = "25"] =
    process.argv.slice(2);
  const runs = (JSON.parse(readFileSync(results, "utf8")) as { runs: ScenarioResult[] }).runs;
  for (const r of runs) {
    if (!r.profile) continue;
    const h = hotspots(r.profile, r.windows, phase as Window["phase"], Number(top));
    process.stdout.write(`${formatHotspots(`N=${r.n}, ${phase}`, h)}\n\n`);
  }
}
