import { routes } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { routeQuery } from "../../lib/query";
import { peopleQueries } from "../people/people-api";
import { useCurrentSession } from "../session/session-context";
import { unitQueries } from "../units/units-api";
import { MyAlarmsPanel } from "../alarm/my-alarms-panel";
import { ReachabilityPanel } from "./reachability-panel";

export function OverviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useCurrentSession();
  const units = useQuery({ ...unitQueries.first(), select: (list) => list.total });
  const people = useQuery(peopleQueries.all({}));
  const roles = useQuery(routeQuery(routes.incidentRoles.list));
  const scenarios = useQuery(routeQuery(routes.scenarios.list));
  const queries = [units, people, roles, scenarios];
  const failed = queries.find((q) => q.isError);
  const retry = () => queries.forEach((q) => void q.refetch());

  const stats = [
    {
      label: t("overview.activeUnits"),
      value: units.data,
      to: "/units",
      link: t("overview.showUnits"),
    },
    {
      label: t("overview.activePeople"),
      value: people.data?.total,
      to: "/people",
      link: t("overview.showPeople"),
    },
    { label: t("overview.incidentRoles"), value: roles.data?.total },
    { label: t("overview.scenarios"), value: scenarios.data?.total },
  ];

  return (
    <>
      <PageHeader
        title={t("overview.welcome", { name: session.user.name })}
        documentTitle={t("overview.title")}
        intro={t("overview.intro", { organization: session.organization.name })}
      />
      {failed && <ErrorAlert error={failed.error} onRetry={retry} />}
      <MyAlarmsPanel />
      <section aria-labelledby="overview-summary">
        <h2 id="overview-summary" className="visually-hidden">
          {t("overview.summary")}
        </h2>
        <ul className="stats">
          {stats.map((stat) => (
            <li key={stat.label} className="card stat">
              <span className="stat-value">{stat.value ?? t("common.none")}</span>
              <span className="stat-label">{stat.label}</span>
              {stat.to && <Link to={stat.to}>{stat.link}</Link>}
            </li>
          ))}
        </ul>
      </section>
      {people.data && <ReachabilityPanel people={people.data.items} />}
      {people.isPending && <Loading />}
      <div className="overview-columns page-section">
        <section className="card" aria-labelledby="overview-scenarios">
          <h2 id="overview-scenarios">{t("overview.scenariosTitle")}</h2>
          <p className="muted">{t("overview.scenariosIntro")}</p>
          {scenarios.data?.items.length === 0 && <p>{t("overview.noScenarios")}</p>}
          <ul className="plain-list">
            {scenarios.data?.items.map((scenario) => (
              <li key={scenario.id} className="catalogue-item">
                <span className="catalogue-name">{scenario.name[locale]}</span>
                {scenario.silent && (
                  <span className="badge badge-warning">{t("overview.silent")}</span>
                )}
                <span className="badge badge-muted">
                  {t(`overview.severity.${scenario.defaultSeverity}`)}
                </span>
                <span className="catalogue-description">{scenario.description[locale]}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="overview-roles">
          <h2 id="overview-roles">{t("overview.rolesTitle")}</h2>
          <p className="muted">{t("overview.rolesIntro")}</p>
          {roles.data?.items.length === 0 && <p>{t("overview.noRolesDefined")}</p>}
          <ul className="plain-list">
            {roles.data?.items.map((role) => (
              <li key={role.id} className="catalogue-item">
                <span className="catalogue-name">{role.name[locale]}</span>
                <span className="catalogue-description">{role.description[locale]}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
