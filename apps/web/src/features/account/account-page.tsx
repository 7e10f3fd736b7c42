import { ChangePassword, routes } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Form } from "../../components/form";
import { useNotice } from "../../components/notice-context";
import { PageHeader } from "../../components/page-header";
import { PasswordField } from "../../components/password-field";
import { useRouteMutation } from "../../lib/query";
import { errorMessage } from "../../lib/problem-message";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useFormSubmit } from "../../lib/use-form-submit";
import { useCurrentSession } from "../session/session-context";

/** My account: who I am signed in as, my password, and my other devices' sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  useDocumentTitle(t("account.title"));
  return (
    <>
      <PageHeader
        title={t("account.title")}
        intro={t("account.signedInAs", { name: session.user.name, email: session.user.email })}
      />
      <section className="page-section" aria-labelledby="my-readiness">
        <h2 id="my-readiness">{t("myReadiness.title")}</h2>
        <Link to="/readiness" className="button button-secondary">
          {t("myReadiness.accountLink")}
        </Link>
      </section>
      <ChangePasswordForm />
      <SignOutOthers />
    </>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const { show } = useNotice();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const change = useRouteMutation(routes.session.changePassword, { invalidates: [] });
  const form = useFormSubmit({
    schema: ChangePassword,
    values: { currentPassword, newPassword },
    submit: (body) => change.mutateAsync({ body }),
    onSuccess: () => {
      setCurrentPassword("");
      setNewPassword("");
      show({ text: t("account.passwordChanged") });
    },
  });
  return (
    <Form
      form={form}
      title={t("account.passwordTitle")}
      submitLabel={t("account.changePassword")}
      pendingLabel={t("common.saving")}
    >
      <PasswordField
        label={t("account.currentPassword")}
        name="currentPassword"
        value={currentPassword}
        onValueChange={setCurrentPassword}
        autoComplete="current-password"
        error={form.errors.currentPassword}
      />
      <PasswordField
        label={t("account.newPassword")}
        hint={t("account.newPasswordHint")}
        name="newPassword"
        value={newPassword}
        onValueChange={setNewPassword}
        autoComplete="new-password"
        error={form.errors.newPassword}
      />
    </Form>
  );
}

function SignOutOthers() {
  const { t } = useTranslation();
  const { show } = useNotice();
  const end = useRouteMutation(routes.session.endOtherSessions, { invalidates: [] });
  const onClick = () => {
    end.mutateAsync({}).then(
      ({ ended }) => show({ text: t("account.othersEnded", { count: ended }) }),
      (error: unknown) => show({ tone: "error", text: errorMessage(t, error) }),
    );
  };
  return (
    <section className="page-section" aria-labelledby="other-sessions">
      <h2 id="other-sessions">{t("account.othersTitle")}</h2>
      <p className="muted">{t("account.othersHelp")}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={onClick}
        disabled={end.isPending}
      >
        {end.isPending ? t("account.endingOthers") : t("account.endOthers")}
      </button>
    </section>
  );
}
