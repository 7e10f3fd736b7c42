import type { InputHTMLAttributes } from "react";
import { FieldError, FieldHint, FieldLabel, type FieldProps, useFieldIds } from "./field-parts";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange" | "value">;

export interface TextFieldProps extends FieldProps, InputProps {
  name: string;
  value: string;
  onValueChange: (value: string) => void;
}

export function TextField({
  label,
  hint,
  error,
  optional,
  value,
  onValueChange,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={ids.id} label={label} optional={optional} />
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      <input
        {...input}
        id={ids.id}
        className="input"
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={!optional}
      />
    </div>
  );
}
