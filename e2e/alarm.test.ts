import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  alarmTimes,
  audio,
  demoIds,
  type DemoIds,
  type IncidentView,
  instrumentAlarmPage,
  raise,
  resetAudio,
} from "./support/alarm.js";
import { ApiUser } from "./support/api-user.js";
import { axeViolations } from "./support/axe.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible, textSize, trackPageProblems } from "./support/page.js";
import { screenshotDir } from "./support/paths.js";
import { type RunningServer, startServer } from "./support/server.js";
import { signIn } from "./support/session.js";

const responderEmail = "eva.holm@exempelkommun.se"; // staff (personal) at Exempelskolan
let server: RunningServer;
let browser: Browser;
let raiser: ApiUser; // Erik Johansson, safety coordinator, raising from another device
let responder: ApiUser; // Eva's own identity, to read what the server recorded
let ids: DemoIds;
let page: Page;
let problems: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  raiser = await ApiUser.signIn(server.url, "erik.johansson@exempelkommun.se");
  responder = await ApiUser.signIn(server.url, responderEmail);
  ids = await demoIds(raiser);
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: viewports.phone,
    isMobile: true,
    hasTouch: true,
  });
  await instrumentAlarmPage(context);
  page = await context.newPage();
  problems = trackPageProblems(page);
  await signIn(page, responderEmail);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(async (context) => {
  if (context.task.result?.state !== "fail") return;
  const name = context.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
  await page.screenshot({ path: join(screenshotDir, "tmp", `failed-${name}.png`), fullPage: true });
});

const takeover = (p: Page = page) => p.getByRole("alertdialog");
const incident = (id: string) => raiser.call<IncidentView>("GET", `/api/v1/incidents/${id}`);
const mine = (view: IncidentView) =>
  view.participants.find((p) => p.personId === responder.personId);
const lockdown = () => ({
  scenarioId: ids.scenario("lockdown"),
  unitId: ids.unit("Exempelskolan"),
});
const resolve = (id: string) => raiser.call("POST", `/api/v1/incidents/${id}/resolution`);

async function expectClean(p: Page) {
  const serious = (await axeViolations(p)).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious).toEqual([]);
}

