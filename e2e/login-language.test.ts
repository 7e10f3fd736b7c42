import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible, trackPageProblems } from "./support/page.js";
import { screenshotDir } from "./support/paths.js";
import { type RunningServer, startServer } from "./support/server.js";

const admin = { email: "anna.lindqvist@exempelkommun.se", password: "beredd-demo-2026" };

describe("signing in, switching language and signing out", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    context = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
    page = await context.newPage();
    problems = trackPageProblems(page);
    await mkdir(join(screenshotDir, "tmp"), { recursive: true });
  });

  // A failing step leaves a picture of the page behind (docs/screenshots/tmp is not committed).
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail" || !page) return;
    const name = context.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
    await page.screenshot({
      path: join(screenshotDir, "tmp", `failed-${name}.png`),
      fullPage: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const heading = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });
  const nav = () => page.getByRole("navigation", { name: /Huvudmeny|Main menu/ });

  it("sends a visitor to the Swedish login page", async () => {
    await page.goto("/");
    await page.waitForURL("**/login");
    await expectVisible(heading("Logga in"));
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await page.title()).toBe("Logga in – Beredd");
  });

  it("explains a wrong password next to the form", async () => {
    await page.getByLabel("E-postadress").fill(admin.email);
    await page.getByLabel("Lösenord", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expectVisible(
      page.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord" }),
    );
    // The wrong password is cleared and focused, to be typed again.
    expect(await page.locator(":focus").getAttribute("name")).toBe("password");
    expect(await page.getByLabel("Lösenord", { exact: true }).inputValue()).toBe("");
  });

  it("signs in and shows the Swedish overview with real counts", async () => {
    await page.getByLabel("Lösenord", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expectVisible(heading("Välkommen, Anna Lindqvist"));
    await expectVisible(page.getByText("Exempelkommun", { exact: true }).first());
    await expectVisible(page.getByText("Aktiva enheter"));
    await expectVisible(
      page.getByRole("listitem").filter({ hasText: "Aktiva enheter" }).getByText("11"),
    );
  });

  it("lists the demo units as a tree", async () => {
    await nav().getByRole("link", { name: "Enheter" }).click();
    await expectVisible(heading("Enheter"));
    const tree = page.getByRole("list", { name: "Enheter i Exempelkommun" });
    await expectVisible(tree.getByRole("link", { name: "Exempelskolan", exact: true }));
    await expectVisible(tree.getByRole("link", { name: "Hus A", exact: true }));
    await expectVisible(tree.getByRole("button", { name: "Inaktivera Exempelskolan" }));
  });

  it("lists the demo people with contact points and incident roles", async () => {
    await nav().getByRole("link", { name: "Personer" }).click();
    await expectVisible(heading("Personer"));
    const list = page.getByRole("list", { name: "Personer" });
    const erik = list
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Erik Johansson" }) });
    await expectVisible(erik.getByText("Säkerhetssamordnare"));
    await expectVisible(erik.getByText(/^Samordnare\b/));
    await expectVisible(erik.getByRole("link", { name: "+46 70 174 06 06" }));
    await page.screenshot({ path: join(screenshotDir, "people-sv.png"), fullPage: true });
    await page.setViewportSize(viewports.phone);
    await page.screenshot({ path: join(screenshotDir, "people-sv-phone.png") });
    await page.setViewportSize(viewports.desktop);
  });

  it("switches to English at once", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(heading("People"));
    await expectVisible(nav().getByRole("link", { name: "Units" }));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const erik = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Erik Johansson" }) });
    await expectVisible(erik.getByText("Safety coordinator"));
  });

  it("shows the units page in English", async () => {
    await nav().getByRole("link", { name: "Units" }).click();
    await expectVisible(heading("Units"));
    await expectVisible(page.getByRole("link", { name: "Exempelskolan", exact: true }));
    await expect.poll(() => page.title()).toBe("Units – Beredd");
    await page.screenshot({ path: join(screenshotDir, "units-en.png"), fullPage: true });
    await page.setViewportSize(viewports.phone);
    await page.screenshot({ path: join(screenshotDir, "units-en-phone.png") });
    await page.setViewportSize(viewports.desktop);
  });

  it("keeps English after a reload: the choice is saved for the user", async () => {
    await page.reload();
    await expectVisible(heading("Units"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
  });

  it("switches back to Swedish", async () => {
    await page.getByRole("button", { name: "Svenska" }).click();
    await expectVisible(heading("Enheter"));
    expect(await page.getAttribute("html", "lang")).toBe("sv");
  });

  it("signs out", async () => {
    await page.getByRole("button", { name: "Logga ut" }).click();
    await expectVisible(heading("Logga in"));
    await expectVisible(page.getByText("Du är utloggad."));
    // Nothing of the person is left on the device for the app to start offline with.
    expect(await page.evaluate("localStorage.getItem('beredd.session')")).toBeNull();
    await page.goto("/people");
    await page.waitForURL("**/login");
  });

  it("applies the user's saved language on sign-in, whatever was picked before", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(heading("Sign in"));
    await page.getByLabel("E-mail address").fill(admin.email);
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Back on the page that asked for a sign-in, in the language Anna saved.
    await expectVisible(heading("Personer"));
    expect(await page.getAttribute("html", "lang")).toBe("sv");
  });

  it("starts keyboard users with a skip link to the content", async () => {
    await page.goto("/units");
    await expectVisible(heading("Enheter"));
    await page.keyboard.press("Tab");
    expect(await page.locator(":focus").textContent()).toBe("Hoppa till innehållet");
    await page.keyboard.press("Enter");
    expect(await page.locator(":focus").getAttribute("id")).toBe("main");
  });

  it("sends the user to sign in again when the session has ended, and back afterwards", async () => {
    // Let the page's own reads finish first: one of them meeting the ended session would send the
    // user to sign in before the click this test is about.
    await page.waitForLoadState("networkidle");
    await context.clearCookies();
    await nav().getByRole("link", { name: "Personer" }).click();
    await expectVisible(heading("Logga in"));
    await expectVisible(page.getByText("sessionen har gått ut"));
    await page.getByLabel("E-postadress").fill(admin.email);
    await page.getByLabel("Lösenord", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expectVisible(heading("Personer"));
  });

  it("installs as a PWA whose service worker caches the shell but never the API", async () => {
    expect(await page.getAttribute('link[rel="manifest"]', "href")).toBe("/manifest.webmanifest");
    // Strings, not functions: this project has no DOM types, the page does.
    const scope = await page.evaluate<string>(
      "navigator.serviceWorker.ready.then((registration) => registration.scope)",
    );
    expect(scope).toBe(`${server.url}/`);
    const cached = await page.evaluate<string[]>(`(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    })()`);
    expect(cached.some((url) => url.includes("/index.html"))).toBe(true);
    expect(cached.filter((url) => url.includes("/api/"))).toEqual([]);
  });

  it("met no script errors or CSP violations on the way", () => {
    expect(problems).toEqual([]);
  });
});
