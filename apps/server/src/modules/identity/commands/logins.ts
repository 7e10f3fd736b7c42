import type { Locale } from "@beredd/contracts";
import { isUniqueViolation, type Db } from "../../../platform/db/index.js";
import { conflict } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";

export interface NewLogin {
  /** The organisation the account signs in to: its address is unique there, not everywhere. */
  organizationId: string;
  email: string;
  name: string;
  /** Hashed before the transaction: argon2id takes tens of milliseconds and must not hold the write lock. */
  passwordHash: string;
  locale?: Locale;
  at: Date;
}

/**
 * Creates the sign-in account behind a person, in the person's organisation. An address is one
 * account per organisation: one that already has an account there is a conflict, never a silent
 * takeover of someone else's password; an account in another organisation is none of this one's
 * business and changes nothing here (docs/security.md).
 */
export async function createLogin(trx: Db, login: NewLogin): Promise<string> {
  const id = newId();
  const at = login.at.toISOString();
  try {
    await trx
      .insertInto("users")
      .values({
        id,
        organization_id: login.organizationId,
        email: login.email,
        name: login.name,
        password_hash: login.passwordHash,
        locale: login.locale ?? "sv",
        created_at: at,
        updated_at: at,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return id;
}

export const emailTaken = () =>
  conflict("That e-mail address already has an account in the organisation", [
    {
      path: "body/email",
      message: "That e-mail address already has an account in the organisation",
      code: "taken",
    },
  ]);

export async function setPassword(
  trx: Db,
  userId: string,
  passwordHash: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable("users")
    .set({ password_hash: passwordHash, updated_at: at.toISOString() })
    .where("id", "=", userId)
    .execute();
}

/** Changes the e-mail address a person signs in with. */
export async function changeLoginEmail(
  trx: Db,
  userId: string,
  email: string,
  at: Date,
): Promise<void> {
  try {
    await trx
      .updateTable("users")
      .set({ email, updated_at: at.toISOString() })
      .where("id", "=", userId)
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
