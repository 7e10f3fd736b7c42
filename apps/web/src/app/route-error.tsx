import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";

/** Last line of defence for a rendering bug: say so plainly and offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <main className="startup" id="main">
      <h1>{t("errors.title")}</h1>
      <div className="alert alert-error" role="alert">
        <p>{t("errors.problem.internal")}</p>
        <button type="button" className="button button-primary" onClick={() => location.reload()}>
          {t("common.retry")}
        </button>
      </div>
    </main>
  );
}
