import {
  AccessRole,
  CreateIncidentRole,
  Email,
  Key,
  Mobile,
  Name,
  Password,
  UnitKind,
} from "@beredd/contracts";
import { z } from "zod";

/**
 * Demo mobile numbers must be in the range the Swedish regulator (PTS) reserves for fiction,
 * 070-174 06 05 to 070-174 06 99, so that no real phone rings when the demo raises an alarm.
 */
const FictionalMobile = Mobile.refine((m) => /^\+4670174060[5-9]$|^\+467017406[1-9]\d$/.test(m), {
  error: "Demo numbers must be in the range PTS keeps for fiction, +46701740605 to +46701740699",
});

/** Units refer to each other by a key that lives only in this file; the database gives them ids. */
const UnitKey = z.string().min(1);
const DemoUnit = z.strictObject({
  key: UnitKey,
  parent: UnitKey.nullable(),
  name: Name,
  kind: UnitKind,
});

/** An incident role the person staffs at a unit; deputies are held back for escalation. */
const DemoStaffing = z.strictObject({
  role: Key,
  unit: UnitKey,
  deputy: z.literal(true).optional(),
});

const DemoPerson = z.strictObject({
  name: Name,
  email: Email,
  mobile: FictionalMobile,
  unit: UnitKey,
  accessRole: AccessRole,
  /** Whether the person gets a sign-in account, with the demo password. */
  canSignIn: z.boolean(),
  /** The order of people in the file is the order they are activated in each role. */
  roles: z.array(DemoStaffing),
});

/** content/organization.json: the organisation, its unit tree, incident roles and people. */
export const DemoOrganization = z
  .strictObject({
    name: Name,
    /** The account `beredd start` prints; every account in the demo has this password. */
    signIn: z.strictObject({ email: Email, password: Password }),
    units: z.array(DemoUnit).min(1),
    roles: z.array(CreateIncidentRole),
    people: z.array(DemoPerson),
  })
  .superRefine((org, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    const units = new Set<string>();
    org.units.forEach((u, i) => {
      if (units.has(u.key)) issue(["units", i, "key"], `Unit "${u.key}" is listed twice`);
      // Units are created in file order, so a parent has to come first.
      if (u.parent !== null && !units.has(u.parent))
        issue(["units", i, "parent"], `No unit "${u.parent}" is listed above this one`);
      units.add(u.key);
    });
    const roles = new Set<string>();
    org.roles.forEach((r, i) => {
      if (roles.has(r.key)) issue(["roles", i, "key"], `Role "${r.key}" is listed twice`);
      roles.add(r.key);
    });
    const emails = new Set<string>();
    org.people.forEach((p, i) => {
      if (emails.has(p.email)) issue(["people", i, "email"], `${p.email} is listed twice`);
      emails.add(p.email);
      if (!units.has(p.unit)) issue(["people", i, "unit"], `There is no unit "${p.unit}"`);
      p.roles.forEach((s, j) => {
        if (!roles.has(s.role))
          issue(["people", i, "roles", j, "role"], `There is no incident role "${s.role}"`);
        if (!units.has(s.unit))
          issue(["people", i, "roles", j, "unit"], `There is no unit "${s.unit}"`);
      });
    });
    if (!org.people.some((p) => p.email === org.signIn.email && p.canSignIn))
      issue(["signIn", "email"], "Must be the e-mail address of a person who can sign in");
  });
export type DemoOrganization = z.infer<typeof DemoOrganization>;
