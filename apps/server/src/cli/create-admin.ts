import { Email, Name, Password } from "@beredd/contracts";
import { z } from "zod";
import type { Config } from "../platform/config.js";
import { hashPassword } from "../platform/auth/index.js";
import { inTransaction } from "../platform/db/index.js";
import { ConfigError } from "../platform/config.js";
import { newId } from "../platform/ids.js";
import { createLogin } from "../modules/identity/index.js";
import { createOrganization } from "../modules/organization/index.js";
import { openRuntime } from "../runtime.js";

const Args = z.object({
  email: Email,
  name: Name,
  password: Password,
  organization: Name.optional(),
});

/**
 * `beredd create-admin`: the first administrator of a new installation. With --organization it
 * creates that organisation; without it the installation must have exactly one organisation.
 */
export async function createAdmin(
  config: Config,
  raw: Record<string, unknown>,
  out: (line: string) => void,
) {
  const parsed = Args.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`--${String(issue?.path[0])}: ${issue?.message}`);
  }
  const args = parsed.data;
  const runtime = await openRuntime(config);
  try {
    const { db, clock } = runtime.deps;
    const at = clock.now();
    const passwordHash = await hashPassword(args.password);
    await inTransaction(db, async (trx) => {
      let organizationId: string;
      if (args.organization) {
        organizationId = await createOrganization(trx, args.organization, at);
      } else {
        const orgs = await trx.selectFrom("organizations").select("id").limit(2).execute();
        if (orgs.length !== 1 || !orgs[0])
          throw new ConfigError(
            "Name the organisation with --organization (there is not exactly one)",
          );
        organizationId = orgs[0].id;
      }
      const userId = await createLogin(trx, {
        email: args.email,
        name: args.name,
        passwordHash,
        at,
      });
      await trx
        .insertInto("people")
        .values({
          id: newId(),
          organization_id: organizationId,
          user_id: userId,
          name: args.name,
          email: args.email,
          mobile: null,
          unit_id: null,
          access_role: "admin",
          created_at: at.toISOString(),
          updated_at: at.toISOString(),
          deactivated_at: null,
        })
        .execute();
    });
    out(`Administrator ${args.email} created.`);
  } finally {
    await runtime.close();
  }
}
