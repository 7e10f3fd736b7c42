/**
 * `npm run bench:board`: does the coordinator's board stay smooth (issue 10: no long task over
 * 50 ms) while an incident with 500 participants updates live? Starts the real server (as the
 * browser tests do), creates 500 people at Exempelskolan through the API, each signs in, a
 * lockdown is raised there, and the coordinator opens the incident on the board in Chromium.
 * Then every person answers and reports safe over HTTP at a steady rate; the page records its
 * long tasks (PerformanceObserver 'longtask') until the board shows the last report.
 * Builds the web app first unless --no-build.
 *
 *   npm run bench:board -- [--people 500] [--rate 50] [--no-build]
 */
import { execFileSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { ApiUser } from "../e2e/support/api-user.js";
import { demoIds, raise } from "../e2e/support/board.js";
import { launchBrowser, viewports } from "../e2e/support/browser.js";
import { expectVisible } from "../e2e/support/page.js";
import { startServer } from "../e2e/support/server.js";
import { demoPassword, demoUsers, signIn } from "../e2e/support/session.js";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "500" },
    rate: { type: "string", default: "50" },
    "no-build": { type: "boolean", default: false },
  },
});
const N = Number(values.people);
const RATE = Number(values.rate);

/** Runs `task` for each item, `width` at a time (argon2 makes sign-ups and sign-ins slow). */
async function pool<T, R>(items: T[], width: number, task: (item: T, i: number) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

/** Sends `send(person)` for every person at RATE a second, on a fixed schedule (no bunching). */
async function steady(people: ApiUser[], send: (p: ApiUser) => Promise<unknown>) {
  const start = Date.now();
  await Promise.all(
    people.map(async (person, i) => {
      await sleep(Math.max(0, start + (i * 1000) / RATE - Date.now()));
      await send(person);
    }),
  );
}

const say = (line: string) => process.stdout.write(`${line}\n`);

const LONG_TASKS = `
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
`;

if (!values["no-build"])
  execFileSync("npm", ["run", "build", "-w", "@beredd/web"], { stdio: "inherit" });
const server = await startServer();
const browser = await launchBrowser();
try {
  const admin = await ApiUser.signIn(server.url, demoUsers.admin);
  const { unitId } = await demoIds(admin, "lockdown", "Exempelskolan");
  say(`Creating and signing in ${N} people …`);
  const people = await pool(Array.from({ length: N }), 4, async (_, i) => {
    const email = `deltagare-${i + 1}@exempelkommun.se`;
    const body = { name: `Deltagare ${i + 1}`, email, unitId, password: demoPassword };
    await admin.call("POST", "/api/v1/people", body);
    return ApiUser.signIn(server.url, email);
  });
  const incidentId = await raise(admin, "lockdown", "Exempelskolan");

  const context = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
  const page = await context.newPage();
  await signIn(page, demoUsers.coordinator);
  await page.addInitScript(LONG_TASKS);
  await page.goto(`/board/${incidentId}`);
  await expectVisible(page.getByRole("heading", { level: 1, name: "Inrymning" }), 30_000);
  await sleep(1000);
  const atLoad = await page.evaluate<number[]>("window.longTasks.splice(0)");

  const started = Date.now();
  const path = `/api/v1/incidents/${incidentId}`;
  await steady(people, (p) => p.call("POST", `${path}/answers`, { answer: "acknowledged" }));
  await steady(people, (p) =>
    p.call("POST", `${path}/roll-call-reports`, { kind: "person", status: "safe" }),
  );
  const safe = page.locator(".board-counts div", { hasText: "I säkerhet" }).locator("dd");
  while ((await safe.textContent()) !== String(N)) await sleep(100);
  const seconds = (Date.now() - started) / 1000;
  const live = await page.evaluate<number[]>("window.longTasks");

  const report = (label: string, tasks: number[]) =>
    say(
      `${label}: ${tasks.length} long tasks, ${tasks.filter((d) => d > 50).length} over 50 ms, ` +
        `max ${Math.round(Math.max(0, ...tasks))} ms`,
    );
  say(`\nBoard with ${N} participants, ${2 * N} updates at ${RATE}/s (${seconds.toFixed(1)} s)`);
  report("Opening the incident", atLoad);
  report("While it updated live", live);
} finally {
  await browser.close();
  await server.stop();
}
