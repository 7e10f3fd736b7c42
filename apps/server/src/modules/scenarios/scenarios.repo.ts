import type { Db } from "../../platform/db/index.js";

export const listScenarios = (db: Db, organizationId: string) =>
  db
    .selectFrom("scenarios")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("key")
    .execute();

export const findScenario = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom("scenarios")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();

export type ScenarioRow = NonNullable<Awaited<ReturnType<typeof findScenario>>>;
