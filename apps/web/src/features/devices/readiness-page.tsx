import { routes } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { routeQuery } from "../../lib/query";
import { InstallStep } from "./install-step";
import { PermissionStep } from "./permission-step";
import { isReady, readinessChecks } from "./readiness-checks";
import { SubscriptionStep } from "./subscription-step";
import { TestAlarmStep } from "./test-alarm-step";
import { isAndroid } from "./this-browser";
import { useEnablePush } from "./use-enable-push";
import { useThisBrowser } from "./use-this-browser";
import "./devices.css";

/**
 * "Min beredskap": can this device receive an alarm? Four checks in order, each with its
 * status in words and what to do, and what no phone can promise, said plainly.
 */
export function ReadinessPage() {
  const { t } = useTranslation();
  const browser = useThisBrowser();
  const devices = useQuery(routeQuery(routes.devices.list));
  const enable = useEnablePush(browser.reload);
  const { state, registered } = browser;
  if (!state || devices.isPending) {
    return (
      <>
        <PageHeader title={t("myReadiness.title")} />
        <Loading />
      </>
    );
  }
  const thisDevice = devices.data?.items.find((d) => d.id === registered?.id) ?? null;
  const checks = readinessChecks(state, thisDevice, new Date());
  const left = Object.values(checks).filter((s) => s !== "ok" && s !== "optional").length;
  const delivered =
    thisDevice?.lastDelivery?.state === "delivered" ? thisDevice.lastDelivery : null;
  return (
    <div className="readiness">
      <PageHeader title={t("myReadiness.title")} intro={t("myReadiness.intro")} />
      <p className={isReady(checks) ? "alert alert-success" : "alert alert-warning"} role="status">
        {isReady(checks) ? t("myReadiness.ready") : t("myReadiness.notReady", { count: left })}
      </p>
      {devices.isError && (
        <ErrorAlert error={devices.error} onRetry={() => void devices.refetch()} />
      )}
      <ol className="check-steps">
        <InstallStep
          status={checks.install}
          apple={state.apple}
          canInstall={browser.canInstall}
          reload={browser.reload}
        />
        <PermissionStep status={checks.permission} apple={state.apple} enable={enable} />
        <SubscriptionStep
          status={checks.subscription}
          thisDevice={thisDevice}
          devices={devices.data?.items}
          enable={enable}
          reload={browser.reload}
        />
        <TestAlarmStep
          status={checks.test}
          thisDeviceId={thisDevice?.id ?? null}
          lastReceivedAt={delivered?.at ?? null}
        />
      </ol>
      <section className="readiness-limits card" aria-labelledby="readiness-limits">
        <h2 id="readiness-limits">{t("myReadiness.limits.title")}</h2>
        <p>
          {t(
            state.apple
              ? "myReadiness.limits.apple"
              : isAndroid()
                ? "myReadiness.limits.android"
                : "myReadiness.limits.desktop",
          )}
        </p>
        <p>{t("myReadiness.limits.silent")}</p>
      </section>
    </div>
  );
}
