import type { Deps } from "../../deps.js";
import { hashPassword } from "../../platform/auth/index.js";
import { inTransaction, type Db } from "../../platform/db/index.js";
import { newId } from "../../platform/ids.js";
import { createLogin } from "../identity/index.js";
import { createOrganization, organizationIds } from "../organization/index.js";
import { loadDemoContent, type DemoContent } from "./demo-content.js";
import type { DemoOrganization } from "./organization-schema.js";

export interface DemoLogin {
  email: string;
  password: string;
}

/**
 * Creates the demo organisation "Exempelkommun" from the content files in one transaction. It
 * runs only on an empty database, so a restart never adds a second copy and a real installation
 * is never touched (nor are the files read).
 */
export async function seedDemo(deps: Deps): Promise<DemoLogin | null> {
  if ((await organizationIds(deps.db, 1)).length > 0) return null;
  const { organization: demo, scenarios } = await loadDemoContent();
  const at = deps.clock.now();
  const ts = at.toISOString();
  const passwordHash = await hashPassword(demo.signIn.password);
  await inTransaction(deps.db, async (trx) => {
    const organizationId = await createOrganization(trx, demo.name, at);
    const seed: Seed = { trx, organizationId, ts };
    const unitIds = await seedUnits(seed, demo);
    const roleIds = await seedRoles(seed, demo);
    await seedPeople(seed, demo, { unitIds, roleIds, passwordHash, at });
    await seedScenarios(seed, scenarios);
  });
  return { email: demo.signIn.email, password: demo.signIn.password };
}

interface Seed {
  trx: Db;
  organizationId: string;
  ts: string;
}

async function seedUnits({ trx, organizationId, ts }: Seed, demo: DemoOrganization) {
  const unitIds = new Map<string, string>();
  for (const u of demo.units) {
    const id = newId();
    unitIds.set(u.key, id);
    const parentId = u.parent ? (unitIds.get(u.parent) ?? null) : null;
    await trx
      .insertInto("units")
      .values({
        id,
        organization_id: organizationId,
        parent_id: parentId,
        name: u.name,
        kind: u.kind,
        created_at: ts,
        updated_at: ts,
        deactivated_at: null,
      })
      .execute();
  }

  return unitIds;
}

async function seedRoles({ trx, organizationId, ts }: Seed, demo: DemoOrganization) {
  const roleIds = new Map<string, string>();
  for (const [position, r] of demo.roles.entries()) {
    const id = newId();
    roleIds.set(r.key, id);
    await trx
      .insertInto("incident_roles")
      .values({
        id,
        organization_id: organizationId,
        key: r.key,
        name: JSON.stringify(r.name),
        description: JSON.stringify(r.description),
        position,
        created_at: ts,
      })
      .execute();
  }

  return roleIds;
}

async function seedPeople(
  { trx, organizationId, ts }: Seed,
  demo: DemoOrganization,
  given: {
    unitIds: Map<string, string>;
    roleIds: Map<string, string>;
    passwordHash: string;
    at: Date;
  },
) {
  const { unitIds, roleIds, passwordHash, at } = given;
  const positions = new Map<string, number>();
  for (const p of demo.people) {
    const userId = p.canSignIn
      ? await createLogin(trx, { organizationId, email: p.email, name: p.name, passwordHash, at })
      : null;
    const personId = newId();
    await trx
      .insertInto("people")
      .values({
        id: personId,
        organization_id: organizationId,
        user_id: userId,
        name: p.name,
        email: p.email,
        mobile: p.mobile,
        unit_id: unitIds.get(p.unit) ?? null,
        access_role: p.accessRole,
        created_at: ts,
        updated_at: ts,
        deactivated_at: null,
      })
      .execute();
    for (const { role, unit, deputy } of p.roles) {
      const slot = `${role}/${unit}/${deputy ?? ""}`;
      const position = positions.get(slot) ?? 0;
      positions.set(slot, position + 1);
      await trx
        .insertInto("role_assignments")
        .values({
          id: newId(),
          organization_id: organizationId,
          role_id: roleIds.get(role) ?? "",
          unit_id: unitIds.get(unit) ?? "",
          person_id: personId,
          deputy: deputy ? 1 : 0,
          position,
          created_at: ts,
        })
        .execute();
    }
  }
}

async function seedScenarios(
  { trx, organizationId, ts }: Seed,
  scenarios: DemoContent["scenarios"],
) {
  for (const s of scenarios) {
    await trx
      .insertInto("scenarios")
      .values({
        id: newId(),
        organization_id: organizationId,
        key: s.key,
        name: JSON.stringify(s.name),
        description: JSON.stringify(s.description),
        default_severity: s.defaultSeverity,
        plan: JSON.stringify(s.plan),
        created_at: ts,
        updated_at: ts,
      })
      .execute();
  }
}
