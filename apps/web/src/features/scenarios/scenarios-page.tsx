import type { Scenario } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { PlusIcon } from "../../components/icons";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { ReadOnlyNote } from "../session/read-only-note";
import { useIsAdmin } from "../session/session-context";
import { scenarioQueries } from "./scenarios-api";
import "./scenarios.css";

/** The organisation's scenario templates; admins open them to edit, others to read. */
export function ScenariosPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const isAdmin = useIsAdmin();
  const scenarios = useQuery(scenarioQueries.all());
  const items = [...(scenarios.data?.items ?? [])].sort((a, b) =>
    a.name[locale].localeCompare(b.name[locale], locale),
  );
  return (
    <>
      <PageHeader
        title={t("scenarios.title")}
        intro={t("scenarios.intro")}
        actions={
          isAdmin && (
            <Link to="/scenarios/new" className="button button-primary">
              <PlusIcon />
              {t("scenarios.create")}
            </Link>
          )
        }
      />
      {!isAdmin && <ReadOnlyNote />}
      {scenarios.isError && (
        <ErrorAlert error={scenarios.error} onRetry={() => void scenarios.refetch()} />
      )}
      {scenarios.isPending && <Loading />}
      {scenarios.data && items.length === 0 && <p>{t("scenarios.none")}</p>}
      <ul className="scenario-list" aria-label={t("scenarios.title")}>
        {items.map((scenario) => (
          <ScenarioItem key={scenario.id} scenario={scenario} />
        ))}
      </ul>
    </>
  );
}

function ScenarioItem({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { plan } = scenario;
  return (
    <li className="card scenario-item">
      <h2 className="scenario-item-name">
        <Link to={`/scenarios/${scenario.id}`}>{scenario.name[locale]}</Link>
      </h2>
      <p className="scenario-item-alert">{plan.alertText[locale]}</p>
      <ul className="scenario-facts" aria-label={t("scenarios.factsLabel")}>
        <li>
          {t("scenarios.severityFact", {
            level: t(`incident.severity.${scenario.defaultSeverity}`),
          })}
        </li>
        {scenario.silent && <li className="badge badge-warning">{t("incident.silent")}</li>}
        <li>{t(`scenarios.raisersFact.${plan.raisers}`)}</li>
        <li>
          {plan.alertEveryone
            ? t("scenarios.everyoneFact", {
                reach: t(`scenarios.reachShort.${plan.everyoneReach}`),
              })
            : t("scenarios.rolesOnlyFact")}
        </li>
        <li>{t("scenarios.rolesFact", { count: plan.activatedRoleKeys.length })}</li>
      </ul>
    </li>
  );
}
