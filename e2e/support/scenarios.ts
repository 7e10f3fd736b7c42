import type { Page } from "playwright-core";
import { demoPassword } from "./session.js";

/** A signed-in API caller, for what a test arranges or checks beside the browser. */
export interface ApiCaller {
  get: <T>(path: string) => Promise<T>;
  send: (method: "POST" | "PATCH", path: string, body: unknown) => Promise<Response>;
}

/** Signs in over HTTP as a demo user: the session cookie, and the CSRF token writes carry. */
export async function apiAs(baseUrl: string, email: string): Promise<ApiCaller> {
  const login = await fetch(`${baseUrl}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!login.ok) throw new Error(`Sign-in as ${email} failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    get: async <T>(path: string) => {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    send: (method, path, body) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, "content-type": "application/json", "x-csrf-token": csrfToken },
        body: JSON.stringify(body),
      }),
  };
}

/** The action card of one role in the editor, by its heading. */
export function cardOf(page: Page, role: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: `Åtgärdskort för ${role}` }) });
}
