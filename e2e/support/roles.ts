import type { Locator, Page } from "playwright-core";
import { expectVisible } from "./page.js";

/**
 * The names in an ordered holder list ("Ordinarie" or "Ersättare") on the staffing page, in
 * order, read from what each row's remove button says to a screen reader.
 */
export async function holders(page: Page, list: string): Promise<string[]> {
  const group = page.getByRole("group", { name: list, exact: true });
  const names: string[] = [];
  for (const button of await group.getByRole("button", { name: /^Ta bort / }).all())
    names.push(((await button.getAttribute("aria-label")) ?? "").replace(/^Ta bort /, ""));
  return names;
}

/** Adds a person to the staffing being edited, as a main holder or a deputy. */
export async function addHolder(page: Page, name: string, as: "Ordinarie" | "Ersättare") {
  const add = page.getByRole("group", { name: "Lägg till en person" });
  await add.getByLabel("Person").selectOption({ label: name });
  await add.getByLabel("Lägg till som").selectOption({ label: as });
  await add.getByRole("button", { name: "Lägg till" }).click();
  await expectVisible(page.getByRole("group", { name: as, exact: true }).getByText(name));
}

/** The status messages on screen that say something (notices and the staffing editor's). */
export const statusWith = (page: Page, text: string): Locator =>
  page.getByRole("status").filter({ hasText: text });

/** The smallest height of the visible buttons and links styled as buttons, in CSS pixels. */
export const smallestTarget = (page: Page): Promise<number> =>
  page.evaluate<number>(`Math.min(
    ...[...document.querySelectorAll("main .button")]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => r.height),
  )`);

/** The last day of an absence as the Swedish interface shows it ("13 dec. 2026"). */
export const swedishDate = (date: Date): string =>
  new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium" }).format(date);

/** A date input's value for a date. */
export const dateInput = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
