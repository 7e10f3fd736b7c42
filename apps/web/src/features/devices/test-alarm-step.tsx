import { routes, type TestAlarm } from "@beredd/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { routeKeyPrefix, routeQuery, useRouteMutation } from "../../lib/query";
import { errorMessage } from "../../lib/problem-message";
import { useFormatTime } from "../../lib/use-format-date";
import { CheckStep } from "./check-step";
import type { CheckStatus } from "./readiness-checks";

/** How long the page waits for this device's receipt before it says the test did not arrive. */
export const TEST_PATIENCE_SECONDS = 30;
const POLL_MS = 1000;

type Delivery = TestAlarm["deliveries"][number];

/** 4. A test alarm to me alone, and whether this device's receipt came back. */
export function TestAlarmStep({
  status,
  thisDeviceId,
  lastReceivedAt,
}: {
  status: CheckStatus;
  thisDeviceId: string | null;
  lastReceivedAt: string | null;
}) {
  const { t } = useTranslation();
  const time = useFormatTime();
  const client = useQueryClient();
  const send = useRouteMutation(routes.devices.sendTest, { invalidates: [] });
  const [timedOut, setTimedOut] = useState(false);
  const sent = send.data;
  const test = useQuery({
    ...routeQuery(routes.devices.getTest, { params: { id: sent?.id ?? "" } }),
    enabled: sent !== undefined,
    initialData: sent,
    refetchInterval: (query) => (settled(query.state.data, thisDeviceId) ? false : POLL_MS),
  });
  const alarm = test.data ?? sent;
  const mine = alarm?.deliveries.find((d) => d.deviceId === thisDeviceId);
  const done = settled(alarm, thisDeviceId);

  useEffect(() => {
    if (!sent || done) return;
    const timer = setTimeout(() => setTimedOut(true), TEST_PATIENCE_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [sent, done]);

  useEffect(() => {
    // The device list carries each device's last delivery: the check above reads it.
    if (mine?.state === "delivered")
      void client.invalidateQueries({ queryKey: routeKeyPrefix(routes.devices.list) });
  }, [client, mine?.state]);

  const start = () => {
    setTimedOut(false);
    send.mutate({});
  };

  return (
    <CheckStep id="check-test" number={4} title={t("myReadiness.test.title")} status={status}>
      {status === "waiting" && <p>{t("myReadiness.test.waiting")}</p>}
      {status === "unsupported" && <p>{t("myReadiness.test.unsupported")}</p>}
      {status !== "waiting" && status !== "unsupported" && (
        <>
          <p>
            {status === "ok" && lastReceivedAt
              ? t("myReadiness.test.ok", { time: time(lastReceivedAt) })
              : t("myReadiness.test.due")}
          </p>
          <p className="muted">{t("myReadiness.test.intro")}</p>
          <button
            type="button"
            className="button button-primary button-block"
            onClick={start}
            disabled={send.isPending || (sent !== undefined && !done && !timedOut)}
          >
            {send.isPending ? t("myReadiness.test.sending") : t("myReadiness.test.send")}
          </button>
        </>
      )}
      <div role="status" className="test-progress">
        {send.error && <p className="alert alert-error">{errorMessage(t, send.error)}</p>}
        {alarm && (
          <TestProgress
            delivery={mine}
            createdAt={alarm.createdAt}
            timedOut={timedOut && !done}
            time={time}
          />
        )}
        {alarm && <OtherDevices alarm={alarm} thisDeviceId={thisDeviceId} />}
      </div>
    </CheckStep>
  );
}

/** This device's answer is in, one way or the other. */
function settled(alarm: TestAlarm | undefined, thisDeviceId: string | null): boolean {
  const mine = alarm?.deliveries.find((d) => d.deviceId === thisDeviceId);
  return mine !== undefined && ["delivered", "failed", "cancelled"].includes(mine.state);
}

function TestProgress({
  delivery,
  createdAt,
  timedOut,
  time,
}: {
  delivery: Delivery | undefined;
  createdAt: string;
  timedOut: boolean;
  time: (iso: string) => string;
}) {
  const { t } = useTranslation();
  if (!delivery)
    return <p className="alert alert-warning">{t("myReadiness.test.notThisDevice")}</p>;
  return (
    <ol className="test-steps">
      <li>
        {delivery.sentAt
          ? t("myReadiness.test.sent", { time: time(delivery.sentAt) })
          : t(
              delivery.state === "queued"
                ? "myReadiness.test.queued"
                : "myReadiness.test.requested",
              {
                time: time(createdAt),
              },
            )}
      </li>
      {delivery.deliveredAt ? (
        <li className="test-received">
          {t("myReadiness.test.received", { time: time(delivery.deliveredAt) })}
        </li>
      ) : delivery.state === "failed" || delivery.state === "cancelled" ? (
        <li className="alert alert-error">
          {t("myReadiness.test.failed", { error: delivery.error ?? "–" })}
          <TestChecklist />
        </li>
      ) : timedOut ? (
        <li className="alert alert-error">
          {t("myReadiness.test.notArrived", { seconds: TEST_PATIENCE_SECONDS })}
          <TestChecklist />
        </li>
      ) : (
        <li className="muted">{t("myReadiness.test.waitingReceipt")}</li>
      )}
    </ol>
  );
}

function TestChecklist() {
  const { t } = useTranslation();
  return (
    <ul className="test-checklist">
      <li>{t("myReadiness.test.checkOnline")}</li>
      <li>{t("myReadiness.test.checkFocus")}</li>
      <li>{t("myReadiness.test.checkBattery")}</li>
      <li>{t("myReadiness.test.checkAgain")}</li>
    </ul>
  );
}

function OtherDevices({ alarm, thisDeviceId }: { alarm: TestAlarm; thisDeviceId: string | null }) {
  const { t } = useTranslation();
  const time = useFormatTime();
  const others = alarm.deliveries.filter((d) => d.deviceId !== thisDeviceId);
  if (others.length === 0) return null;
  return (
    <>
      <h3>{t("myReadiness.test.otherDevices")}</h3>
      <ul className="test-others">
        {others.map((d) => (
          <li key={d.deviceId}>
            {d.label}:{" "}
            {t(`myReadiness.delivery.${d.state}`, {
              time: time(d.deliveredAt ?? d.sentAt ?? alarm.createdAt),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
