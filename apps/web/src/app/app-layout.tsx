import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavigationType, Outlet, useLocation, useNavigationType } from "react-router";
import { LanguageSwitch } from "../components/language-switch";
import { NoticeProvider, NoticeRegion } from "../components/notice";
import { useNotice } from "../components/notice-context";
import { IncomingAlarm } from "../features/alarm/incoming-alarm";
import { RefreshThisDevice } from "../features/devices/refresh-this-device";
import { ConnectionStatus } from "../features/realtime/connection-status";
import { KeepRaiseReads } from "../features/raise/keep-raise-reads";
import { OutboxSync } from "../features/raise/outbox-sync";
import { RealtimeProvider } from "../features/realtime/realtime-provider";
import { useCurrentSession, useSession } from "../features/session/session-context";
import { requestHeadingFocus } from "../lib/heading-focus";
import { errorMessage } from "../lib/problem-message";
import { MainNav } from "./main-nav";

export function AppLayout() {
  return (
    <NoticeProvider>
      <RealtimeProvider>
        <Shell />
        <OutboxSync />
        <KeepRaiseReads />
        <RefreshThisDevice />
      </RealtimeProvider>
    </NoticeProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const location = useLocation();
  const navigationType = useNavigationType();

  // After an in-app navigation, focus the new page's heading so screen readers start there
  // (and keyboard users do not have to tab through the header again). A fresh load keeps the
  // browser's own focus at the top of the document.
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    const first = focusedFor.current === null;
    if (focusedFor.current === location.key) return;
    focusedFor.current = location.key;
    if (first && navigationType === NavigationType.Pop) return;
    requestHeadingFocus();
  }, [location.key, navigationType]);

  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            <img src="/icon.svg" alt="" width="32" height="32" className="brand-logo" />
            <span className="brand-text">
              <span className="brand-name">{t("app.name")}</span>
              <span className="brand-org">{session.organization.name}</span>
            </span>
          </Link>
          <MainNav />
          <Account />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ConnectionStatus />
        <NoticeRegion />
        <Outlet />
      </main>
      <IncomingAlarm />
    </div>
  );
}

function Account() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const { logout, changeLocale } = useSession();
  const { show } = useNotice();
  const [loggingOut, setLoggingOut] = useState(false);

  const onLogout = () => {
    setLoggingOut(true);
    logout().catch((error: unknown) => {
      setLoggingOut(false);
      show({ tone: "error", text: `${t("header.logoutFailed")} ${errorMessage(t, error)}` });
    });
  };

  return (
    <div className="account">
      <p className="account-user">
        <span className="visually-hidden">{t("header.signedInAs")} </span>
        <Link to="/account" className="account-name">
          {session.user.name}
          <span className="visually-hidden"> ({t("account.nav")})</span>
        </Link>
        <span className="account-role">{t(`access.${session.accessRole}`)}</span>
      </p>
      <LanguageSwitch
        onChange={(locale) => {
          changeLocale(locale).catch(() => show({ tone: "error", text: t("language.saveFailed") }));
        }}
      />
      <button
        type="button"
        className="button button-secondary logout-button"
        onClick={onLogout}
        disabled={loggingOut}
      >
        {loggingOut ? t("header.loggingOut") : t("header.logout")}
      </button>
    </div>
  );
}
