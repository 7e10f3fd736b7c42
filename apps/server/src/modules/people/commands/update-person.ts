import type { Person, UpdatePerson } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { hashPassword, type Actor } from "../../../platform/auth/index.js";
import { inTransaction, isUniqueViolation, type Db } from "../../../platform/db/index.js";
import { conflict, forbidden, notFound } from "../../../platform/errors.js";
import { recordAudit } from "../../../platform/audit/index.js";
import {
  changeLoginEmail,
  createLogin,
  deleteSessionsOfPerson,
  deleteSessionsOfUser,
  setPassword,
} from "../../identity/index.js";
import { canManagePeople } from "../people.policy.js";
import { presentPerson } from "../people.presenter.js";
import { countActiveAdmins, findPerson, type PersonRow } from "../people.repo.js";
import { assertUnitOfOrganization, emailInUse, emailNeededToSignIn } from "./person-rules.js";

/**
 * Changes a person. Deactivation and a new access role end their sessions at once (ASVS 7.4.2),
 * a new password or e-mail address every session of their login but the admin's own; the
 * organisation never loses its last administrator; a password gives the person a sign-in if they
 * had none.
 */
export async function updatePerson(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdatePerson,
): Promise<Person> {
  const at = deps.clock.now();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const row = await inTransaction(deps.db, async (trx) => {
    const person = await findPerson(trx, actor.organizationId, id);
    if (!person) throw notFound("The person");
    if (!canManagePeople(actor)) throw forbidden();
    if (input.unitId !== undefined)
      await assertUnitOfOrganization(trx, actor.organizationId, input.unitId);
    await guardAdministrators(trx, actor, person, input);

    const email = input.email === undefined ? person.email : input.email;
    let userId = person.user_id;
    const emailChanged = input.email !== undefined && input.email !== person.email;
    if (userId && emailChanged) {
      if (!input.email) throw emailNeededToSignIn();
      await changeLoginEmail(trx, userId, input.email, at);
    }
    if (passwordHash) {
      if (userId) await setPassword(trx, userId, passwordHash, at);
      else if (!email) throw emailNeededToSignIn();
      else
        userId = await createLogin(trx, {
          organizationId: actor.organizationId,
          email,
          name: input.name ?? person.name,
          passwordHash,
          at,
        });
    }

    const deactivate = input.active === false && !person.deactivated_at;
    const updated: PersonRow = {
      ...person,
      user_id: userId,
      name: input.name ?? person.name,
      email,
      mobile: input.mobile === undefined ? person.mobile : input.mobile,
      unit_id: input.unitId === undefined ? person.unit_id : input.unitId,
      access_role: input.accessRole ?? person.access_role,
      absent_until: input.absentUntil === undefined ? person.absent_until : input.absentUntil,
      deactivated_at:
        input.active === true ? null : deactivate ? at.toISOString() : person.deactivated_at,
      updated_at: at.toISOString(),
    };
    try {
      const { id: _id, organization_id: _org, created_at: _created, ...changes } = updated;
      await trx
        .updateTable("people")
        .set(changes)
        .where("id", "=", id)
        .where("organization_id", "=", actor.organizationId)
        .execute();
    } catch (error) {
      throw isUniqueViolation(error) ? emailInUse() : error;
    }
    if (deactivate || updated.access_role !== person.access_role)
      await deleteSessionsOfPerson(trx, id);
    if (person.user_id && (emailChanged || passwordHash))
      await deleteSessionsOfUser(trx, person.user_id, ownSession(actor, person.user_id));
    const { password, ...audited } = input;
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: deactivate ? "person.deactivated" : "person.updated",
      subjectType: "person",
      subjectId: id,
      data: { ...audited, ...(password ? { passwordChanged: true } : {}) },
      at,
    });
    return updated;
  });
  return presentPerson(deps.db, row);
}

async function guardAdministrators(trx: Db, actor: Actor, person: PersonRow, input: UpdatePerson) {
  const self = actor.type === "person" && actor.id === person.id;
  if (self && input.active === false) throw conflict("You cannot deactivate yourself");
  // Demoting oneself by mistake locks one out of the administration; another admin must do it.
  if (self && input.accessRole !== undefined && input.accessRole !== person.access_role)
    throw conflict("You cannot change your own access role");
  const losesAdmin =
    person.access_role === "admin" &&
    !person.deactivated_at &&
    ((input.accessRole !== undefined && input.accessRole !== "admin") || input.active === false);
  if (losesAdmin && (await countActiveAdmins(trx, actor.organizationId)) <= 1)
    throw conflict("The organisation must keep at least one active administrator");
}

/** The session to keep when an admin changes their own login: the one they are using. */
const ownSession = (actor: Actor, userId: string): string | null =>
  actor.type === "person" && actor.userId === userId ? actor.sessionId : null;
