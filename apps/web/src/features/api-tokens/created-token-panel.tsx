import type { CreatedApiToken } from "@beredd/contracts";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** The one time the secret is visible: say so, make copying easy, and let the admin close it. */
export function CreatedTokenPanel({
  token,
  onDone,
}: {
  token: CreatedApiToken;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  useEffect(() => headingRef.current?.focus(), [token.id]);

  const copy = () => {
    navigator.clipboard.writeText(token.token).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  };

  return (
    <section className="card token-secret" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t("apiTokens.createdTitle", { name: token.name })}
      </h2>
      <p className="alert alert-warning">{t("apiTokens.shownOnce")}</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-secret`}>
          {t("apiTokens.secret")}
        </label>
        <div className="password-row">
          <input
            id={`${id}-secret`}
            className="input token-value"
            readOnly
            value={token.token}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button button-primary" onClick={copy}>
            {t("apiTokens.copy")}
          </button>
        </div>
      </div>
      <p role="status">
        {copied === "yes" && t("apiTokens.copied")}
        {copied === "failed" && t("apiTokens.copyFailed")}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t("apiTokens.done")}
        </button>
      </div>
    </section>
  );
}
