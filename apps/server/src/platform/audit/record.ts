import type { Db } from "../db/index.js";
import { newId } from "../ids.js";

/** Who acted: a signed-in person, an API token, or (null, or type system) Beredd itself. */
export interface AuditActor {
  type: "person" | "api_token" | "system";
  id: string | null;
}

export interface AuditEntry {
  organizationId: string;
  actor: AuditActor | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  at: Date;
}

/**
 * Records who did what, in the transaction of the change itself, so a change never commits
 * without its audit entry (docs/adr/0004). Secrets never go into `data`.
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
