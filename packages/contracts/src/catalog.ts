import { z } from "zod";
import { Id, LocalizedText, listOf } from "./common.js";

/** An incident role (funktion): krisledare, loggförare, första hjälpare, … */
export const IncidentRole = z.object({
  id: Id,
  key: z.string(),
  name: LocalizedText,
  description: LocalizedText,
});
export type IncidentRole = z.infer<typeof IncidentRole>;
export const IncidentRoleList = listOf(IncidentRole);

export const Severity = z.enum(["low", "medium", "high", "critical"]);

/** A scenario template (larmplan); the incident issue fills in cards and escalation. */
export const Scenario = z.object({
  id: Id,
  key: z.string(),
  name: LocalizedText,
  description: LocalizedText,
  defaultSeverity: Severity,
  silent: z.boolean(),
});
export type Scenario = z.infer<typeof Scenario>;
export const ScenarioList = listOf(Scenario);
