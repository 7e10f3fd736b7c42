import { type ComponentProps, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field, type FieldProps } from "./field-parts";

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
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <div className="password-row">
          <input
            {...inputProps}
            {...control}
            name={name}
            className="input"
            type={visible ? "text" : "password"}
            value={value}
            onChange={(e) => onValueChange(e.target.value)}
            autoComplete={autoComplete}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            required={!optional}
          />
          <button
            type="button"
            className="button button-secondary"
            aria-controls={control.id}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? t("login.hidePassword") : t("login.showPassword")}
          </button>
        </div>
      )}
    </Field>
  );
}
