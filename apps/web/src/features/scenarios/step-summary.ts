import type { TFunction } from "i18next";
import type { RoleNames } from "./role-names";
import type { DraftStep } from "./scenario-draft";

/** The step in one sentence, once it is complete: what a reader of the plan needs to know. */
export function stepSummary(t: TFunction, step: DraftStep, roles: RoleNames): string | null {
  if (step.type === "roles_on_severity") {
    if (step.roleKeys.length === 0) return null;
    return t("scenarios.stepSummary.roles_on_severity", {
      severity: t(`incident.severity.${step.severity}`).toLowerCase(),
      roles: step.roleKeys.map(roles.name).join(", "),
    });
  }
  if (!step.roleKey || step.afterSeconds === "") return null;
  if (step.type === "deputies_if_unacknowledged")
    return t("scenarios.stepSummary.deputies_if_unacknowledged", {
      role: roles.name(step.roleKey),
      seconds: step.afterSeconds,
    });
  if (!step.escalateToRoleKey) return null;
  return t("scenarios.stepSummary.role_if_unacknowledged", {
    role: roles.name(step.roleKey),
    seconds: step.afterSeconds,
    to: roles.name(step.escalateToRoleKey),
  });
}
