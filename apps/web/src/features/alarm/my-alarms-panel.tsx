import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocale } from "../../i18n/use-locale";
import { useFormatTime } from "../../lib/use-format-date";
import { myPart } from "./my-part";
import { useActiveIncidents, useMe } from "./use-takeover";

/** "Mina larm" on the overview: the active incidents and drills I take part in. */
export function MyAlarmsPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatTime = useFormatTime();
  const me = useMe();
  const mine = useActiveIncidents().filter((incident) => myPart(incident, me));
  return (
    <section className="card page-section my-alarms" aria-labelledby="my-alarms">
      <h2 id="my-alarms">{t("alarm.myAlarms")}</h2>
      <p className="muted">{t("alarm.myAlarmsIntro")}</p>
      {mine.length === 0 && <p>{t("alarm.noAlarms")}</p>}
      <ul className="plain-list">
        {mine.map((incident) => (
          <li key={incident.id} className="my-alarm">
            <Link to={`/incidents/${incident.id}`} className="my-alarm-link">
              {incident.drill && <span className="badge badge-drill">{t("incident.drill")}</span>}
              <span className="my-alarm-name">{incident.scenario.name[locale]}</span>
              <span className="muted">
                {t("incident.raisedAt", { time: formatTime(incident.raisedAt) })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
