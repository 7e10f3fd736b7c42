import type { Incident } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/use-locale";
import { useFormatTime } from "../../lib/use-format-date";
import { unitQueries } from "../units/units-api";
import {
  doNowLines,
  myTasks,
  splitAlert,
  type Me,
  type SwitchEvent,
  type Takeover,
} from "./my-part";

/** Where, when and by whom: the second thing a person reads. */
export function AlarmFacts({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const unit = useQuery(unitQueries.one(incident.unitId));
  const place = [unit.data?.name, incident.placeNote].filter(Boolean).join(", ");
  return (
    <dl className="takeover-facts">
      <div>
        <dt>{t("alarm.place")}</dt>
        <dd>{place || t("common.none")}</dd>
      </div>
      <div>
        <dt>{t("alarm.time")}</dt>
        <dd>
          <time dateTime={incident.raisedAt}>{formatTime(incident.raisedAt)}</time>
        </dd>
      </div>
      <div>
        <dt>{t("alarm.raisedBy")}</dt>
        <dd>{incident.raisedBy.name}</dd>
      </div>
    </dl>
  );
}

/** What a scenario switch did to my card: shown below the answer, the verb stays on top. */
export function SwitchDetails({ takeover, event }: { takeover: Takeover; event: SwitchEvent }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mine = new Set(takeover.part.participant?.roles.map((r) => r.roleKey) ?? []);
  const cards = event.data.cards.filter((c) => mine.has(c.roleKey));
  const addedIds = new Set(cards.flatMap((c) => c.added));
  const added = myTasks(takeover.incident, takeover.part).filter((task) =>
    addedIds.has(task.itemId),
  );
  const removed = cards.flatMap((c) => c.removed);
  return (
    <div className="takeover-changed">
      {added.length > 0 && (
        <>
          <p>{t("alarm.changedAdded")}</p>
          <ul>
            {added.map((task) => (
              <li key={task.id}>{task.text[locale]}</li>
            ))}
          </ul>
        </>
      )}
      {removed.length > 0 && (
        <>
          <p>{t("alarm.changedRemoved")}</p>
          <ul>
            {removed.map((item) => (
              <li key={item.itemId}>
                <s>{item.text[locale]}</s>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The takeover's text: drill mark, change or recall, the verb big, then facts and "Gör nu". */
export function TakeoverBody({ takeover, me }: { takeover: Takeover; me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { incident } = takeover;
  const { verb, rest } = splitAlert(incident.alertText[locale]);
  const switched = takeover.kind === "recalled" ? null : takeover.switched;
  const lines = doNowLines(incident, takeover.part, me.personId, locale);
  return (
    <>
      {incident.drill && (
        <p className="takeover-drill">
          <span>{t("incident.drillLong")}</span>
        </p>
      )}
      {takeover.kind === "recalled" && (
        <p className="takeover-recalled">{t("alarm.recalledTitle")}</p>
      )}
      {switched && (
        <p className="takeover-changed-title">
          {t("alarm.changed", {
            to: switched.data.name[locale],
            from: switched.data.fromName[locale],
          })}
        </p>
      )}
      <h2 id="takeover-verb" className="takeover-verb">
        {verb}
      </h2>
      <div id="takeover-text">
        {takeover.kind === "recalled" ? (
          <p className="takeover-rest">
            {t("alarm.recalledText", { name: incident.scenario.name[locale] })}
          </p>
        ) : (
          rest && <p className="takeover-rest">{rest}</p>
        )}
        {incident.silent && takeover.kind !== "recalled" && (
          <p className="takeover-silent">{t("alarm.silentNote")}</p>
        )}
      </div>
      <AlarmFacts incident={incident} />
      {takeover.kind !== "recalled" && lines.length > 0 && (
        <section className="takeover-now" aria-labelledby="takeover-now">
          <h3 id="takeover-now">{t("alarm.doNow")}</h3>
          <ol>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
