import type { LoginRequest } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { randomToken, tokenHash, verifyPassword } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { AppError } from "../../../platform/errors.js";
import { recordAudit } from "../../../platform/audit/index.js";
import {
  activeMembershipsOf,
  findUserByEmail,
  sessionView,
  type SessionView,
} from "../identity.repo.js";

export interface LoginResult {
  /** The secret for the cookie; only its keyed hash is stored. */
  token: string;
  session: SessionView;
}

/**
 * Signs a person in with e-mail and password and opens a new server-side session (a fresh token
 * at every login, ASVS 7.2.4). Wrong e-mail, wrong password and a deactivated person all get the
 * same answer, so the response does not tell which accounts exist.
 */
export async function login(
  deps: Deps,
  input: LoginRequest,
  meta: { userAgent: string | undefined },
): Promise<LoginResult> {
  const user = await findUserByEmail(deps.db, input.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  const membership =
    user && passwordOk ? (await activeMembershipsOf(deps.db, user.id))[0] : undefined;
  if (!user || !membership) throw new AppError("invalid_credentials");

  const now = deps.clock.now();
  const token = randomToken();
  const id = tokenHash(deps.secrets.sessionKey, token);
  await inTransaction(deps.db, async (trx) => {
    await trx
      .insertInto("sessions")
      .values({
        id,
        user_id: user.id,
        person_id: membership.id,
        organization_id: membership.organization_id,
        csrf_token: randomToken(24),
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + deps.config.sessionMaxMs).toISOString(),
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await recordAudit(trx, {
      organizationId: membership.organization_id,
      actor: null,
      action: "session.created",
      subjectType: "person",
      subjectId: membership.id,
      at: now,
    });
  });
  const session = await sessionView(deps.db, id);
  if (!session) throw new AppError("internal");
  return { token, session };
}
