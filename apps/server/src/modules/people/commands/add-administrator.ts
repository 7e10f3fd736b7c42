import type { Db } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";
import { createLogin } from "../../identity/index.js";

/** An administrator who can sign in: the first person of a new organisation. In the caller's transaction. */
export async function addAdministrator(
  trx: Db,
  admin: { organizationId: string; email: string; name: string; passwordHash: string; at: Date },
): Promise<string> {
  const userId = await createLogin(trx, {
    organizationId: admin.organizationId,
    email: admin.email,
    name: admin.name,
    passwordHash: admin.passwordHash,
    at: admin.at,
  });
  const id = newId();
  await trx
    .insertInto("people")
    .values({
      id,
      organization_id: admin.organizationId,
      user_id: userId,
      name: admin.name,
      email: admin.email,
      mobile: null,
      unit_id: null,
      access_role: "admin",
      created_at: admin.at.toISOString(),
      updated_at: admin.at.toISOString(),
      deactivated_at: null,
    })
    .execute();
  return id;
}
