import type { Person, PersonReadiness } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { useFormatDateTime } from "../../lib/use-format-date";

/**
 * Whether an alarm can reach the person: by the app (they can sign in), on a device (push, with
 * the last time one confirmed an alarm), by SMS (a mobile number), by anything at all. Each says
 * so in words; the mark beside it only repeats it.
 */
export function ReadinessList({
  person,
  devices,
}: {
  person: Person;
  devices?: PersonReadiness | null | undefined;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const onDevice = devices
    ? [
        t("readiness.devices", { count: devices.devices }),
        devices.lastReceiptAt &&
          t("readiness.lastReceipt", { time: formatDateTime(devices.lastReceiptAt) }),
      ]
        .filter(Boolean)
        .join(", ")
    : "";
  const checks = [
    { ok: person.canSignIn, yes: t("readiness.canSignIn"), no: t("readiness.no_sign_in") },
    ...(devices === undefined
      ? []
      : [{ ok: devices !== null, yes: onDevice, no: t("readiness.noDevice") }]),
    { ok: person.mobile !== null, yes: t("readiness.hasMobile"), no: t("readiness.no_mobile") },
    {
      ok: person.canSignIn || person.mobile !== null || person.email !== null,
      yes: t("readiness.reachable"),
      no: t("readiness.unreachable"),
    },
  ];
  return (
    <ul className="readiness-list">
      {checks.map((check) => (
        <li key={check.yes} className={check.ok ? "badge badge-muted" : "badge badge-warning"}>
          <span aria-hidden="true">{check.ok ? "✓ " : "✗ "}</span>
          {check.ok ? check.yes : check.no}
        </li>
      ))}
    </ul>
  );
}
