import { demoPassword } from "./session.js";

/**
 * Someone using the API directly, as an integration or a second device would: signed in over
 * HTTP with the session cookie, and the CSRF token writes carry. For what a test arranges or
 * checks beside the browser.
 */
export class ApiUser {
  private constructor(
    private readonly base: string,
    private readonly cookie: string,
    private readonly csrf: string,
    readonly personId: string,
  ) {}

  static async signIn(base: string, email: string): Promise<ApiUser> {
    const response = await fetch(`${base}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: demoPassword }),
    });
    if (!response.ok) throw new Error(`sign-in ${email}: ${response.status}`);
    const session = (await response.json()) as { csrfToken: string; personId: string };
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return new ApiUser(base, cookie, session.csrfToken, session.personId);
  }

  /** The server's answer as it is, whatever its status. */
  request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        "x-csrf-token": this.csrf,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  }

  /** The answer's body; anything but a 2xx is an error naming the request. */
  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.request(method, path, body, headers);
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
