import type { Deps } from "../src/deps.js";
import { hashPassword } from "../src/platform/auth/index.js";
import { inTransaction } from "../src/platform/db/index.js";
import { seedDemo } from "../src/modules/demo/index.js";
import { createOrganization } from "../src/modules/organization/index.js";
import { addAdministrator } from "../src/modules/people/index.js";

export const DEMO = { email: "anna.lindqvist@exempelkommun.se", password: "beredd-demo-2026" };
export const DEMO_COORDINATOR = "erik.johansson@exempelkommun.se";
export const DEMO_MEMBER = "eva.holm@exempelkommun.se";
export const DEMO_VIEWER = "lena.sjoberg@exempelkommun.se";

export async function seedDemoOrganization(deps: Deps): Promise<void> {
  const demo = await seedDemo(deps);
  if (!demo) throw new Error("demo seed expected an empty database");
}

/** A second, unrelated organisation with one administrator: the other tenant in isolation tests. */
export async function createOtherOrganization(deps: Deps, name = "Annan kommun") {
  const email = `admin@${name.toLowerCase().replaceAll(" ", "-")}.se`;
  const password = "another-strong-password";
  const at = deps.clock.now();
  const passwordHash = await hashPassword(password);
  let organizationId = "";
  await inTransaction(deps.db, async (trx) => {
    organizationId = await createOrganization(trx, name, at);
    await addAdministrator(trx, { organizationId, email, name: "Other Admin", passwordHash, at });
  });
  return { organizationId, email, password };
}
