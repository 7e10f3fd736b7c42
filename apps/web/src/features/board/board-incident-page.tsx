import type { Incident } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { isApiError } from "../../lib/api-error";
import { useFormatTime } from "../../lib/use-format-date";
import { IncidentLog } from "../alarm/incident-log";
import { boardQueries } from "./board-api";
import { DrillBanner } from "./drill-mark";
import { NeedHelpPanel } from "./need-help-panel";
import { RolesPanel } from "./roles-panel";
import { RollCallPanel } from "./roll-call-panel";
import { SteerPanel } from "./steer-panel";
import { TimelinePanel } from "./timeline-panel";
import { usePlaceName } from "./use-place-name";
import "./board.css";

/** One incident on the board, problems first; every panel follows the socket live. */
export function BoardIncidentPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const incident = useQuery(boardQueries.incident(id));
  return (
    <>
      <Link to="/board" className="back-link">
        {t("board.back")}
      </Link>
      {incident.isPending && <Loading />}
      {incident.isError &&
        (isApiError(incident.error) && incident.error.status === 404 ? (
          <p className="alert alert-info">{t("board.notFound")}</p>
        ) : (
          <ErrorAlert error={incident.error} onRetry={() => void incident.refetch()} />
        ))}
      {incident.data && <IncidentBoard incident={incident.data} />}
    </>
  );
}

function IncidentBoard({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatTime = useFormatTime();
  const placeName = usePlaceName();
  const place = [placeName(incident.unitId), incident.placeNote].filter(Boolean).join(", ");
  return (
    <div className="board-incident" data-drill={incident.drill}>
      {incident.drill && <DrillBanner />}
      <PageHeader
        title={incident.scenario.name[locale]}
        documentTitle={
          incident.drill
            ? `${t("incident.drill")} – ${incident.scenario.name[locale]}`
            : incident.scenario.name[locale]
        }
        intro={`${place} · ${t("incident.raisedAt", { time: formatTime(incident.raisedAt) })} · ${t("incident.raisedBy", { name: incident.raisedBy.name })}`}
        actions={
          <p className="board-badges">
            <span className="badge board-status">{t(`incident.status.${incident.status}`)}</span>
            <span className="badge board-severity" data-severity={incident.severity}>
              {t("board.severity")}: {t(`incident.severity.${incident.severity}`)}
            </span>
            {incident.recalled && (
              <span className="badge badge-warning">{t("incident.recalled")}</span>
            )}
          </p>
        }
      />
      <NeedHelpPanel incident={incident} />
      <div className="board-columns">
        <div className="board-column">
          <RolesPanel incident={incident} />
          <RollCallPanel incident={incident} />
        </div>
        <div className="board-column">
          <SteerPanel incident={incident} />
          <IncidentLog incident={incident} />
          <TimelinePanel incidentId={incident.id} />
        </div>
      </div>
    </div>
  );
}
