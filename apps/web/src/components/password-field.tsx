import { type ComponentProps, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError, FieldHint, FieldLabel, type FieldProps, useFieldIds } from "./field-parts";

export interface PasswordFieldProps extends FieldProps {
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  inputProps?: Omit<ComponentProps<"input">, "id" | "value" | "onChange" | "type">;
}

/** A password input with a show/hide button: typing blind on a phone under stress fails often. */
export function PasswordField({
  label,
  hint,
  error,
  optional,
  name,
  value,
  onValueChange,
  autoComplete,
  inputProps,
}: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={ids.id} label={label} optional={optional} />
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      <div className="password-row">
        <input
          {...inputProps}
          id={ids.id}
          name={name}
          className="input"
          type={visible ? "text" : "password"}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          autoComplete={autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          required={!optional}
        />
        <button
          type="button"
          className="button button-secondary"
          aria-controls={ids.id}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t("login.hidePassword") : t("login.showPassword")}
        </button>
      </div>
    </div>
  );
}
