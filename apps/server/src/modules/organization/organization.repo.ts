import type { Organization } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";
import { notFound } from "../../platform/errors.js";

export type OrganizationRow = Awaited<ReturnType<typeof findOrganization>>;

/** The organisation by id (404 when it is gone). */
export async function findOrganization(db: Db, id: string) {
  const org = await db
    .selectFrom("organizations")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!org) throw notFound("The organisation");
  return org;
}

export const presentOrganization = (org: OrganizationRow): Organization => ({
  id: org.id,
  name: org.name,
  createdAt: org.created_at,
  fallbackRoleId: org.fallback_role_id,
});

/** The incident role the organisation alerts when a raise reaches no one, if it chose one. */
export const fallbackRoleIdOf = async (db: Db, organizationId: string): Promise<string | null> =>
  (
    await db
      .selectFrom("organizations")
      .select("fallback_role_id")
      .where("id", "=", organizationId)
      .executeTakeFirst()
  )?.fallback_role_id ?? null;
