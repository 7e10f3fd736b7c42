import { limits } from "@beredd/contracts";
import type { TFunction } from "i18next";
import type { z } from "zod";
import type { ApiError } from "./api-error";

/** One message per field name, in the current language. */
export type FieldErrors = Partial<Record<string, string>>;

interface IssueDetail {
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const choiceFields = new Set([
  "kind",
  "accessRole",
  "unitId",
  "parentId",
  "roleKey",
  "personId",
  "scenarioId",
]);

function maxFor(field: string): number {
  if (field === "email") return limits.emailMax;
  if (field === "password") return limits.passwordMax;
  return limits.nameMax;
}

/**
 * Turns a validation issue code (from zod here or from the server's problem) into a message.
 * The contracts' own messages are English only, so the text comes from the catalogue.
 */
export function fieldMessage(
  t: TFunction,
  field: string,
  code: string,
  detail: IssueDetail = {},
): string {
  switch (code) {
    case "too_small": {
      // The server's field errors carry no minimum; for a password it is the contract's.
      const min = Number(detail.minimum ?? (field === "password" ? limits.passwordMin : 1));
      return min > 1 ? t("errors.field.tooShort", { min }) : t("errors.field.required");
    }
    case "too_big":
      return t("errors.field.tooLong", { max: Number(detail.maximum ?? maxFor(field)) });
    case "invalid_format":
      if (field === "email") return t("errors.field.email");
      if (field === "mobile") return t("errors.field.mobile");
      return t("errors.field.invalid");
    case "invalid_type":
    case "invalid_value":
      return choiceFields.has(field) ? t("errors.field.choose") : t("errors.field.required");
    case "broken_character":
    case "control_character":
    case "bidi_override":
    case "invisible_character":
    case "blank":
      return t(`errors.text.${code}`);
    default:
      return t("errors.field.invalid");
  }
}

/**
 * Field errors from a failed client-side parse with a contract schema. Pass the submitted values
 * so an empty field is reported as empty ("Fyll i fältet"), not as badly formatted.
 */
export function zodFieldErrors(
  t: TFunction,
  error: z.ZodError,
  values: Record<string, unknown> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (errors[field] !== undefined) continue;
    const value = values[field];
    if (value === "" || (typeof value === "string" && value.trim() === "")) {
      errors[field] = choiceFields.has(field)
        ? t("errors.field.choose")
        : t("errors.field.required");
      continue;
    }
    const detail: IssueDetail = {};
    if ("minimum" in issue) detail.minimum = issue.minimum;
    if ("maximum" in issue) detail.maximum = issue.maximum;
    const code = issue.code === "custom" ? (issue.params?.code as string | undefined) : issue.code;
    errors[field] = fieldMessage(t, field, code ?? issue.code, detail);
  }
  return errors;
}

/** Field errors from a validation problem the server answered with. */
export function apiFieldErrors(t: TFunction, error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.path.split("/")[0] ?? "";
    errors[field] ??= fieldMessage(t, field, fieldError.code);
  }
  return errors;
}

/** Moves focus to the first field with an error, in the order the form shows them. */
export function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors): void {
  if (!form) return;
  const invalid = Array.from(form.elements).find(
    (el): el is HTMLElement =>
      el instanceof HTMLElement && "name" in el && errors[String(el.name)] !== undefined,
  );
  invalid?.focus();
}
