import type { InputHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field-parts";

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
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <input
          {...input}
          {...control}
          className="input"
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          required={!optional}
        />
      )}
    </Field>
  );
}
