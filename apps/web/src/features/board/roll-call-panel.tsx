import type { Incident } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { peopleQueries } from "../people/people-api";
import { missingNames } from "./board-model";

/** The roll-call's totals, the groups counted, and by name who has not answered yet. */
export function RollCallPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { rollCall } = incident;
  const people = useQuery(peopleQueries.all({}));
  const names = useMemo(
    () => new Map(people.data?.items.map((p) => [p.id, p.name])),
    [people.data],
  );
  const missing = useMemo(() => missingNames(incident, names), [incident, names]);
  return (
    <section className="card" aria-labelledby="board-rollcall">
      <h2 id="board-rollcall">{t("board.rollCall.title")}</h2>
      <dl className="board-counts">
        <div>
          <dt>{t("board.rollCall.safe")}</dt>
          <dd>{rollCall.safe}</dd>
        </div>
        <div data-alert={rollCall.needHelp > 0}>
          <dt>{t("board.rollCall.needHelp")}</dt>
          <dd>{rollCall.needHelp}</dd>
        </div>
        <div>
          <dt>{t("board.rollCall.notAnswered")}</dt>
          <dd>{rollCall.notAnswered.length}</dd>
        </div>
      </dl>
      {rollCall.groups.length > 0 && (
        <ul className="plain-list">
          {rollCall.groups.map((g) => (
            <li key={`${g.label}-${g.reportedBy}`}>{t("board.rollCall.group", g)}</li>
          ))}
        </ul>
      )}
      {missing.length > 0 ? (
        <p>
          <strong>{t("board.rollCall.missing")}:</strong> {missing.join(", ")}
        </p>
      ) : (
        <p className="muted">{t("board.rollCall.allAnswered")}</p>
      )}
    </section>
  );
}
