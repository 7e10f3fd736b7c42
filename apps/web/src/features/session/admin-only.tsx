import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useIsAdmin } from "./session-context";

/**
 * Guards an edit screen reached by a typed or shared link: the server would refuse the write
 * anyway (403), but the person should learn it before filling in the form.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  if (isAdmin) return children;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t("errors.problem.forbidden")}</p>
    </div>
  );
}
