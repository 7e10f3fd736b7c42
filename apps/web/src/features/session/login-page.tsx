import { LoginRequest } from "@beredd/contracts";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { LanguageSwitch } from "../../components/language-switch";
import { Loading } from "../../components/loading";
import { PasswordField } from "../../components/password-field";
import { TextField } from "../../components/text-field";
import { isApiError } from "../../lib/api-error";
import { type FieldErrors, focusFirstError, zodFieldErrors } from "../../lib/form-errors";
import { errorMessage } from "../../lib/problem-message";
import { useDocumentTitle } from "../../lib/use-document-title";
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
  const { state, login, changeLocale } = useSession();
  const location = useLocation();
  useDocumentTitle(t("login.title"));

  if (state.status === "authenticated") {
    const from = (location.state as LoginLocationState | null)?.from;
    return <Navigate to={safeRedirect(from)} replace />;
  }

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
          <h1 className="login-title">{t("login.title")}</h1>
          {state.status === "loading" ? (
            <Loading />
          ) : (
            <LoginForm
              reason={state.status === "anonymous" ? state.reason : null}
              onLogin={login}
            />
          )}
          <p className="login-help">{t("login.help")}</p>
        </div>
      </main>
    </div>
  );
}

interface LoginFormProps {
  reason: "expired" | "loggedOut" | null;
  onLogin: (request: LoginRequest) => Promise<void>;
}

function LoginForm({ reason, onLogin }: LoginFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const values = { email, password };
    const parsed = LoginRequest.safeParse(values);
    if (!parsed.success) {
      const errors = zodFieldErrors(t, parsed.error, values);
      setFieldErrors(errors);
      focusFirstError(formRef.current, errors);
      return;
    }
    setFieldErrors({});
    setSubmitting(true);
    onLogin(parsed.data).catch((error: unknown) => {
      setSubmitting(false);
      setFailure(loginFailureMessage(error));
      if (isApiError(error) && error.code === "invalid_credentials") {
        setPassword("");
        passwordRef.current?.focus();
      }
    });
  };

  function loginFailureMessage(error: unknown): string {
    if (!isApiError(error)) return errorMessage(t, error);
    if (error.code === "invalid_credentials") return t("login.invalidCredentials");
    if (error.code === "rate_limited") {
      return error.retryAfterSeconds
        ? t("login.rateLimitedRetry", { count: error.retryAfterSeconds })
        : t("login.rateLimited");
    }
    return errorMessage(t, error);
  }

  return (
    <form ref={formRef} className="form login-form" noValidate onSubmit={onSubmit}>
      <div role="status">
        {reason && !failure && (
          <p className="alert alert-info">
            {reason === "expired" ? t("login.sessionExpired") : t("login.loggedOut")}
          </p>
        )}
      </div>
      {failure && <ErrorAlert error={null} message={failure} />}
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
        error={fieldErrors.email}
      />
      <PasswordField
        label={t("login.password")}
        name="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={fieldErrors.password}
        inputProps={{ ref: passwordRef }}
      />
      <button type="submit" className="button button-primary button-block" disabled={submitting}>
        {submitting ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
