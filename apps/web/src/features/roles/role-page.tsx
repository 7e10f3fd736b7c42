import type { IncidentRole, Person, Staffing, Unit } from "@beredd/contracts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { FormPage } from "../../components/form-page";
import { useLocale } from "../../i18n/use-locale";
import { ReadOnlyNote } from "../session/read-only-note";
import { useIsAdmin } from "../session/session-context";
import { buildUnitTree, flattenTree } from "../units/unit-tree-model";
import { useStaffingData } from "./staffing-data";
import { effectiveStaffing } from "./staffing-model";
import { StaffingSummary } from "./staffing-summary";

/** One incident role: what it is, and who holds it at every active unit, inherited or not. */
export function RolePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useIsAdmin();
  const id = useParams().id ?? "";
  const data = useStaffingData(id);
  const { role } = data;
  const title = role ? role.name[locale] : t("roles.title");
  return (
    <>
      <Link to="/roles" className="back-link">
        <span aria-hidden="true">← </span>
        {t("roles.title")}
      </Link>
      <FormPage title={title} queries={data.queries}>
        {() =>
          role ? (
            <>
              <p className={role.description[locale] ? "role-description" : "muted"}>
                {role.description[locale] || t("roles.noDescription")}
              </p>
              {canEdit ? (
                <p>
                  <Link to={`/roles/${role.id}/edit`} className="button button-secondary">
                    {t("roles.editLabel", { name: role.name[locale] })}
                  </Link>
                </p>
              ) : (
                <ReadOnlyNote />
              )}
              <UnitStaffingList {...data} role={role} canEdit={canEdit} />
            </>
          ) : (
            <p className="alert alert-error" role="alert">
              {t("errors.problem.not_found")}
            </p>
          )
        }
      </FormPage>
    </>
  );
}

function UnitStaffingList(props: {
  role: IncidentRole;
  staffing: readonly Staffing[];
  units: readonly Unit[];
  unitsById: ReadonlyMap<string, Unit>;
  peopleById: ReadonlyMap<string, Person>;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { role, staffing, unitsById, canEdit } = props;
  const nodes = useMemo(
    () => flattenTree(buildUnitTree(props.units, locale)).filter((n) => n.unit.active),
    [props.units, locale],
  );
  const roleName = role.name[locale];
  return (
    <section className="page-section" aria-labelledby="role-staffing">
      <h2 id="role-staffing">{t("roles.staffingTitle")}</h2>
      <p className="muted">{t("roles.staffingIntro")}</p>
      <ul className="staffing-units" aria-label={t("roles.unitsLabel", { role: roleName })}>
        {nodes.map(({ unit, depth }) => {
          const effective = effectiveStaffing(unit.id, unitsById, staffing);
          const own = effective && !effective.inherited;
          const to = `/roles/${role.id}/units/${unit.id}`;
          const labels = { role: roleName, unit: unit.name };
          return (
            <li key={unit.id} className="staffing-unit" data-depth={Math.min(depth, 5)}>
              <div className="staffing-unit-head">
                {canEdit ? (
                  <span className="staffing-unit-name">{unit.name}</span>
                ) : (
                  <Link to={to} className="staffing-unit-name">
                    {unit.name}
                  </Link>
                )}
                {canEdit && (
                  <Link
                    to={to}
                    className="button button-secondary"
                    aria-label={t(
                      own ? "roles.changeStaffingLabel" : "roles.staffUnitLabel",
                      labels,
                    )}
                  >
                    {t(own ? "roles.changeStaffing" : "roles.staffUnit")}
                  </Link>
                )}
              </div>
              <StaffingSummary effective={effective} peopleById={props.peopleById} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
