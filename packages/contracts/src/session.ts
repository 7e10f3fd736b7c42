import { z } from "zod";
import { AccessRole, Email, Id, Locale, Name, Timestamp, limits, updateOf } from "./common.js";
import { Password } from "./people.js";

export const LoginRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(limits.passwordMax),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Session = z.object({
  user: z.object({ id: Id, name: z.string(), email: z.string(), locale: Locale }),
  organization: z.object({ id: Id, name: z.string() }),
  personId: Id,
  accessRole: AccessRole,
  /** Sent back in the X-CSRF-Token header on every write made with the session cookie. */
  csrfToken: z.string(),
  expiresAt: Timestamp,
});
export type Session = z.infer<typeof Session>;

export const UpdateMe = updateOf({ locale: Locale, name: Name });
export type UpdateMe = z.infer<typeof UpdateMe>;

/** A signed-in person changes their own password; every other session of theirs ends. */
export const ChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(limits.passwordMax),
  newPassword: Password,
});
export type ChangePassword = z.infer<typeof ChangePassword>;

/** How many sessions a "sign out everywhere" ended (each one's sockets close with it). */
export const EndedSessions = z.object({ ended: z.number().int().nonnegative() });
export type EndedSessions = z.infer<typeof EndedSessions>;
