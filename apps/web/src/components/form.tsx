import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FormSubmit } from "../lib/use-form-submit";
import { ErrorAlert } from "./error-alert";

export interface FormProps {
  form: FormSubmit;
  className?: string;
  /** A heading inside the form, when it is one part of a page. */
  title?: string;
  /** The "fields marked optional may be left empty" note, for forms with optional fields. */
  requiredNote?: boolean;
  submitLabel: string;
  /** Shown on the button while the submit is pending ("Sparar…"). */
  pendingLabel: string;
  submitClassName?: string;
  /** Next to the submit button: a cancel link. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The form skeleton every screen uses with `useFormSubmit`: the general error first (announced,
 * and focused when no field is at fault), the fields, and a submit button that is disabled while
 * the submit is pending so a double tap sends once.
 */
export function Form(props: FormProps) {
  const { attachForm, attachAlert, onSubmit, failure, pending } = props.form;
  const { t } = useTranslation();
  return (
    <form
      ref={attachForm}
      className={props.className ?? "form form-card"}
      noValidate
      onSubmit={onSubmit}
    >
      {props.title && <h2>{props.title}</h2>}
      <div ref={attachAlert} tabIndex={-1} className="form-failure">
        {failure && <ErrorAlert error={failure.error} message={failure.message} />}
      </div>
      {props.requiredNote && <p className="form-note">{t("common.requiredNote")}</p>}
      {props.children}
      <div className="form-actions">
        <button
          type="submit"
          className={props.submitClassName ?? "button button-primary"}
          disabled={pending}
        >
          {pending ? props.pendingLabel : props.submitLabel}
        </button>
        {props.actions}
      </div>
    </form>
  );
}
