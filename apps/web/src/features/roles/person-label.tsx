import type { Person } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { useAbsentThrough } from "../people/absence";

/** A role holder's name, and that they are away (so their deputies stand in) when they are. */
export function PersonLabel({ person }: { person: Person | undefined }) {
  const { t } = useTranslation();
  const absentThrough = useAbsentThrough();
  if (!person) return <span className="muted">{t("roles.unknownPerson")}</span>;
  const away = absentThrough(person);
  return (
    <span className="person-label">
      {person.name}
      {away && <span className="badge badge-warning">{t("roles.absent", { date: away })}</span>}
      {!person.active && <span className="badge badge-muted">{t("common.inactive")}</span>}
    </span>
  );
}
