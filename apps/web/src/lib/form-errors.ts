import { limits } from "@beredd/contracts";
import type { TFunction } from "i18next";
import type { z } from "zod";
import type { ApiError } from "./api-error";

/**
 * One message per field, in the current language. A field is named by its path in the contract:
 * `name` at the top, `plan.cards[2].items[0].text.sv` inside (the control's `name` attribute).
 */
export type FieldErrors = Partial<Record<string, string>>;

interface IssueDetail {
  minimum?: number | bigint;
  maximum?: number | bigint;
  /** What was checked: a number's bounds are not a text's length. */
  origin?: string;
}

const choiceFields = new Set([
  "kind",
  "accessRole",
  "unitId",
  "parentId",
  "roleKey",
  "personId",
  "scenarioId",
  "escalateToRoleKey",
  "severity",
]);

/** The field name of a path: `["plan", "cards", 2, "roleKey"]` → `plan.cards[2].roleKey`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => {
    if (typeof part === "number") return `${name}[${part}]`;
    return name === "" ? String(part) : `${name}.${String(part)}`;
  }, "");
}

/** The field name of the server's path, `plan/cards/2/roleKey` (without `body/`). */
const serverFieldName = (path: string): string =>
  fieldName(path.split("/").map((part) => (/^\d+$/.test(part) ? Number(part) : part)));

/** The last part of a path names what kind of field it is (`sv` of `name.sv` is a text). */
const leafOf = (path: readonly PropertyKey[]): string => {
  const last = [...path].reverse().find((part) => typeof part === "string");
  return typeof last === "string" ? last : "";
};

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let value = values;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

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
      if (detail.origin === "number") return t("errors.field.atLeast", { min: detail.minimum });
      // The server's field errors carry no minimum; for a password it is the contract's.
      const min = Number(detail.minimum ?? (field === "password" ? limits.passwordMin : 1));
      return min > 1 ? t("errors.field.tooShort", { min }) : t("errors.field.required");
    }
    case "too_big":
      if (detail.origin === "number") return t("errors.field.atMost", { max: detail.maximum });
      return t("errors.field.tooLong", { max: Number(detail.maximum ?? maxFor(field)) });
    case "invalid_format":
      if (field === "email") return t("errors.field.email");
      if (field === "mobile") return t("errors.field.mobile");
      return t("errors.field.invalid");
    case "invalid_type":
    case "invalid_value":
      return choiceFields.has(field) ? t("errors.field.choose") : t("errors.field.required");
    case "not_found":
      return t("errors.field.notFound");
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
    const field = fieldName(issue.path);
    const leaf = leafOf(issue.path);
    if (errors[field] !== undefined) continue;
    const value = valueAt(values, issue.path);
    if (value === "" || (typeof value === "string" && value.trim() === "")) {
      errors[field] = choiceFields.has(leaf)
        ? t("errors.field.choose")
        : t("errors.field.required");
      continue;
    }
    const detail: IssueDetail = {};
    if ("minimum" in issue) detail.minimum = issue.minimum;
    if ("maximum" in issue) detail.maximum = issue.maximum;
    if ("origin" in issue && typeof issue.origin === "string") detail.origin = issue.origin;
    const code = issue.code === "custom" ? (issue.params?.code as string | undefined) : issue.code;
    errors[field] = fieldMessage(t, leaf, code ?? issue.code, detail);
  }
  return errors;
}

/** Field errors from a validation problem the server answered with. */
export function apiFieldErrors(t: TFunction, error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const fieldError of error.fieldErrors) {
    const field = serverFieldName(fieldError.path);
    const leaf = fieldError.path.split("/").findLast((part) => !/^\d+$/.test(part)) ?? "";
    errors[field] ??= fieldMessage(t, leaf, fieldError.code);
  }
  return errors;
}

/**
 * Moves focus to the first field with an error, in the order the form shows them. An error inside
 * a group with no control of its own (`plan.activatedRoleKeys[1]`) focuses the group named by its
 * path (a fieldset with that name and tabIndex -1).
 */
export function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors): void {
  if (!form) return;
  const named = Array.from(form.elements).filter(
    (el): el is HTMLElement & { name: string } =>
      el instanceof HTMLElement && "name" in el && typeof el.name === "string" && el.name !== "",
  );
  const fields = Object.keys(errors);
  const inside = (group: string) =>
    fields.some((field) => field.startsWith(`${group}[`) || field.startsWith(`${group}.`));
  const invalid =
    named.find((el) => errors[el.name] !== undefined) ?? named.find((el) => inside(el.name));
  invalid?.focus();
}
