import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

/**
 * Stops a navigation away from unsaved edits to a template and asks first; the question takes
 * focus so keyboard and screen-reader users meet it where they are.
 */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (blocker.state === "blocked") ref.current?.focus();
  }, [blocker.state]);
  if (blocker.state !== "blocked") return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="alert alert-warning scenario-leave">
      <p>{t("scenarios.leaveUnsaved")}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => blocker.reset()}>
          {t("scenarios.stay")}
        </button>
        <button type="button" className="button button-danger" onClick={() => blocker.proceed()}>
          {t("scenarios.leave")}
        </button>
      </div>
    </div>
  );
}
