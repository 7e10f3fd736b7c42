import type { Page } from "playwright-core";
import { expectVisible } from "./page.js";

export const demoPassword = "beredd-demo-2026";

export const demoUsers = {
  admin: "anna.lindqvist@exempelkommun.se",
  coordinator: "erik.johansson@exempelkommun.se",
  viewer: "lena.sjoberg@exempelkommun.se",
} as const;

/** Signs in through the Swedish login page and waits for the signed-in layout. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expectVisible(page.getByRole("button", { name: "Logga ut" }));
}
