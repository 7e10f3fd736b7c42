import type { Deps } from "../../../deps.js";
import { randomToken, tokenHash } from "../../../platform/auth/index.js";
import type { Db } from "../../../platform/db/index.js";
import { recordAudit } from "../../../platform/audit/index.js";

export interface NewSession {
  userId: string;
  personId: string;
  organizationId: string;
  userAgent: string | undefined;
  at: Date;
}

/**
 * Opens a server-side session for a person, in the caller's transaction: a fresh token every
 * time (ASVS 7.2.4). Returns the token for the cookie and the session's id (its keyed hash).
 */
export async function openSession(
  deps: Deps,
  trx: Db,
  session: NewSession,
): Promise<{ token: string; id: string }> {
  const token = randomToken();
  const id = tokenHash(deps.secrets.sessionKey, token);
  const at = session.at;
  await trx
    .insertInto("sessions")
    .values({
      id,
      user_id: session.userId,
      person_id: session.personId,
      organization_id: session.organizationId,
      csrf_token: randomToken(24),
      created_at: at.toISOString(),
      last_seen_at: at.toISOString(),
      expires_at: new Date(at.getTime() + deps.config.sessionMaxMs).toISOString(),
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  await recordAudit(trx, {
    organizationId: session.organizationId,
    actor: null,
    action: "session.created",
    subjectType: "person",
    subjectId: session.personId,
    at,
  });
  return { token, id };
}
