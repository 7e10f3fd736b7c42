import { z } from "zod";
import { Id, Name, Timestamp, listOf } from "./common.js";

/** Integrations act with one of these roles; an API token can never administer Beredd. */
export const TokenRole = z.enum(["coordinator", "member", "viewer"]);
export type TokenRole = z.infer<typeof TokenRole>;

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  accessRole: TokenRole,
  /** The first characters of the token, to tell tokens apart; the rest is never shown again. */
  prefix: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenList = listOf(ApiToken);

export const CreateApiToken = z.strictObject({
  name: Name,
  accessRole: TokenRole.default("viewer"),
});
export type CreateApiToken = z.input<typeof CreateApiToken>;

/** Returned once, at creation: the only time the secret is visible. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
