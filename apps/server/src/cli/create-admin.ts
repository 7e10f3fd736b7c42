import { Email, Name, Password } from "@beredd/contracts";
import { z } from "zod";
import type { Config } from "../platform/config.js";
import { hashPassword } from "../platform/auth/index.js";
import { inTransaction } from "../platform/db/index.js";
import { ConfigError } from "../platform/config.js";
import { createOrganization, organizationIds } from "../modules/organization/index.js";
import { addAdministrator } from "../modules/people/index.js";
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
        const orgs = await organizationIds(trx, 2);
        if (orgs.length !== 1 || !orgs[0])
          throw new ConfigError(
            "Name the organisation with --organization (there is not exactly one)",
          );
        organizationId = orgs[0];
      }
      await addAdministrator(trx, {
        organizationId,
        email: args.email,
        name: args.name,
        passwordHash,
        at,
      });
    });
    out(`Administrator ${args.email} created.`);
  } finally {
    await runtime.close();
  }
}
