import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden, notFound } from "../../../platform/errors.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageApiTokens } from "../identity.policy.js";
import { findToken } from "../identity.repo.js";

/** Revokes a token at once; revoking twice is harmless. */
export async function revokeApiToken(deps: Deps, actor: Actor, id: string): Promise<void> {
  if (!canManageApiTokens(actor)) throw forbidden();
  const token = await findToken(deps.db, actor.organizationId, id);
  if (!token) throw notFound("The API token");
  if (token.revoked_at) return;
  const now = deps.clock.now();
  await inTransaction(deps.db, async (trx) => {
    await trx
      .updateTable("api_tokens")
      .set({ revoked_at: now.toISOString() })
      .where("id", "=", id)
      .where("organization_id", "=", actor.organizationId)
      .execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "api_token.revoked",
      subjectType: "api_token",
      subjectId: id,
      at: now,
    });
  });
}
