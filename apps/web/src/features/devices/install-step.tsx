import { useTranslation } from "react-i18next";
import { CheckStep } from "./check-step";
import { promptInstall } from "./install-prompt";
import type { CheckStatus } from "./readiness-checks";

/** 1. On the home screen: required on iPhone and iPad, recommended elsewhere. */
export function InstallStep({
  status,
  apple,
  canInstall,
  reload,
}: {
  status: CheckStatus;
  apple: boolean;
  canInstall: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <CheckStep id="check-install" number={1} title={t("myReadiness.install.title")} status={status}>
      {status === "ok" ? (
        <p>{t("myReadiness.install.ok")}</p>
      ) : apple ? (
        <>
          <p>{t("myReadiness.install.appleWhy")}</p>
          <ol className="check-howto">
            <li>{t("myReadiness.install.appleShare")}</li>
            <li>{t("myReadiness.install.appleAdd")}</li>
            <li>{t("myReadiness.install.appleOpen")}</li>
          </ol>
        </>
      ) : (
        <>
          <p>{t("myReadiness.install.why")}</p>
          {canInstall ? (
            <button
              type="button"
              className="button button-primary button-block"
              onClick={() => void promptInstall().then(reload)}
            >
              {t("myReadiness.install.button")}
            </button>
          ) : (
            <p className="muted">{t("myReadiness.install.howto")}</p>
          )}
        </>
      )}
    </CheckStep>
  );
}
