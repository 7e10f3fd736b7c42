import { routes, type Incident, type Task } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { useLocale } from "../../i18n/use-locale";
import { api } from "../../lib/api";
import { useFormatTime } from "../../lib/use-format-date";
import { useIncidentWrite } from "./use-incident-write";
import { doneForMe, myTasks, type MyPart } from "./my-part";

interface CardProps {
  incident: Incident;
  part: MyPart;
  personId: string;
}

/** My action card: one checkbox per item, ticked only once the server has the tick. */
export function ActionCard({ incident, part, personId }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tasks = myTasks(incident, part);
  const roles = part.participant?.roles.filter((r) =>
    tasks.some((task) => task.roleId === r.roleId),
  );
  return (
    <section className="card incident-section" aria-labelledby="card-title">
      <h2 id="card-title">{t("alarm.page.card")}</h2>
      {tasks.length === 0 && <p>{t("alarm.page.noCard")}</p>}
      {roles?.map((role) => (
        <div key={role.roleId} className="action-card">
          {roles.length > 1 && (
            <h3>{t("alarm.page.cardFor", { role: role.roleName?.[locale] ?? role.roleKey })}</h3>
          )}
          <ul className="plain-list task-list">
            {tasks
              .filter((task) => task.roleId === role.roleId)
              .map((task) => (
                <TaskItem key={task.id} incident={incident} task={task} personId={personId} />
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function TaskItem({
  incident,
  task,
  personId,
}: {
  incident: Incident;
  task: Task;
  personId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatTime = useFormatTime();
  const params = { id: incident.id, taskId: task.id };
  const mutation = useIncidentWrite(incident.id, (checked: boolean) =>
    checked
      ? api.call(routes.participation.completeTask, { params })
      : api.call(routes.participation.uncompleteTask, { params }),
  );
  const [failed, setFailed] = useState<unknown>(null);
  const done = doneForMe(task, personId);
  const mine = task.completions.find((c) => c.personId === personId);
  const last = task.completions.at(-1);
  const pending = mutation.isPending;
  const closed = incident.status === "closed";

  const toggle = (checked: boolean) => {
    if (pending) return;
    setFailed(null);
    mutation.mutate(checked, { onError: (error) => setFailed(error) });
  };

  return (
    <li className="task-item" aria-busy={pending}>
      <label className="task-label">
        <input
          type="checkbox"
          className="checkbox task-checkbox"
          checked={done}
          disabled={closed}
          onChange={(e) => toggle(e.target.checked)}
        />
        <span className="task-text">{task.text[locale]}</span>
      </label>
      <span className="task-meta muted">
        {pending
          ? t("alarm.page.saving")
          : mine
            ? t("alarm.page.tickedAt", { time: formatTime(mine.at) })
            : done && last
              ? t("alarm.page.doneByOther", { time: formatTime(last.at) })
              : null}
      </span>
      {failed !== null && <ErrorAlert error={failed} message={t("alarm.page.tickFailed")} />}
    </li>
  );
}