describe("a lockdown reaches a teacher's phone", () => {
  let id: string;

  it("takes the screen over within a second of the raise, without a reload: verb, place, raiser", async () => {
    const raised = await raise(raiser, lockdown());
    id = raised.id;
    await expectVisible(takeover(), 5_000);
    const { shown } = await alarmTimes(page, id);
    expect(shown! - raised.answeredAt).toBeLessThan(1_000);
    const dialog = takeover();
    await expectVisible(dialog.getByRole("heading", { level: 2, name: "INRYMNING" }));
    await expectVisible(dialog.getByText("stanna inne, lås dörren", { exact: false }));
    await expectVisible(dialog.getByText("Exempelskolan"));
    await expectVisible(dialog.getByText("Erik Johansson"));
    await expectVisible(dialog.getByRole("heading", { name: "Gör nu" }));
    expect(await dialog.getByRole("listitem").count()).toBeLessThanOrEqual(3);
    expect(await page.evaluate("document.activeElement?.closest('dialog') !== null")).toBe(true);
  });

  it("sounds a tone while it waits for an answer, and passes axe", async () => {
    expect((await audio(page)).started).toBeGreaterThan(0);
    expect((await audio(page)).open).toBe(1);
    await expectClean(page);
    await page.screenshot({ path: join(screenshotDir, "alarm-takeover-phone.png") });
  });

  it("keeps every word and the answer buttons within reach with text at 200 %", async () => {
    await textSize(page, 200);
    const fits = "(d => d.scrollWidth <= d.clientWidth)(document.querySelector('dialog.takeover'))";
    expect(await page.evaluate<boolean>(fits)).toBe(true);
    const answer = takeover().getByRole("button", { name: "Kvittera" });
    await answer.scrollIntoViewIfNeeded();
    expect((await answer.boundingBox())?.height).toBeGreaterThanOrEqual(48);
    await page.screenshot({ path: join(screenshotDir, "alarm-takeover-text-200-phone.png") });
    await textSize(page, 100);
  });

  it("answers with one tap: the server has it, the tone stops, the incident screen follows", async () => {
    await takeover().getByRole("button", { name: "Kvittera" }).click();
    await page.waitForURL(`**/incidents/${id}`);
    await takeover().waitFor({ state: "detached" });
    expect(mine(await incident(id))?.status).toBe("acknowledged");
    expect((await audio(page)).open).toBe(0);
    await expectVisible(page.getByText(/Kvitterat \d\d:\d\d:\d\d/));
  });

  it("keeps a ticked card item (a reload shows it)", async () => {
    const item = page.getByRole("checkbox", { name: /Stäng fönstren/ });
    await item.click();
    await expectVisible(page.getByText(/Klart \d\d:\d\d/));
    expect(await item.isChecked()).toBe(true);
    await page.reload();
    expect(await page.getByRole("checkbox", { name: /Stäng fönstren/ }).isChecked()).toBe(true);
    const task = (await incident(id)).tasks.find((t) => t.itemId === "close_windows");
    expect(task?.completions.map((c) => c.personId)).toContain(responder.personId);
  });

  it("keeps the roll-call answer", async () => {
    await page.getByRole("button", { name: "Jag är i säkerhet" }).click();
    await expectVisible(page.getByText(/Du har svarat: Jag är i säkerhet/));
    await page.reload();
    const safe = page.getByRole("button", { name: "Jag är i säkerhet" });
    expect(await safe.getAttribute("aria-pressed")).toBe("true");
    const report = (await incident(id)).rollCall.people.find(
      (p) => p.personId === responder.personId,
    );
    expect(report?.status).toBe("safe");
  });

  it("asks what help is needed after 'Behöver hjälp', and one tap tells the board", async () => {
    await page.getByRole("button", { name: "Behöver hjälp" }).click();
    const help = page.getByRole("group", { name: "Vad behöver du? Ett tryck räcker." });
    await help.getByRole("button", { name: "Någon är skadad" }).click();
    await expectVisible(page.getByText(/Du har svarat: Behöver hjälp .* – Någon är skadad/));
    const mine = (await incident(id)).rollCall.people.find(
      (p) => p.personId === responder.personId,
    );
    expect(mine).toMatchObject({ status: "need_help", note: "Någon är skadad" });
    expect(
      await help.getByRole("button", { name: "Någon är skadad" }).getAttribute("aria-pressed"),
    ).toBe("true");
    await expectClean(page);
    await page.getByRole("button", { name: "Jag är i säkerhet" }).click();
    await help.waitFor({ state: "detached" });
  });

  it("shows the log live and posts to it", async () => {
    await raiser.call("POST", `/api/v1/incidents/${id}/log-entries`, {
      text: "Polisen är på plats.",
    });
    await expectVisible(page.getByText("Polisen är på plats."));
    await page.getByLabel("Skriv i loggen").fill("Alla i A101 är inne, dörren är låst.");
    await page.getByRole("button", { name: "Skicka" }).click();
    await expectVisible(page.getByText("Alla i A101 är inne, dörren är låst."));
    expect((await incident(id)).log.map((e) => e.text)).toContain(
      "Alla i A101 är inne, dörren är låst.",
    );
    await expectClean(page);
    await page.screenshot({
      path: join(screenshotDir, "alarm-incident-phone.png"),
      fullPage: true,
    });
  });

  it("says what changed when the scenario is switched", async () => {
    await raiser.call("PATCH", `/api/v1/incidents/${id}`, {
      scenarioId: ids.scenario("evacuation"),
    });
    await expectVisible(takeover().getByText("ÄNDRAT: nu Utrymning – inte Inrymning"));
    await expectVisible(takeover().getByRole("heading", { level: 2, name: "UTRYMNING" }));
    await page.screenshot({ path: join(screenshotDir, "alarm-switched-phone.png") });
    await resolve(id);
    await takeover().waitFor({ state: "detached" });
  });
});

