import { z } from "zod";
import { typedText } from "./text.js";

/** Limits shared by the server's validation and the web app's forms. */
export const limits = {
  nameMax: 200,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 256,
  listLimitMax: 500,
  listLimitDefault: 100,
} as const;

/** Every id is a UUIDv7 in text form: sortable by creation time, portable across databases. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** Timestamps travel as ISO 8601 strings in UTC. */
export const Timestamp = z.iso.datetime({ offset: true });

export const Locale = z.enum(["sv", "en"]);
export type Locale = z.infer<typeof Locale>;

/** Access roles decide what a person may do in Beredd; incident roles (funktioner) are separate. */
export const AccessRole = z.enum(["admin", "coordinator", "member", "viewer"]);
export type AccessRole = z.infer<typeof AccessRole>;

/** A name as a person types it: one line, normalised and trimmed, never blank or spoofable. */
export const Name = typedText({ max: limits.nameMax });

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(limits.emailMax)
  .pipe(z.email({ error: "Must be an e-mail address" }));

/** Mobile numbers are stored in E.164 (+46701234567) so SMS providers accept them as they are. */
export const Mobile = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, {
    error: "Must be a mobile number in international form, +46701234567",
  });

/** Text in each language of the product; Swedish first. */
export const LocalizedText = z.object({ sv: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const IdParams = z.object({ id: Id });

/**
 * The body of an update: every field optional, and at least one of them given. `minProperties`
 * publishes that rule in the OpenAPI document, where a refinement alone does not show.
 */
export const updateOf = <S extends z.ZodRawShape>(shape: S) =>
  z
    .strictObject(shape)
    .partial()
    .refine((v) => Object.keys(v).length > 0, { error: "Nothing to change" })
    .meta({ minProperties: 1 });

export const ListQuery = z.object({
  q: z.string().trim().max(limits.nameMax).optional(),
  limit: z.coerce.number().int().min(1).max(limits.listLimitMax).default(limits.listLimitDefault),
  offset: z.coerce.number().int().min(0).default(0),
  includeInactive: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .default(false),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().min(0) });
