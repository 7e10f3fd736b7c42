import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PushPeer } from "../apps/server/test/push-peer.js";
import { demoIds, type IncidentView, raise } from "./support/alarm.js";
import { ApiUser } from "./support/api-user.js";
import { axeViolations } from "./support/axe.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible, trackPageProblems } from "./support/page.js";
import { screenshotDir } from "./support/paths.js";
import { deliverPush, shownNotifications, usePushService } from "./support/push.js";
import { type RunningServer, startServer } from "./support/server.js";
import { demoUsers, signIn } from "./support/session.js";

const eva = "eva.holm@exempelkommun.se";

/**
 * "Min beredskap" on a phone, against the real server and a local push service that speaks the
 * real protocol (apps/server/test/push-peer.ts: it checks VAPID and decrypts the payload). Only
 * the browser's subscribe call is replaced (support/push.ts); the push the server sends goes to
 * the peer, and what the peer decrypted is handed to the service worker, which shows it and
 * sends its receipt to the server.
 */
describe("my readiness: this phone receives a test alarm and its receipt comes back", () => {
  const peer = new PushPeer();
  let server: RunningServer;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    await peer.start();
    [server, browser] = await Promise.all([
      startServer({ BEREDD_PUSH_HOSTS: peer.origin }),
      launchBrowser(),
    ]);
    phone = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
    await usePushService(phone, peer.subscribe("eva-phone"));
    page = await phone.newPage();
    problems = trackPageProblems(page);
    await signIn(page, eva);
    const key = await page.request.get("/api/v1/push/key");
    peer.vapidKey = ((await key.json()) as { publicKey: string }).publicKey;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await peer.stop();
  });

  const step = (name: string) =>
    page.getByRole("listitem").filter({
      has: page.getByRole("heading", { level: 2, name }),
    });

  it("opens from my account, with each check's status in words", async () => {
    await page.getByRole("link", { name: /Eva Holm/ }).click();
    await page
      .getByRole("link", { name: "Kontrollera att larm når dig på den här enheten" })
      .click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Min beredskap" }));
    // Chromium on Linux, in a tab: installing is recommended, not required.
    await expectVisible(step("Beredd på hemskärmen").getByText("Rekommenderas", { exact: true }));
    await expectVisible(step("Aviseringar tillåtna").getByText("Klart", { exact: true }));
    await expectVisible(step("Enheten tar emot larm").getByText("Att göra", { exact: true }));
    await expectVisible(
      step("Testlarm till mig").getByText("Väntar på steget ovan", { exact: true }),
    );
  });

  it("signs this device up with the server on a tap", async () => {
    await page.getByRole("button", { name: "Anmäl den här enheten" }).click();
    await expectVisible(step("Enheten tar emot larm").getByText("Klart", { exact: true }));
    await expectVisible(
      page.getByText("Servern skickar dina larm till den här enheten (Linux · Chrome)."),
    );
    const devices = await page.request.get("/api/v1/me/devices");
    const { items } = (await devices.json()) as { items: { label: string; pushService: string }[] };
    expect(items).toMatchObject([
      { label: "Linux · Chrome", pushService: new URL(peer.origin).host },
    ]);
  });

  it("sends a test alarm to me alone and shows it received, with the receipt on the server", async () => {
    await page.getByRole("button", { name: "Skicka testlarm till mig" }).click();
    await expectVisible(page.getByText(/^Skickat \d\d:\d\d:\d\d$/));
    await expect.poll(() => peer.pushesTo("eva-phone").length, { timeout: 10_000 }).toBe(1);
    const [push] = peer.pushesTo("eva-phone");
    expect(peer.faults).toEqual([]);
    expect(push?.urgency).toBe("high");
    await deliverPush(page, push?.payload);

    await expectVisible(page.getByText(/^Mottaget på den här enheten \d\d:\d\d:\d\d$/));
    await expectVisible(step("Testlarm till mig").getByText("Klart", { exact: true }));
    await expectVisible(page.getByText("Den här enheten är redo att ta emot larm."));
    // A test alarm is plainly a test: it goes by itself and has nothing to acknowledge.
    expect(await shownNotifications(page)).toMatchObject([
      { title: "PROVLARM", tag: push?.payload.tag, requireInteraction: false, actions: [] },
    ]);
    const testId = String(push?.payload.tag).replace(/^test:/, "");
    const test = await page.request.get(`/api/v1/me/test-alarms/${testId}`);
    const { deliveries } = (await test.json()) as { deliveries: { state: string }[] };
    expect(deliveries).toMatchObject([{ state: "delivered" }]);
  });

  it("shows an administrator, on the people page, that Eva's phone receives alarms", async () => {
    const desk = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    const admin = await desk.newPage();
    await signIn(admin, demoUsers.admin);
    await admin.goto("/people");
    const card = admin.locator(".person-card", { hasText: "Eva Holm" });
    await expectVisible(card.getByText(/^✓ Larm i appen på 1 enhet, senast mottaget /));
    // Someone with no device is told apart in words.
    const sara = admin.locator(".person-card", { hasText: "Sara Andersson" });
    await expectVisible(sara.getByText("Ingen enhet tar emot larm i appen"));
    await desk.close();
  });

  it("passes axe, and looks right on a phone", async () => {
    const serious = (await axeViolations(page)).filter((v) =>
      ["serious", "critical"].includes(v.impact ?? ""),
    );
    expect(serious).toEqual([]);
    // The phone's screen as the person sees it once the receipt is in: the last two checks.
    await page.evaluate(`document.getElementById("check-subscription").scrollIntoView()`);
    await page.screenshot({ path: join(screenshotDir, "readiness-phone.png") });
  });

  it("reads naturally in English too", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "My readiness" }));
    await expectVisible(page.getByText("This device is ready to receive alarms."));
    await page.getByRole("button", { name: "Svenska" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Min beredskap" }));
  });

  it("removes this device: the server stops sending to it, and the page asks to sign it up", async () => {
    await page.getByRole("button", { name: "Ta bort Linux · Chrome" }).click();
    await expectVisible(page.getByText("Linux · Chrome får inte längre dina larm."));
    await expectVisible(step("Enheten tar emot larm").getByText("Att göra", { exact: true }));
    const devices = await page.request.get("/api/v1/me/devices");
    expect(((await devices.json()) as { items: unknown[] }).items).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("says plainly when the push service refuses a device, and what to check", async () => {
    const laptop = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    await usePushService(laptop, peer.subscribe("anna-laptop"));
    const annasPage = await laptop.newPage();
    await signIn(annasPage, demoUsers.admin);
    await annasPage.goto("/readiness");
    await annasPage.getByRole("button", { name: "Anmäl den här enheten" }).click();
    await expectVisible(annasPage.getByText("Mina enheter"));
    // The subscription is gone at the push service (what a reinstalled browser leaves behind).
    peer.answer("anna-laptop", 410);
    await annasPage.getByRole("button", { name: "Skicka testlarm till mig" }).click();
    await expectVisible(annasPage.getByText(/^Testlarmet kom inte fram: push-tjänsten svarade/));
    await expectVisible(annasPage.getByText("att Fokus eller Stör ej inte tystar Beredd,"));
    expect(peer.pushesTo("anna-laptop")).toEqual([]);
    await laptop.close();
  });

  it("shows a real alarm's push as an alarm that stays, and Kvittera on it answers", async () => {
    await page.getByRole("button", { name: "Anmäl den här enheten" }).click();
    await expectVisible(step("Enheten tar emot larm").getByText("Klart", { exact: true }));
    const raiser = await ApiUser.signIn(server.url, "erik.johansson@exempelkommun.se");
    const ids = await demoIds(raiser);
    const raised = await raise(raiser, {
      scenarioId: ids.scenario("lockdown"),
      unitId: ids.unit("Exempelskolan"),
    });
    const alarm = () => peer.pushesTo("eva-phone").find((p) => p.payload.incidentId === raised.id);
    await expect.poll(alarm, { timeout: 10_000 }).toBeDefined();
    await deliverPush(page, alarm()?.payload);
    await expect
      .poll(() => shownNotifications(page).then((shown) => shown.map((n) => n.tag)))
      .toContain(`incident:${raised.id}`);
    const shown = (await shownNotifications(page)).find((n) => n.tag === `incident:${raised.id}`);
    expect(shown).toMatchObject({
      title: alarm()?.payload.title,
      requireInteraction: true,
      silent: alarm()?.payload.silent,
      actions: [
        { action: "acknowledge", title: "Kvittera" },
        { action: "open", title: "Öppna" },
      ],
    });

    // Kvittera on the notification: the worker answers with Eva's session, and says so. A test
    // cannot tap a notification, so the click is dispatched in the worker (its real handler).
    const [worker] = phone.serviceWorkers();
    await worker?.evaluate(`self.registration
      .getNotifications({ tag: "incident:${raised.id}" })
      .then(([notification]) => self.dispatchEvent(
        new NotificationEvent("notificationclick", { notification, action: "acknowledge" }),
      ))`);
    const me = await ApiUser.signIn(server.url, eva);
    const mine = async () => {
      const view = await raiser.call<IncidentView>("GET", `/api/v1/incidents/${raised.id}`);
      return view.participants.find((p) => p.personId === me.personId)?.status;
    };
    await expect.poll(mine, { timeout: 10_000 }).toBe("acknowledged");
    await expect
      .poll(() => shownNotifications(page).then((shown) => shown.map((n) => n.body)))
      .toContain("Kvitterat. Öppna Beredd för att se vad du ska göra.");
    await raiser.call("POST", `/api/v1/incidents/${raised.id}/resolution`);
  });
});
