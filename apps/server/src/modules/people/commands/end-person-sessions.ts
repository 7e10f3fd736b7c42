import type { EndedSessions } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden, notFound } from "../../../platform/errors.js";
import { deleteSessionsOfPerson } from "../../identity/index.js";
import { canManagePeople } from "../people.policy.js";
import { findPerson } from "../people.repo.js";

/**
 * An administrator ends every session of a person in their organisation (a lost phone, a person
 * leaving): the person must sign in again, and their sockets close at the next credential check.
 */
export async function endPersonSessions(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<EndedSessions> {
  const at = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    const person = await findPerson(trx, actor.organizationId, id);
    if (!person) throw notFound("The person");
    if (!canManagePeople(actor)) throw forbidden();
    const ended = await deleteSessionsOfPerson(trx, id);
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "sessions.ended",
      subjectType: "person",
      subjectId: id,
      data: { ended },
      at,
    });
    return { ended };
  });
}
