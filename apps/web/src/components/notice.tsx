import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { type Notice, NoticeContext, type NoticeInput, useNotice } from "./notice-context";

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const nextId = useRef(1);

  const show = useCallback(
    (input: NoticeInput) => {
      const id = nextId.current++;
      setNotice({ ...input, id, tone: input.tone ?? "success", path: input.path ?? pathname });
    },
    [pathname],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  // A notice shows only on its own page, so it does not follow the user somewhere unrelated.
  const visible = notice && notice.path === pathname ? notice : null;
  const value = useMemo(() => ({ notice: visible, show, dismiss }), [visible, show, dismiss]);
  return <NoticeContext value={value}>{children}</NoticeContext>;
}

/**
 * Both live regions are always in the page, so screen readers announce what appears in them;
 * a region created together with its text is often not read out.
 */
export function NoticeRegion() {
  const { notice } = useNotice();
  return (
    <div className="notice-region">
      <div role="status">
        {notice?.tone === "success" && <NoticeBox key={notice.id} notice={notice} />}
      </div>
      <div role="alert">
        {notice?.tone === "error" && <NoticeBox key={notice.id} notice={notice} />}
      </div>
    </div>
  );
}

function NoticeBox({ notice }: { notice: Notice }): ReactNode {
  const { t } = useTranslation();
  const { dismiss } = useNotice();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice.focus) ref.current?.focus();
  }, [notice.id, notice.focus]);
  return (
    <div ref={ref} tabIndex={-1} className={`notice notice-${notice.tone}`}>
      <p className="notice-text">{notice.text}</p>
      <div className="notice-actions">
        {notice.action && (
          <button type="button" className="button button-secondary" onClick={notice.action.run}>
            {notice.action.label}
          </button>
        )}
        <button
          type="button"
          className="button button-quiet icon-button"
          aria-label={t("common.dismiss")}
          onClick={dismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
