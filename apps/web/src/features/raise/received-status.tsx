import { routes, type Incident, type RaisedIncident } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocale } from "../../i18n/use-locale";
import { routeQuery } from "../../lib/query";
import { useCurrentSession } from "../session/session-context";
import { RecallPanel } from "./recall-panel";

const answered: ReadonlySet<string> = new Set(["acknowledged", "on_my_way", "cannot"]);

/** Who has got the alarm and who has answered, besides the raiser: from the incident's state. */
function counts(incident: Incident, personId: string) {
  const others = incident.participants.filter((p) => p.personId !== personId);
  return {
    reached: others.filter((p) => p.receivedAt !== null || p.status !== "notified").length,
    answered: others.filter((p) => answered.has(p.status)).length,
  };
}

/**
 * The server has the alarm: how many it activated (its answer), then the live progress from the
 * incident, which the realtime socket keeps current in the query cache (lib/realtime-cache.ts).
 */
export function ReceivedStatus({ result }: { result: RaisedIncident }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { personId } = useCurrentSession();
  const incident = useQuery(routeQuery(routes.incidents.get, { params: { id: result.id } }));
  const live = incident.data ? counts(incident.data, personId) : null;
  const audience = incident.data?.audience;
  const recalled = incident.data?.recalled ?? result.recalled;
  return (
    <>
      <div role="status" className="raise-live">
        <p>{t("raise.sent.activated", { count: result.activated })}</p>
        {result.fallback && (
          // The plan reached no one here: the server alerted the fallback role, or no one at all.
          <p
            className={
              result.fallback.activated > 0 ? "raise-fallback" : "raise-fallback raise-nobody"
            }
          >
            {result.fallback.message[locale]}
          </p>
        )}
        {live && <p className="raise-live-counts">{t("raise.sent.live", live)}</p>}
        {audience && (
          <p>
            {t("raise.sent.everyone", { received: audience.received, people: audience.people })}
          </p>
        )}
        {recalled && <p className="badge badge-warning">{t("incident.recalled")}</p>}
      </div>
      <Link to={`/incidents/${result.id}`} className="button button-primary raise-open">
        {t("raise.sent.open")}
      </Link>
      {incident.data && incident.data.status === "active" && !recalled && (
        <RecallPanel incidentId={result.id} />
      )}
    </>
  );
}
