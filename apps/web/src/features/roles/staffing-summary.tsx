import type { Person } from "@beredd/contracts";
import "./roles.css";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { PersonLabel } from "./person-label";
import type { EffectiveStaffing } from "./staffing-model";

export interface StaffingSummaryProps {
  effective: EffectiveStaffing | undefined;
  peopleById: ReadonlyMap<string, Person>;
}

/**
 * Who an alarm at the unit activates for the role, in order, then the deputies, and where the
 * staffing comes from when it is inherited ("Ärvs från Exempelskolan").
 */
export function StaffingSummary({ effective, peopleById }: StaffingSummaryProps) {
  const { t } = useTranslation();
  if (!effective) return <p className="muted staffing-summary">{t("roles.notStaffed")}</p>;
  const { staffing, from, inherited } = effective;
  const names = (ids: readonly string[]) =>
    ids.map((id, i) => (
      <Fragment key={id}>
        {i > 0 && ", "}
        <PersonLabel person={peopleById.get(id)} />
      </Fragment>
    ));
  return (
    <div className="staffing-summary">
      <p>{staffing.people.length > 0 ? names(staffing.people) : t("roles.noPeople")}</p>
      {staffing.deputies.length > 0 && (
        <p>
          {t("roles.deputies")}: {names(staffing.deputies)}
        </p>
      )}
      {inherited && (
        <p className="muted staffing-inherited">{t("roles.inheritedFrom", { unit: from.name })}</p>
      )}
    </div>
  );
}
