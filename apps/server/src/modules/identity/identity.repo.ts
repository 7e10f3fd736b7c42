import type { Locale } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";

/** Kysely queries for logins, sessions and API tokens; no decisions are made here. */

export const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();

/** The person records through which a user may act, oldest first; only active ones. */
export const activeMembershipsOf = (db: Db, userId: string) =>
  db
    .selectFrom("people")
    .select(["id", "organization_id", "access_role"])
    .where("user_id", "=", userId)
    .where("deactivated_at", "is", null)
    .orderBy("created_at")
    .execute();

export const sessionView = (db: Db, sessionId: string) =>
  db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .innerJoin("people as p", "p.id", "s.person_id")
    .innerJoin("organizations as o", "o.id", "s.organization_id")
    .select([
      "s.id",
      "s.csrf_token",
      "s.expires_at",
      "s.last_seen_at",
      "s.organization_id",
      "s.person_id",
      "s.user_id",
      "u.name as user_name",
      "u.email as user_email",
      "u.locale",
      "p.access_role",
      "p.deactivated_at as person_deactivated_at",
      "o.name as organization_name",
    ])
    .where("s.id", "=", sessionId)
    .executeTakeFirst();

export type SessionView = NonNullable<Awaited<ReturnType<typeof sessionView>>>;

export const touchSession = (db: Db, sessionId: string, at: string) =>
  db.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", sessionId).execute();

export const deleteSession = (db: Db, sessionId: string) =>
  db.deleteFrom("sessions").where("id", "=", sessionId).execute();

/** Ends every session of a person (one membership); returns how many ended. */
export const deleteSessionsOfPerson = async (db: Db, personId: string): Promise<number> =>
  deletedCount(
    await db.deleteFrom("sessions").where("person_id", "=", personId).executeTakeFirst(),
  );

/**
 * Ends every session of a login, in every organisation it belongs to, but the one kept (the
 * session that made the change itself); returns how many ended. Their sockets close at the next
 * credential check.
 */
export async function deleteSessionsOfUser(
  db: Db,
  userId: string,
  keep: string | null,
): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keep) query = query.where("id", "!=", keep);
  return deletedCount(await query.executeTakeFirst());
}

const deletedCount = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

export const passwordHashOf = async (db: Db, userId: string) =>
  (await db.selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirst())
    ?.password_hash ?? null;

export const findTokenByHash = (db: Db, hash: string) =>
  db
    .selectFrom("api_tokens")
    .select(["id", "organization_id", "access_role", "revoked_at", "last_used_at"])
    .where("token_hash", "=", hash)
    .executeTakeFirst();

export const touchToken = (db: Db, tokenId: string, at: string) =>
  db.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", tokenId).execute();

export const listTokens = (db: Db, organizationId: string) =>
  db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("created_at", "desc")
    .execute();

export const findToken = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();

export type TokenRow = NonNullable<Awaited<ReturnType<typeof findToken>>>;

/**
 * Of the given session and API-token ids, those still valid now, each with the unit its person
 * is at now (null for an API token or a person without a unit).
 */
export async function stillValid(
  db: Db,
  ids: string[],
  now: string,
): Promise<Map<string, string | null>> {
  const valid = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const sessions = await db
      .selectFrom("sessions as s")
      .innerJoin("people as p", "p.id", "s.person_id")
      .select(["s.id", "p.unit_id"])
      .where("s.id", "in", chunk)
      .where("s.expires_at", ">", now)
      .where("p.deactivated_at", "is", null)
      .execute();
    const tokens = await db
      .selectFrom("api_tokens")
      .select("id")
      .where("id", "in", chunk)
      .where("revoked_at", "is", null)
      .execute();
    for (const r of sessions) valid.set(r.id, r.unit_id);
    for (const r of tokens) valid.set(r.id, null);
  }
  return valid;
}

/** An API token's name, for the record of what an integration did. */
export const tokenName = async (db: Db, tokenId: string) =>
  (await db.selectFrom("api_tokens").select("name").where("id", "=", tokenId).executeTakeFirst())
    ?.name ?? "";

/** The language each of these people reads Beredd in (their login's), for what is sent to them. */
export async function localesOf(db: Db, personIds: string[]): Promise<Map<string, Locale>> {
  const out = new Map<string, Locale>();
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db
      .selectFrom("people as p")
      .innerJoin("users as u", "u.id", "p.user_id")
      .select(["p.id", "u.locale"])
      .where("p.id", "in", personIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, r.locale);
  }
  return out;
}
