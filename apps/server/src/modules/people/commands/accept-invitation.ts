import type { AcceptInvitation, InvitationView } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { hashPassword, tokenHash } from "../../../platform/auth/index.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { inTransaction, type Db } from "../../../platform/db/index.js";
import { AppError, gone, notFound } from "../../../platform/errors.js";
import {
  createLogin,
  deleteSessionsOfUser,
  findInvitation,
  openSession,
  sessionView,
  setPassword,
  useInvitation,
  type LoginResult,
} from "../../identity/index.js";
import { findPerson } from "../people.repo.js";

const usedUp = () => gone("The sign-in link has been used or has expired");

/** The link and its person, while it can still be used: 404 unknown, 410 used or expired. */
async function usableInvitation(deps: Deps, db: Db, token: string) {
  const invitation = await findInvitation(db, tokenHash(deps.secrets.sessionKey, token));
  if (!invitation) throw notFound("The sign-in link");
  const person = await findPerson(db, invitation.organization_id, invitation.person_id);
  const expired = Date.parse(invitation.expires_at) <= deps.clock.now().getTime();
  if (invitation.used_at || expired || !person?.email || person.deactivated_at) throw usedUp();
  return { invitation, person: { ...person, email: person.email } };
}

/** Whose sign-in link this is, for the page that greets them. */
export async function readInvitation(deps: Deps, token: string): Promise<InvitationView> {
  const { invitation, person } = await usableInvitation(deps, deps.db, token);
  return {
    name: person.name,
    email: person.email,
    organization: { name: invitation.organization_name },
    expiresAt: invitation.expires_at,
  };
}

/**
 * The person chooses their password with the link: it becomes the password of their account
 * (created now if they had none), the link is used up, every other session of theirs ends, and
 * they are signed in.
 */
export async function acceptInvitation(
  deps: Deps,
  token: string,
  input: AcceptInvitation,
  meta: { userAgent: string | undefined },
): Promise<LoginResult> {
  await usableInvitation(deps, deps.db, token);
  const passwordHash = await hashPassword(input.password);
  const at = deps.clock.now();
  const { id, token: sessionToken } = await inTransaction(deps.db, async (trx) => {
    const { invitation, person } = await usableInvitation(deps, trx, token);
    if (!(await useInvitation(trx, invitation.id, at))) throw usedUp();
    let userId = person.user_id;
    let ended = 0;
    if (userId) {
      await setPassword(trx, userId, passwordHash, at);
      ended = await deleteSessionsOfUser(trx, userId, null);
    } else {
      userId = await createLogin(trx, {
        organizationId: person.organization_id,
        email: person.email,
        name: person.name,
        passwordHash,
        at,
      });
      await trx
        .updateTable("people")
        .set({ user_id: userId, updated_at: at.toISOString() })
        .where("id", "=", person.id)
        .execute();
    }
    await recordAudit(trx, {
      organizationId: person.organization_id,
      actor: null,
      action: "invitation.accepted",
      subjectType: "person",
      subjectId: person.id,
      data: { sessionsEnded: ended },
      at,
    });
    return openSession(deps, trx, {
      userId,
      personId: person.id,
      organizationId: person.organization_id,
      userAgent: meta.userAgent,
      at,
    });
  });
  const session = await sessionView(deps.db, id);
  if (!session) throw new AppError("internal");
  return { token: sessionToken, session };
}
