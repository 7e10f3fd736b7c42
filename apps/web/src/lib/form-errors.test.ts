import { CreatePerson, CreateUnit } from "@beredd/contracts";
import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { sv } from "../i18n/sv";
import { ApiError } from "./api-error";
import { apiFieldErrors, zodFieldErrors } from "./form-errors";

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
