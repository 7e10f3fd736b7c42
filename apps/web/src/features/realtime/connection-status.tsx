import { useTranslation } from "react-i18next";
import { useRealtime } from "./realtime-context";

/**
 * Says when live updates are not flowing ("återansluter …"), so nobody trusts a board that has
 * stopped; silent while the socket is live. The first connection is quiet for its first moments.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const { status } = useRealtime();
  return (
    <div role="status" className="connection-region">
      {status === "reconnecting" && (
        <p className="connection-banner" data-status={status}>
          {t("realtime.reconnecting")}
        </p>
      )}
    </div>
  );
}
