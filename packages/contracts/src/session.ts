import { z } from "zod";
import { AccessRole, Email, Id, Locale, Name, Timestamp, limits } from "./common.js";

export const LoginRequest = z.object({
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

export const UpdateMe = z
  .object({ locale: Locale, name: Name })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: "Nothing to change" });
export type UpdateMe = z.infer<typeof UpdateMe>;
