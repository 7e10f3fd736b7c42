import { z } from "zod";
import { Id, LocalizedText, listOf, updateOf } from "./common.js";
import { Key } from "./scenarios.js";
import { typedText } from "./text.js";

/** An incident role (funktion): krisledare, loggförare, första hjälpare, … */
export const IncidentRole = z.object({
  id: Id,
  key: Key,
  name: LocalizedText,
  description: LocalizedText,
});
export type IncidentRole = z.infer<typeof IncidentRole>;
export const IncidentRoleList = listOf(IncidentRole);

const Text = z.strictObject({ sv: typedText({ max: 200 }), en: typedText({ max: 200 }) });
const Description = z.strictObject({
  sv: typedText({ max: 2000, min: 0, lines: true }),
  en: typedText({ max: 2000, min: 0, lines: true }),
});

export const CreateIncidentRole = z.strictObject({
  key: Key,
  name: Text,
  description: Description,
});
export type CreateIncidentRole = z.infer<typeof CreateIncidentRole>;
export const UpdateIncidentRole = updateOf({ name: Text, description: Description });
export type UpdateIncidentRole = z.infer<typeof UpdateIncidentRole>;

/**
 * Who staffs a role at one unit, in order: the people activated first, then the deputies
 * (ersättare) held back for escalation. A unit with no staffing inherits from the nearest unit
 * above that has it.
 */
export const Staffing = z.object({
  roleId: Id,
  unitId: Id,
  people: z.array(Id).max(50),
  deputies: z.array(Id).max(50),
});
export type Staffing = z.infer<typeof Staffing>;
export const StaffingList = listOf(Staffing);
export const SetStaffing = z
  .strictObject({ people: z.array(Id).max(50), deputies: z.array(Id).max(50) })
  .refine(
    (v) => new Set([...v.people, ...v.deputies]).size === v.people.length + v.deputies.length,
    {
      error: "A person can appear only once in a role's staffing",
      path: ["deputies"],
    },
  );
export type SetStaffing = z.infer<typeof SetStaffing>;
