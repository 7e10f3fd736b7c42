import type { Locator, Page } from "playwright-core";

/**
 * Waits until the locator shows exactly one visible element; playwright-core has no `expect`,
 * so this is the assertion the tests use. Times out with the locator in the message.
 */
export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.waitFor({ state: "visible", timeout });
}

/**
 * Collects uncaught errors and console errors (CSP violations are reported there), so a test
 * can assert the page ran cleanly. Failed API calls the test provokes on purpose (401 on a
 * wrong password) are logged by Chromium as resource errors and are left out.
 */
export function trackPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (/Failed to load resource: the server responded with a status of 401/.test(text)) return;
    problems.push(`console: ${text}`);
  });
  return problems;
}

/** Picks the one option of a labelled select whose text contains `text` (options are indented). */
export async function selectOptionContaining(page: Page, label: string, text: string) {
  const select = page.getByRole("combobox", { name: label });
  const value = await select.locator("option", { hasText: text }).getAttribute("value");
  if (value === null) throw new Error(`No option "${text}" in ${label}`);
  await select.selectOption(value);
}

/** Whether the page fits its viewport's width, so nothing needs scrolling sideways (reflow). */
export const fitsWidth = (page: Page): Promise<boolean> =>
  // A string, since the e2e code is typed without the DOM.
  page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth");

/** Sets the page's text size, as a person who reads at 200 % does in the browser's settings. */
export const textSize = (page: Page, percent: number): Promise<void> =>
  page.evaluate(`document.documentElement.style.fontSize = "${percent}%"`);
