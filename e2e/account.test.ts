import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible } from "./support/page.js";
import { type RunningServer, startServer } from "./support/server.js";
import { demoPassword, signIn } from "./support/session.js";

const eva = "eva.holm@exempelkommun.se";
const newPassword = "ett-nytt-lösenord-2026";

describe("my account: the password and my other devices", () => {
  let server: RunningServer;
  let browser: Browser;
  let laptop: BrowserContext;
  let phone: BrowserContext;
  let page: Page;
  let phonePage: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    laptop = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    phone = await browser.newContext({ baseURL: server.url, viewport: viewports.phone });
    page = await laptop.newPage();
    phonePage = await phone.newPage();
    await signIn(page, eva);
    await signIn(phonePage, eva);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedOut = async (p: Page) => {
    await p.reload();
    await p.waitForURL("**/login");
  };

  it("opens from my name in the header and passes axe", async () => {
    await page.getByRole("link", { name: /Eva Holm/ }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Mitt konto" }));
    const serious = (await axeViolations(page)).filter((v) =>
      ["serious", "critical"].includes(v.impact ?? ""),
    );
    expect(serious).toEqual([]);
  });

  it("says at the field when the current password is wrong, and changes nothing", async () => {
    await page.getByLabel("Nuvarande lösenord").fill("inte-mitt-lösenord");
    await page.getByLabel("Nytt lösenord").fill(newPassword);
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    const field = page.getByLabel("Nuvarande lösenord");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(":focus").getAttribute("name")).toBe("currentPassword");
    await phonePage.reload();
    await expectVisible(phonePage.getByRole("button", { name: "Logga ut" }));
  });

  it("changes the password: the phone is signed out, this browser stays, the new one works", async () => {
    await page.getByLabel("Nuvarande lösenord").fill(demoPassword);
    await page.getByLabel("Nytt lösenord").fill(newPassword);
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await expectVisible(page.getByText("Lösenordet är bytt"));
    await signedOut(phonePage);
    await signIn(phonePage, eva, newPassword);
    await page.reload();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Mitt konto" }));
  });

  it("signs out every other device with one button, in English too", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "My account" }));
    await page.getByRole("button", { name: "Sign out on every other device" }).click();
    await expectVisible(page.getByText("Signed out on 1 other device."));
    await signedOut(phonePage);
  });
});
