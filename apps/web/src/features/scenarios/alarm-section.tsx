import { EveryoneReach, Severity } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "../../components/checkbox-field";
import { SelectField } from "../../components/select-field";
import type { FieldErrors } from "../../lib/form-errors";
import { EditorSection } from "./editor-section";
import type { DraftPlan, ScenarioDraft } from "./scenario-draft";

const raisers = ["member", "coordinator", "admin"] as const;

export interface AlarmSectionProps {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  errors: FieldErrors;
}

/** How the alarm behaves: severity, who may raise, silence, answers, and how far it reaches. */
export function AlarmSection({ draft, onChange, errors }: AlarmSectionProps) {
  const { t } = useTranslation();
  const plan = draft.plan;
  const setPlan = (changes: Partial<DraftPlan>) =>
    onChange({ ...draft, plan: { ...plan, ...changes } });
  return (
    <EditorSection id="alarm" title={t("scenarios.sections.alarm")}>
      <SelectField
        label={t("scenarios.severity")}
        hint={t("scenarios.severityHint")}
        name="defaultSeverity"
        value={draft.defaultSeverity}
        onValueChange={(value) => onChange({ ...draft, defaultSeverity: Severity.parse(value) })}
        error={errors.defaultSeverity}
      >
        {Severity.options.map((level) => (
          <option key={level} value={level}>
            {t(`incident.severity.${level}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("scenarios.raisersLabel")}
        name="plan.raisers"
        value={plan.raisers}
        onValueChange={(value) =>
          setPlan({ raisers: raisers.find((r) => r === value) ?? plan.raisers })
        }
        error={errors["plan.raisers"]}
      >
        {raisers.map((role) => (
          <option key={role} value={role}>
            {t(`scenarios.raisers.${role}`)}
          </option>
        ))}
      </SelectField>
      <div className="scenario-checks">
        <CheckboxField
          name="plan.silent"
          label={t("scenarios.silent")}
          checked={plan.silent}
          onCheckedChange={(silent) => setPlan({ silent })}
        />
        {plan.silent && (
          <p className="alert alert-warning scenario-silent-warning">
            {t("scenarios.silentWarning")}
          </p>
        )}
        <CheckboxField
          name="plan.requiresAcknowledgement"
          label={t("scenarios.requiresAcknowledgement")}
          checked={plan.requiresAcknowledgement}
          onCheckedChange={(requiresAcknowledgement) => setPlan({ requiresAcknowledgement })}
        />
        <CheckboxField
          name="plan.rollCall"
          label={t("scenarios.rollCall")}
          checked={plan.rollCall}
          onCheckedChange={(rollCall) => setPlan({ rollCall })}
        />
        <CheckboxField
          name="plan.alertEveryone"
          label={t("scenarios.alertEveryone")}
          checked={plan.alertEveryone}
          onCheckedChange={(alertEveryone) => setPlan({ alertEveryone })}
        />
      </div>
      {plan.alertEveryone && (
        <fieldset className="radio-group">
          <legend>{t("scenarios.reachLegend")}</legend>
          {EveryoneReach.options.map((reach) => (
            <label key={reach} className="radio-option">
              <input
                type="radio"
                className="radio"
                name="plan.everyoneReach"
                value={reach}
                checked={plan.everyoneReach === reach}
                onChange={() => setPlan({ everyoneReach: reach })}
              />
              <span className="radio-text">{t(`scenarios.reach.${reach}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
    </EditorSection>
  );
}
