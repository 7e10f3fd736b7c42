import type { Person } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useIsAdmin } from "../session/session-context";

const shown = 8;

/**
 * Who an alarm cannot reach by SMS: the gap to close before the day it matters. Only people
 * with an incident role are listed by name, since they are the ones an alarm activates.
 */
export function ReachabilityPanel({ people }: { people: readonly Person[] }) {
  const { t } = useTranslation();
  const canEdit = useIsAdmin();
  const noMobile = people.filter((p) => !p.mobile);
  const noRoles = people.filter((p) => p.incidentRoles.length === 0);
  return (
    <section className="card page-section" aria-labelledby="overview-reach">
      <h2 id="overview-reach">{t("overview.reachTitle")}</h2>
      {noMobile.length === 0 ? (
        <p>{t("overview.reachAllOk")}</p>
      ) : (
        <>
          <p className="alert alert-warning">
            {t("overview.noMobile", { count: noMobile.length })}
          </p>
          <ul className="plain-list">
            {noMobile.slice(0, shown).map((person) => (
              <li key={person.id}>
                {canEdit ? (
                  <Link to={`/people/${person.id}/edit`}>{person.name}</Link>
                ) : (
                  person.name
                )}
              </li>
            ))}
          </ul>
          {noMobile.length > shown && (
            <p className="muted">{t("overview.andMore", { count: noMobile.length - shown })}</p>
          )}
        </>
      )}
      {noRoles.length > 0 && (
        <p className="muted">{t("overview.noRoles", { count: noRoles.length })}</p>
      )}
    </section>
  );
}
