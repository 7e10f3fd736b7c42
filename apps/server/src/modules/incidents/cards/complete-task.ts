import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { forbidden, notFound } from "../../../platform/errors.js";
import { allow, loadForActor, requireActive } from "../incident/access.js";
import { commandBy } from "../incident/actors.js";
import { commitWithEvents } from "../log/event-log.js";
import { canCompleteTask } from "../incident/incidents.policy.js";
import { refOf } from "../participation/participants.js";

/**
 * Ticks (done=true) or unticks an item of an action card. An "each" item is ticked per person,
 * a "once" item once for everyone; ticking twice changes nothing and writes no event.
 */
export async function completeTask(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  taskId: string,
  done: boolean,
): Promise<void> {
  if (actor.type !== "person") throw forbidden("Only a person ticks an action card");
  const { incident, participation } = await loadForActor(deps.db, actor, incidentId);
  const task = await deps.db
    .selectFrom("incident_tasks")
    .selectAll()
    .where("incident_id", "=", incident.id)
    .where("id", "=", taskId)
    .executeTakeFirst();
  if (!task) throw notFound("The task");
  requireActive(incident);
  allow(canCompleteTask(actor, participation, task.role_key), "tick another role's card");
  const scope = task.mode === "once" ? "*" : actor.id;
  await commitWithEvents(
    deps,
    await commandBy(deps.db, actor, done ? "task.complete" : "task.reopen", incident.id),
    async (trx, log) => {
      const changed = done
        ? (
            await trx
              .insertInto("task_completions")
              .values({
                task_id: task.id,
                incident_id: incident.id,
                scope,
                person_id: actor.id,
                completed_at: deps.clock.now().toISOString(),
              })
              .onConflict((oc) => oc.columns(["task_id", "scope"]).doNothing())
              .executeTakeFirst()
          ).numInsertedOrUpdatedRows
        : (
            await trx
              .deleteFrom("task_completions")
              .where("task_id", "=", task.id)
              .where("scope", "=", scope)
              .executeTakeFirst()
          ).numDeletedRows;
      if (Number(changed ?? 0) > 0)
        log.add(refOf(incident), "task.completed", {
          taskId: task.id,
          roleKey: task.role_key,
          itemId: task.item_id,
          personId: actor.id,
          done,
        });
    },
  );
}
