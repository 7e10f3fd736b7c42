import { routes, type Incident } from "@beredd/contracts";
import { useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { useNotice } from "../../components/notice-context";
import { useRouteMutation } from "../../lib/query";
import { incidentReads } from "./board-api";

/**
 * Resolve (the situation is over), then close (nothing more may happen). Closing cannot be
 * undone, so it asks first; the question replaces the button and keeps the focus.
 */
export function LifecycleActions({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { show } = useNotice();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resolve = useRouteMutation(routes.incidents.resolve, { invalidates: incidentReads });
  const close = useRouteMutation(routes.incidents.close, { invalidates: incidentReads });
  const params = { params: { id: incident.id } };
  const failed = resolve.error ?? close.error;
  // The question takes the focus as it appears, before the browser paints it.
  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  return (
    <div className="board-lifecycle">
      {failed && <ErrorAlert error={failed} />}
      {incident.status === "active" && (
        <button
          type="button"
          className="button button-primary"
          disabled={resolve.isPending}
          onClick={() =>
            resolve.mutate(params, { onSuccess: () => show({ text: t("board.steer.resolved") }) })
          }
        >
          {t("board.steer.resolve")}
        </button>
      )}
      {incident.status === "resolved" && !confirming && (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t("board.steer.close")}
        </button>
      )}
      {incident.status === "resolved" && confirming && (
        <div className="card-actions confirm" role="group" aria-label={t("board.steer.close")}>
          <p className="confirm-text">{t("board.steer.confirmClose")}</p>
          <button
            type="button"
            className="button button-danger"
            disabled={close.isPending}
            onClick={() =>
              close.mutate(params, { onSuccess: () => show({ text: t("board.steer.closed") }) })
            }
          >
            {t("board.steer.confirmCloseYes")}
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming(false)}
          >
            {t("board.steer.cancel")}
          </button>
        </div>
      )}
    </div>
  );
}
