import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible } from "./support/page.js";
import { type RunningServer, startServer } from "./support/server.js";
import { demoUsers, signIn } from "./support/session.js";

// Every main screen, scanned by axe-core at desktop and phone widths, with and without errors.
const screens: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: "overview",
    path: "/",
    ready: (page) => expectVisible(page.getByRole("heading", { name: "Nåbarhet vid larm" })),
  },
  {
    name: "units",
    path: "/units",
    ready: (page) => expectVisible(page.getByRole("link", { name: "Hus A", exact: true })),
  },
  {
    name: "people",
    path: "/people",
    ready: (page) => expectVisible(page.getByRole("heading", { name: "Erik Johansson" })),
  },
  {
    name: "new unit, with errors",
    path: "/units/new",
    ready: async (page) => {
      await page.getByRole("button", { name: "Skapa" }).click();
      await expectVisible(page.getByText("Fyll i fältet."));
    },
  },
  {
    name: "new person, with errors",
    path: "/people/new",
    ready: async (page) => {
      await page.getByLabel("Mobilnummer").fill("12");
      await page.getByRole("button", { name: "Skapa" }).click();
      await expectVisible(page.getByText("Fyll i fältet."));
    },
  },
  {
    name: "API tokens",
    path: "/api-tokens",
    ready: (page) => expectVisible(page.getByRole("heading", { name: "Aktiva nycklar" })),
  },
  {
    // Before any step is done: the notification permission not asked yet.
    name: "my readiness",
    path: "/readiness",
    ready: (page) => expectVisible(page.getByRole("button", { name: "Tillåt aviseringar" })),
  },
];

describe("accessibility (axe-core, WCAG 2.2 A/AA)", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [size, viewport] of Object.entries(viewports)) {
    describe(`at ${size} size`, () => {
      let page: Page;

      beforeAll(async () => {
        const context = await browser.newContext({ baseURL: server.url, viewport });
        page = await context.newPage();
        await page.goto("/login");
        await expectVisible(page.getByRole("heading", { name: "Logga in" }));
      });

      it("finds nothing on the login page, also with errors shown", async () => {
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole("button", { name: "Logga in" }).click();
        await expectVisible(page.getByText("Fyll i fältet.").first());
        expect(await axeViolations(page)).toEqual([]);
      });

      for (const screen of screens) {
        it(`finds nothing on ${screen.name}`, async () => {
          // Signed in once per size; later screens reuse the session.
          if (page.url().includes("/login")) await signIn(page, demoUsers.admin);
          await page.goto(screen.path);
          await screen.ready(page);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
});
