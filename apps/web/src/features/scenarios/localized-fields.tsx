import type { LocalizedText } from "@beredd/contracts";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "../../components/text-area-field";
import { TextField } from "../../components/text-field";
import type { FieldErrors } from "../../lib/form-errors";

export interface LocalizedFieldsProps {
  /** The field's name in the contract: `name`, `plan.cards[0].items[2].text`. */
  name: string;
  label: string;
  hint?: ReactNode;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  errors: FieldErrors;
  multiline?: boolean;
  /** Text fields limit what can be typed; the contract's limit. */
  maxLength: number;
}

/** One text in both languages, Swedish first: two fields under one legend. */
export function LocalizedFields(props: LocalizedFieldsProps) {
  const { t } = useTranslation();
  const { name, label, value, onChange, errors, multiline, maxLength } = props;
  const Field = multiline ? TextAreaField : TextField;
  const hintId = useId();
  return (
    <fieldset className="scenario-localized" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{label}</legend>
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div className="scenario-localized-fields">
        {(["sv", "en"] as const).map((locale) => (
          <Field
            key={locale}
            label={t(`scenarios.in.${locale}`, { field: label })}
            name={`${name}.${locale}`}
            value={value[locale]}
            onValueChange={(text) => onChange({ ...value, [locale]: text })}
            error={errors[`${name}.${locale}`]}
            lang={locale}
            maxLength={maxLength}
          />
        ))}
      </div>
    </fieldset>
  );
}
