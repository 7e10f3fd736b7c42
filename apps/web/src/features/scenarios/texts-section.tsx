import { useTranslation } from "react-i18next";
import { TextField } from "../../components/text-field";
import type { FieldErrors } from "../../lib/form-errors";
import { LocalizedFields } from "./localized-fields";
import type { ScenarioDraft } from "./scenario-draft";
import { EditorSection } from "./editor-section";

const textMax = 2000;

export interface TextsSectionProps {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  errors: FieldErrors;
  /** A new template gets its key here; a saved one keeps it. */
  isNew: boolean;
}

/** What people read: the name, the alarm text (verb first) and the instructions, sv and en. */
export function TextsSection({ draft, onChange, errors, isNew }: TextsSectionProps) {
  const { t } = useTranslation();
  const plan = draft.plan;
  return (
    <EditorSection id="texts" title={t("scenarios.sections.texts")}>
      {isNew && (
        <TextField
          label={t("scenarios.key")}
          hint={t("scenarios.keyHint")}
          name="key"
          value={draft.key}
          onValueChange={(key) => onChange({ ...draft, key })}
          error={errors.key}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
        />
      )}
      <LocalizedFields
        name="name"
        label={t("scenarios.name")}
        value={draft.name}
        onChange={(name) => onChange({ ...draft, name })}
        errors={errors}
        maxLength={textMax}
      />
      <LocalizedFields
        name="plan.alertText"
        label={t("scenarios.alertText")}
        hint={t("scenarios.alertTextHint")}
        value={plan.alertText}
        onChange={(alertText) => onChange({ ...draft, plan: { ...plan, alertText } })}
        errors={errors}
        maxLength={textMax}
      />
      <LocalizedFields
        name="plan.instructions"
        label={t("scenarios.instructions")}
        hint={t("scenarios.instructionsHint")}
        value={plan.instructions}
        onChange={(instructions) => onChange({ ...draft, plan: { ...plan, instructions } })}
        errors={errors}
        multiline
        maxLength={textMax}
      />
      <LocalizedFields
        name="description"
        label={t("scenarios.description")}
        hint={t("scenarios.descriptionHint")}
        value={draft.description}
        onChange={(description) => onChange({ ...draft, description })}
        errors={errors}
        multiline
        maxLength={textMax}
      />
    </EditorSection>
  );
}
