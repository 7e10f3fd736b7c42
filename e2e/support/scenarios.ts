import type { Page } from "playwright-core";

/** The action card of one role in the editor, by its heading. */
export function cardOf(page: Page, role: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: `Åtgärdskort för ${role}` }) });
}
