import { useTranslation } from "react-i18next";

/**
 * A drill, said in words and striped, never by colour alone: nobody on the board may take an
 * exercise for a real alarm, or the other way round.
 */
export function DrillBanner() {
  const { t } = useTranslation();
  return (
    <p className="board-drill-banner">
      <strong>{t("incident.drill")}</strong> <span>{t("incident.drillLong")}</span>
    </p>
  );
}
