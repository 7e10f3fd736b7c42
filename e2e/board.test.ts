import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { ApiUser } from "./support/api-user.js";
import { controlRealtime, incidentOf, raise } from "./support/board.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible, fitsWidth, trackPageProblems } from "./support/page.js";
import { screenshotDir } from "./support/paths.js";
import { type RunningServer, startServer } from "./support/server.js";
import { demoUsers, signIn } from "./support/session.js";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const serious = async (page: Page) =>
  (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");

describe("the coordinator follows and steers an alarm on the board", () => {
  let page: Page;
  let problems: string[];
  let realtime: Awaited<ReturnType<typeof controlRealtime>>;
  let teacher: ApiUser;
  let marshal: ApiUser;
  let incidentId: string;

  beforeAll(async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    page = await context.newPage();
    problems = trackPageProblems(page);
    realtime = await controlRealtime(page);
    await signIn(page, demoUsers.coordinator);
    [teacher, marshal] = await Promise.all([
      ApiUser.signIn(server.url, "eva.holm@exempelkommun.se"),
      ApiUser.signIn(server.url, "lars.persson@exempelkommun.se"),
    ]);
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== "fail") return;
    const name = context.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
    await page.screenshot({
      path: join(screenshotDir, "tmp", `failed-${name}.png`),
      fullPage: true,
    });
  });

  const main = () => page.locator("main");
  const person = (name: string) => page.locator(".board-person", { hasText: name });
  const status = (name: string, text: string) =>
    person(name).locator(".board-status", { hasText: text });

  it("shows a teacher's raise on the live list within a second, without a reload", async () => {
    await page.getByRole("link", { name: "Lägesbild" }).click();
    await expectVisible(page.getByText("Inga pågående larm eller övningar just nu."));
    await realtime.live();
    // A marker on the page: still there afterwards means the page was never reloaded.
    await page.evaluate("window.sameDocument = true");

    const started = Date.now();
    incidentId = await raise(teacher, "lockdown", "A101 Klassrum 5B", { placeNote: "Korridoren" });
    await expectVisible(page.getByRole("link", { name: "Visa Inrymning" }), 1_000);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(1_000);

    const card = page.locator(".board-card", { hasText: "Inrymning" });
    await expectVisible(card.getByText("A101 Klassrum 5B"));
    await expectVisible(card.getByText("Hög"));
    expect(await card.locator(".board-drill-banner").count()).toBe(0);
    expect(await page.evaluate<boolean>("window.sameDocument === true")).toBe(true);
  });

  it("follows a responder's answer and ticked item live", async () => {
    await page.getByRole("link", { name: "Visa Inrymning" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Inrymning" }));
    await expectVisible(status("Lars Persson", "Larmad"));

    await marshal.call("POST", `/api/v1/incidents/${incidentId}/answers`, { answer: "on_my_way" });
    await expectVisible(status("Lars Persson", "På väg"));
    await expectVisible(person("Lars Persson").getByText(/^Svarade /));

    const task = (await incidentOf(marshal, incidentId)).tasks.find(
      (t) => t.roleKey === "evacuation_marshal",
    );
    await marshal.call("PUT", `/api/v1/incidents/${incidentId}/tasks/${task?.id}/completion`);
    const role = page.locator(".board-role", { hasText: "Utrymningsledare" });
    await expectVisible(role.getByText("Åtgärdskort: 1 av 5 klara"));
  });

  it("puts someone who needs help on top, in words", async () => {
    await teacher.call("POST", `/api/v1/incidents/${incidentId}/roll-call-reports`, {
      kind: "person",
      status: "need_help",
      note: "En elev har skadat sig",
    });
    const top = page.getByRole("region", { name: "1 person behöver hjälp" });
    await expectVisible(top.getByText("Eva Holm: Behöver hjälp"));
    await expectVisible(top.getByText("En elev har skadat sig", { exact: false }));
    const roles = page.getByRole("region", { name: "Funktioner och personer" });
    const [topBox, rolesBox] = await Promise.all([top.boundingBox(), roles.boundingBox()]);
    expect(topBox!.y).toBeLessThan(rolesBox!.y);
  });

  it("says at the field what is wrong with a log entry, and posts one", async () => {
    const log = page.getByRole("region", { name: "Loggbok" });
    await log.getByRole("button", { name: "Skicka" }).click();
    await expectVisible(log.getByText("Fyll i fältet."));
    expect(await log.getByLabel("Skriv i loggen").getAttribute("aria-invalid")).toBe("true");

    await log.getByLabel("Skriv i loggen").fill("Polisen är på väg, ETA 5 min");
    await log.getByRole("button", { name: "Skicka" }).click();
    await expectVisible(log.getByRole("listitem").getByText("Polisen är på väg, ETA 5 min"));
    expect(await log.getByLabel("Skriv i loggen").inputValue()).toBe("");
  });

  it("escalates to a role and to a person, who appear on the board", async () => {
    const steer = page.getByRole("region", { name: "Åtgärder" });
    await steer.getByRole("button", { name: "Larma" }).click();
    await expectVisible(steer.getByText("Gör ett val."));
    expect(await steer.getByLabel("Funktion").getAttribute("aria-invalid")).toBe("true");

    await steer.getByLabel("Funktion").selectOption({ label: "IT-jour" });
    await steer.getByRole("button", { name: "Larma" }).click();
    const itRole = page.locator(".board-role", { hasText: "IT-jour" });
    await expectVisible(itRole.getByText("Mikael Berg"));

    await steer.getByLabel("Lägg till").selectOption("person");
    await steer.getByLabel("Person").selectOption({ label: "Karin Ek" });
    await steer.getByRole("button", { name: "Larma" }).click();
    await expectVisible(person("Karin Ek"));
  });

  it("raises the severity and switches the scenario in flight", async () => {
    const steer = page.getByRole("region", { name: "Åtgärder" });
    await steer.getByLabel("Höj eller sänk allvarligheten").selectOption("critical");
    await steer.getByRole("button", { name: "Ändra allvarlighet" }).click();
    await expectVisible(page.getByText("Allvarlighet: Kritisk"));

    await steer.getByLabel("Byt scenario").selectOption({ label: "Utrymning" });
    await steer.getByRole("button", { name: "Byt scenario" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Utrymning" }));
    const timeline = page.getByRole("region", { name: "Händelseförlopp" });
    await expectVisible(timeline.getByText("Bytte till Utrymning"));
  });

  it("says it is reconnecting when the socket drops, then catches up with what it missed", async () => {
    const before = await realtime.live();
    await realtime.drop();
    await expectVisible(main().getByText("Återansluter …", { exact: false }));

    await marshal.call("POST", `/api/v1/incidents/${incidentId}/log-entries`, {
      text: "Hus A är utrymt",
    });
    await marshal.call("POST", `/api/v1/incidents/${incidentId}/answers`, { answer: "cannot" });
    realtime.restore();

    await realtime.live(before);
    const log = page.getByRole("region", { name: "Loggbok" });
    await expectVisible(log.getByText("Hus A är utrymt"));
    await expectVisible(status("Lars Persson", "Kan inte"));
    await expectVisible(page.getByText("1 kan inte komma", { exact: false }));
    await main().getByText("Återansluter …", { exact: false }).waitFor({ state: "detached" });
  });

  it("passes axe on the incident view and reflows at 320 px", async () => {
    await page.screenshot({
      path: join(screenshotDir, "board-incident-desktop.png"),
      fullPage: true,
    });
    expect(await serious(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize(viewports.desktop);
  });

  it("marks it resolved, then closes it after asking", async () => {
    const steer = page.getByRole("region", { name: "Åtgärder" });
    await steer.getByRole("button", { name: "Markera som avslutat" }).click();
    await expectVisible(page.locator(".board-badges").getByText("Avslutat"));

    await steer.getByRole("button", { name: "Stäng larmet" }).click();
    await expectVisible(steer.getByText("Stänga larmet?", { exact: false }));
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe("Avbryt");
    await steer.getByRole("button", { name: "Ja, stäng" }).click();
    await expectVisible(page.locator(".board-badges").getByText("Stängt"));
    expect(await page.getByLabel("Skriv i loggen").count()).toBe(0);
  });

  it("marks a drill ÖVNING on the list and on its own view, and passes axe", async () => {
    await page.getByRole("link", { name: "Till lägesbilden" }).click();
    await expectVisible(page.getByText("Inga pågående larm eller övningar just nu."));
    await raise(teacher, "fire", "Hus B", { drill: true });
    const card = page.locator(".board-card", { hasText: "Brand" });
    await expectVisible(card.getByText("ÖVNING", { exact: true }));
    await expectVisible(card.getByText("Övning – inte ett skarpt larm"));
    await page.screenshot({ path: join(screenshotDir, "board-list-desktop.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await card.getByRole("link", { name: "Visa Brand" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Brand" }));
    await expectVisible(
      page.locator(".board-incident > .board-drill-banner").getByText("ÖVNING", { exact: true }),
    );
    expect(await page.title()).toMatch(/^ÖVNING – Brand/);
  });

  it("reads naturally in English", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(page.getByRole("heading", { name: "Roles and people" }));
    await expectVisible(page.getByText("Drill – not a real alarm"));
    await expectVisible(page.getByRole("link", { name: "Back to the live board" }));
    await page.getByRole("button", { name: "Svenska" }).click();
    await expectVisible(page.getByRole("heading", { name: "Funktioner och personer" }));
    expect(problems).toEqual([]);
  });
});
