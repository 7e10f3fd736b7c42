import type { EndedSessions } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { AppError } from "../../../platform/errors.js";
import { deleteSessionsOfUser } from "../identity.repo.js";

/** "Sign out everywhere else": every session of this login but the one asking ends. */
export async function endOtherSessions(deps: Deps, actor: Actor): Promise<EndedSessions> {
  if (actor.type !== "person") throw new AppError("forbidden", "API tokens have no session");
  const at = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    const ended = await deleteSessionsOfUser(trx, actor.userId, actor.sessionId);
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "sessions.ended",
      subjectType: "person",
      subjectId: actor.id,
      data: { ended, others: true },
      at,
    });
    return { ended };
  });
}
