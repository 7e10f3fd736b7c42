import { type Device, routes } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { useNotice } from "../../components/notice-context";
import { useRouteMutation } from "../../lib/query";
import { errorMessage } from "../../lib/problem-message";
import { useFormatTime } from "../../lib/use-format-date";
import { unsubscribeThisBrowser } from "./this-browser";

/** The devices the server sends my alarms to, this one first, each with a button to stop it. */
export function DeviceList({
  devices,
  thisDeviceId,
  reload,
}: {
  devices: Device[] | undefined;
  thisDeviceId: string | null;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { show } = useNotice();
  const time = useFormatTime();
  const remove = useRouteMutation(routes.devices.remove, { invalidates: [routes.devices.list] });
  if (!devices) return null;
  const sorted = [...devices].sort(
    (a, b) => Number(b.id === thisDeviceId) - Number(a.id === thisDeviceId),
  );
  const onRemove = (device: Device) =>
    remove
      .mutateAsync({ params: { id: device.id } })
      .then(() => (device.id === thisDeviceId ? unsubscribeThisBrowser() : undefined))
      .then(
        () => {
          reload();
          show({ text: t("myReadiness.devices.removed", { label: device.label }) });
        },
        (error: unknown) => show({ tone: "error", text: errorMessage(t, error) }),
      );
  return (
    <section className="device-list" aria-labelledby="my-devices">
      <h3 id="my-devices">{t("myReadiness.devices.title")}</h3>
      {sorted.length === 0 ? (
        <p className="muted">{t("myReadiness.devices.empty")}</p>
      ) : (
        <ul>
          {sorted.map((device) => (
            <li key={device.id} className="device-item">
              <div>
                <p className="device-label">
                  {device.label}
                  {device.id === thisDeviceId && (
                    <span className="badge">{t("myReadiness.devices.thisDevice")}</span>
                  )}
                  {device.installed && (
                    <span className="badge badge-muted">{t("myReadiness.devices.installed")}</span>
                  )}
                </p>
                <p className="muted">
                  {t("myReadiness.devices.lastSeen", { time: time(device.lastSeenAt) })}
                  {device.lastDelivery &&
                    ` · ${t(`myReadiness.delivery.${device.lastDelivery.state}`, {
                      time: time(device.lastDelivery.at),
                    })}`}
                </p>
              </div>
              <button
                type="button"
                className="button button-subtle"
                onClick={() => void onRemove(device)}
                disabled={remove.isPending}
                aria-label={t("myReadiness.devices.removeLabel", { label: device.label })}
              >
                {t("myReadiness.devices.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
