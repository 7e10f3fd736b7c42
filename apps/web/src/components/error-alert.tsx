import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/problem-message";

export interface ErrorAlertProps {
  /** An error from the API client, or a message already in the current language. */
  error: unknown;
  message?: string | undefined;
  onRetry?: (() => void) | undefined;
}

/** An error that is not about one field: announced at once by screen readers (role="alert"). */
export function ErrorAlert({ error, message, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <p>{message ?? errorMessage(t, error)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
