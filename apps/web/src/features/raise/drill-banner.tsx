import { useTranslation } from "react-i18next";

/** The striped ÖVNING banner every drill screen carries, in words as well as in stripes. */
export function DrillBanner() {
  const { t } = useTranslation();
  return (
    <p className="drill-banner">
      <span className="drill-banner-text">
        <strong>{t("incident.drill")}</strong> – {t("incident.drillLong")}
      </span>
    </p>
  );
}
