import { LoginRequest } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { Form } from "../../components/form";
import { Loading } from "../../components/loading";
import { PasswordField } from "../../components/password-field";
import { TextField } from "../../components/text-field";
import { isApiError } from "../../lib/api-error";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useFormSubmit } from "../../lib/use-form-submit";
import { PublicShell } from "./public-shell";
import { useSession } from "./session-context";

interface LoginLocationState {
  from?: string;
}

function safeRedirect(from: string | undefined): string {
  // Only paths inside the app: never an absolute URL a crafted link could smuggle in.
  return from?.startsWith("/") && !from.startsWith("//") && from !== "/login" ? from : "/";
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useSession();
  const location = useLocation();
  useDocumentTitle(t("login.title"));

  if (state.status === "authenticated") {
    const from = (location.state as LoginLocationState | null)?.from;
    return <Navigate to={safeRedirect(from)} replace />;
  }

  return (
    <PublicShell title={t("login.title")}>
      {state.status === "loading" ? (
        <Loading />
      ) : (
        <LoginForm reason={state.status === "anonymous" ? state.reason : null} onLogin={login} />
      )}
      <p className="login-help">{t("login.help")}</p>
    </PublicShell>
  );
}

interface LoginFormProps {
  reason: "expired" | "loggedOut" | null;
  onLogin: (request: LoginRequest) => Promise<void>;
}

function LoginForm({ reason, onLogin }: LoginFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useFormSubmit({
    schema: LoginRequest,
    values: { email, password },
    submit: onLogin,
    // The session provider moves on to the app once signed in.
    onSuccess: () => undefined,
    failureMessage: (error) => {
      if (!isApiError(error)) return undefined;
      if (error.code === "invalid_credentials") return t("login.invalidCredentials");
      if (error.code !== "rate_limited") return undefined;
      return error.retryAfterSeconds
        ? t("login.rateLimitedRetry", { count: error.retryAfterSeconds })
        : t("login.rateLimited");
    },
    // A wrong password is typed again from the start.
    onFailure: (error) => {
      if (isApiError(error) && error.code === "invalid_credentials") setPassword("");
    },
    focusAfter: (error) =>
      isApiError(error) && error.code === "invalid_credentials" ? "password" : undefined,
  });

  return (
    <Form
      form={form}
      className="form login-form"
      submitLabel={t("login.submit")}
      pendingLabel={t("login.submitting")}
      submitClassName="button button-primary button-block"
    >
      <div role="status">
        {reason && !form.failure && (
          <p className="alert alert-info">
            {reason === "expired" ? t("login.sessionExpired") : t("login.loggedOut")}
          </p>
        )}
      </div>
      <p className="login-intro">{t("login.intro")}</p>
      <TextField
        label={t("login.email")}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={email}
        onValueChange={setEmail}
        error={form.errors.email}
      />
      <PasswordField
        label={t("login.password")}
        name="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={form.errors.password}
      />
    </Form>
  );
}
