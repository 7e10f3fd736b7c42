import { join } from "node:path";
import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible, fitsWidth, textSize, trackPageProblems } from "./support/page.js";
import { screenshotDir } from "./support/paths.js";
import {
  ageQueuedRaise,
  fireFocus,
  focusedText,
  hold,
  incident,
  incidents,
  endAlarms,
  keyOf,
  replayStoredRaise,
  staffApi,
  teachers,
  waitForKeptReads,
} from "./support/raise.js";
import { type RunningServer, startServer } from "./support/server.js";
import { demoUsers, signIn } from "./support/session.js";

let server: RunningServer;
let browser: Browser;
let staff: APIRequestContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  staff = await staffApi(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function serious(page: Page) {
  return (await axeViolations(page)).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
}

describe("a teacher raises an alarm from the phone", () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    context = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
    page = await context.newPage();
    problems = trackPageProblems(page);
    await signIn(page, teachers.johan);
  });

  // Johan's alarms reach everyone at his school: the people of the next tests among them.
  afterAll(() => endAlarms(staff));

  afterEach(async (test) => {
    if (test.task.result?.state !== "fail") return;
    const name = test.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
    await page.screenshot({
      path: join(screenshotDir, "tmp", `failed-${name}.png`),
      fullPage: true,
    });
  });

  const holdButton = () => page.getByRole("button", { name: "Håll för att larma" });
  const lockdowns = async () =>
    (await incidents(staff)).filter((i) => i.scenario.key === "lockdown" && !i.drill).length;
  const raisePosts = (): string[] => {
    const seen: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && /\/api\/v1\/(incidents|drills)$/.test(request.url()))
        seen.push(request.headers()["idempotency-key"] ?? "");
    });
    return seen;
  };

  it("opens on the raise screen, with at most five tiles and Annat …", async () => {
    await page.waitForURL(/\/raise$/); // where the sign-in landed
    await page.goto("/");
    await expectVisible(page.getByRole("heading", { level: 1, name: "Larma" }));
    expect(new URL(page.url()).pathname).toBe("/raise");
    // The menu's Översikt still shows the overview.
    await page.getByRole("link", { name: "Översikt" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: /Välkommen/ }));
    await page.getByRole("link", { name: "Larma" }).click();
    await expectVisible(page.getByText("Plats: Hus A"));
    const tiles = page.locator(".raise-tiles button");
    expect(await tiles.count()).toBeLessThanOrEqual(6);
    await expectVisible(page.getByRole("button", { name: "Annat …" }));
    // IT outages are raised by the technical staff, not by a teacher.
    await page.getByRole("button", { name: "Annat …" }).click();
    expect(await page.getByRole("button", { name: "Driftstörning" }).count()).toBe(0);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, "raise-phone.png") });
  });

  it("shows who the alarm reaches before it is confirmed", async () => {
    await page.getByRole("button", { name: "Inrymning" }).click();
    await expectVisible(page.getByRole("heading", { level: 2, name: "Inrymning" }));
    const reach = page.getByRole("region", { name: /Larmet når: \d+ personer/ });
    await expectVisible(reach);
    await expectVisible(reach.getByText(/Alla på Exempelskolan: \d+ personer/));
    await reach.getByText("Visa vilka").click();
    await expectVisible(reach.getByText(/Krisledare:.*Anna Lindqvist/));
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, "raise-confirm-phone.png"), fullPage: true });
  });

  it("keeps the confirmation whole and the button within reach with text at 200 %", async () => {
    await textSize(page, 200);
    expect(await fitsWidth(page)).toBe(true);
    await holdButton().scrollIntoViewIfNeeded();
    const box = await holdButton().boundingBox();
    // Still a big target, and the whole button on the screen.
    expect(box?.height).toBeGreaterThanOrEqual(48);
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= viewports.phone.width).toBe(
      true,
    );
    await page.screenshot({ path: join(screenshotDir, "raise-confirm-text-200-phone.png") });
    await textSize(page, 100);
  });

  it("does nothing on a short press", async () => {
    const posts = raisePosts();
    await hold(page, holdButton(), 300);
    await page.waitForTimeout(700);
    expect(posts).toEqual([]);
    await expectVisible(holdButton());
  });

  it("raises Inrymning with a tile and a hold; the server has it once", async () => {
    const before = await lockdowns();
    const posts = raisePosts();
    await page.goto("/raise");
    await page.getByRole("button", { name: "Inrymning" }).click();
    await hold(page, holdButton(), 1000);
    await expectVisible(page.getByText(/^Mottaget av servern \d\d:\d\d:\d\d$/));
    await expectVisible(page.getByText(/^\d+ nådda, \d+ svar$/));
    expect(new Set(posts).size).toBe(1);
    expect(await lockdowns()).toBe(before + 1);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, "raise-sent-phone.png"), fullPage: true });
  });

  it("recalls the alarm as a false alarm, after confirming", async () => {
    await page.getByRole("button", { name: "Återkalla — fellarm" }).click();
    await page.getByRole("button", { name: "Ja, återkalla larmet" }).click();
    await expectVisible(page.getByText("Återkallat – fellarm"));
    const id = (await incidents(staff)).find((i) => i.scenario.key === "lockdown")?.id ?? "";
    expect((await incident(staff, id)).recalled).toBe(true);
  });

  it("raises by keyboard: Enter, then the focused Bekräfta larm", async () => {
    const before = await lockdowns();
    await page.goto("/raise");
    await page.getByRole("button", { name: "Inrymning" }).focus();
    await page.keyboard.press("Enter");
    await holdButton().focus();
    await page.keyboard.press("Enter");
    await expectVisible(page.getByRole("status").getByText(/Tryck på Bekräfta larm/));
    expect(await focusedText(page)).toBe("Bekräfta larm");
    await page.keyboard.press("Enter");
    await expectVisible(page.getByText(/^Mottaget av servern/));
    expect(await lockdowns()).toBe(before + 1);
  });

  it("starts a drill from the striped ÖVNING entry; the server has a drill", async () => {
    await page.goto("/raise");
    await page.getByRole("link", { name: /Starta en övning/ }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Starta en övning" }));
    await expectVisible(page.getByText("Övning – inte ett skarpt larm"));
    expect(await serious(page)).toEqual([]);
    await page.getByRole("button", { name: "Utrymning" }).click();
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/v1/drills"));
    await hold(page, page.getByRole("button", { name: "Håll för att starta övningen" }), 1000);
    const raised = (await (await answer).json()) as { id: string };
    await expectVisible(page.getByRole("heading", { level: 1, name: "Övning: Utrymning" }));
    await expectVisible(page.getByText(/^Mottaget av servern/));
    expect((await incident(staff, raised.id)).drill).toBe(true);
    await page.screenshot({ path: join(screenshotDir, "raise-drill-phone.png"), fullPage: true });
  });

  it("keeps an alarm on the phone while offline and delivers it once when the network returns", async () => {
    const before = await lockdowns();
    await page.goto("/raise");
    await page.getByRole("button", { name: "Inrymning" }).click();
    await expectVisible(holdButton());
    await context.setOffline(true);
    await hold(page, holdButton(), 1000);
    const status = page.getByText("Sparat på telefonen — skickas när nätet är tillbaka");
    await expectVisible(status);
    await expectVisible(page.getByRole("link", { name: "Ring 112" }));
    expect(await page.getByRole("link", { name: "Ring 112" }).getAttribute("href")).toBe("tel:112");
    const sms = await page.getByRole("link", { name: "Skicka som sms" }).getAttribute("href");
    expect(decodeURIComponent(sms ?? "")).toContain("LARM: Inrymning – Hus A");
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, "raise-offline-phone.png"), fullPage: true });
    const key = keyOf(page);
    await context.setOffline(false);
    await expectVisible(page.getByText(/^Mottaget av servern \d\d:\d\d:\d\d$/));
    // Another chance to send (focus) finds it answered: still exactly one incident.
    await fireFocus(page);
    await page.waitForTimeout(500);
    expect(await lockdowns()).toBe(before + 1);
    // The server knows the key: the same alarm again is the one it has, replayed.
    expect(await replayStoredRaise(page, key)).toEqual({ status: 200, replayed: "true" });
    expect(await lockdowns()).toBe(before + 1);
  });

  it("asks before sending an alarm that waited more than 15 minutes", async () => {
    const before = await lockdowns();
    await page.goto("/raise");
    await page.getByRole("button", { name: "Inrymning" }).click();
    await expectVisible(holdButton());
    await context.setOffline(true);
    await hold(page, holdButton(), 1000);
    await expectVisible(page.getByText("Sparat på telefonen — skickas när nätet är tillbaka"));
    const key = keyOf(page);
    await page.getByRole("link", { name: "Nytt larm" }).click();
    await ageQueuedRaise(page, key, 20);
    await context.setOffline(false);
    await page.waitForTimeout(1500);
    expect(await lockdowns()).toBe(before);
    await page.getByRole("link", { name: /Inrymning, Hus A, sparat/ }).click();
    await expectVisible(page.getByRole("heading", { name: "Larmet har inte kommit fram" }));
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, "raise-stale-phone.png"), fullPage: true });
    await page.getByRole("button", { name: "Ja, skicka larmet nu" }).click();
    await expectVisible(page.getByText(/^Mottaget av servern/));
    expect(await lockdowns()).toBe(before + 1);
  });

  it("opens with no network from what the phone kept, and sends the alarm when it returns", async () => {
    const before = await lockdowns();
    await page.goto("/raise");
    await expectVisible(page.getByRole("button", { name: "Inrymning" }));
    await waitForKeptReads(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("button", { name: "Inrymning" }).click();
    await hold(page, holdButton(), 1000);
    await expectVisible(page.getByText("Sparat på telefonen — skickas när nätet är tillbaka"));
    expect(await lockdowns()).toBe(before);
    await context.setOffline(false);
    await expectVisible(page.getByText(/^Mottaget av servern \d\d:\d\d:\d\d$/));
    expect(await lockdowns()).toBe(before + 1);
  });

  it("measures a practised raise: tile tap to the server's 201", async () => {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.goto("/raise");
      const tile = page.getByRole("button", { name: "Inrymning" });
      await tile.waitFor();
      const created = page.waitForResponse(
        (r) => r.url().endsWith("/api/v1/incidents") && r.status() === 201,
      );
      const start = Date.now();
      await tile.click();
      await hold(page, holdButton(), 1000);
      await created;
      times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = (times[4]! + times[5]!) / 2;
    // For docs/performance.md: the figure issue 10 asks for (≤ 2 s median).
    process.stdout.write(
      `Practised raise, tile tap → 201: median ${median} ms (${times.join(", ")})\n`,
    );
    expect(median).toBeLessThanOrEqual(2000);
    // Only the requests the offline tests made fail on purpose.
    expect(problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
  });
});

