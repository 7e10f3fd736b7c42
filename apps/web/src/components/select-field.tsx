import type { ReactNode } from "react";
import { Field, type FieldProps } from "./field-parts";

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
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <select
          {...control}
          name={name}
          className="input select"
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          disabled={disabled}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
