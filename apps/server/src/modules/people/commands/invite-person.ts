import type { CreatedInvitation } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { randomToken, tokenHash, type Actor } from "../../../platform/auth/index.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { conflict, forbidden, notFound } from "../../../platform/errors.js";
import { replaceInvitation } from "../../identity/index.js";
import { canManagePeople } from "../people.policy.js";
import { findPerson } from "../people.repo.js";

export const INVITATION_MS = 7 * 24 * 60 * 60_000;

/**
 * An administrator creates a sign-in link for an active person with an e-mail address: whoever
 * opens it chooses the person's password and is signed in, so the administrator never knows it.
 * The link is shown once (only its keyed hash is stored), lasts seven days, is used once, and a
 * new one replaces the earlier.
 */
export async function invitePerson(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<CreatedInvitation> {
  const at = deps.clock.now();
  const expiresAt = new Date(at.getTime() + INVITATION_MS);
  const token = randomToken();
  await inTransaction(deps.db, async (trx) => {
    const person = await findPerson(trx, actor.organizationId, id);
    if (!person) throw notFound("The person");
    if (!canManagePeople(actor)) throw forbidden();
    if (person.deactivated_at) throw conflict("The person is deactivated");
    if (!person.email) throw conflict("The person has no e-mail address to sign in with");
    await replaceInvitation(trx, {
      id: tokenHash(deps.secrets.sessionKey, token),
      organizationId: actor.organizationId,
      personId: person.id,
      createdBy: actor.type === "person" ? actor.id : null,
      at,
      expiresAt,
    });
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "invitation.created",
      subjectType: "person",
      subjectId: person.id,
      data: { expiresAt: expiresAt.toISOString() },
      at,
    });
  });
  return { link: `${deps.config.publicUrl}/invite/${token}`, expiresAt: expiresAt.toISOString() };
}
