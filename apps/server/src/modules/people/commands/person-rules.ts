import type { Db } from "../../../platform/db/index.js";
import { conflict, invalidField } from "../../../platform/errors.js";
import { unitExists } from "../people.repo.js";

export async function assertUnitOfOrganization(
  db: Db,
  organizationId: string,
  unitId: string | null,
) {
  if (unitId && !(await unitExists(db, organizationId, unitId)))
    throw invalidField("body/unitId", "There is no such unit", "not_found");
}

export const emailInUse = () =>
  conflict("Another person in the organisation has that e-mail address", [
    {
      path: "body/email",
      message: "Another person in the organisation has that e-mail address",
      code: "taken",
    },
  ]);

export const emailNeededToSignIn = () =>
  invalidField("body/email", "An e-mail address is needed to sign in with a password", "required");
