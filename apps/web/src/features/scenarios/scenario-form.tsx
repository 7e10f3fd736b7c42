import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { z } from "zod";
import { Form } from "../../components/form";
import type { ApiError } from "../../lib/api-error";
import type { FieldErrors } from "../../lib/form-errors";
import { useFormSubmit } from "../../lib/use-form-submit";
import { AlarmSection } from "./alarm-section";
import { CardsSection } from "./cards-section";
import { EscalationSection } from "./escalation-section";
import type { RoleNames } from "./role-names";
import { RolesSection } from "./roles-section";
import { sendable, type ScenarioDraft } from "./scenario-draft";
import { TextsSection } from "./texts-section";

export interface ScenarioSectionsProps {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  errors: FieldErrors;
  roles: RoleNames;
  isNew: boolean;
}

/** Every part of the template, in the order the part list names them. */
export function ScenarioSections(props: ScenarioSectionsProps) {
  return (
    <>
      <TextsSection {...props} />
      <AlarmSection {...props} />
      <RolesSection {...props} />
      <CardsSection {...props} />
      <EscalationSection {...props} />
    </>
  );
}

export interface ScenarioFormProps<S extends z.ZodType> {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  roles: RoleNames;
  isNew: boolean;
  /** CreateScenario for a new template, UpdateScenario for a saved one (its key stays). */
  schema: S;
  /** Sends what the contract parsed; a rejection is shown at its fields. */
  onSave: (parsed: z.output<S>) => Promise<void>;
}

/** A refusal that one field explains: the key of a new template is taken already. */
function explainTaken(t: TFunction) {
  return (error: ApiError): FieldErrors | undefined =>
    error.fieldErrors.some((e) => e.path === "key" && e.code === "taken")
      ? { key: t("scenarios.keyTaken") }
      : undefined;
}

/** The editor's form: checked against the contract, each problem shown at its field. */
export function ScenarioForm<S extends z.ZodType>(props: ScenarioFormProps<S>) {
  const { draft, onChange, roles, isNew } = props;
  const { t } = useTranslation();
  const form = useFormSubmit({
    schema: props.schema,
    values: sendable(draft, isNew),
    submit: props.onSave,
    onSuccess: () => undefined,
    explain: explainTaken(t),
  });
  return (
    <Form
      form={form}
      className="form scenario-form"
      submitLabel={isNew ? t("common.create") : t("common.save")}
      pendingLabel={isNew ? t("common.creating") : t("common.saving")}
      actions={
        <Link to="/scenarios" className="button button-secondary">
          {t("common.cancel")}
        </Link>
      }
    >
      <ScenarioSections
        draft={draft}
        onChange={onChange}
        errors={form.errors}
        roles={roles}
        isNew={isNew}
      />
    </Form>
  );
}