describe("staff on a desktop", () => {
  it("keep the overview and find Larma in the menu", async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    const page = await context.newPage();
    await signIn(page, demoUsers.coordinator);
    await expectVisible(page.getByRole("heading", { level: 1, name: /Välkommen/ }));
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Larma" })
      .click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Larma" }));
    // A coordinator may raise an IT outage too.
    await page.getByRole("button", { name: "Annat …" }).click();
    await expectVisible(page.getByRole("button", { name: "Driftstörning" }));
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, "raise-desktop.png") });
    await context.close();
  });
});

describe("a raise whose plan reaches no one at the place", () => {
  it("tells the raiser, in words, who was alerted instead", async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
    const page = await context.newPage();
    await signIn(page, demoUsers.coordinator);
    await page.goto("/raise");
    await page.getByRole("button", { name: "Annat …" }).click();
    await page.getByRole("button", { name: "Första hjälpen" }).click();
    // The preschool has no first-aider and no incident lead of its own, nor above it.
    await page.getByLabel("Plats").selectOption({ label: "Förskolan Solrosen" });
    await hold(page, page.getByRole("button", { name: "Håll för att larma" }), 1000);
    await expectVisible(page.getByText(/^Mottaget av servern/));
    await expectVisible(page.getByText(/Krisledare har larmats i stället \(1\)/));
    expect(await serious(page)).toEqual([]);
    await context.close();
  });
});

describe("in English", () => {
  it("raises with the English words", async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
    const page = await context.newPage();
    await signIn(page, teachers.maria);
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Raise an alarm" }));
    await page.getByRole("button", { name: "Lockdown" }).click();
    await expectVisible(page.getByRole("region", { name: /Who this alarm reaches: \d+ people/ }));
    await expectVisible(page.getByRole("button", { name: "Hold to raise the alarm" }));
    await expectVisible(page.getByRole("link", { name: /Start a drill/ }));
    await page.getByRole("button", { name: "English" }).waitFor();
    await page.getByRole("button", { name: "Svenska" }).click();
    await context.close();
  });
});
