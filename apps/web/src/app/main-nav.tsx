import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, matchPath, useLocation } from "react-router";
import {
  AlarmIcon,
  BoardIcon,
  KeyIcon,
  MoreIcon,
  OverviewIcon,
  PeopleIcon,
  ReadinessIcon,
  RolesIcon,
  ScenarioIcon,
  UnitsIcon,
} from "../components/icons";
import { useCurrentSession, useIsAdmin, useIsStaff } from "../features/session/session-context";

interface Section {
  to: string;
  end: boolean;
  label: string;
  icon: ReactNode;
  /** Only in a phone's bar and "Mer": a wide screen reaches it another way (the account page). */
  narrowOnly?: boolean;
}

/** A phone's bottom bar holds this many sections; the rest are under "Mer". */
const BAR = 4;

function useSections(): Section[] {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const isAdmin = useIsAdmin();
  const isStaff = useIsStaff();
  const when = (yes: boolean, section: Section) => (yes ? [section] : []);
  return [
    ...when(session.accessRole !== "viewer", {
      to: "/raise",
      end: false,
      label: t("nav.raise"),
      icon: <AlarmIcon />,
    }),
    { to: "/", end: true, label: t("nav.overview"), icon: <OverviewIcon /> },
    ...when(isStaff, { to: "/board", end: false, label: t("board.nav"), icon: <BoardIcon /> }),
    { to: "/units", end: false, label: t("nav.units"), icon: <UnitsIcon /> },
    {
      to: "/readiness",
      end: false,
      label: t("myReadiness.nav"),
      icon: <ReadinessIcon />,
      // Push matters on the phone; on a wide screen it is one tap from the person's name.
      narrowOnly: true,
    },
    { to: "/people", end: false, label: t("nav.people"), icon: <PeopleIcon /> },
    // Coordinators read the plans they lead by; responders never need them in the bar.
    ...when(isAdmin || session.accessRole === "coordinator", {
      to: "/scenarios",
      end: false,
      label: t("scenarios.nav"),
      icon: <ScenarioIcon />,
    }),
    ...when(isAdmin, { to: "/roles", end: false, label: t("roles.title"), icon: <RolesIcon /> }),
    ...when(isAdmin, {
      to: "/api-tokens",
      end: false,
      label: t("nav.apiTokens"),
      icon: <KeyIcon />,
    }),
  ];
}

/**
 * The sections of the app: tabs under the header on a wide screen, a bottom bar within thumb's
 * reach on a phone. A phone's bar holds four sections; with more, the rest are one tap away
 * under "Mer" (the wide screen shows them all as tabs).
 */
export function MainNav() {
  const { t } = useTranslation();
  const sections = useSections();
  const crowded = sections.length > BAR + 1;
  const bar = crowded ? sections.slice(0, BAR) : sections;
  const rest = crowded ? sections.slice(BAR) : [];
  return (
    <nav
      className="main-nav"
      aria-label={t("nav.label")}
      data-count={bar.length + (crowded ? 1 : 0)}
    >
      <ul>
        {bar.map((section) => (
          <li key={section.to} className={section.narrowOnly ? "main-nav-narrow-only" : undefined}>
            <SectionLink section={section} />
          </li>
        ))}
        {rest
          .filter((section) => !section.narrowOnly)
          .map((section) => (
            <li key={section.to} className="main-nav-wide-only">
              <SectionLink section={section} />
            </li>
          ))}
        {crowded && (
          <li className="main-nav-more">
            <MoreMenu sections={rest} />
          </li>
        )}
      </ul>
    </nav>
  );
}

function SectionLink({ section, onClick }: { section: Section; onClick?: () => void }) {
  return (
    <NavLink to={section.to} end={section.end} className="main-nav-link" onClick={onClick}>
      {section.icon}
      <span>{section.label}</span>
    </NavLink>
  );
}

/** "Mer": a disclosure with the sections the bar has no room for; Escape or a tap outside closes it. */
function MoreMenu({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  // Open on the page it was opened on: any navigation closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.key;
  const setOpen = (next: boolean) => setOpenOn(next ? location.key : null);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const here = sections.some((s) => matchPath({ path: s.to, end: s.end }, location.pathname));

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);

  return (
    <div className="more-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="main-nav-link more-button"
        aria-expanded={open}
        aria-controls={listId}
        data-here={here || undefined}
        onClick={() => setOpen(!open)}
      >
        <MoreIcon />
        <span>{t("nav.more")}</span>
      </button>
      <ul id={listId} className="more-list" hidden={!open}>
        {sections.map((section) => (
          <li key={section.to}>
            <SectionLink section={section} onClick={() => setOpen(false)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
