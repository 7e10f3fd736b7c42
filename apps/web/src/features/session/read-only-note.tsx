import { useTranslation } from "react-i18next";
import { useCurrentSession } from "./session-context";

/** Tells a person without admin access why there are no edit controls. */
export function ReadOnlyNote() {
  const { t } = useTranslation();
  const { accessRole } = useCurrentSession();
  return (
    <p className="alert alert-info read-only-note">
      {t("access.readOnly", { role: t(`access.${accessRole}`) })}
    </p>
  );
}
