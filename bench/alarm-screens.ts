/**
 * `npm run bench:screens`: how fast an alarm reaches the screens (issue 10, "Speed"). Starts the
 * real server (as the browser tests do). In Chromium, first a responder (Eva, phone) waits on the
 * overview, then a coordinator (Anna, desktop) watches the board's list, then a plain page; each
 * alone, as each person has their own device. Erik raises a lockdown at Exempelskolan over HTTP,
 * 50 times per screen, one at a time. For each alarm the page notes, on the machine's one clock,
 * when its realtime socket delivered `incident.raised` and when the alarm was on screen (the first
 * animation frame after the takeover opened or the board's card appeared). The socket's own
 * delivery time is the baseline, measured in the same run and the same page; the target is the
 * screen within 1.2× of it plus one frame (16.7 ms). The plain page does the same work without
 * the app (the same socket and the app's stylesheet; on the alarm, a <dialog> with the
 * takeover's classes and words, opened with showModal): the floor of what a screen costs here.
 * Builds the web app first unless --no-build.
 *
 *   npm run bench:screens -- [--alarms 50] [--no-build]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { demoIds, instrumentAlarmPage, raise } from "../e2e/support/alarm.js";
import { ApiUser } from "../e2e/support/api-user.js";
import { launchBrowser, viewports } from "../e2e/support/browser.js";
import { startServer } from "../e2e/support/server.js";
import { demoUsers, signIn } from "../e2e/support/session.js";
import { percentile } from "./stats.js";

const { values } = parseArgs({
  options: {
    alarms: { type: "string", default: "50" },
    "no-build": { type: "boolean", default: false },
  },
});
const ALARMS = Number(values.alarms);
const FRAME_MS = 1000 / 60;
const say = (line: string) => process.stdout.write(`${line}\n`);

// In the page, before the app: when the board's card for an incident first appears, and the next
// animation frame after that (when the browser paints it).
const BOARD_CARDS = `
  window.__boardAt = {};
  new MutationObserver(() => {
    for (const a of document.querySelectorAll('.board-card a[href^="/board/"]')) {
      const id = a.getAttribute("href").slice("/board/".length);
      if (id in window.__boardAt) continue;
      window.__boardAt[id] = 0;
      requestAnimationFrame(() => { window.__boardAt[id] = Date.now(); });
    }
  }).observe(document, { subtree: true, childList: true });
`;

// The plain page: the realtime protocol's hello → resume, then one dialog per raise.
const plainPage = (stylesheet: string) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="${stylesheet}"></head><body><main><h1>Översikt</h1></main><script>
  window.__raisedAt = {};
  window.__paintedAt = {};
  const socket = new WebSocket(location.origin.replace("http", "ws") + "/api/v1/stream");
  socket.onmessage = (message) => {
    const m = JSON.parse(message.data);
    if (m.type === "hello") socket.send(JSON.stringify({ type: "resume", after: m.seq }));
    if (m.type === "caught_up") window.__connected = true;
    if (m.event?.type !== "incident.raised") return;
    const id = m.event.incidentId;
    window.__raisedAt[id] = Date.now();
    document.querySelector("dialog")?.remove();
    const d = m.event.data;
    const dialog = document.createElement("dialog");
    dialog.className = "takeover";
    dialog.innerHTML = '<div class="takeover-inner"><h1 class="takeover-verb"></h1><p></p>' +
      '<p class="takeover-meta"></p><ol><li>Lås dörren</li><li>Släck</li><li>Håll er tysta</li></ol>' +
      '<button class="button button-primary button-block">Kvittera</button>' +
      '<button class="button button-block">På väg</button><button class="button button-block">Kan inte</button></div>';
    dialog.querySelector("h1").textContent = d.name.sv;
    dialog.querySelector("p").textContent = d.alertText.sv;
    dialog.querySelector(".takeover-meta").textContent = new Date(m.event.at).toLocaleTimeString("sv-SE");
    document.body.append(dialog);
    dialog.showModal();
    requestAnimationFrame(() => { window.__paintedAt[id] = Date.now(); });
  };
</script></body></html>`;

interface Times {
  socket: number;
  screen: number;
}

/** When `page` got the alarm over its socket and when it showed it, in ms after `started`. */
async function timesOf(page: Page, id: string, screen: string, started: number): Promise<Times> {
  const read = `({ socket: window.__raisedAt[${JSON.stringify(id)}], screen: ${screen}[${JSON.stringify(id)}] })`;
  for (let waited = 0; waited < 10_000; waited += 10) {
    const t = await page.evaluate<{ socket?: number; screen?: number }>(read);
    if (t.socket && t.screen) return { socket: t.socket - started, screen: t.screen - started };
    await sleep(10);
  }
  throw new Error(`The alarm ${id} never reached the screen (${screen})`);
}

