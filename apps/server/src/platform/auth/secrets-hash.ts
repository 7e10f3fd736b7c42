import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** A fresh random token, url-safe; 32 bytes of entropy. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString("base64url");

/** Tokens (sessions, API tokens) are stored as keyed hashes; lookups use the hash as the key. */
export const tokenHash = (key: string, token: string): string =>
  createHmac("sha256", key).update(token).digest("base64url");

export const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Passwords: argon2id with the library's defaults (m=19 MiB, t=2, p=1), which meet OWASP's
 * minimum. The encoded hash carries its parameters, so they can be raised later.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

// A real hash to verify against when the account does not exist, so the answer takes as long
// either way and does not reveal which e-mail addresses have accounts.
const decoy = hash("decoy-password-that-never-matches");

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? (await decoy), password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}
