import { DEMO } from "./fixtures.js";

/** A person signed in to a server process over real HTTP: the session cookie and the CSRF token. */
export interface RemoteSession {
  cookie: string;
  csrfToken: string;
}

export async function signInOver(
  url: string,
  email: string,
  password = DEMO.password,
): Promise<RemoteSession> {
  const res = await fetch(`${url}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`sign-in as ${email}: ${res.status} ${await res.text()}`);
  const cookie = /beredd_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** One request to a server process as a signed-in person. */
export const call = (
  url: string,
  who: RemoteSession,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`${url}${path}`, {
    method,
    headers: {
      cookie: `beredd_session=${who.cookie}`,
      "x-csrf-token": who.csrfToken,
      ...(body ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
