import { AcceptInvitation, routes, type InvitationView } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { Form } from "../../components/form";
import { Loading } from "../../components/loading";
import { PasswordField } from "../../components/password-field";
import { api } from "../../lib/api";
import { isApiError } from "../../lib/api-error";
import { routeQuery } from "../../lib/query";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useFormSubmit } from "../../lib/use-form-submit";
import { PublicShell } from "../session/public-shell";
import { useSession } from "../session/session-context";

/**
 * The page a sign-in link opens (`/invite/:token`), outside the signed-in layout: it greets the
 * person, lets them choose their password and lands them signed in on the start page.
 */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const invitation = useQuery(routeQuery(routes.invitations.get, { params: { token } }));
  useDocumentTitle(t("invite.title"));
  return (
    <PublicShell title={t("invite.title")}>
      {invitation.isPending && <Loading />}
      {invitation.isError && <LinkProblem error={invitation.error} />}
      {invitation.data && <InviteForm token={token} invitation={invitation.data} />}
    </PublicShell>
  );
}

const linkProblem = (error: unknown) =>
  isApiError(error) && (error.code === "gone" || error.code === "not_found")
    ? error.code
    : undefined;

function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = linkProblem(error);
  if (!problem) return <ErrorAlert error={error} />;
  return (
    <>
      <p className="alert alert-warning">
        {t(problem === "gone" ? "invite.gone" : "invite.unknown")}
      </p>
      <Link to="/login" className="button button-secondary button-block">
        {t("invite.toLogin")}
      </Link>
    </>
  );
}

function InviteForm({ token, invitation }: { token: string; invitation: InvitationView }) {
  const { t } = useTranslation();
  const { adopt } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const form = useFormSubmit({
    schema: AcceptInvitation,
    values: { password },
    submit: (body) => api.call(routes.invitations.accept, { params: { token }, body }),
    onSuccess: async (session) => {
      await adopt(session);
      await navigate("/", { replace: true });
    },
    failureMessage: (error) => {
      const problem = linkProblem(error);
      return problem && t(problem === "gone" ? "invite.gone" : "invite.unknown");
    },
  });
  return (
    <Form
      form={form}
      className="form login-form"
      submitLabel={t("invite.submit")}
      pendingLabel={t("invite.submitting")}
      submitClassName="button button-primary button-block"
    >
      <p className="login-intro">
        <strong>{t("invite.greeting", { name: invitation.name })}</strong>{" "}
        {t("invite.intro", { organization: invitation.organization.name, email: invitation.email })}
      </p>
      <PasswordField
        label={t("invite.password")}
        hint={t("invite.passwordHint")}
        name="password"
        autoComplete="new-password"
        value={password}
        onValueChange={setPassword}
        error={form.errors.password}
      />
    </Form>
  );
}
