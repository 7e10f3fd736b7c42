import { CreateApiToken, type CreatedApiToken, routes, TokenRole } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../../components/form";
import { SelectField } from "../../components/select-field";
import { TextField } from "../../components/text-field";
import { useRouteMutation } from "../../lib/query";
import { useFormSubmit } from "../../lib/use-form-submit";

/** The contracts export only the schema for token roles; the type is derived from it. */
type TokenRoleValue = (typeof TokenRole.options)[number];

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [accessRole, setAccessRole] = useState<TokenRoleValue>("viewer");
  const create = useRouteMutation(routes.apiTokens.create, {
    invalidates: [routes.apiTokens.list],
  });
  const form = useFormSubmit({
    schema: CreateApiToken,
    values: { name, accessRole },
    submit: (body) => create.mutateAsync({ body }),
    // The panel that shows the secret once takes the form's place and is the announcement.
    onSuccess: onCreated,
  });
  const { errors } = form;

  return (
    <Form
      form={form}
      title={t("apiTokens.createTitle")}
      submitLabel={t("apiTokens.create")}
      pendingLabel={t("common.creating")}
    >
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
    </Form>
  );
}
