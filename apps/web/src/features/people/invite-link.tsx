import { routes, type CreatedInvitation, type Person } from "@beredd/contracts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { useRouteMutation } from "../../lib/query";
import { useFormatDateTime } from "../../lib/use-format-date";

/**
 * "Bjud in": an administrator creates a sign-in link for the person and copies it to them (no
 * e-mail is sent yet). The link is shown once; a new one replaces it.
 */
export function InviteLink({ person }: { person: Person }) {
  const { t } = useTranslation();
  const id = useId();
  const formatDateTime = useFormatDateTime();
  const create = useRouteMutation(routes.invitations.create, { invalidates: [] });
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  const invite = () => {
    setCopied(null);
    create.mutateAsync({ params: { id: person.id } }).then(setCreated, () => undefined);
  };
  const copy = (link: string) => {
    navigator.clipboard.writeText(link).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  };

  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        aria-label={t("invite.createLabel", { name: person.name })}
        disabled={create.isPending}
        onClick={invite}
      >
        {create.isPending ? t("invite.creating") : t(created ? "invite.again" : "invite.create")}
      </button>
      {create.isError && <ErrorAlert error={create.error} />}
      {created && (
        <div className="field invite-link">
          <label className="field-label" htmlFor={`${id}-link`}>
            {t("invite.linkLabel", { name: person.name })}
          </label>
          <p className="field-hint" id={`${id}-hint`}>
            {t("invite.linkHelp", {
              name: person.name,
              expires: formatDateTime(created.expiresAt),
            })}
          </p>
          <div className="invite-link-row">
            {/* The whole link, wrapped, so the administrator sees what they send. */}
            <textarea
              id={`${id}-link`}
              className="input token-value invite-link-value"
              aria-describedby={`${id}-hint`}
              readOnly
              rows={3}
              value={created.link}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="button button-primary"
              onClick={() => copy(created.link)}
            >
              {t("invite.copy")}
            </button>
          </div>
          <p role="status">
            {copied === "yes" && t("invite.copied")}
            {copied === "failed" && t("invite.copyFailed")}
          </p>
        </div>
      )}
    </>
  );
}
