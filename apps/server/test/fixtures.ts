import type { Deps } from "../src/deps.js";
import { hashPassword } from "../src/platform/auth/index.js";
import { inTransaction } from "../src/platform/db/index.js";
import { newId } from "../src/platform/ids.js";
import { createLogin } from "../src/modules/identity/index.js";
import { seedDemo } from "../src/modules/demo/index.js";
import { createOrganization } from "../src/modules/organization/index.js";

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
    const userId = await createLogin(trx, { email, name: "Other Admin", passwordHash, at });
    await trx
      .insertInto("people")
      .values({
        id: newId(),
        organization_id: organizationId,
        user_id: userId,
        name: "Other Admin",
        email,
        mobile: null,
        unit_id: null,
        access_role: "admin",
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
        deactivated_at: null,
      })
      .execute();
  });
  return { organizationId, email, password };
}
