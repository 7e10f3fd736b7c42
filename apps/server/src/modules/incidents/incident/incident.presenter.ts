import {
  ScenarioPlan,
  type EventActor,
  type Incident,
  type IncidentSummary,
  type LocalizedText,
  type RollCall,
} from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { parseJson } from "../../../platform/db/index.js";
import {
  completionsOf,
  lastSeqOf,
  logOf,
  participationsOf,
  rolesOf,
  rollCallOf,
  tasksOf,
  type IncidentRow,
} from "./incidents.repo.js";
import { findRolesById } from "../../roles/index.js";
import { audienceOf, audiencePeople } from "../participation/audience.js";

export const presentSummary = (row: IncidentRow): IncidentSummary => ({
  id: row.id,
  scenario: {
    id: row.scenario_id,
    key: row.scenario_key,
    name: parseJson<LocalizedText>(row.scenario_name),
  },
  unitId: row.unit_id,
  severity: row.severity,
  status: row.status,
  drill: row.drill === 1,
  recalled: row.recalled === 1,
  silent: ScenarioPlan.parse(parseJson(row.plan)).silent,
  raisedAt: row.raised_at,
  resolvedAt: row.resolved_at,
  closedAt: row.closed_at,
});

/**
 * The whole incident as one viewer may see it. Staff see every participant; others see the
 * role holders (whom they may need to reach) and themselves, not the hundreds alerted at the place.
 */
export async function presentIncident(
  db: Db,
  row: IncidentRow,
  viewer: { staff: boolean; personId: string | null },
): Promise<Incident> {
  const plan = ScenarioPlan.parse(parseJson(row.plan));
  const [participations, held, audience, tasks, completions, log, reports, lastSeq] =
    await Promise.all([
      participationsOf(db, row.id),
      rolesOf(db, row.id),
      audienceOf(db, row.id),
      tasksOf(db, row.id),
      completionsOf(db, row.id),
      logOf(db, row.id),
      rollCallOf(db, row.id),
      lastSeqOf(db, row.id),
    ]);
  const roleIds = [...new Set(held.map((r) => r.role_id))];
  const roleNames = new Map(
    (await findRolesById(db, row.organization_id, roleIds)).map((r) => [
      r.id,
      parseJson<LocalizedText>(r.name),
    ]),
  );
  const rolesByPart = new Map<string, typeof held>();
  for (const r of held)
    rolesByPart.set(r.participation_id, [...(rolesByPart.get(r.participation_id) ?? []), r]);
  const shown = viewer.staff
    ? participations
    : participations.filter((p) => rolesByPart.has(p.id) || p.person_id === viewer.personId);

  const { tasks: presentedTasks, progress } = presentCards(tasks, completions, held);

  return {
    ...presentSummary(row),
    placeNote: row.place_note,
    note: row.note,
    alertText: plan.alertText,
    instructions: plan.instructions,
    requiresAcknowledgement: plan.requiresAcknowledgement,
    rollCallEnabled: plan.rollCall,
    raisedBy: parseJson<EventActor>(row.raised_by),
    participants: shown.map((p) => ({
      id: p.id,
      personId: p.person_id,
      name: p.name,
      roles: (rolesByPart.get(p.id) ?? []).map((r) => ({
        roleId: r.role_id,
        roleKey: r.role_key,
        roleName: roleNames.get(r.role_id) ?? null,
        reason: r.reason,
        activatedAt: r.activated_at,
      })),
      reason: p.reason,
      status: p.status,
      notifiedAt: p.notified_at,
      receivedAt: p.received_at,
      answeredAt: p.answered_at,
    })),
    audience,
    tasks: presentedTasks,
    progress,
    rollCall: presentRollCall(reports, [
      ...new Set([
        ...participations.map((p) => p.person_id),
        ...(audience && plan.rollCall ? await audiencePeople(db, row.id) : []),
      ]),
    ]),
    log: log.map((e) => ({
      id: e.id,
      kind: e.kind,
      text: e.text,
      authorName: e.author_name,
      at: e.created_at,
      key: e.key === 1,
    })),
    lastSeq,
  };
}

/** The action cards with what is done, and each role's progress (an "each" item is done when
 * every holder of the role has ticked it). */
function presentCards(
  tasks: Awaited<ReturnType<typeof tasksOf>>,
  completions: Awaited<ReturnType<typeof completionsOf>>,
  held: Awaited<ReturnType<typeof rolesOf>>,
): Pick<Incident, "tasks" | "progress"> {
  const presentedTasks = tasks.map((t) => {
    const done = completions.filter((c) => c.task_id === t.id);
    const holders = held.filter((r) => r.role_key === t.role_key).length;
    return {
      id: t.id,
      roleId: t.role_id,
      roleKey: t.role_key,
      itemId: t.item_id,
      text: parseJson<LocalizedText>(t.text),
      mode: t.mode,
      position: t.position,
      completions: done.map((c) => ({ personId: c.person_id, at: c.completed_at })),
      done: t.mode === "once" ? done.length > 0 : done.length >= Math.max(1, holders),
    };
  });
  const progress = [...new Set(presentedTasks.map((t) => t.roleKey))].map((roleKey) => {
    const mine = presentedTasks.filter((t) => t.roleKey === roleKey);
    return {
      roleId: mine[0]?.roleId ?? "",
      roleKey,
      done: mine.filter((t) => t.done).length,
      total: mine.length,
    };
  });

  return { tasks: presentedTasks, progress };
}

function presentRollCall(
  reports: Awaited<ReturnType<typeof rollCallOf>>,
  /** Everyone in the incident: those with a participation and the audience's people. */
  everyone: string[],
): RollCall {
  const people = reports.filter((r) => r.label === "" && r.status);
  const answered = new Set(reports.map((r) => r.person_id));
  return {
    safe: people.filter((r) => r.status === "safe").length,
    needHelp: people.filter((r) => r.status === "need_help").length,
    notAnswered: everyone.filter((id) => !answered.has(id)),
    people: people.map((r) => ({
      personId: r.person_id,
      status: r.status ?? "safe",
      note: r.note,
      at: r.reported_at,
    })),
    groups: reports
      .filter((r) => r.label !== "")
      .map((r) => ({
        label: r.label,
        present: r.present ?? 0,
        expected: r.expected ?? 0,
        missing: Math.max(0, (r.expected ?? 0) - (r.present ?? 0)),
        reportedBy: r.person_id,
        at: r.reported_at,
      })),
  };
}
