import type { CreatePerson, Person } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { hashPassword, type Actor } from "../../../platform/auth/index.js";
import { inTransaction, isUniqueViolation } from "../../../platform/db/index.js";
import { forbidden } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { createLogin } from "../../identity/index.js";
import { canManagePeople } from "../people.policy.js";
import { presentPerson } from "../people.presenter.js";
import type { PersonRow } from "../people.repo.js";
import { assertUnitOfOrganization, emailInUse, emailNeededToSignIn } from "./person-rules.js";

type Input = Required<Omit<CreatePerson, "password">> & { password?: string | undefined };

export async function createPerson(deps: Deps, actor: Actor, input: Input): Promise<Person> {
  if (!canManagePeople(actor)) throw forbidden();
  if (input.password && !input.email) throw emailNeededToSignIn();
  const at = deps.clock.now();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const row = await inTransaction(deps.db, async (trx) => {
    await assertUnitOfOrganization(trx, actor.organizationId, input.unitId);
    const userId =
      passwordHash && input.email
        ? await createLogin(trx, {
            organizationId: actor.organizationId,
            email: input.email,
            name: input.name,
            passwordHash,
            at,
          })
        : null;
    const person: PersonRow = {
      id: newId(),
      organization_id: actor.organizationId,
      user_id: userId,
      name: input.name,
      email: input.email,
      mobile: input.mobile,
      unit_id: input.unitId,
      access_role: input.accessRole,
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
      deactivated_at: null,
      absent_until: null,
    };
    try {
      await trx.insertInto("people").values(person).execute();
    } catch (error) {
      throw isUniqueViolation(error) ? emailInUse() : error;
    }
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "person.created",
      subjectType: "person",
      subjectId: person.id,
      data: { name: person.name, accessRole: person.access_role, canSignIn: userId !== null },
      at,
    });
    return person;
  });
  return presentPerson(deps.db, row);
}
