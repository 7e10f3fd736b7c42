import { routes } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/use-locale";
import { routeQuery } from "../../lib/query";

/**
 * Who the alarm would reach at the chosen place, as the server computes it: the count at once, the
 * names one tap away.
 */
export function ReachPreview({ scenarioId, unitId }: { scenarioId: string; unitId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const preview = useQuery(routeQuery(routes.incidents.preview, { query: { scenarioId, unitId } }));
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return (
    <section
      className="raise-reach"
      aria-labelledby="raise-reach-title"
      aria-busy={preview.isPending}
    >
      <h3 id="raise-reach-title">
        {t("raise.preview.title")}
        {preview.data && `: ${t("raise.preview.people", { count: preview.data.people })}`}
      </h3>
      {preview.isPending && <p className="muted">{t("raise.preview.loading")}</p>}
      {preview.isError && <p className="muted">{t("raise.preview.failed")}</p>}
      {preview.data?.everyone && (
        <p>
          {t("raise.preview.everyone", {
            unit: preview.data.everyone.unitName,
            count: preview.data.everyone.people,
          })}
        </p>
      )}
      {preview.data && preview.data.roles.length > 0 && (
        <details className="raise-reach-details">
          <summary>{t("raise.preview.who")}</summary>
          <ul className="plain-list raise-reach-list">
            {preview.data.roles.map((role) => (
              <li key={role.roleKey}>
                <strong>{role.roleName?.[locale] ?? role.roleKey}:</strong>{" "}
                {role.people.length > 0
                  ? list.format(role.people.map((p) => p.name))
                  : t("raise.preview.nobody")}
                {role.absent.length > 0 && (
                  <span className="raise-reach-absent">
                    {" "}
                    {t("raise.preview.absent", {
                      names: list.format(role.absent.map((p) => p.name)),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
