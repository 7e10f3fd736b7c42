import type { IncidentSummary } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocale } from "../../i18n/use-locale";
import { useFormatTime } from "../../lib/use-format-date";
import { boardQueries } from "./board-api";
import { countsOf } from "./board-model";
import { DrillBanner } from "./drill-mark";

/** One incident on the live list: what, where, when, how bad, and how the answers stand. */
export function IncidentCard({ summary, place }: { summary: IncidentSummary; place: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatTime = useFormatTime();
  const incident = useQuery(boardQueries.incident(summary.id));
  const counts = incident.data && countsOf(incident.data);
  const name = summary.scenario.name[locale];
  return (
    <li className="card board-card" data-drill={summary.drill} data-severity={summary.severity}>
      {summary.drill && <DrillBanner />}
      <h3 className="board-card-title">
        <Link to={`/board/${summary.id}`} aria-label={t("board.open", { name })}>
          {name}
        </Link>
        {summary.recalled && <span className="badge badge-warning">{t("incident.recalled")}</span>}
        {summary.silent && <span className="badge badge-muted">{t("incident.silent")}</span>}
      </h3>
      <dl className="board-facts">
        <div>
          <dt>{t("board.place")}</dt>
          <dd>{place}</dd>
        </div>
        <div>
          <dt>{t("board.raisedAt")}</dt>
          <dd>{formatTime(summary.raisedAt)}</dd>
        </div>
        <div>
          <dt>{t("board.severity")}</dt>
          <dd className="board-severity">{t(`incident.severity.${summary.severity}`)}</dd>
        </div>
      </dl>
      {counts && (
        <dl className="board-counts">
          <div>
            <dt>{t("board.counts.activated")}</dt>
            <dd>{counts.activated}</dd>
          </div>
          <div>
            <dt>{t("board.counts.answered")}</dt>
            <dd>{counts.answered}</dd>
          </div>
          <div data-alert={counts.needHelp > 0}>
            <dt>{t("board.counts.needHelp")}</dt>
            <dd>{counts.needHelp}</dd>
          </div>
        </dl>
      )}
    </li>
  );
}
