import type { ActivationReason, ScenarioPlan } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";
import { newId } from "../../platform/ids.js";
import type { Recipient } from "./activation.js";
import type { EventLog } from "./event-log.js";
import type { IncidentRow } from "./incidents.repo.js";

// Rows per multi-row statement: 11 columns × 1,000 stays under SQLite's 32,766 bound values.
const CHUNK = 1000;

export interface IncidentRef {
  id: string;
  organization_id: string;
  drill: boolean;
}

export const refOf = (row: IncidentRow): IncidentRef => ({
  id: row.id,
  organization_id: row.organization_id,
  drill: row.drill === 1,
});

/**
 * Activates people in an incident: one participation each (the unique key makes a second
 * activation of the same person a no-op, so no step notifies anyone twice), their roles' action
 * cards, and one "participants.activated" event. Someone who is in the incident only as one of
 * everyone at the place (and has answered as such) is given the new part: the role, its card and
 * a fresh "notified" to acknowledge it. Returns the people newly activated.
 */
export async function activate(
  trx: Db,
  log: EventLog,
  incident: IncidentRef,
  plan: ScenarioPlan,
  recipients: Recipient[],
  at: Date,
  options: { reason?: ActivationReason; stepIndex?: number | null; newIncident?: boolean } = {},
): Promise<Recipient[]> {
  // A new incident has no one in it yet: skip the look-up (it is the bulk of a large raise).
  const already = new Map<string, { id: string; reason: ActivationReason }>();
  for (let i = 0; !options.newIncident && i < recipients.length; i += CHUNK) {
    const ids = recipients.slice(i, i + CHUNK).map((r) => r.personId);
    const rows = await trx
      .selectFrom("participations")
      .select(["id", "person_id", "reason"])
      .where("incident_id", "=", incident.id)
      .where("person_id", "in", ids)
      .execute();
    for (const r of rows) already.set(r.person_id, r);
  }
  // Not in yet, or in only as one of everyone at the place.
  const fresh = recipients.filter(
    (r) => (already.get(r.personId)?.reason ?? "everyone") === "everyone",
  );
  if (fresh.length === 0) return [];

  const ts = at.toISOString();
  const planned = fresh.map((recipient) => ({
    recipient,
    row: {
      id: already.get(recipient.personId)?.id ?? newId(),
      organization_id: incident.organization_id,
      incident_id: incident.id,
      person_id: recipient.personId,
      role_id: recipient.roleId,
      role_key: recipient.roleKey,
      reason: options.reason ?? recipient.reason,
      status: "notified" as const,
      notified_at: ts,
      received_at: null,
      answered_at: null,
    },
  }));
  // Those whose participation this call wrote: another node may activate the same person at the
  // same moment (whoever inserts first does), or give the one of everyone their part first.
  const done = new Set<string>();
  const inserts = planned.filter((p) => !already.has(p.row.person_id)).map((p) => p.row);
  for (let i = 0; i < inserts.length; i += CHUNK) {
    const stored = await trx
      .insertInto("participations")
      .values(inserts.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(["incident_id", "person_id"]).doNothing())
      .returning("person_id")
      .execute();
    for (const r of stored) done.add(r.person_id);
  }
  for (const { row } of planned.filter((p) => already.has(p.row.person_id))) {
    const { numUpdatedRows } = await trx
      .updateTable("participations")
      .set({
        role_id: row.role_id,
        role_key: row.role_key,
        reason: row.reason,
        status: row.status,
        notified_at: ts,
        received_at: null,
        answered_at: null,
      })
      .where("id", "=", row.id)
      .where("reason", "=", "everyone")
      .executeTakeFirst();
    if (numUpdatedRows > 0n) done.add(row.person_id);
  }
  const written = planned.filter((p) => done.has(p.row.person_id));
  if (written.length === 0) return [];
  const activated = written.map((p) => p.recipient);
  await addCards(trx, incident.id, plan, activated);
  log.add(
    incident,
    "participants.activated",
    {
      reason: options.reason ?? activated[0]?.reason ?? "role",
      stepIndex: options.stepIndex ?? null,
      participants: written.map(({ recipient, row }) => ({
        participantId: row.id,
        personId: row.person_id,
        name: recipient.name,
        roleId: row.role_id,
        roleKey: row.role_key,
      })),
    },
    { kind: "staff" },
  );
  return activated;
}

/** The action-card items of the roles just activated; cards already in the incident stay as they are. */
async function addCards(trx: Db, incidentId: string, plan: ScenarioPlan, recipients: Recipient[]) {
  const roles = new Map<string, string>();
  for (const r of recipients) if (r.roleKey && r.roleId) roles.set(r.roleKey, r.roleId);
  const tasks = plan.cards
    .filter((card) => roles.has(card.roleKey))
    .flatMap((card) =>
      card.items.map((item, position) => ({
        id: newId(),
        incident_id: incidentId,
        role_id: roles.get(card.roleKey) ?? "",
        role_key: card.roleKey,
        item_id: item.id,
        text: JSON.stringify(item.text),
        mode: item.mode,
        position,
      })),
    );
  if (tasks.length)
    await trx
      .insertInto("incident_tasks")
      .values(tasks)
      .onConflict((oc) => oc.columns(["incident_id", "role_key", "item_id"]).doNothing())
      .execute();
}
