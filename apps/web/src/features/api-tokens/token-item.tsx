import type { ApiToken } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatDateTime } from "../../lib/use-format-date";

export interface TokenItemProps {
  token: ApiToken;
  busy: boolean;
  onRevoke: (token: ApiToken) => void;
}

/**
 * Revoking cannot be undone and stops an integration at once (a fire panel that raises alarms),
 * so it asks once, in words that say what will happen.
 */
export function TokenItem({ token, busy, onRevoke }: TokenItemProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDateTime();
  const [confirming, setConfirming] = useState(false);
  const revoked = token.revokedAt !== null;
  return (
    <li className={revoked ? "card token-item person-inactive" : "card token-item"}>
      <div className="person-head">
        <h3 className="person-name">{token.name}</h3>
        {revoked && <span className="badge badge-muted">{t("apiTokens.revoked")}</span>}
      </div>
      <dl className="details">
        <dt>{t("access.label")}</dt>
        <dd>{t(`access.${token.accessRole}`)}</dd>
        <dt>{t("apiTokens.prefix")}</dt>
        <dd>
          <code>{token.prefix}…</code>
        </dd>
        <dt>{t("apiTokens.createdAt")}</dt>
        <dd>{formatDate(token.createdAt)}</dd>
        <dt>{t("apiTokens.lastUsedAt")}</dt>
        <dd>{token.lastUsedAt ? formatDate(token.lastUsedAt) : t("apiTokens.neverUsed")}</dd>
        {token.revokedAt && (
          <>
            <dt>{t("apiTokens.revokedAt")}</dt>
            <dd>{formatDate(token.revokedAt)}</dd>
          </>
        )}
      </dl>
      {!revoked && !confirming && (
        <div className="card-actions">
          <button
            type="button"
            className="button button-subtle"
            aria-label={t("apiTokens.revokeLabel", { name: token.name })}
            onClick={() => setConfirming(true)}
          >
            {t("apiTokens.revoke")}
          </button>
        </div>
      )}
      {!revoked && confirming && (
        <div className="card-actions confirm" role="group" aria-label={t("apiTokens.revoke")}>
          <p className="confirm-text">{t("apiTokens.confirmRevoke", { name: token.name })}</p>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => onRevoke(token)}
            // The confirmation replaces the button that was just pressed: keep the focus here.
            autoFocus
          >
            {t("apiTokens.revokeConfirm")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming(false)}
          >
            {t("common.cancel")}
          </button>
        </div>
      )}
    </li>
  );
}