if (!values["no-build"])
  execFileSync("npm", ["run", "build", "-w", "@beredd/web"], { stdio: "inherit" });
const server = await startServer();
const browser = await launchBrowser();
try {
  const raiser = await ApiUser.signIn(server.url, "erik.johansson@exempelkommun.se");
  const ids = await demoIds(raiser);
  const body = { scenarioId: ids.scenario("lockdown"), unitId: ids.unit("Exempelskolan") };

  /**
   * Raises ALARMS alarms one at a time with only `page` open (each person has their own device:
   * three pages sharing the two cores would slow each other down), then closes its context.
   */
  const measure = async (page: Page, screen: string, cleared?: string): Promise<Times[]> => {
    const times: Times[] = [];
    for (let i = 0; i < ALARMS; i++) {
      const started = Date.now();
      const { id } = await raise(raiser, body);
      times.push(await timesOf(page, id, screen, started));
      // Over, and closed: the board lists what is still open, as on a real day.
      await raiser.call("POST", `/api/v1/incidents/${id}/resolution`);
      await raiser.call("POST", `/api/v1/incidents/${id}/closure`);
      if (cleared) await page.locator(cleared).waitFor({ state: "detached" });
    }
    await page.context().close();
    return times;
  };

  const phone = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
  await instrumentAlarmPage(phone);
  // The takeover's frame, as the board's: the first animation frame after it opened.
  await phone.addInitScript(`
    window.__paintedAt = {};
    new MutationObserver(() => {
      for (const [id, at] of Object.entries(window.__shownAt)) {
        if (id in window.__paintedAt) continue;
        window.__paintedAt[id] = 0;
        requestAnimationFrame(() => { window.__paintedAt[id] = Math.max(at, Date.now()); });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  `);
  const responder = await phone.newPage();
  await signIn(responder, "eva.holm@exempelkommun.se");
  await sleep(1000);
  const takeover = await measure(responder, "window.__paintedAt", "dialog.takeover");

  const desktop = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
  await instrumentAlarmPage(desktop);
  await desktop.addInitScript(BOARD_CARDS);
  const board = await desktop.newPage();
  await signIn(board, demoUsers.admin);
  await board.goto("/board");
  await board.getByRole("heading", { level: 1 }).waitFor();
  await sleep(1000);
  const boardTimes = await measure(board, "window.__boardAt");

  // The server's CSP forbids inline script, which the plain page is.
  const plainContext = await browser.newContext({
    baseURL: server.url,
    viewport: viewports.phone,
    bypassCSP: true,
  });
  const plain = await plainContext.newPage();
  await signIn(plain, "eva.holm@exempelkommun.se");
  const index = readFileSync(new URL("../apps/web/dist/index.html", import.meta.url), "utf8");
  const stylesheet = /<link rel="stylesheet"[^>]*href="([^"]+)"/.exec(index)?.[1] ?? "";
  // A page of the server's own (same origin, no app), rewritten into the plain page.
  await plain.goto("/healthz");
  await plain.evaluate(
    `document.open(); document.write(${JSON.stringify(plainPage(stylesheet))}); document.close();`,
  );
  await plain.waitForFunction("window.__connected === true");
  const plainTimes = await measure(plain, "window.__paintedAt");

  const row = (label: string, times: Times[]) => {
    const stat = (pick: (t: Times) => number, p: number) =>
      percentile(
        times.map(pick).sort((a, b) => a - b),
        p,
      );
    const [s50, s99, v50, v99] = [
      stat((t) => t.socket, 50),
      stat((t) => t.socket, 99),
      stat((t) => t.screen, 50),
      stat((t) => t.screen, 99),
    ];
    const gap = stat((t) => t.screen - t.socket, 50);
    const target = 1.2 * s50 + FRAME_MS;
    say(
      `| ${label} | ${s50.toFixed(1)} / ${s99.toFixed(1)} ms | ${v50.toFixed(1)} / ${v99.toFixed(1)} ms ` +
        `| ${gap.toFixed(1)} ms | ${(v50 / s50).toFixed(2)}× | ≤ ${target.toFixed(1)} ms | ${v50 <= target ? "pass" : "fail"} |`,
    );
  };
  say(`\nRaise → screen in Chromium over the real server, ${ALARMS} alarms, one at a time`);
  say(
    "| screen | socket p50 / p99 | on screen p50 / p99 | socket → screen p50 | ratio (p50) | target p50 | result |",
  );
  say("| --- | --- | --- | --- | --- | --- | --- |");
  row("Responder's takeover (phone)", takeover);
  row("Coordinator's board list", boardTimes);
  row("Plain page: one dialog, no app (the floor)", plainTimes);
} finally {
  await browser.close();
  await server.stop();
}
