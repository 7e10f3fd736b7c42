import type { Scenario } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { RaiseConfirm } from "./raise-confirm";
import { ScenarioTiles } from "./scenario-tiles";
import { useOnline } from "./use-online";
import { useRaiseChoices } from "./use-raise-choices";
import { DrillBanner } from "./drill-banner";
import { WaitingRaises } from "./waiting-raises";
import "./raise.css";

export function RaisePage() {
  return <Raise drill={false} />;
}

/** Drills start from their own striped screen: never the same screen as a real alarm (Hawaii 2018). */
export function DrillPage() {
  return <Raise drill />;
}

function Raise({ drill }: { drill: boolean }) {
  const { t } = useTranslation();
  const choices = useRaiseChoices();
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const place = choices.unitsById.get(choices.placeId)?.name;

  return (
    <div className={drill ? "raise raise-drill" : "raise"}>
      {drill && <DrillBanner />}
      <PageHeader
        title={drill ? t("raise.drillTitle") : t("raise.title")}
        intro={drill ? t("raise.drillIntro") : undefined}
      />
      <WaitingRaises />
      <OfflineNote />
      {choices.error ? (
        <ErrorAlert error={choices.error} onRetry={choices.retry} />
      ) : choices.loading ? (
        <Loading />
      ) : scenario ? (
        <RaiseConfirm
          scenario={scenario}
          drill={drill}
          choices={choices}
          onBack={() => setScenario(null)}
        />
      ) : choices.ranked.length === 0 ? (
        <p>{t("raise.noScenarios")}</p>
      ) : (
        <>
          <p className="raise-place">
            {place ? t("raise.placeNow", { place }) : t("raise.noPlace")}
          </p>
          {!drill && <p className="visually-hidden">{t("raise.intro")}</p>}
          <ScenarioTiles ranked={choices.ranked} onChoose={setScenario} />
        </>
      )}
      {drill ? (
        <Link to="/raise" className="button button-secondary raise-switch">
          {t("raise.backToReal")}
        </Link>
      ) : (
        <Link to="/raise/drill" className="drill-entry">
          <span className="drill-mark">{t("incident.drill")}</span>
          <span className="drill-entry-text">
            <span className="drill-entry-title">{t("raise.drillEntry")}</span>
            <span className="drill-entry-hint">{t("raise.drillEntryHint")}</span>
          </span>
        </Link>
      )}
    </div>
  );
}

function OfflineNote() {
  const { t } = useTranslation();
  return useOnline() ? null : <p className="alert alert-warning">{t("raise.offline")}</p>;
}
