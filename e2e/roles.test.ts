import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { launchBrowser, viewports } from "./support/browser.js";
import { expectVisible, fitsWidth, trackPageProblems } from "./support/page.js";
import { screenshotDir } from "./support/paths.js";
import {
  addHolder,
  dateInput,
  holders,
  smallestTarget,
  statusWith,
  swedishDate,
} from "./support/roles.js";
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

async function newPage(email: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: server.url, viewport: viewports.desktop });
  const page = await context.newPage();
  const problems = trackPageProblems(page);
  await signIn(page, email);
  return { page, problems };
}

const role = "Brandskyddsansvarig";
const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name });
/** Where the new role is staffed at the school; set by the test that gets there. */
let staffingUrl = "";

describe("an administrator sets up an incident role and who holds it", () => {
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ({ page, problems } = await newPage(demoUsers.admin));
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== "fail") return;
    const name = context.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
    await page.screenshot({
      path: join(screenshotDir, "tmp", `failed-${name}.png`),
      fullPage: true,
    });
  });

  it("explains an empty name next to the field and focuses it", async () => {
    await page.getByRole("link", { name: "Funktioner" }).click();
    await expectVisible(heading(page, "Funktioner"));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Ny funktion" }).click();
    await expectVisible(heading(page, "Ny funktion"));
    await page.getByRole("button", { name: "Skapa" }).click();
    await expectVisible(page.getByText("Fyll i fältet.").first());
    expect(await page.locator(":focus").getAttribute("name")).toBe("nameSv");
    expect(await page.getByLabel("Namn på svenska").getAttribute("aria-invalid")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("creates a role with its names and descriptions in both languages", async () => {
    await page.getByLabel("Namn på svenska").fill(role);
    await page.getByLabel("Namn på engelska").fill("Fire safety officer");
    await page.getByLabel("Beskrivning på svenska").fill("Ansvarar för brandskyddet i huset.");
    await page.getByRole("button", { name: "Skapa" }).click();
    await expectVisible(heading(page, role));
    await expectVisible(statusWith(page, `Funktionen ${role} har skapats.`));
    await expectVisible(page.getByText("Ansvarar för brandskyddet i huset."));
    expect(await axeViolations(page)).toEqual([]);
  });

  it("staffs the role at the school with a main holder and two deputies", async () => {
    await page.getByRole("link", { name: `Bemanna ${role} på Exempelskolan` }).click();
    await expectVisible(heading(page, `${role} på Exempelskolan`));
    staffingUrl = new URL(page.url()).pathname;
    await addHolder(page, "Maria Karlsson", "Ordinarie");
    await addHolder(page, "Johan Nilsson", "Ersättare");
    await addHolder(page, "Sara Andersson", "Ersättare");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Spara bemanningen" }).click();
    await expectVisible(statusWith(page, `Bemanningen av ${role} på Exempelskolan har sparats.`));
    expect(await holders(page, "Ordinarie")).toEqual(["Maria Karlsson"]);
    expect(await holders(page, "Ersättare")).toEqual(["Johan Nilsson", "Sara Andersson"]);
  });

  it("reorders the deputies with buttons, keeps focus on the moved row, and the order persists", async () => {
    await page.getByRole("button", { name: "Flytta upp Sara Andersson" }).click();
    await expectVisible(statusWith(page, "Sara Andersson är nu nummer 1."));
    // Sara is first now, so "up" is disabled and focus moves to her "down" button.
    expect(await page.locator(":focus").getAttribute("aria-label")).toBe(
      "Flytta ned Sara Andersson",
    );
    expect(await holders(page, "Ersättare")).toEqual(["Sara Andersson", "Johan Nilsson"]);
    await page.getByRole("button", { name: "Spara bemanningen" }).click();
    await expectVisible(statusWith(page, "har sparats."));
    await page.reload();
    await expectVisible(heading(page, `${role} på Exempelskolan`));
    // The staffing is read after the page's heading is drawn: wait for it, then read the order.
    await expectVisible(page.getByRole("button", { name: "Ta bort Sara Andersson" }));
    expect(await holders(page, "Ersättare")).toEqual(["Sara Andersson", "Johan Nilsson"]);
    expect(problems).toEqual([]);
  });

  it("shows a building under the school inheriting the staffing", async () => {
    await page.getByRole("link", { name: role, exact: true }).click();
    await expectVisible(heading(page, role));
    const husA = page
      .getByRole("list", { name: `Bemanning av ${role} per enhet` })
      .getByRole("listitem")
      .filter({ hasText: "Hus A" });
    await expectVisible(husA.getByText("Ärvs från Exempelskolan"));
    await expectVisible(husA.getByText("Maria Karlsson"));
    await page.goto("/units");
    await page.getByRole("link", { name: "Hus A", exact: true }).click();
    await expectVisible(heading(page, "Hus A"));
    const section = page.getByRole("region", { name: "Funktioner på enheten" });
    const item = section.getByRole("listitem").filter({ hasText: role });
    await expectVisible(item.getByText("Ärvs från Exempelskolan"));
    await expectVisible(item.getByText("Ersättare: Sara Andersson, Johan Nilsson"));
    expect(await axeViolations(page)).toEqual([]);
  });

  it("saves an absence on the person and shows it on the card and in the role", async () => {
    const lastDay = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    await page.goto("/people?q=Johan");
    await page.getByRole("link", { name: "Redigera Johan Nilsson" }).click();
    await page.getByLabel("Frånvarande till och med").fill(dateInput(lastDay));
    await page.getByRole("button", { name: "Spara" }).click();
    await expectVisible(statusWith(page, "Ändringarna av Johan Nilsson har sparats."));
    const badge = `Frånvarande t.o.m. ${swedishDate(lastDay)}`;
    await expectVisible(
      page.getByRole("listitem").filter({ hasText: "Johan Nilsson" }).getByText(badge),
    );
    await page.goto(staffingUrl);
    await expectVisible(
      page
        .getByRole("group", { name: "Ersättare", exact: true })
        .getByText(`frånvarande t.o.m. ${swedishDate(lastDay)}`),
    );
  });

  it("filters people by readiness: who cannot be reached, and who has no mobile", async () => {
    for (const { name, email } of [
      { name: "Ove Okontaktbar", email: "" },
      { name: "Nora Nummerlös", email: "nora@exempelkommun.se" },
    ]) {
      await page.goto("/people/new");
      await page.getByLabel("Namn").fill(name);
      if (email) await page.getByLabel("E-postadress").fill(email);
      await page.getByRole("button", { name: "Skapa" }).click();
      await expectVisible(statusWith(page, `${name} har lagts till.`));
    }
    const list = page.getByRole("list", { name: "Personer" });
    await page.getByLabel("Beredskap").selectOption({ label: "Kan inte nås" });
    await expectVisible(page.getByRole("status").filter({ hasText: /^1 person$/ }));
    const ove = list
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Ove Okontaktbar" }) });
    await expectVisible(ove.getByText("Kan inte nås"));
    await page.getByLabel("Beredskap").selectOption({ label: "Saknar mobilnummer" });
    await expectVisible(page.getByRole("status").filter({ hasText: /^2 personer$/ }));
    await expectVisible(list.getByRole("heading", { name: "Nora Nummerlös" }));
    expect(await list.getByRole("heading", { name: "Anna Lindqvist" }).count()).toBe(0);
    expect(page.url()).toContain("reach=no_mobile");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("fits a phone: the staffing editor reflows and its buttons are large enough to tap", async () => {
    await page.setViewportSize(viewports.phone);
    await page.goto(staffingUrl);
    await expectVisible(heading(page, `${role} på Exempelskolan`));
    expect(await fitsWidth(page)).toBe(true);
    expect(await smallestTarget(page)).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(screenshotDir, "roles-staffing-phone.png"),
      fullPage: true,
    });
    await page.setViewportSize(viewports.desktop);
    await page.screenshot({ path: join(screenshotDir, "roles-staffing.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe("a viewer sees who holds the roles but cannot change them", () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await newPage(demoUsers.viewer));
  });

  it("reads the staffing without any edit controls", async () => {
    expect(await page.getByRole("link", { name: "Funktioner" }).count()).toBe(0);
    await page.goto(staffingUrl);
    await expectVisible(heading(page, `${role} på Exempelskolan`));
    await expectVisible(page.getByText(/kan se men inte ändra uppgifterna här/));
    await expectVisible(page.getByText("Maria Karlsson"));
    expect(await page.getByRole("button", { name: "Spara bemanningen" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Flytta/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto("/roles/new");
    await expectVisible(page.getByRole("alert").filter({ hasText: "Du har inte behörighet" }));
    await page.goto("/people");
    await expectVisible(heading(page, "Personer"));
    expect(await page.getByLabel("Beredskap").count()).toBe(0);
  });

  it("reads the role in English", async () => {
    await page.goto("/roles");
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(heading(page, "Incident roles"));
    await page.getByRole("link", { name: "Fire safety officer" }).click();
    await expectVisible(page.getByText("Who holds it, unit by unit"));
    await expectVisible(
      page
        .getByRole("list", { name: "Who holds Fire safety officer at each unit" })
        .getByText("Taken from Exempelskolan")
        .first(),
    );
  });
});
