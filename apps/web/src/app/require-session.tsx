import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorAlert } from "../components/error-alert";
import { Loading } from "../components/loading";
import { useSession } from "../features/session/session-context";
import { useDocumentTitle } from "../lib/use-document-title";

export interface LoginRedirectState {
  from?: string;
}

/** Renders the signed-in part of the app, or sends the visitor to the login page. */
export function RequireSession() {
  const { state, retry } = useSession();
  const location = useLocation();
  switch (state.status) {
    case "loading":
      return (
        <div className="startup">
          <Loading />
        </div>
      );
    case "failed":
      return <StartupFailed error={state.error} onRetry={retry} />;
    case "anonymous": {
      // After an expired session, come back to the same page after signing in again.
      const redirect: LoginRedirectState =
        state.reason === "loggedOut" ? {} : { from: location.pathname + location.search };
      return <Navigate to="/login" replace state={redirect} />;
    }
    case "authenticated":
      return <Outlet />;
  }
}

export function StartupFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.startFailed"));
  return (
    <main className="startup" id="main">
      <h1>{t("app.startFailed")}</h1>
      <ErrorAlert error={error} onRetry={onRetry} />
    </main>
  );
}
