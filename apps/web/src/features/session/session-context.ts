import type { Locale, LoginRequest, Session } from "@beredd/contracts";
import { createContext, use } from "react";

export type SessionState =
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  | { status: "anonymous"; reason: "expired" | "loggedOut" | null }
  | { status: "authenticated"; session: Session };

export interface SessionContextValue {
  state: SessionState;
  /** Signs in and applies the user's saved language; rejects with an ApiError. */
  login: (request: LoginRequest) => Promise<void>;
  /** Starts using a session the server has just opened (a sign-in link) and its language. */
  adopt: (session: Session) => Promise<void>;
  /** Ends the session on the server; rejects (and stays signed in) if that fails. */
  logout: () => Promise<void>;
  /**
   * Switches the language at once; when signed in, also saves it for the user. Rejects if the
   * save failed (the language stays switched on this device).
   */
  changeLocale: (locale: Locale) => Promise<void>;
  /** Checks the session again after the first check failed (server unreachable). */
  retry: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionProvider>");
  return value;
}

/** The signed-in session; only for screens rendered behind <RequireSession>. */
export function useCurrentSession(): Session {
  const { state } = useSession();
  if (state.status !== "authenticated") throw new Error("No session: render behind RequireSession");
  return state.session;
}

/** Only administrators may change units, people and API tokens; the server enforces it too. */
export function useIsAdmin(): boolean {
  return useCurrentSession().accessRole === "admin";
}

/** Coordinators and administrators see and steer every incident; the server enforces it too. */
export function useIsStaff(): boolean {
  const { accessRole } = useCurrentSession();
  return accessRole === "admin" || accessRole === "coordinator";
}