describe("silent, drill and recall", () => {
  it("a silent scenario takes over dark and makes no sound", async () => {
    await page.goto("/");
    await resetAudio(page);
    const { id } = await raise(raiser, {
      scenarioId: ids.scenario("active_violence"),
      unitId: ids.unit("Exempelskolan"),
    });
    await expectVisible(takeover().getByText("Tyst larm", { exact: false }));
    expect(await takeover().getAttribute("data-tone")).toBe("silent");
    expect(await audio(page)).toEqual({ started: 0, open: 0 });
    await page.screenshot({ path: join(screenshotDir, "alarm-silent-phone.png") });
    await takeover().getByRole("button", { name: "Kvittera" }).click();
    await page.waitForURL(`**/incidents/${id}`);
    expect(mine(await incident(id))?.status).toBe("acknowledged");
    await resolve(id);
  });

  it("a drill says ÖVNING, and a recall says it was a false alarm and stops the tone", async () => {
    const { id } = await raise(raiser, lockdown(), true);
    await expectVisible(takeover().getByText("Övning – inte ett skarpt larm"));
    expect(await takeover().getAttribute("data-tone")).toBe("drill");
    expect((await audio(page)).open).toBe(1);
    await expectClean(page);
    await page.screenshot({ path: join(screenshotDir, "alarm-drill-phone.png") });
    await raiser.call("POST", `/api/v1/incidents/${id}/recall`, { reason: "Fel knapp" });
    await expectVisible(takeover().getByText("Återkallat – fellarm"));
    expect((await audio(page)).open).toBe(0);
    await takeover().getByRole("button", { name: "Stäng" }).click();
    await takeover().waitFor({ state: "detached" });
    expect(problems).toEqual([]);
  });
});

describe("without the realtime socket", () => {
  it("shows an alarm already raised when the app starts, and answers over HTTP", async () => {
    const { id } = await raise(raiser, lockdown());
    const context = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
    // Every socket is refused: the answer can only go over HTTP.
    await context.routeWebSocket(/\/api\/v1\/stream/, (ws) => ws.close());
    const offline = await context.newPage();
    await signIn(offline, responderEmail);
    await expectVisible(takeover(offline).getByRole("heading", { level: 2, name: "INRYMNING" }));
    await takeover(offline).getByRole("button", { name: "På väg" }).click();
    await offline.waitForURL(`**/incidents/${id}`);
    expect(mine(await incident(id))?.status).toBe("on_my_way");
    await expectVisible(offline.getByText(/På väg \d\d:\d\d:\d\d/));
    await resolve(id);
    await context.close();
  });
});

describe("in English", () => {
  it("takes over in English for someone who reads English", async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    const english = await context.newPage();
    await signIn(english, "oskar.lund@exempelkommun.se");
    await english.getByRole("button", { name: "English" }).click();
    // A member starts on the raise screen; their alarms are on the overview.
    await english.getByRole("link", { name: "Overview" }).click();
    await expectVisible(english.getByRole("heading", { name: "My alarms" }));
    const { id } = await raise(raiser, lockdown());
    await expectVisible(takeover(english).getByRole("heading", { level: 2, name: "LOCKDOWN" }));
    await expectVisible(takeover(english).getByText("Raised by"));
    await takeover(english).getByRole("button", { name: "Acknowledge" }).click();
    await english.waitForURL(`**/incidents/${id}`);
    await expectVisible(english.getByRole("heading", { name: "My action card" }));
    await english.screenshot({
      path: join(screenshotDir, "alarm-incident-desktop-en.png"),
      fullPage: true,
    });
    await resolve(id);
    await context.close();
  });
});

describe("how fast the takeover follows the socket", () => {
  it("measures raise → socket message and raise → takeover over 20 alarms", async () => {
    await page.goto("/");
    const socket: number[] = [];
    const shown: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = Date.now();
      const { id } = await raise(raiser, lockdown());
      await expectVisible(page.locator(`dialog.takeover[data-incident="${id}"]`), 5_000);
      const times = await alarmTimes(page, id);
      socket.push(times.raised! - started);
      shown.push(times.shown! - started);
      await resolve(id);
      await takeover().waitFor({ state: "detached" });
    }
    const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // The figure for docs/performance.md: printed, not asserted beyond the one-second bound.
    process.stdout.write(
      `takeover latency over ${shown.length} alarms: socket p50 ${p50(socket)} ms, ` +
        `takeover p50 ${p50(shown)} ms (max ${Math.max(...shown)} ms)\n`,
    );
    expect(p50(shown)).toBeLessThan(1_000);
  });
});
