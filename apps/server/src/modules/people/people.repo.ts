import type { PeopleQuery } from "@beredd/contracts";
import { textContains, type Db } from "../../platform/db/index.js";
import { findUnit } from "../units/index.js";

const base = (db: Db, organizationId: string) =>
  db.selectFrom("people").where("organization_id", "=", organizationId);

export const findPerson = (db: Db, organizationId: string, id: string) =>
  base(db, organizationId).selectAll().where("id", "=", id).executeTakeFirst();

export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

export async function listPeople(db: Db, organizationId: string, query: PeopleQuery) {
  let q = base(db, organizationId);
  if (!query.includeInactive) q = q.where("deactivated_at", "is", null);
  if (query.unitId) q = q.where("unit_id", "=", query.unitId);
  if (query.reach === "no_sign_in" || query.reach === "unreachable")
    q = q.where("user_id", "is", null);
  if (query.reach === "no_mobile" || query.reach === "unreachable")
    q = q.where("mobile", "is", null);
  if (query.reach === "unreachable") q = q.where("email", "is", null);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) =>
      eb.or([
        textContains("name", text),
        textContains("email", text),
        textContains("mobile", text),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy("name").orderBy("id").limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const countActiveAdmins = async (db: Db, organizationId: string) =>
  Number(
    (
      await base(db, organizationId)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("access_role", "=", "admin")
        .where("deactivated_at", "is", null)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const unitExists = async (db: Db, organizationId: string, unitId: string) =>
  (await findUnit(db, organizationId, unitId)) !== undefined;
