import type { Unit } from "@beredd/contracts";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { useLocale } from "../../i18n/use-locale";
import { peopleQueries } from "../people/people-api";
import { useIsAdmin } from "../session/session-context";
import { roleQueries } from "./roles-api";
import { effectiveStaffing } from "./staffing-model";
import { StaffingSummary } from "./staffing-summary";

export interface UnitRolesSectionProps {
  unit: Unit;
  unitsById: ReadonlyMap<string, Unit>;
}

/** On a unit's page: who an alarm there activates for each role, set here or inherited. */
export function UnitRolesSection({ unit, unitsById }: UnitRolesSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useIsAdmin();
  const roles = useQuery(roleQueries.all());
  // Everyone, not only the unit's own people: a role here may be held by someone elsewhere.
  const people = useQuery(peopleQueries.all({ includeInactive: "true" }));
  const peopleById = useMemo(
    () => new Map((people.data?.items ?? []).map((p) => [p.id, p])),
    [people.data],
  );
  const staffing = useQueries({
    queries: (roles.data?.items ?? []).map((role) => roleQueries.staffing(role.id)),
  });
  const failed = [roles, people, ...staffing].find((q) => q.isError);
  const pending = roles.isPending || people.isPending || staffing.some((q) => q.isPending);
  return (
    <section className="page-section" aria-labelledby="unit-roles">
      <h2 id="unit-roles">{t("roles.unitSectionTitle")}</h2>
      <p className="muted">{t("roles.unitSectionIntro", { unit: unit.name })}</p>
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && pending && <Loading />}
      {!failed && !pending && (
        <ul className="plain-list">
          {(roles.data?.items ?? []).map((role, i) => {
            const effective = effectiveStaffing(unit.id, unitsById, staffing[i]?.data?.items ?? []);
            const labels = { role: role.name[locale], unit: unit.name };
            const own = effective && !effective.inherited;
            return (
              <li key={role.id} className="catalogue-item unit-role">
                {canEdit ? (
                  <span className="catalogue-name">{role.name[locale]}</span>
                ) : (
                  <Link to={`/roles/${role.id}/units/${unit.id}`} className="catalogue-name">
                    {role.name[locale]}
                  </Link>
                )}
                <StaffingSummary effective={effective} peopleById={peopleById} />
                {canEdit && (
                  <Link
                    to={`/roles/${role.id}/units/${unit.id}`}
                    className="button button-secondary"
                    aria-label={t(
                      own ? "roles.changeStaffingLabel" : "roles.staffUnitLabel",
                      labels,
                    )}
                  >
                    {t(own ? "roles.changeStaffing" : "roles.staffUnit")}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
