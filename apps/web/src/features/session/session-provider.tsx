import type { Locale, LoginRequest, Session } from "@beredd/contracts";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { applyLocale } from "../../i18n";
import { api, setSessionHooks } from "../../lib/api";
import { isApiError } from "../../lib/api-error";
import { forgetReadsOnDevice } from "../../lib/offline-reads";
import { queryClient } from "../../lib/query";
import { forgetSession, keepSession, keptSession } from "./kept-session";
import { sessionApi } from "./session-api";
import { SessionContext, type SessionContextValue, type SessionState } from "./session-context";

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  // Language saves run one after another so the last choice is the one the server keeps.
  const localeQueue = useRef<Promise<unknown>>(Promise.resolve());

  const signedIn = useCallback((session: Session) => {
    api.setCsrfToken(session.csrfToken);
    keepSession(session);
    setState({ status: "authenticated", session });
  }, []);

  const signedOut = useCallback((reason: "expired" | "loggedOut" | null) => {
    api.setCsrfToken(null);
    // Nothing read for the last person may be shown to the next one on this device. At start
    // (no reason) nobody was signed in here: the cache holds only a public page's reads (an
    // invitation's), and clearing it would cancel them for good.
    if (reason !== null) queryClient.clear();
    forgetSession();
    void forgetReadsOnDevice();
    setState({ status: "anonymous", reason });
  }, []);

  useEffect(() => {
    setSessionHooks({
      onUnauthenticated: () => signedOut("expired"),
      refreshCsrfToken: async () => {
        try {
          const session = await sessionApi.current();
          signedIn(session);
          return session.csrfToken;
        } catch {
          return null;
        }
      },
    });
  }, [signedIn, signedOut]);

  useEffect(() => {
    const controller = new AbortController();
    sessionApi.current(controller.signal).then(
      async (session) => {
        await applyLocale(session.user.locale);
        signedIn(session);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(error) && error.code === "unauthenticated") return signedOut(null);
        // No network: start with the session this device last had (issue 10, "Offline").
        const kept = isApiError(error) && error.status === 0 ? keptSession() : null;
        if (kept) void applyLocale(kept.user.locale).then(() => signedIn(kept));
        else setState({ status: "failed", error });
      },
    );
    return () => controller.abort();
  }, [attempt, signedIn, signedOut]);

  const adopt = useCallback(
    async (session: Session) => {
      await applyLocale(session.user.locale);
      signedIn(session);
    },
    [signedIn],
  );
  const login = useCallback(
    async (request: LoginRequest) => adopt(await sessionApi.login(request)),
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      await sessionApi.logout();
    } catch (error) {
      // Already ended on the server (expired, or signed out in another tab): that is the goal.
      if (!(isApiError(error) && error.code === "unauthenticated")) throw error;
    }
    signedOut("loggedOut");
  }, [signedOut]);

  const authenticated = state.status === "authenticated";
  const changeLocale = useCallback(
    async (locale: Locale) => {
      await applyLocale(locale);
      if (!authenticated) return;
      const save = localeQueue.current.then(() => sessionApi.updateMe({ locale }));
      localeQueue.current = save.catch(() => undefined);
      signedIn(await save);
    },
    [authenticated, signedIn],
  );

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({ state, login, adopt, logout, changeLocale, retry }),
    [state, login, adopt, logout, changeLocale, retry],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
