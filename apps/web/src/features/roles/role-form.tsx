import { CreateIncidentRole, limits } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { z } from "zod";
import { Form } from "../../components/form";
import { TextAreaField } from "../../components/text-area-field";
import { TextField } from "../../components/text-field";
import { useFormSubmit } from "../../lib/use-form-submit";
import { roleKeyFrom } from "./staffing-model";

const { name, description } = CreateIncidentRole.shape;

/**
 * The role as the form holds it, one field per language, checked by the contract's own rules and
 * handed over in the contract's shape. The key is made from the Swedish name.
 */
const RoleFormSchema = z
  .object({
    nameSv: name.shape.sv,
    nameEn: name.shape.en,
    descriptionSv: description.shape.sv,
    descriptionEn: description.shape.en,
  })
  .transform((v) => ({
    key: roleKeyFrom(v.nameSv),
    name: { sv: v.nameSv, en: v.nameEn },
    description: { sv: v.descriptionSv, en: v.descriptionEn },
  }));

export type RoleFormOutput = z.output<typeof RoleFormSchema>;

export interface RoleFormProps {
  initial: Pick<RoleFormOutput, "name" | "description">;
  mode: "create" | "edit";
  cancelTo: string;
  onSave: (values: RoleFormOutput) => Promise<void>;
}

export function RoleForm({ initial, mode, cancelTo, onSave }: RoleFormProps) {
  const { t } = useTranslation();
  const [nameSv, setNameSv] = useState(initial.name.sv);
  const [nameEn, setNameEn] = useState(initial.name.en);
  const [descriptionSv, setDescriptionSv] = useState(initial.description.sv);
  const [descriptionEn, setDescriptionEn] = useState(initial.description.en);
  const form = useFormSubmit({
    schema: RoleFormSchema,
    values: { nameSv, nameEn, descriptionSv, descriptionEn },
    submit: onSave,
    onSuccess: () => undefined,
    // The one conflict a role can cause: another role has the key made from the name.
    explain: (error) => (error.code === "conflict" ? { nameSv: t("roles.nameTaken") } : undefined),
  });
  const { errors } = form;
  const creating = mode === "create";
  return (
    <Form
      form={form}
      requiredNote
      submitLabel={t(creating ? "common.create" : "common.save")}
      pendingLabel={t(creating ? "common.creating" : "common.saving")}
      actions={
        <Link to={cancelTo} className="button button-secondary">
          {t("common.cancel")}
        </Link>
      }
    >
      <TextField
        label={t("roles.nameSv")}
        name="nameSv"
        lang="sv"
        value={nameSv}
        onValueChange={setNameSv}
        error={errors.nameSv ?? errors.name}
        autoComplete="off"
        maxLength={limits.nameMax}
      />
      <TextField
        label={t("roles.nameEn")}
        hint={t("roles.nameEnHelp")}
        name="nameEn"
        lang="en"
        value={nameEn}
        onValueChange={setNameEn}
        error={errors.nameEn}
        autoComplete="off"
        maxLength={limits.nameMax}
      />
      <TextAreaField
        label={t("roles.descriptionSv")}
        hint={t("roles.descriptionHelp")}
        name="descriptionSv"
        lang="sv"
        value={descriptionSv}
        onValueChange={setDescriptionSv}
        error={errors.descriptionSv ?? errors.description}
        optional
      />
      <TextAreaField
        label={t("roles.descriptionEn")}
        name="descriptionEn"
        lang="en"
        value={descriptionEn}
        onValueChange={setDescriptionEn}
        error={errors.descriptionEn}
        optional
      />
    </Form>
  );
}
