import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CheckStatus } from "./readiness-checks";

const marks: Record<CheckStatus, string> = {
  ok: "✓",
  todo: "!",
  blocked: "✗",
  waiting: "…",
  optional: "○",
  unsupported: "✗",
};

/**
 * One check of "Min beredskap": its number and name, its status in words (the mark and the
 * colour only repeat it), then what it means and what to do.
 */
export function CheckStep({
  id,
  number,
  title,
  status,
  children,
}: {
  id: string;
  number: number;
  title: string;
  status: CheckStatus;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className="check-step card" data-status={status} aria-labelledby={id}>
      <h2 id={id} className="check-step-title">
        <span className="check-step-mark" aria-hidden="true">
          {marks[status]}
        </span>
        <span>
          <span className="visually-hidden">{t("myReadiness.step", { number })} </span>
          {title}
        </span>
      </h2>
      <p className="check-step-status">{t(`myReadiness.status.${status}`)}</p>
      <div className="check-step-body">{children}</div>
    </li>
  );
}
