import { AccessRole } from "@beredd/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../components/field-parts";

export interface AccessRoleFieldProps {
  value: AccessRole;
  onChange: (role: AccessRole) => void;
  disabled: boolean;
  error: string | undefined;
}

/** Radio buttons with a line on what each access role may do: a choice made knowingly. */
export function AccessRoleField({ value, onChange, disabled, error }: AccessRoleFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [`${id}-help`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="radio-group" aria-describedby={describedBy}>
      <legend>{t("access.label")}</legend>
      <p className="field-hint" id={`${id}-help`}>
        {disabled ? t("people.ownAccess") : t("people.accessHelp")}
      </p>
      <FieldError id={`${id}-error`} error={error} />
      {AccessRole.options.map((role) => (
        <label key={role} className="radio-option">
          <input
            type="radio"
            className="radio"
            name="accessRole"
            value={role}
            checked={value === role}
            disabled={disabled}
            onChange={() => onChange(role)}
          />
          <span className="radio-text">
            <span className="radio-title">{t(`access.${role}`)}</span>
            <span className="radio-help">{t(`access.${role}Help`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
