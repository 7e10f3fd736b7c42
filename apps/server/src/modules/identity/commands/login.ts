import type { LoginRequest } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { verifyPassword } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { AppError } from "../../../platform/errors.js";
import {
  activeMembershipsOf,
  findUsersByEmail,
  sessionView,
  type SessionView,
} from "../identity.repo.js";
import { openSession } from "./open-session.js";

export interface LoginResult {
  /** The secret for the cookie; only its keyed hash is stored. */
  token: string;
  session: SessionView;
}

/**
 * Signs a person in with e-mail and password and opens a new server-side session (a fresh token
 * at every login, ASVS 7.2.4). Wrong e-mail, wrong password and a deactivated person all get the
 * same answer, so the response does not tell which accounts exist.
 */
export async function login(
  deps: Deps,
  input: LoginRequest,
  meta: { userAgent: string | undefined },
): Promise<LoginResult> {
  const { user, membership } = await accountFor(deps, input);
  if (!user || !membership) throw new AppError("invalid_credentials");

  const { id, token } = await inTransaction(deps.db, (trx) =>
    openSession(deps, trx, {
      userId: user.id,
      personId: membership.id,
      organizationId: membership.organization_id,
      userAgent: meta.userAgent,
      at: deps.clock.now(),
    }),
  );
  const session = await sessionView(deps.db, id);
  if (!session) throw new AppError("internal");
  return { token, session };
}

/**
 * The account the password opens. An address has one account per organisation it is in; each
 * is checked (an unknown address against a decoy hash), and the oldest the password opens, with
 * an active person behind it, signs in. Someone in two organisations with one password for both
 * signs in to the older; with a password of its own, each.
 */
async function accountFor(deps: Deps, input: LoginRequest) {
  const accounts = await findUsersByEmail(deps.db, input.email);
  for (const user of accounts.length ? accounts : [undefined]) {
    if (!(await verifyPassword(user?.password_hash ?? null, input.password)) || !user) continue;
    const membership = (await activeMembershipsOf(deps.db, user.id))[0];
    if (membership) return { user, membership };
  }
  return { user: undefined, membership: undefined };
}
