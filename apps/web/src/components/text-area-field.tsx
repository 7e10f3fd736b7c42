import type { TextareaHTMLAttributes } from "react";
import { FieldError, FieldHint, FieldLabel, type FieldProps, useFieldIds } from "./field-parts";

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange" | "value">;

export interface TextAreaFieldProps extends FieldProps, TextAreaProps {
  name: string;
  value: string;
  onValueChange: (value: string) => void;
}

/** A multi-line text field, in the shape of TextField: label, hint, error, then the control. */
export function TextAreaField({
  label,
  hint,
  error,
  optional,
  value,
  onValueChange,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={ids.id} label={label} optional={optional} />
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      <textarea
        {...textarea}
        id={ids.id}
        rows={rows}
        className="input textarea"
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={!optional}
      />
    </div>
  );
}
