import type { Browser, BrowserContext, Page } from "playwright-core";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible, fitsWidth } from "./support/page.js";
import { screenshotDir } from "./support/paths.js";
import { type RunningServer, startServer } from "./support/server.js";
import { demoPassword, demoUsers, signIn } from "./support/session.js";

const karin = "karin.ek@exempelkommun.se";
const herPassword = "karins-eget-lösenord-1";

describe("an administrator invites a person with a sign-in link", () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let invited: BrowserContext;
  let link = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const laptop = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    await laptop.grantPermissions(["clipboard-read", "clipboard-write"]);
    admin = await laptop.newPage();
    await signIn(admin, demoUsers.admin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const serious = async (page: Page) =>
    (await axeViolations(page)).filter((v) => ["serious", "critical"].includes(v.impact ?? ""));

  it("creates the link on the person's card, to copy", async () => {
    await admin.goto("/people");
    await admin.getByLabel("Sök person").fill("Karin Ek");
    await admin.getByRole("button", { name: "Bjud in Karin Ek: skapa en inloggningslänk" }).click();
    const field = admin.getByLabel("Inloggningslänk till Karin Ek");
    await expectVisible(field);
    link = await field.inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await expectVisible(admin.getByText("slutar gälla", { exact: false }));
    await admin.getByRole("button", { name: "Kopiera länk" }).click();
    await expectVisible(admin.getByText("Länken är kopierad."));
    expect(await admin.evaluate<string>("navigator.clipboard.readText()")).toBe(link);
    // On a phone too the whole link is in view, wrapped, with nothing scrolled out of the field.
    await admin.setViewportSize(viewports.phone);
    const whole =
      "(f => f.scrollHeight <= f.clientHeight)(document.querySelector('.invite-link-value'))";
    expect(await admin.evaluate<boolean>(whole)).toBe(true);
    expect(await fitsWidth(admin)).toBe(true);
    await field.scrollIntoViewIfNeeded();
    await admin.screenshot({ path: join(screenshotDir, "invite-link-phone.png") });
    await admin.setViewportSize(viewports.desktop);
  });

  it("lets the person choose a password in a fresh browser and signs them in", async () => {
    invited = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
    const page = await invited.newPage();
    await page.goto(new URL(link).pathname);
    await expectVisible(page.getByText("Hej Karin Ek!"));
    expect(await serious(page)).toEqual([]);
    await page.getByLabel("Nytt lösenord").fill(herPassword);
    await page.screenshot({ path: join(screenshotDir, "invite-phone.png") });
    await page.getByRole("button", { name: "Spara lösenord och logga in" }).click();
    await expectVisible(page.getByRole("button", { name: "Logga ut" }));
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("the link no longer works, the old password neither, the new one does", async () => {
    const again = await (await browser.newContext({ baseURL: server.url })).newPage();
    await again.goto(new URL(link).pathname);
    await expectVisible(again.getByText("Länken har gått ut. Be din administratör om en ny."));
    expect(await serious(again)).toEqual([]);
    const old = await fetch(`${server.url}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: karin, password: demoPassword }),
    });
    expect(old.status).toBe(401);
    await signIn(again, karin, herPassword);
  });
});
