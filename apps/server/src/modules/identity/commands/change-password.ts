import type { ChangePassword } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { hashPassword, verifyPassword, type Actor } from "../../../platform/auth/index.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { AppError, invalidField } from "../../../platform/errors.js";
import { deleteSessionsOfUser, passwordHashOf } from "../identity.repo.js";
import { setPassword } from "./logins.js";

/**
 * A signed-in person changes their own password, proving the current one first (a session left
 * open on a shared computer must not be enough to take the account). Every other session of
 * theirs, in every organisation, ends with it; this one stays.
 */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: ChangePassword,
): Promise<void> {
  if (actor.type !== "person")
    throw new AppError("forbidden", "Only a signed-in person has a password");
  const current = await passwordHashOf(deps.db, actor.userId);
  if (!(await verifyPassword(current, input.currentPassword)))
    throw invalidField("body/currentPassword", "That is not your current password", "wrong");
  if (input.newPassword === input.currentPassword)
    throw invalidField(
      "body/newPassword",
      "The new password must differ from the current one",
      "same",
    );
  const passwordHash = await hashPassword(input.newPassword);
  const at = deps.clock.now();
  await inTransaction(deps.db, async (trx) => {
    await setPassword(trx, actor.userId, passwordHash, at);
    const ended = await deleteSessionsOfUser(trx, actor.userId, actor.sessionId);
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "password.changed",
      subjectType: "person",
      subjectId: actor.id,
      data: { sessionsEnded: ended },
      at,
    });
  });
}
