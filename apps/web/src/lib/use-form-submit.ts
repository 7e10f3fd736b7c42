import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type ApiError, isApiError } from "./api-error";
import { type FieldErrors, apiFieldErrors, focusFirstError, zodFieldErrors } from "./form-errors";

export interface FormSubmitOptions<S extends z.ZodType, R> {
  /** The contract the values must meet; what it parses to is what is sent. */
  schema: S;
  /** The values as the form holds them; an empty string counts as a field left empty. */
  values: Record<string, unknown>;
  /** Rules across fields that the contract cannot state; errors by field name. */
  check?: (parsed: z.output<S>) => FieldErrors | undefined;
  submit: (parsed: z.output<S>) => Promise<R>;
  /** Announces the result and moves on; the form stays pending until it is done. */
  onSuccess: (result: R, parsed: z.output<S>) => void | Promise<void>;
  /**
   * Field errors that explain a refusal entirely (409: "the address is taken"): shown at the
   * fields instead of the general error. Otherwise the problem's own field errors are shown
   * under the general error.
   */
  explain?: (error: ApiError, parsed: z.output<S>) => FieldErrors | undefined;
  /** A general error message of the form's own, instead of the one by problem code. */
  failureMessage?: (error: unknown) => string | undefined;
  /** After a failure: e.g. clear a password that was wrong. */
  onFailure?: (error: unknown) => void;
  /** A field to focus after a failure without field errors (the password after a wrong one). */
  focusAfter?: (error: unknown) => string | undefined;
}

export interface FormSubmit {
  /** Callback refs for the form and the place of its general error, which focus moves to. */
  attachForm: (form: HTMLFormElement | null) => void;
  attachAlert: (alert: HTMLDivElement | null) => void;
  errors: FieldErrors;
  /** The general error, if the last submit failed: an error for ErrorAlert, or a message. */
  failure: { error: unknown; message: string | undefined } | null;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * One submit for every form: checks the values against the contract, sends them, maps a
 * problem+json answer's field errors (`body/email`) onto the fields, keeps the general error,
 * ignores a second submit while one is pending, and after a failure moves focus to the first
 * field with an error (or the general error), so keyboard and screen-reader users learn at once
 * what to fix.
 */
export function useFormSubmit<S extends z.ZodType, R>(options: FormSubmitOptions<S, R>) {
  const { t } = useTranslation();
  const formElement = useRef<HTMLFormElement>(null);
  const alertElement = useRef<HTMLDivElement>(null);
  const attachForm = useCallback((form: HTMLFormElement | null) => {
    formElement.current = form;
  }, []);
  const attachAlert = useCallback((alert: HTMLDivElement | null) => {
    alertElement.current = alert;
  }, []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<FormSubmit["failure"]>(null);
  const [pending, setPending] = useState(false);
  // Bumped on each failure so focus moves after the errors are on screen, every time.
  const [failures, setFailures] = useState<{ count: number; focus: string | undefined }>({
    count: 0,
    focus: undefined,
  });

  useEffect(() => {
    if (failures.count === 0) return;
    const form = formElement.current;
    if (Object.keys(errors).length > 0) return focusFirstError(form, errors);
    const field = failures.focus && form?.elements.namedItem(failures.focus);
    if (field instanceof HTMLElement) field.focus();
    else alertElement.current?.focus();
    // Only a new failure moves focus; typing that changes the errors does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [failures]);

  const fail = (fieldErrors: FieldErrors, general: FormSubmit["failure"], error?: unknown) => {
    setErrors(fieldErrors);
    setFailure(general);
    setFailures((f) => ({
      count: f.count + 1,
      focus: error === undefined ? undefined : options.focusAfter?.(error),
    }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const parsed = options.schema.safeParse(options.values);
    if (!parsed.success) return fail(zodFieldErrors(t, parsed.error, options.values), null);
    const checked = options.check?.(parsed.data);
    if (checked && Object.keys(checked).length > 0) return fail(checked, null);
    setErrors({});
    setFailure(null);
    setPending(true);
    options
      .submit(parsed.data)
      .then(async (result) => {
        await options.onSuccess(result, parsed.data);
        setPending(false);
      })
      .catch((error: unknown) => {
        setPending(false);
        options.onFailure?.(error);
        const explained = isApiError(error) ? options.explain?.(error, parsed.data) : undefined;
        if (explained) return fail(explained, null, error);
        const general = { error, message: options.failureMessage?.(error) };
        fail(isApiError(error) ? apiFieldErrors(t, error) : {}, general, error);
      });
  };

  return { attachForm, attachAlert, errors, failure, pending, onSubmit } satisfies FormSubmit;
}
