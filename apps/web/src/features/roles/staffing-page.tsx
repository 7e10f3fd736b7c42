import type { IncidentRole, Unit } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { FormPage } from "../../components/form-page";
import { useLocale } from "../../i18n/use-locale";
import { ReadOnlyNote } from "../session/read-only-note";
import { useIsAdmin } from "../session/session-context";
import { useStaffingData } from "./staffing-data";
import { StaffingEditor } from "./staffing-editor";
import { effectiveStaffing } from "./staffing-model";
import { StaffingSummary } from "./staffing-summary";

/** Who holds one role at one unit: set here, or inherited from a unit above. */
export function StaffingPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const params = useParams();
  const roleId = params.id ?? "";
  const unitId = params.unitId ?? "";
  const data = useStaffingData(roleId);
  const { role } = data;
  const unit = data.unitsById.get(unitId);
  const title =
    role && unit
      ? t("roles.staffingPageTitle", { role: role.name[locale], unit: unit.name })
      : t("roles.title");
  return (
    <>
      <Link to={role ? `/roles/${role.id}` : "/roles"} className="back-link">
        <span aria-hidden="true">← </span>
        {role ? role.name[locale] : t("roles.title")}
      </Link>
      <FormPage title={title} queries={data.queries}>
        {() =>
          role && unit ? (
            <StaffingBody role={role} unit={unit} data={data} />
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

function StaffingBody({
  role,
  unit,
  data,
}: {
  role: IncidentRole;
  unit: Unit;
  data: ReturnType<typeof useStaffingData>;
}) {
  const { t } = useTranslation();
  const canEdit = useIsAdmin();
  const effective = effectiveStaffing(unit.id, data.unitsById, data.staffing);
  const own = effective && !effective.inherited ? effective.staffing : undefined;
  const initial = own ?? { people: [], deputies: [] };
  return (
    <>
      {effective?.inherited && (
        <div className="card inherited-staffing">
          <p>{t("roles.inheritsNow", { unit: unit.name, from: effective.from.name })}</p>
          <StaffingSummary effective={effective} peopleById={data.peopleById} />
        </div>
      )}
      {!effective && (
        <p className="alert alert-info">{t("roles.inheritsNothing", { unit: unit.name })}</p>
      )}
      {canEdit ? (
        <StaffingEditor
          // A saved change comes back from the server as the new starting point.
          key={`${initial.people.join()}/${initial.deputies.join()}`}
          role={role}
          unit={unit}
          initial={initial}
          people={data.people}
          peopleById={data.peopleById}
        />
      ) : (
        <>
          <ReadOnlyNote />
          {own && <StaffingSummary effective={effective} peopleById={data.peopleById} />}
        </>
      )}
    </>
  );
}
