import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/use-locale";
import { confirmStale, discard, type OutboxEntry } from "./outbox";
import { useFormatTime } from "../../lib/use-format-date";

/**
 * An alarm that waited more than 15 minutes is not sent silently: what was true then may not be
 * now. The person confirms it (sent at once, same key) or throws it away.
 */
export function StaleQuestion({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatTime = useFormatTime();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="alert alert-warning raise-stale" aria-labelledby="raise-stale-title">
      <h2 id="raise-stale-title" ref={ref} tabIndex={-1}>
        {t("raise.stale.title")}
      </h2>
      <p>
        {t("raise.stale.text", {
          scenario: entry.label.scenario[locale],
          time: formatTime(entry.createdAt),
        })}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-danger"
          onClick={() => void confirmStale(entry.key, entry.personId)}
        >
          {t("raise.stale.send")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void discard(entry.key)}
        >
          {t("raise.stale.discard")}
        </button>
      </div>
    </section>
  );
}
