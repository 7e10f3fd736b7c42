import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/use-locale";
import type { OutboxEntry } from "./outbox";

/**
 * While the alarm has not reached the server: call 112, or send it as a text message (the phone
 * network often works when the data connection does not). The SMS is prefilled, no recipient.
 */
export function FallbackActions({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = t("raise.fallback.smsText", {
    scenario: entry.label.scenario[locale],
    place: entry.label.unitName,
    note: entry.body.note ?? "",
    name: entry.label.raiserName,
  }).replace(/\s+/g, " ");
  const body = entry.drill ? `${t("raise.fallback.smsDrill")} ${text}` : text;
  return (
    <section className="raise-fallback" aria-label={t("raise.fallback.intro")}>
      <p>{t("raise.fallback.intro")}</p>
      <div className="raise-fallback-actions">
        <a href="tel:112" className="button button-danger">
          {t("raise.fallback.call112")}
        </a>
        <a href={`sms:?&body=${encodeURIComponent(body)}`} className="button button-secondary">
          {t("raise.fallback.sms")}
        </a>
      </div>
    </section>
  );
}
