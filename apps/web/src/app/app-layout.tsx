import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Link,
  NavLink,
  NavigationType,
  Outlet,
  useLocation,
  useNavigationType,
} from "react-router";
import {
  AlarmIcon,
  BoardIcon,
  KeyIcon,
  OverviewIcon,
  PeopleIcon,
  RolesIcon,
  ScenarioIcon,
  UnitsIcon,
} from "../components/icons";
import { LanguageSwitch } from "../components/language-switch";
import { NoticeProvider, NoticeRegion } from "../components/notice";
import { useNotice } from "../components/notice-context";
import { IncomingAlarm } from "../features/alarm/incoming-alarm";
import { ConnectionStatus } from "../features/realtime/connection-status";
import { OutboxSync } from "../features/raise/outbox-sync";
import { RealtimeProvider } from "../features/realtime/realtime-provider";
import {
  useCurrentSession,
  useIsAdmin,
  useIsStaff,
  useSession,
} from "../features/session/session-context";
import { requestHeadingFocus } from "../lib/heading-focus";
import { errorMessage } from "../lib/problem-message";

export function AppLayout() {
  return (
    <NoticeProvider>
      <RealtimeProvider>
        <Shell />
        <OutboxSync />
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

function MainNav() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const isAdmin = useIsAdmin();
  const isStaff = useIsStaff();
  const canRaise = session.accessRole !== "viewer";
  const links = [
    ...(canRaise ? [{ to: "/raise", end: false, label: t("nav.raise"), icon: <AlarmIcon /> }] : []),
    { to: "/", end: true, label: t("nav.overview"), icon: <OverviewIcon /> },
    ...(isStaff ? [{ to: "/board", end: false, label: t("board.nav"), icon: <BoardIcon /> }] : []),
    { to: "/units", end: false, label: t("nav.units"), icon: <UnitsIcon /> },
    { to: "/people", end: false, label: t("nav.people"), icon: <PeopleIcon /> },
    // Coordinators read the plans they lead by; responders never need them in the bar.
    ...(isAdmin || session.accessRole === "coordinator"
      ? [{ to: "/scenarios", end: false, label: t("scenarios.nav"), icon: <ScenarioIcon /> }]
      : []),
    ...(isAdmin
      ? [{ to: "/roles", end: false, label: t("roles.title"), icon: <RolesIcon /> }]
      : []),
    ...(isAdmin
      ? [{ to: "/api-tokens", end: false, label: t("nav.apiTokens"), icon: <KeyIcon /> }]
      : []),
  ];
  return (
    <nav className="main-nav" aria-label={t("nav.label")} data-count={links.length}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="main-nav-link">
              {link.icon}
              <span>{link.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
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
