import { EscalationStep, Severity } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "../../components/checkbox-field";
import { FieldError } from "../../components/field-parts";
import { SelectField } from "../../components/select-field";
import { TextField } from "../../components/text-field";
import type { FieldErrors } from "../../lib/form-errors";
import { ListControls } from "./list-controls";
import type { RoleNames } from "./role-names";
import type { DraftStep } from "./scenario-draft";
import { stepSummary } from "./step-summary";

const stepTypes = EscalationStep.options.map((option) => option.shape.type.value);

export interface StepEditorProps {
  step: DraftStep;
  index: number;
  count: number;
  errors: FieldErrors;
  roles: RoleNames;
  onChange: (step: DraftStep) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One escalation step: what triggers it (no answer in time, or a severity) and who it adds. */
export function StepEditor({ step, index, errors, roles, onChange, ...props }: StepEditorProps) {
  const { t } = useTranslation();
  const name = `plan.escalation[${index}]`;
  const label = t("scenarios.step", { n: index + 1 });
  const roleSelect = (field: "roleKey" | "escalateToRoleKey", fieldLabel: string) => (
    <SelectField
      label={fieldLabel}
      name={`${name}.${field}`}
      value={step[field]}
      onValueChange={(key) => onChange({ ...step, [field]: key })}
      error={errors[`${name}.${field}`]}
    >
      <option value="">{t("scenarios.chooseRole")}</option>
      {roles.roles.map((role) => (
        <option key={role.key} value={role.key}>
          {roles.name(role.key)}
        </option>
      ))}
    </SelectField>
  );
  const byTime = step.type !== "roles_on_severity";
  const summary = stepSummary(t, step, roles);
  return (
    <li className="scenario-entry">
      <fieldset className="scenario-step">
        <legend>{label}</legend>
        {summary && <p className="scenario-step-summary">{summary}</p>}
        <SelectField
          label={t("scenarios.stepType")}
          name={`${name}.type`}
          value={step.type}
          onValueChange={(type) =>
            onChange({ ...step, type: stepTypes.find((s) => s === type) ?? step.type })
          }
        >
          {stepTypes.map((type) => (
            <option key={type} value={type}>
              {t(`scenarios.stepTypes.${type}`)}
            </option>
          ))}
        </SelectField>
        {byTime && roleSelect("roleKey", t("scenarios.stepRole"))}
        {step.type === "role_if_unacknowledged" &&
          roleSelect("escalateToRoleKey", t("scenarios.escalateTo"))}
        {byTime && (
          <TextField
            label={t("scenarios.afterSeconds")}
            hint={t("scenarios.afterSecondsHint")}
            name={`${name}.afterSeconds`}
            type="number"
            inputMode="numeric"
            min={10}
            max={86_400}
            value={String(step.afterSeconds)}
            onValueChange={(v) => onChange({ ...step, afterSeconds: v === "" ? "" : Number(v) })}
            error={errors[`${name}.afterSeconds`]}
          />
        )}
        {!byTime && <SeverityFields {...{ step, name, errors, roles, onChange }} />}
      </fieldset>
      <ListControls {...props} index={index} what={label.toLowerCase()} />
    </li>
  );
}

function SeverityFields({
  step,
  name,
  errors,
  roles,
  onChange,
}: Pick<StepEditorProps, "step" | "errors" | "roles" | "onChange"> & { name: string }) {
  const { t } = useTranslation();
  const keysName = `${name}.roleKeys`;
  const error = Object.entries(errors).find(([field]) => field.startsWith(keysName))?.[1];
  const toggle = (key: string, on: boolean) =>
    onChange({
      ...step,
      roleKeys: on ? [...step.roleKeys, key] : step.roleKeys.filter((k) => k !== key),
    });
  return (
    <>
      <SelectField
        label={t("scenarios.severityReaches")}
        name={`${name}.severity`}
        value={step.severity}
        onValueChange={(value) => onChange({ ...step, severity: Severity.parse(value) })}
      >
        {Severity.options.map((level) => (
          <option key={level} value={level}>
            {t(`incident.severity.${level}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="scenario-role-picker" name={keysName} tabIndex={-1}>
        <legend>{t("scenarios.rolesToActivate")}</legend>
        <FieldError id={`${name}-roles-error`} error={error} />
        {roles.roles.map((role) => (
          <CheckboxField
            key={role.key}
            label={roles.name(role.key)}
            checked={step.roleKeys.includes(role.key)}
            onCheckedChange={(on) => toggle(role.key, on)}
          />
        ))}
      </fieldset>
    </>
  );
}
