import type { ParticipationStatus } from "@beredd/contracts";
import { CompiledQuery } from "kysely";
import type { Db, DialectName } from "../../../platform/db/index.js";
import { CHUNK, States, type State } from "./respond-states.js";

/** A fresh participation's row; its keys' order is the order of the upsert's parameters. */
const freshRow = (s: State) => ({
  id: s.id,
  organization_id: s.organization_id,
  incident_id: s.incident_id,
  person_id: s.person_id,
  reason: "everyone" as const,
  status: s.status,
  notified_at: s.notified_at,
  received_at: s.received_at,
  answered_at: s.answered_at,
});

/**
 * The upsert of a chunk of fresh participations. On PostgreSQL another node may have written the
 * same person's participation a moment earlier: the two merge (the furthest answer and the
 * earliest receipt win), and the stored rows are read back for their ids and states. SQLite has
 * one writer, and this transaction has read the batch's participations: no row can conflict
 * there, nothing needs reading back, and leaving it out makes the insert a fifth cheaper.
 */
function freshUpsert(trx: Db, dialect: DialectName, chunk: State[]): CompiledQuery {
  const upsert = trx
    .insertInto("participations")
    .values(chunk.map(freshRow))
    .onConflict((oc) =>
      oc.columns(["incident_id", "person_id"]).doUpdateSet((eb) => ({
        status: eb
          .case()
          .when(
            eb.and([
              eb("excluded.status", "=", "received"),
              eb("participations.status", "!=", "notified"),
            ]),
          )
          .then(eb.ref("participations.status"))
          .else(eb.ref("excluded.status"))
          .end(),
        received_at: eb.fn.coalesce("participations.received_at", "excluded.received_at"),
        answered_at: eb.fn.coalesce("excluded.answered_at", "participations.answered_at"),
      })),
    );
  return dialect === "postgres"
    ? upsert.returning(["id", "person_id", "incident_id", "status"]).compile()
    : upsert.compile();
}

/** A compiled upsert without its rows: the SQL, and the constants after the rows' values. */
interface Upsert {
  sql: string;
  tail: readonly unknown[];
}

// Full chunks, the bulk of a mass answer, share one compiled upsert per dialect: Kysely parsing
// and compiling 4,500 values took a third of the time SQLite took to insert them. A shorter last
// chunk is compiled as it comes, so this holds one entry per dialect, never more.
const fullChunkUpserts = new Map<DialectName, Upsert>();

function upsertFor(trx: Db, dialect: DialectName, chunk: State[], values: number): Upsert {
  const cached = chunk.length === CHUNK ? fullChunkUpserts.get(dialect) : undefined;
  if (cached) return cached;
  const compiled = freshUpsert(trx, dialect, chunk);
  const upsert = { sql: compiled.sql, tail: compiled.parameters.slice(values) };
  if (chunk.length === CHUNK) fullChunkUpserts.set(dialect, upsert);
  return upsert;
}

/** Writes the participations of people from the audience, in their state after this batch. */
export async function insertFresh(trx: Db, dialect: DialectName, fresh: State[]) {
  // 9 columns (the role stays null): 500 rows stay far inside SQLite's limit of bound values.
  for (let i = 0; i < fresh.length; i += CHUNK) {
    const chunk = fresh.slice(i, i + CHUNK);
    const values: unknown[] = chunk.flatMap((s) => Object.values(freshRow(s)));
    const upsert = upsertFor(trx, dialect, chunk, values.length);
    const { rows: stored } = await trx.executeQuery<{
      id: string;
      person_id: string;
      incident_id: string;
      status: ParticipationStatus;
    }>(
      CompiledQuery.raw(
        upsert.sql,
        // The rows' values, then the constants of the conflict clause.
        [...values, ...upsert.tail],
      ),
    );
    const byKey = new States();
    for (const s of chunk) byKey.set(s);
    for (const row of stored) {
      const s = byKey.get(row.incident_id, row.person_id);
      if (!s) continue;
      s.id = row.id;
      s.status = row.status;
    }
  }
}
