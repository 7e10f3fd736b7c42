import { CreatePerson, CreateUnit, EscalationStep, UpdateScenario } from "@beredd/contracts";
import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { sv } from "../i18n/sv";
import { ApiError } from "./api-error";
import { apiFieldErrors, fieldName, zodFieldErrors } from "./form-errors";

beforeAll(async () => {
  await i18n.init({ lng: "sv", resources: { sv: { translation: sv } } });
});

describe("zodFieldErrors", () => {
  it("gives one Swedish message per field from the contract's issues", () => {
    const parsed = CreatePerson.safeParse({
      name: "  ",
      email: "not-an-address",
      mobile: "0701",
      password: "short",
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodFieldErrors(i18n.t, parsed.error)).toEqual({
      name: sv.errors.field.required,
      email: sv.errors.field.email,
      mobile: sv.errors.field.mobile,
      password: "Måste vara minst 12 tecken.",
    });
  });

  it("says in words why a name that could pass for another is refused", () => {
    const parsed = CreatePerson.safeParse({ name: "Anna\u202E Lindqvist" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodFieldErrors(i18n.t, parsed.error)).toEqual({ name: sv.errors.text.bidi_override });
  });

  it("asks for a choice when a select is empty", () => {
    const parsed = CreateUnit.safeParse({ name: "Hus C", kind: "", parentId: null });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodFieldErrors(i18n.t, parsed.error)).toEqual({ kind: sv.errors.field.choose });
  });
});

describe("nested fields", () => {
  it("names a field by its whole path, indexes in brackets", () => {
    expect(fieldName(["plan", "cards", 2, "items", 0, "text", "sv"])).toBe(
      "plan.cards[2].items[0].text.sv",
    );
    expect(fieldName(["name"])).toBe("name");
  });

  it("reports an emptied text deep in a plan at that text", () => {
    const values = { name: { sv: "Brand", en: " " } };
    const parsed = UpdateScenario.safeParse(values);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodFieldErrors(i18n.t, parsed.error, values)).toEqual({
      "name.en": sv.errors.field.required,
    });
  });

  it("says a number's bound as a number, not as a length", () => {
    const values = { type: "deputies_if_unacknowledged", roleKey: "staff", afterSeconds: 5 };
    const parsed = EscalationStep.safeParse(values);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodFieldErrors(i18n.t, parsed.error, values)).toEqual({
      afterSeconds: "Måste vara minst 10.",
    });
  });

  it("maps the server's nested paths onto the same names", () => {
    const error = new ApiError("validation_failed", 400, {
      type: "x",
      title: "x",
      status: 400,
      code: "validation_failed",
      errors: [
        { path: "body/plan/cards/2/items/0/text/sv", message: "Too long", code: "too_big" },
        { path: "body/plan/activatedRoleKeys/1", message: "No such role", code: "not_found" },
      ],
    });
    expect(apiFieldErrors(i18n.t, error)).toEqual({
      "plan.cards[2].items[0].text.sv": "Får vara högst 200 tecken.",
      "plan.activatedRoleKeys[1]": sv.errors.field.notFound,
    });
  });
});

describe("apiFieldErrors", () => {
  it("maps the server's body/ paths to field names", () => {
    const error = new ApiError("validation_failed", 400, {
      type: "x",
      title: "x",
      status: 400,
      code: "validation_failed",
      errors: [
        { path: "body/name", message: "Too long", code: "too_big" },
        { path: "body/email", message: "Invalid", code: "invalid_format" },
      ],
    });
    expect(apiFieldErrors(i18n.t, error)).toEqual({
      name: "Får vara högst 200 tecken.",
      email: sv.errors.field.email,
    });
  });
});
