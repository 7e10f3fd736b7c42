import type { Scenario } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/use-locale";
import { MAX_TILES } from "./scenario-ranking";

export interface ScenarioTilesProps {
  ranked: readonly Scenario[];
  onChoose: (scenario: Scenario) => void;
}

/** At most five large tiles, likeliest first, and "Annat …" opening the rest. */
export function ScenarioTiles({ ranked, onChoose }: ScenarioTilesProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [showOther, setShowOther] = useState(false);
  const first = ranked.slice(0, MAX_TILES);
  const rest = ranked.slice(MAX_TILES);
  const tile = (scenario: Scenario, className: string) => (
    <li key={scenario.id}>
      <button type="button" className={className} onClick={() => onChoose(scenario)}>
        {scenario.name[locale]}
      </button>
    </li>
  );
  return (
    <>
      <ul className="raise-tiles">
        {first.map((scenario) => tile(scenario, "raise-tile"))}
        {rest.length > 0 && (
          <li>
            <button
              type="button"
              className="raise-tile raise-tile-other"
              aria-expanded={showOther}
              onClick={() => setShowOther((open) => !open)}
            >
              {t("raise.other")}
            </button>
          </li>
        )}
      </ul>
      {showOther && (
        <ul className="raise-other" aria-label={t("raise.otherList")}>
          {rest.map((scenario) => tile(scenario, "button button-secondary raise-other-item"))}
        </ul>
      )}
    </>
  );
}
