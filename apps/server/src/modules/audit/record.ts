import type { Actor } from "../../platform/auth/index.js";
import type { Db } from "../../platform/db/index.js";
import { newId } from "../../platform/ids.js";

export interface AuditEntry {
  organizationId: string;
  actor: Actor | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  at: Date;
}

/**
 * Records who did what, in the transaction of the change itself, so a change never commits
 * without its audit entry. Secrets never go into `data`.
 */
export async function recordAudit(trx: Db, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto("audit_events")
    .values({
      id: newId(),
      organization_id: entry.organizationId,
      actor_type: entry.actor?.type ?? "system",
      actor_id: entry.actor?.id ?? null,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      data: JSON.stringify(entry.data ?? {}),
      created_at: entry.at.toISOString(),
    })
    .execute();
}
