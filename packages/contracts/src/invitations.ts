import { z } from "zod";
import { Timestamp } from "./common.js";
import { Password } from "./people.js";

/** The secret of a sign-in link (`/invite/<token>`): url-safe, 32 random bytes. */
export const InvitationParams = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export type InvitationParams = z.infer<typeof InvitationParams>;

/** Shown to the administrator once: only a hash of the token is stored. */
export const CreatedInvitation = z.object({ link: z.string(), expiresAt: Timestamp });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

/** Whose sign-in link it is, for the page that greets them. */
export const InvitationView = z.object({
  name: z.string(),
  email: z.string(),
  organization: z.object({ name: z.string() }),
  expiresAt: Timestamp,
});
export type InvitationView = z.infer<typeof InvitationView>;

export const AcceptInvitation = z.strictObject({ password: Password });
export type AcceptInvitation = z.infer<typeof AcceptInvitation>;
