import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../components/language-switch";
import { useSession } from "./session-context";

/**
 * The frame of the pages shown before signing in (sign-in, an invitation): the language switch,
 * then one card with the brand and the page's title.
 */
export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { changeLocale } = useSession();
  return (
    <div className="login-shell">
      <div className="login-topbar">
        <LanguageSwitch onChange={(locale) => void changeLocale(locale)} />
      </div>
      <main id="main" className="login-main">
        <div className="login-card">
          <div className="login-brand">
            <img src="/icon.svg" alt="" width="56" height="56" />
            <div>
              <p className="login-brand-name">{t("app.name")}</p>
              <p className="login-tagline">{t("app.tagline")}</p>
            </div>
          </div>
          <h1 className="login-title">{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
