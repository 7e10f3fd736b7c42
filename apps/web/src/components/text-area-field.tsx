import type { TextareaHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field-parts";

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange" | "value">;

export interface TextAreaFieldProps extends FieldProps, TextAreaProps {
  name: string;
  value: string;
  onValueChange: (value: string) => void;
}

/** A multiline field in the form pattern: label, hint and error tied to the control. */
export function TextAreaField({
  label,
  hint,
  error,
  optional,
  value,
  onValueChange,
  rows = 4,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          rows={rows}
          className="input textarea"
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          required={!optional}
        />
      )}
    </Field>
  );
}
