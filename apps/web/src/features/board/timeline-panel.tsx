import type { IncidentEvent } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { useLocale } from "../../i18n/use-locale";
import type { Locale } from "@beredd/contracts";
import { useFormatTime } from "../../lib/use-format-date";
import { boardQueries } from "./board-api";

/** The incident's own record, newest first: nobody has to write the timeline by hand. */
export function TimelinePanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const timeline = useQuery(boardQueries.timeline(incidentId));
  const items = [...(timeline.data?.items ?? [])].reverse();
  return (
    <section className="card" aria-labelledby="board-timeline">
      <h2 id="board-timeline">{t("board.timeline.title")}</h2>
      {timeline.isError && (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      )}
      <ol className="board-timeline" aria-labelledby="board-timeline">
        {items.map((event) => (
          <TimelineItem key={event.id} event={event} />
        ))}
      </ol>
    </section>
  );
}

/** Memoised: the log only grows, so an arriving event renders one new row. */
const TimelineItem = memo(function TimelineItem({ event }: { event: IncidentEvent }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatTime = useFormatTime();
  return (
    <li>
      <time dateTime={event.at}>{formatTime(event.at)}</time>{" "}
      <span>{describe(t, locale, event)}</span>{" "}
      <span className="muted">{t("board.timeline.by", { name: event.actor.name })}</span>
    </li>
  );
});

function describe(t: TFunction, locale: Locale, event: IncidentEvent): string {
  switch (event.type) {
    case "participants.activated":
      return t(`board.timeline.event.${event.type}`, { count: event.data.participants.length });
    case "audience.added":
      return t(`board.timeline.event.${event.type}`, { count: event.data.people });
    case "participants.responded":
      return t(`board.timeline.event.${event.type}`, { count: event.data.responses.length });
    case "task.completed":
      return event.data.done
        ? t("board.timeline.event.task.completed")
        : t("board.timeline.taskUndone");
    case "incident.severity_changed":
      return t(`board.timeline.event.${event.type}`, {
        severity: t(`incident.severity.${event.data.to}`),
      });
    case "incident.scenario_switched":
      return t(`board.timeline.event.${event.type}`, { name: event.data.name[locale] });
    case "incident.escalated":
      return t(`board.timeline.event.${event.type}`, { count: event.data.activated });
    case "escalation.reached_nobody":
    case "incident.fallback":
      return event.data.message[locale];
    case "log.entry_added":
      return `${t(`board.timeline.event.${event.type}`)}: ${event.data.text}`;
    default:
      return t(`board.timeline.event.${event.type}`);
  }
}
