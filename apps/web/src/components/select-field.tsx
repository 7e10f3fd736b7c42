import type { ReactNode } from "react";
import { FieldError, FieldHint, FieldLabel, type FieldProps, useFieldIds } from "./field-parts";

export interface SelectFieldProps extends FieldProps {
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  children: ReactNode;
  disabled?: boolean;
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  name,
  value,
  onValueChange,
  children,
  disabled,
}: SelectFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={ids.id} label={label} optional={optional} />
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      <select
        id={ids.id}
        name={name}
        className="input select"
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        disabled={disabled}
      >
        {children}
      </select>
    </div>
  );
}
