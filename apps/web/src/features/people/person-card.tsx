import type { Person, PersonReadiness, Unit } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatMobile } from "../../lib/phone";
import { useAbsentThrough } from "./absence";
import { IncidentRoleList } from "./incident-role-list";
import { InviteLink } from "./invite-link";
import { ReadinessList } from "./readiness-list";

export interface PersonCardProps {
  person: Person;
  unitsById: ReadonlyMap<string, Unit>;
  isSelf: boolean;
  canEdit: boolean;
  /** The person's devices (null: none; undefined: not known to this reader). */
  devices?: PersonReadiness | null | undefined;
  busy: boolean;
  onSetActive: (person: Person, active: boolean) => void;
}

export function PersonCard({
  person,
  unitsById,
  isSelf,
  canEdit,
  devices,
  busy,
  onSetActive,
}: PersonCardProps) {
  const { t } = useTranslation();
  const unit = person.unitId ? unitsById.get(person.unitId) : undefined;
  const away = useAbsentThrough()(person);
  return (
    <li className={person.active ? "card person-card" : "card person-card person-inactive"}>
      <div className="person-head">
        <h2 className="person-name">{person.name}</h2>
        {isSelf && <span className="badge">{t("people.you")}</span>}
        {!person.active && <span className="badge badge-muted">{t("common.inactive")}</span>}
        {away && (
          <span className="badge badge-warning">{t("readiness.absentUntil", { date: away })}</span>
        )}
      </div>
      <dl className="details">
        <dt>{t("people.unit")}</dt>
        <dd>
          {unit && <Link to={`/units/${unit.id}`}>{unit.name}</Link>}
          {!unit && (person.unitId ? t("people.unknownUnit") : t("people.noUnit"))}
        </dd>
        <dt>{t("people.contact")}</dt>
        <dd>
          <ul className="contact-list">
            {person.mobile ? (
              <li>
                <a href={`tel:${person.mobile}`}>{formatMobile(person.mobile)}</a>
              </li>
            ) : (
              <li>
                <span className="badge badge-warning">{t("people.noMobile")}</span>
              </li>
            )}
            {person.email && (
              <li>
                <a href={`mailto:${person.email}`}>{person.email}</a>
              </li>
            )}
          </ul>
        </dd>
        <dt>{t("access.label")}</dt>
        <dd>
          {t(`access.${person.accessRole}`)}
          <span className="muted">
            {" · "}
            {person.canSignIn ? t("people.canSignIn") : t("people.cannotSignIn")}
          </span>
        </dd>
        {canEdit && (
          <>
            <dt>{t("readiness.label")}</dt>
            <dd>
              <ReadinessList person={person} devices={devices} />
            </dd>
          </>
        )}
        <dt>{t("people.incidentRoles")}</dt>
        <dd>
          <IncidentRoleList person={person} unitsById={unitsById} />
        </dd>
      </dl>
      {canEdit && (
        <div className="card-actions">
          <Link
            to={`/people/${person.id}/edit`}
            className="button button-secondary"
            aria-label={t("people.editLabel", { name: person.name })}
          >
            {t("common.edit")}
          </Link>
          {!isSelf && (
            <button
              type="button"
              className={person.active ? "button button-subtle" : "button button-secondary"}
              aria-label={t(person.active ? "people.deactivateLabel" : "people.reactivateLabel", {
                name: person.name,
              })}
              disabled={busy}
              onClick={() => onSetActive(person, !person.active)}
            >
              {t(person.active ? "common.deactivate" : "common.reactivate")}
            </button>
          )}
          {!isSelf && person.active && person.email && <InviteLink person={person} />}
        </div>
      )}
    </li>
  );
}
