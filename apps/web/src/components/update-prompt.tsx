import { useTranslation } from "react-i18next";
import { useRegisterSW } from "virtual:pwa-register/react";

/**
 * A new version waits until the user chooses to load it: reloading by itself could throw away
 * a form someone is filling in.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error: unknown) => console.error("Service worker registration failed", error),
  });
  return (
    <div role="status">
      {needRefresh && (
        <div className="update-prompt">
          <p>{t("update.available")}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void updateServiceWorker(true)}
          >
            {t("update.reload")}
          </button>
        </div>
      )}
    </div>
  );
}
