import { useTranslation } from "react-i18next";
import { CheckboxField } from "../../components/checkbox-field";
import { FieldError } from "../../components/field-parts";
import type { FieldErrors } from "../../lib/form-errors";
import { EditorSection } from "./editor-section";
import type { RoleNames } from "./role-names";
import type { ScenarioDraft } from "./scenario-draft";

export interface RolesSectionProps {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  errors: FieldErrors;
  roles: RoleNames;
}

/** The incident roles the alarm activates at once (their deputies wait for escalation). */
export function RolesSection({ draft, onChange, errors, roles }: RolesSectionProps) {
  const { t } = useTranslation();
  const keys = draft.plan.activatedRoleKeys;
  const error = Object.entries(errors).find(([field]) =>
    field.startsWith("plan.activatedRoleKeys"),
  )?.[1];
  const toggle = (key: string, on: boolean) =>
    onChange({
      ...draft,
      plan: {
        ...draft.plan,
        activatedRoleKeys: on ? [...keys, key] : keys.filter((k) => k !== key),
      },
    });
  return (
    <EditorSection id="roles" title={t("scenarios.sections.roles")}>
      <fieldset
        className="scenario-role-picker"
        name="plan.activatedRoleKeys"
        tabIndex={-1}
        aria-describedby="roles-hint"
      >
        <legend>{t("scenarios.activatedRoles")}</legend>
        <p className="field-hint" id="roles-hint">
          {t("scenarios.activatedRolesHint")}
        </p>
        <FieldError id="roles-error" error={error} />
        {roles.roles.length === 0 && <p>{t("scenarios.noRoles")}</p>}
        {roles.roles.map((role) => (
          <CheckboxField
            key={role.key}
            label={roles.name(role.key)}
            checked={keys.includes(role.key)}
            onCheckedChange={(on) => toggle(role.key, on)}
          />
        ))}
      </fieldset>
    </EditorSection>
  );
}
