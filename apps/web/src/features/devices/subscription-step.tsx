import type { Device } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../lib/problem-message";
import { CheckStep } from "./check-step";
import { DeviceList } from "./device-list";
import type { CheckStatus } from "./readiness-checks";
import type { useEnablePush } from "./use-enable-push";

/** 3. This device is subscribed and the server knows it; every device of mine, to remove. */
export function SubscriptionStep({
  status,
  thisDevice,
  devices,
  enable,
  reload,
}: {
  status: CheckStatus;
  thisDevice: Device | null;
  devices: Device[] | undefined;
  enable: ReturnType<typeof useEnablePush>;
  reload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <CheckStep
      id="check-subscription"
      number={3}
      title={t("myReadiness.subscription.title")}
      status={status}
    >
      {status === "ok" && thisDevice && (
        <p>{t("myReadiness.subscription.ok", { label: thisDevice.label })}</p>
      )}
      {status === "waiting" && <p>{t("myReadiness.subscription.waiting")}</p>}
      {status === "unsupported" && <p>{t("myReadiness.subscription.unsupported")}</p>}
      {status === "todo" && (
        <>
          <p>{t("myReadiness.subscription.todo")}</p>
          <button
            type="button"
            className="button button-primary button-block"
            onClick={() => enable.mutate()}
            disabled={enable.isPending}
          >
            {enable.isPending
              ? t("myReadiness.subscription.enabling")
              : t("myReadiness.subscription.enable")}
          </button>
        </>
      )}
      {enable.error && (
        <p role="alert" className="alert alert-error">
          {t("myReadiness.subscription.failed", { reason: errorMessage(t, enable.error) })}
        </p>
      )}
      <DeviceList devices={devices} thisDeviceId={thisDevice?.id ?? null} reload={reload} />
    </CheckStep>
  );
}
