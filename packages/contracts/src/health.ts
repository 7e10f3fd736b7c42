import { z } from "zod";

export const Health = z.object({ status: z.literal("ok") });

export const Readiness = z.object({
  status: z.enum(["ready", "not_ready"]),
  checks: z.object({
    database: z.enum(["ok", "unreachable"]),
    migrations: z.enum(["current", "pending", "unknown"]),
  }),
});
export type Readiness = z.infer<typeof Readiness>;
