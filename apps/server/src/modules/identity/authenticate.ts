import type { FastifyRequest } from "fastify";
import type { Deps } from "../../deps.js";
import { sameSecret, tokenHash, type Actor } from "../../platform/auth/index.js";
import { AppError } from "../../platform/errors.js";
import { findTokenByHash, sessionView, touchSession, touchToken } from "./identity.repo.js";

export const SESSION_COOKIE = "beredd_session";

// Writing "last seen" on every request would turn every read into a write; once a minute is
// precise enough for idle expiry and for showing when a token was last used.
const TOUCH_INTERVAL_MS = 60_000;

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * What a caller is known by: its headers and its cookies. An HTTP request is one; so is a
 * WebSocket handshake, which is authenticated before (and without) any Fastify request.
 */
export interface Caller {
  headers: { authorization?: string | undefined };
  cookies: Record<string, string | undefined>;
}

/**
 * Finds who is calling: a bearer API token or the session cookie. An invalid bearer token is an
 * error at once (an integration must learn its token is wrong); an invalid cookie is anonymous.
 */
export async function resolveActor(deps: Deps, caller: Caller): Promise<Actor | null> {
  const authorization = caller.headers.authorization;
  if (authorization !== undefined) return tokenActor(deps, authorization);
  const cookie = caller.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const id = tokenHash(deps.secrets.sessionKey, cookie);
  const session = await sessionView(deps.db, id);
  const now = deps.clock.now();
  if (!session || session.person_deactivated_at) return null;
  const idleEnds = Date.parse(session.last_seen_at) + deps.config.sessionIdleMs;
  if (Date.parse(session.expires_at) <= now.getTime() || idleEnds <= now.getTime()) return null;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS)
    await touchSession(deps.db, id, now.toISOString());
  return {
    type: "person",
    id: session.person_id,
    userId: session.user_id,
    organizationId: session.organization_id,
    accessRole: session.access_role,
    sessionId: id,
    csrfToken: session.csrf_token,
  };
}

async function tokenActor(deps: Deps, authorization: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const token = match?.[1]
    ? await findTokenByHash(deps.db, tokenHash(deps.secrets.sessionKey, match[1]))
    : undefined;
  if (!token || token.revoked_at)
    throw new AppError("unauthenticated", "The API token is not valid");
  const now = deps.clock.now();
  if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) > TOUCH_INTERVAL_MS)
    await touchToken(deps.db, token.id, now.toISOString());
  return {
    type: "api_token",
    id: token.id,
    organizationId: token.organization_id,
    accessRole: token.access_role,
  };
}

/**
 * The guard every protected route calls first. Writes made with the session cookie must carry
 * the session's CSRF token in X-CSRF-Token (synchronizer token); SameSite=Strict is the second wall.
 */
export function requireActor(request: FastifyRequest): Actor {
  const actor = request.actor;
  if (!actor) throw new AppError("unauthenticated");
  if (actor.type === "person" && UNSAFE.has(request.method)) {
    const given = request.headers["x-csrf-token"];
    if (typeof given !== "string" || !sameSecret(given, actor.csrfToken))
      throw new AppError("csrf_failed");
  }
  return actor;
}
