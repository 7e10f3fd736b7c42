import type { TFunction } from "i18next";
import { type ApiError, isApiError } from "./api-error";

/** The message to show for a failed call: by its problem code, in the current language. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t("errors.problem.internal");
  return apiErrorMessage(t, error);
}

function apiErrorMessage(t: TFunction, error: ApiError): string {
  switch (error.code) {
    case "network":
      return t("errors.network");
    case "timeout":
      return t("errors.timeout");
    case "invalid_response":
      return t("errors.invalidResponse");
    default:
      return t(`errors.problem.${error.code}`);
  }
}
