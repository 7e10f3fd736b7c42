import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { PlusIcon } from "../../components/icons";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { IncidentRoleList } from "../people/incident-role-list";
import { peopleQueries } from "../people/people-api";
import { UnitRolesSection } from "../roles/unit-roles-section";
import { useIsAdmin } from "../session/session-context";
import { unitQueries } from "./units-api";
import { useUnitActivation } from "./use-unit-activation";

export function UnitDetailPage() {
  const { t } = useTranslation();
  const canEdit = useIsAdmin();
  const id = useParams().id ?? "";
  const units = useQuery(unitQueries.all(true));
  const people = useQuery(peopleQueries.all({ unitId: id }));
  const { setActive, pending } = useUnitActivation();

  const unitsById = useMemo(
    () => new Map((units.data?.items ?? []).map((u) => [u.id, u])),
    [units.data],
  );
  const unit = unitsById.get(id);
  const parent = unit?.parentId ? unitsById.get(unit.parentId) : undefined;
  const children = (units.data?.items ?? []).filter((u) => u.parentId === id);

  if (units.isError) {
    return (
      <>
        <PageHeader title={t("units.title")} />
        <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />
      </>
    );
  }
  if (!units.data) return <Loading />;
  if (!unit) {
    return (
      <>
        <PageHeader title={t("notFound.title")} />
        <ErrorAlert error={null} message={t("errors.problem.not_found")} />
      </>
    );
  }

  return (
    <>
      <Link to="/units" className="back-link">
        <span aria-hidden="true">← </span>
        {t("units.title")}
      </Link>
      <PageHeader
        title={unit.name}
        intro={t(`unitKind.${unit.kind}`)}
        actions={
          canEdit && (
            <>
              <Link to={`/units/${unit.id}/edit`} className="button button-primary">
                {t("common.edit")}
              </Link>
              {unit.active && (
                <Link to={`/units/new?parent=${unit.id}`} className="button button-secondary">
                  <PlusIcon />
                  {t("units.addChild")}
                </Link>
              )}
              <button
                type="button"
                className={unit.active ? "button button-subtle" : "button button-secondary"}
                disabled={pending.has(unit.id)}
                onClick={() => setActive(unit, !unit.active)}
              >
                {t(unit.active ? "common.deactivate" : "common.reactivate")}
              </button>
            </>
          )
        }
      />
      <dl className="details card">
        <dt>{t("units.kind")}</dt>
        <dd>{t(`unitKind.${unit.kind}`)}</dd>
        <dt>{t("units.parent")}</dt>
        <dd>
          {parent ? <Link to={`/units/${parent.id}`}>{parent.name}</Link> : t("units.noParent")}
        </dd>
        <dt>{t("units.status")}</dt>
        <dd>{unit.active ? t("common.active") : t("common.inactive")}</dd>
      </dl>
      {children.length > 0 && (
        <section className="page-section" aria-labelledby="sub-units">
          <h2 id="sub-units">{t("units.subUnits")}</h2>
          <ul className="plain-list">
            {children.map((child) => (
              <li key={child.id}>
                <Link to={`/units/${child.id}`}>{child.name}</Link>{" "}
                <span className="badge">{t(`unitKind.${child.kind}`)}</span>{" "}
                {!child.active && <span className="badge badge-muted">{t("common.inactive")}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <UnitRolesSection unit={unit} unitsById={unitsById} />
      <section className="page-section" aria-labelledby="unit-people">
        <h2 id="unit-people">{t("units.peopleInUnit")}</h2>
        {people.isError && (
          <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />
        )}
        {people.isPending && <Loading />}
        {people.data?.items.length === 0 && <p>{t("units.noPeopleInUnit")}</p>}
        {people.data && people.data.items.length > 0 && (
          <ul className="plain-list">
            {people.data.items.map((person) => (
              <li key={person.id} className="catalogue-item">
                <span className="catalogue-name">{person.name}</span>
                <span className="badge badge-muted">{t(`access.${person.accessRole}`)}</span>
                <div className="catalogue-description">
                  <IncidentRoleList person={person} unitsById={unitsById} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
