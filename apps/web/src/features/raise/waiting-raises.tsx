import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocale } from "../../i18n/use-locale";
import { useFormatDateTime } from "../../lib/use-format-date";
import { useCurrentSession } from "../session/session-context";
import { useWaitingEntries } from "./use-outbox";

/** Alarms still on this phone, each linking to its status (and the late-alarm question there). */
export function WaitingRaises() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatDateTime();
  const waiting = useWaitingEntries(useCurrentSession().personId);
  if (waiting.length === 0) return null;
  return (
    <section className="alert alert-warning raise-waiting" aria-labelledby="raise-waiting-title">
      <h2 id="raise-waiting-title">{t("raise.waitingTitle")}</h2>
      <ul className="plain-list">
        {waiting.map((entry) => (
          <li key={entry.key}>
            <Link to={`/raise/sent/${entry.key}`}>
              {entry.drill && `${t("incident.drill")}: `}
              {t("raise.waitingItem", {
                scenario: entry.label.scenario[locale],
                place: entry.label.unitName,
                time: format(entry.createdAt),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
