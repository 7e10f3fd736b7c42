import type { LocalizedText, ScenarioPlan } from "@beredd/contracts";
import { parseJson, type Db } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";

/** The items of one role's card in a plan, ready to insert. */
const itemsOf = (incidentId: string, plan: ScenarioPlan, roleKey: string, roleId: string) =>
  (plan.cards.find((c) => c.roleKey === roleKey)?.items ?? []).map((item, position) => ({
    id: newId(),
    incident_id: incidentId,
    role_id: roleId,
    role_key: roleKey,
    item_id: item.id,
    text: JSON.stringify(item.text),
    mode: item.mode,
    position,
  }));

/** The action-card items of roles just given; cards already in the incident stay as they are. */
export async function cardsFor(
  trx: Db,
  incidentId: string,
  plan: ScenarioPlan,
  roles: { roleId: string | null; roleKey: string | null }[],
): Promise<void> {
  const byKey = new Map<string, string>();
  for (const r of roles) if (r.roleKey && r.roleId) byKey.set(r.roleKey, r.roleId);
  const tasks = [...byKey].flatMap(([key, id]) => itemsOf(incidentId, plan, key, id));
  if (tasks.length)
    await trx
      .insertInto("incident_tasks")
      .values(tasks)
      .onConflict((oc) => oc.columns(["incident_id", "role_key", "item_id"]).doNothing())
      .execute();
}

export interface CardChange {
  roleKey: string;
  kept: string[];
  added: string[];
  removed: { itemId: string; text: LocalizedText; done: boolean }[];
}

/**
 * A scenario switch replaces every card held in the incident with the new scenario's card for the
 * same role. An item both cards have (same id, same mode) keeps its row and what was ticked, with
 * the new wording and place; the old card's other items leave the card (what was ticked stays in
 * the log as task.completed events, and the switch event lists them with whether they were done);
 * the new card's other items are added. Roles the new scenario has no card for hold none.
 */
export async function switchCards(
  trx: Db,
  incidentId: string,
  plan: ScenarioPlan,
  heldRoles: { roleId: string; roleKey: string }[],
): Promise<CardChange[]> {
  const tasks = await trx
    .selectFrom("incident_tasks")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .execute();
  const done = new Set(
    (
      await trx
        .selectFrom("task_completions")
        .select("task_id")
        .where("incident_id", "=", incidentId)
        .execute()
    ).map((c) => c.task_id),
  );
  const roleIds = new Map(heldRoles.map((r) => [r.roleKey, r.roleId]));
  for (const t of tasks) if (!roleIds.has(t.role_key)) roleIds.set(t.role_key, t.role_id);
  const changes: CardChange[] = [];
  for (const [roleKey, roleId] of [...roleIds].sort(([a], [b]) => a.localeCompare(b))) {
    const old = tasks.filter((t) => t.role_key === roleKey);
    const next = itemsOf(incidentId, plan, roleKey, roleId);
    const change: CardChange = { roleKey, kept: [], added: [], removed: [] };
    for (const item of next) {
      const same = old.find((t) => t.item_id === item.item_id && t.mode === item.mode);
      if (same) {
        change.kept.push(item.item_id);
        await trx
          .updateTable("incident_tasks")
          .set({ text: item.text, position: item.position })
          .where("id", "=", same.id)
          .execute();
      } else change.added.push(item.item_id);
    }
    const gone = old.filter((t) => !change.kept.includes(t.item_id));
    for (const t of gone)
      change.removed.push({
        itemId: t.item_id,
        text: parseJson<LocalizedText>(t.text),
        done: done.has(t.id),
      });
    if (gone.length) {
      const ids = gone.map((t) => t.id);
      await trx.deleteFrom("task_completions").where("task_id", "in", ids).execute();
      await trx.deleteFrom("incident_tasks").where("id", "in", ids).execute();
    }
    const added = next.filter((i) => change.added.includes(i.item_id));
    if (added.length) await trx.insertInto("incident_tasks").values(added).execute();
    if (change.kept.length + change.added.length + change.removed.length > 0) changes.push(change);
  }
  return changes;
}
