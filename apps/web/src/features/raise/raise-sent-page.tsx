import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { useCurrentSession } from "../session/session-context";
import { FallbackActions } from "./fallback-actions";
import { isStale, type OutboxEntry } from "./outbox";
import { ReceivedStatus } from "./received-status";
import { StaleQuestion } from "./stale-question";
import { useOutboxEntry } from "./use-outbox";
import { useFormatTime } from "../../lib/use-format-date";
import { DrillBanner } from "./drill-banner";
import { useOnline } from "./use-online";
import "./raise.css";

/** After the hold: only what the server has said about this alarm, kept current. */
export function RaiseSentPage() {
  const { t } = useTranslation();
  const { key = "" } = useParams();
  const entry = useOutboxEntry(key);
  const { personId } = useCurrentSession();
  if (entry === undefined) return <Loading />;
  if (entry === null || entry.personId !== personId)
    return (
      <>
        <PageHeader title={t("raise.title")} />
        <p>{t("raise.sent.unknown")}</p>
        <NewRaise />
      </>
    );
  return <SentView entry={entry} />;
}

function SentView({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scenario = entry.label.scenario[locale];
  return (
    <div className={entry.drill ? "raise raise-drill" : "raise"}>
      {entry.drill && <DrillBanner />}
      <PageHeader
        title={t(entry.drill ? "raise.sent.drillTitle" : "raise.sent.title", { scenario })}
        intro={entry.label.unitName}
      />
      <div role="status" className="raise-state">
        <StateLine entry={entry} />
      </div>
      {entry.state === "received" && entry.result && <ReceivedStatus result={entry.result} />}
      {isStale(entry) && <StaleQuestion entry={entry} />}
      {(entry.state === "queued" || entry.state === "failed") && <FallbackActions entry={entry} />}
      <NewRaise />
    </div>
  );
}

function StateLine({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const online = useOnline();
  const formatTime = useFormatTime();
  switch (entry.state) {
    case "queued":
      return (
        <p className="raise-state-line raise-state-queued">
          {isStale(entry)
            ? t("raise.sent.waiting")
            : online
              ? t("raise.sent.sending")
              : t("raise.sent.queued")}
        </p>
      );
    case "received":
      return (
        <p className="raise-state-line raise-state-received">
          {entry.result && t("raise.sent.received", { time: formatTime(entry.result.raisedAt) })}
        </p>
      );
    case "failed":
      return (
        <p className="raise-state-line raise-state-failed">
          {t("raise.sent.failed")} {entry.failure?.detail}
        </p>
      );
    case "discarded":
      return <p className="raise-state-line">{t("raise.sent.discarded")}</p>;
  }
}

function NewRaise() {
  const { t } = useTranslation();
  return (
    <Link to="/raise" className="button button-secondary raise-switch">
      {t("raise.sent.newRaise")}
    </Link>
  );
}
