import type { Incident, Participant } from "@beredd/contracts";
import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/use-locale";
import { useFormatTime } from "../../lib/use-format-date";
import { roleGroups } from "./board-model";

/** Each activated role: its action card's progress and every person holding it, with their times. */
export function RolesPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { roles, others } = useMemo(() => roleGroups(incident), [incident]);
  return (
    <section className="card" aria-labelledby="board-roles">
      <h2 id="board-roles">{t("board.roles")}</h2>
      <ul className="board-roles">
        {roles.map((role) => (
          <li key={role.roleId} className="board-role">
            <h3>{role.name?.[locale] ?? role.roleKey}</h3>
            {role.progress && (
              <p className="board-progress">
                <progress
                  value={role.progress.done}
                  max={Math.max(1, role.progress.total)}
                  aria-hidden="true"
                />
                <span>{t("board.progress", role.progress)}</span>
              </p>
            )}
            <PeopleList people={role.people} />
          </li>
        ))}
        {others.length > 0 && (
          <li className="board-role">
            <h3>{t("board.otherPeople")}</h3>
            <PeopleList people={others} />
          </li>
        )}
      </ul>
    </section>
  );
}

function PeopleList({ people }: { people: Participant[] }) {
  return (
    <ul className="board-people">
      {people.map((p) => (
        <PersonRow key={p.id} participant={p} />
      ))}
    </ul>
  );
}

/**
 * One person and their times. Memoised: the query cache keeps an unchanged participant the same
 * object across refetches, so an answer re-renders its own row, not all 500.
 */
const PersonRow = memo(function PersonRow({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  return (
    <li className="board-person" data-status={p.status}>
      <span className="board-person-name">{p.name}</span>
      <span className="board-status">{t(`incident.participation.${p.status}`)}</span>
      <span className="board-times">
        <span>{t("board.times.notified", { time: formatTime(p.notifiedAt) })}</span>
        <span>
          {p.receivedAt
            ? t("board.times.received", { time: formatTime(p.receivedAt) })
            : t("board.times.notReceived")}
        </span>
        {p.answeredAt && (
          <span>{t("board.times.answered", { time: formatTime(p.answeredAt) })}</span>
        )}
      </span>
    </li>
  );
});
