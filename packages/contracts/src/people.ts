import { z } from "zod";
import {
  AccessRole,
  Email,
  Id,
  LocalizedText,
  Mobile,
  Name,
  Timestamp,
  limits,
  listOf,
  ListQuery,
  updateOf,
} from "./common.js";

export const Password = z.string().min(limits.passwordMin).max(limits.passwordMax);

/** An incident role (funktion) a person staffs at a unit; the order decides who is first. */
export const RoleAssignment = z.object({
  roleId: Id,
  roleName: LocalizedText,
  unitId: Id,
  /** Deputies (ersättare) are held back and activated by escalation. */
  deputy: z.boolean(),
  position: z.number().int().min(0),
});

export const Person = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable(),
  mobile: z.string().nullable(),
  unitId: Id.nullable(),
  accessRole: AccessRole,
  active: z.boolean(),
  /** Whether the person can sign in (has an account with a password). */
  canSignIn: z.boolean(),
  /**
   * Away (frånvarande) until then: alarms do not activate them for their roles meanwhile, and
   * their deputies stand in at once. Null when present.
   */
  absentUntil: Timestamp.nullable(),
  incidentRoles: z.array(RoleAssignment),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

export const PersonList = listOf(Person);
export type PersonList = z.infer<typeof PersonList>;

export const CreatePerson = z.strictObject({
  name: Name,
  email: Email.nullable().default(null),
  mobile: Mobile.nullable().default(null),
  unitId: Id.nullable().default(null),
  accessRole: AccessRole.default("member"),
  /** Setting a password lets the person sign in with their e-mail address. */
  password: Password.optional(),
});
export type CreatePerson = z.input<typeof CreatePerson>;

export const UpdatePerson = updateOf({
  name: Name,
  email: Email.nullable(),
  mobile: Mobile.nullable(),
  unitId: Id.nullable(),
  accessRole: AccessRole,
  active: z.boolean(),
  password: Password,
  /** Away until then; null when back. */
  absentUntil: Timestamp.nullable(),
});
export type UpdatePerson = z.infer<typeof UpdatePerson>;

/**
 * Readiness gaps to list people by: nothing can reach them (no account, mobile or e-mail), they
 * cannot sign in (no account, so no app), or an alarm cannot reach them by SMS (no mobile).
 */
export const ReachGap = z.enum(["unreachable", "no_sign_in", "no_mobile"]);
export type ReachGap = z.infer<typeof ReachGap>;

export const PeopleQuery = ListQuery.extend({ unitId: Id.optional(), reach: ReachGap.optional() });
export type PeopleQuery = z.infer<typeof PeopleQuery>;
