import type { Session } from "@beredd/contracts";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import type { App } from "../src/platform/http/index.js";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** A signed-in browser, as the server sees it: the session cookie plus the CSRF header on writes. */
export interface Agent {
  session: Session;
  cookie: string;
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function signIn(app: App, email: string, password: string): Promise<Agent> {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/session",
    payload: { email, password },
  });
  if (res.statusCode !== 201)
    throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "beredd_session");
  if (!cookie) throw new Error("no session cookie");
  const session = res.json<Session>();
  return {
    session,
    cookie: cookie.value,
    request: (method, url, body, headers = {}) => {
      const options: InjectOptions = {
        method,
        url,
        cookies: { beredd_session: cookie.value },
        headers: { ...(method === "GET" ? {} : { "x-csrf-token": session.csrfToken }), ...headers },
      };
      if (body !== undefined) options.payload = body as InjectOptions["payload"];
      return app.inject(options);
    },
  };
}

/** An integration calling with an API token. */
export const withToken =
  (app: App, token: string) =>
  (method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { payload: body as InjectOptions["payload"] }),
    });
