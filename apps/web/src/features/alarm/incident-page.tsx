import { routes, type Incident } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { routeQuery } from "../../lib/query";
import { useFormatTime } from "../../lib/use-format-date";
import { ActionCard } from "./action-card";
import { AnswerButtons } from "./answer-buttons";
import { IncidentLog } from "./incident-log";
import { myPart, type Me, type MyPart } from "./my-part";
import { RollCallPanel } from "./roll-call-panel";
import { AlarmFacts } from "./takeover-view";
import { useMe } from "./use-takeover";
import "./alarm.css";

/** The responder's incident screen: my answer, my card, the roll-call and the log, all live. */
export function IncidentPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe();
  const incident = useQuery(routeQuery(routes.incidents.get, { params: { id } }));
  if (incident.isPending) return <Loading />;
  if (incident.isError)
    return (
      <ErrorAlert
        error={incident.error}
        message={t("alarm.page.loadFailed")}
        onRetry={() => void incident.refetch()}
      />
    );
  const part = myPart(incident.data, me) ?? { participant: null, roleIds: new Set<string>() };
  return <IncidentView incident={incident.data} part={part} me={me} />;
}

function IncidentView({ incident, part, me }: { incident: Incident; part: MyPart; me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="incident-page" data-drill={incident.drill || undefined}>
      {incident.drill && (
        <p className="drill-banner">
          <span>{t("incident.drillLong")}</span>
        </p>
      )}
      <PageHeader
        title={incident.alertText[locale]}
        documentTitle={incident.scenario.name[locale]}
        intro={<StatusLine incident={incident} />}
      />
      <AlarmFacts incident={incident} />
      <AnswerPanel incident={incident} part={part} />
      <section className="card incident-section" aria-labelledby="instructions-title">
        <h2 id="instructions-title">{t("alarm.page.instructions")}</h2>
        <ul className="instructions">
          {incident.instructions[locale].split("\n").map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <ActionCard incident={incident} part={part} personId={me.personId} />
      {incident.rollCallEnabled && <RollCallPanel incident={incident} personId={me.personId} />}
      <IncidentLog incident={incident} />
    </div>
  );
}

function StatusLine({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span className="incident-status-line">
      <span className="badge badge-muted">{incident.scenario.name[locale]}</span>{" "}
      <span className="badge badge-muted">{t(`incident.status.${incident.status}`)}</span>{" "}
      {incident.drill && <span className="badge badge-drill">{t("incident.drill")}</span>}{" "}
      {incident.silent && <span className="badge badge-warning">{t("incident.silent")}</span>}{" "}
      {incident.recalled && <span className="badge badge-recalled">{t("incident.recalled")}</span>}
    </span>
  );
}

function AnswerPanel({ incident, part }: { incident: Incident; part: MyPart }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const participant = part.participant;
  const answered = participant?.answeredAt ?? null;
  return (
    <section className="card incident-section" aria-labelledby="answer-title">
      <h2 id="answer-title">{t("alarm.page.yourAnswer")}</h2>
      <p className="answer-current">
        {participant && answered
          ? t("alarm.page.answeredAt", {
              status: t(`incident.participation.${participant.status}`),
              time: formatTime(answered),
            })
          : t("alarm.page.notAnswered")}
      </p>
      {incident.status === "active" ? (
        <AnswerButtons incidentId={incident.id} status={participant?.status ?? null} />
      ) : (
        <p>{t("alarm.page.closed")}</p>
      )}
    </section>
  );
}
