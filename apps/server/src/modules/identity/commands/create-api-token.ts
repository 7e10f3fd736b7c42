import type { CreatedApiToken, CreateApiToken } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { randomToken, tokenHash, type Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageApiTokens } from "../identity.policy.js";
import { presentToken } from "../identity.presenter.js";
import type { TokenRow } from "../identity.repo.js";

/** Creates an API token for an integration. The secret is returned once and stored hashed. */
export async function createApiToken(
  deps: Deps,
  actor: Actor,
  input: CreateApiToken,
): Promise<CreatedApiToken> {
  if (!canManageApiTokens(actor)) throw forbidden();
  const secret = `beredd_${randomToken()}`;
  const now = deps.clock.now().toISOString();
  const row: TokenRow = {
    id: newId(),
    organization_id: actor.organizationId,
    name: input.name,
    access_role: input.accessRole ?? "viewer",
    prefix: secret.slice(0, 14),
    token_hash: tokenHash(deps.secrets.sessionKey, secret),
    created_by: actor.type === "person" ? actor.id : null,
    created_at: now,
    last_used_at: null,
    revoked_at: null,
  };
  await inTransaction(deps.db, async (trx) => {
    await trx.insertInto("api_tokens").values(row).execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "api_token.created",
      subjectType: "api_token",
      subjectId: row.id,
      data: { name: row.name, accessRole: row.access_role },
      at: deps.clock.now(),
    });
  });
  return { ...presentToken(row), token: secret };
}
