/**
 * `npm run bench:web`: what the web app makes a phone download, gzipped, from Vite's build
 * manifest: the JavaScript of the responder's path (the entry, everything it imports, and the
 * lazily loaded screens of raising and answering) against issue 10's budget of 200 KB, and the
 * whole app for comparison. Builds the app first unless --no-build.
 *
 *   npm run bench:web
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const web = path.join(root, "apps/web");
const dist = path.join(web, "dist");
const BUDGET_BYTES = 200 * 1024;
/** Source folders whose screens a responder loads: signing in, raising, the alarm. */
const RESPONDER = [/\/features\/session\//, /\/features\/raise\//, /\/features\/alarm\//];

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const { values } = parseArgs({ options: { "no-build": { type: "boolean", default: false } } });
if (!values["no-build"])
  execFileSync("npm", ["run", "build", "-w", "@beredd/web"], { stdio: "inherit" });
const manifest = JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8")) as Record<
  string,
  Chunk
>;

const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** The chunks `keys` load before they run: themselves and their static imports, transitively. */
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

const js = (keys: Iterable<string>) =>
  [...keys].map((k) => manifest[k]?.file ?? "").filter((f) => f.endsWith(".js"));
const total = (files: string[]) => files.reduce((sum, f) => sum + gz(f), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
const lazy = Object.keys(manifest).filter((k) => {
  const src = manifest[k]?.src ?? k;
  return RESPONDER.some((re) => re.test(`/${src}`)) && !manifest[k]?.isEntry;
});
const initial = js(closure(entries));
const responder = js(closure([...entries, ...lazy]));
const all = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) =>
  f.endsWith(".js"),
);

const rows = [
  ["JavaScript, gzipped", "files", "size", "budget", "result"],
  ["---", "---:", "---:", "---", "---"],
  ["First load (entry and its imports)", String(initial.length), kb(total(initial)), "", ""],
  [
    "Responder's path (first load, sign-in, raise, alarm)",
    String(responder.length),
    kb(total(responder)),
    "≤ 200 KB",
    total(responder) <= BUDGET_BYTES ? "pass" : "**FAIL**",
  ],
  ["The whole app (every screen)", String(all.length), kb(total(all)), "", ""],
];
process.stdout.write(`${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);
