import type { Person, Unit } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/use-locale";

export interface IncidentRoleListProps {
  person: Person;
  unitsById: ReadonlyMap<string, Unit>;
}

/**
 * The person's incident roles (funktioner) in the current language: the roles they are
 * activated for first, then those where they stand in as deputy (ersättare).
 */
export function IncidentRoleList({ person, unitsById }: IncidentRoleListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (person.incidentRoles.length === 0) {
    return <span className="muted">{t("people.noIncidentRoles")}</span>;
  }
  const roles = [...person.incidentRoles].sort(
    (a, b) => Number(a.deputy) - Number(b.deputy) || a.position - b.position,
  );
  return (
    <ul className="role-list">
      {roles.map((role) => {
        const roleName = role.roleName[locale];
        const name = role.deputy ? t("people.deputyRole", { role: roleName }) : roleName;
        // Name the unit only when the role is staffed somewhere other than the person's own unit.
        const unit = role.unitId !== person.unitId ? unitsById.get(role.unitId) : undefined;
        return (
          <li
            key={`${role.roleId}:${role.unitId}`}
            className={role.deputy ? "badge badge-muted" : "badge"}
          >
            {unit ? t("people.roleAtUnit", { role: name, unit: unit.name }) : name}
          </li>
        );
      })}
    </ul>
  );
}
