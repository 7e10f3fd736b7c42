import { useTranslation } from "react-i18next";
import { CheckStep } from "./check-step";
import type { CheckStatus } from "./readiness-checks";
import { isAndroid } from "./this-browser";
import type { useEnablePush } from "./use-enable-push";

/** 2. Notifications allowed: asked on the person's tap, or how to allow them again. */
export function PermissionStep({
  status,
  apple,
  enable,
}: {
  status: CheckStatus;
  apple: boolean;
  enable: ReturnType<typeof useEnablePush>;
}) {
  const { t } = useTranslation();
  const settings = apple ? "blockedApple" : isAndroid() ? "blockedAndroid" : "blockedDesktop";
  return (
    <CheckStep
      id="check-permission"
      number={2}
      title={t("myReadiness.permission.title")}
      status={status}
    >
      {status === "ok" && <p>{t("myReadiness.permission.ok")}</p>}
      {status === "waiting" && <p>{t("myReadiness.permission.waiting")}</p>}
      {status === "unsupported" && <p>{t("myReadiness.permission.unsupported")}</p>}
      {status === "blocked" && (
        <>
          <p>{t("myReadiness.permission.blocked")}</p>
          <p className="check-howto-line">{t(`myReadiness.permission.${settings}`)}</p>
        </>
      )}
      {status === "todo" && (
        <>
          <p>{t("myReadiness.permission.why")}</p>
          <button
            type="button"
            className="button button-primary button-block"
            onClick={() => enable.mutate()}
            disabled={enable.isPending}
          >
            {enable.isPending
              ? t("myReadiness.permission.asking")
              : t("myReadiness.permission.allow")}
          </button>
          {enable.data === "default" && (
            <p role="alert">{t("myReadiness.permission.notAnswered")}</p>
          )}
        </>
      )}
    </CheckStep>
  );
}
