import type { Db } from "../../platform/db/index.js";

/** Kysely queries for sign-in links (invitations); the people module decides. */

export interface NewInvitation {
  /** The keyed hash of the link's token. */
  id: string;
  organizationId: string;
  personId: string;
  createdBy: string | null;
  at: Date;
  expiresAt: Date;
}

/** A person has one sign-in link at most: a new one replaces the earlier, used or not. */
export async function replaceInvitation(trx: Db, invitation: NewInvitation): Promise<void> {
  await trx.deleteFrom("invitations").where("person_id", "=", invitation.personId).execute();
  await trx
    .insertInto("invitations")
    .values({
      id: invitation.id,
      organization_id: invitation.organizationId,
      person_id: invitation.personId,
      created_by: invitation.createdBy,
      created_at: invitation.at.toISOString(),
      expires_at: invitation.expiresAt.toISOString(),
      used_at: null,
    })
    .execute();
}

/** The link with its organisation's name (for the page that greets the person). */
export const findInvitation = (db: Db, id: string) =>
  db
    .selectFrom("invitations as i")
    .innerJoin("organizations as o", "o.id", "i.organization_id")
    .selectAll("i")
    .select("o.name as organization_name")
    .where("i.id", "=", id)
    .executeTakeFirst();

/** Marks the link used; false when another request used it first. */
export async function useInvitation(trx: Db, id: string, at: Date): Promise<boolean> {
  const result = await trx
    .updateTable("invitations")
    .set({ used_at: at.toISOString() })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
