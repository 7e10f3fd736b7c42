import type { ListQuery } from "@beredd/contracts";
import { textContains, type Db } from "../../platform/db/index.js";

export const findUnit = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom("units")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();

export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

export async function listUnits(db: Db, organizationId: string, query: ListQuery) {
  let q = db.selectFrom("units").where("organization_id", "=", organizationId);
  if (!query.includeInactive) q = q.where("deactivated_at", "is", null);
  if (query.q) q = q.where(textContains("name", query.q));
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy("name").orderBy("id").limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const countActiveChildren = async (db: Db, organizationId: string, id: string) =>
  Number(
    (
      await db
        .selectFrom("units")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("organization_id", "=", organizationId)
        .where("parent_id", "=", id)
        .where("deactivated_at", "is", null)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The ids from a unit up to the root, the unit itself first. */
export async function ancestry(db: Db, organizationId: string, id: string): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = id;
  while (current && !chain.includes(current)) {
    chain.push(current);
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom("units")
      .select("parent_id")
      .where("organization_id", "=", organizationId)
      .where("id", "=", current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return chain;
}
