import { CreateApiToken, type CreatedApiToken, routes, TokenRole } from "@beredd/contracts";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { SelectField } from "../../components/select-field";
import { TextField } from "../../components/text-field";
import { isApiError } from "../../lib/api-error";
import {
  type FieldErrors,
  apiFieldErrors,
  focusFirstError,
  zodFieldErrors,
} from "../../lib/form-errors";
import { useRouteMutation } from "../../lib/query";

/** The contracts export only the schema for token roles; the type is derived from it. */
type TokenRoleValue = (typeof TokenRole.options)[number];

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [accessRole, setAccessRole] = useState<TokenRoleValue>("viewer");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const create = useRouteMutation(routes.apiTokens.create, {
    invalidates: [routes.apiTokens.list],
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const parsed = CreateApiToken.safeParse({ name, accessRole });
    if (!parsed.success) {
      const next = zodFieldErrors(t, parsed.error, { name });
      setErrors(next);
      focusFirstError(formRef.current, next);
      return;
    }
    setErrors({});
    setSubmitting(true);
    create.mutateAsync({ body: parsed.data }).then(
      (created) => {
        setSubmitting(false);
        setName("");
        onCreated(created);
      },
      (error: unknown) => {
        setSubmitting(false);
        const next = isApiError(error) ? apiFieldErrors(t, error) : {};
        setErrors(next);
        setFailure(error);
        focusFirstError(formRef.current, next);
      },
    );
  };

  return (
    <form ref={formRef} className="form form-card" noValidate onSubmit={onSubmit}>
      <h2>{t("apiTokens.createTitle")}</h2>
      {failure !== null && <ErrorAlert error={failure} />}
      <TextField
        label={t("apiTokens.name")}
        hint={t("apiTokens.nameHelp")}
        name="name"
        value={name}
        onValueChange={setName}
        error={errors.name}
        autoComplete="off"
      />
      <SelectField
        label={t("access.label")}
        hint={t("apiTokens.accessHelp")}
        name="accessRole"
        value={accessRole}
        onValueChange={(value) => setAccessRole(TokenRole.parse(value))}
        error={errors.accessRole}
      >
        {TokenRole.options.map((role) => (
          <option key={role} value={role}>
            {t(`access.${role}`)} – {t(`access.${role}Help`)}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t("common.creating") : t("apiTokens.create")}
        </button>
      </div>
    </form>
  );
}
