import type { AccessRole } from "@beredd/contracts";

/** Who is making a request: a signed-in person (by session cookie) or an integration's API token. */
export type Actor =
  | {
      type: "person";
      id: string;
      userId: string;
      organizationId: string;
      accessRole: AccessRole;
      sessionId: string;
      /** The session's synchronizer token; writes made with the cookie must echo it. */
      csrfToken: string;
    }
  | { type: "api_token"; id: string; organizationId: string; accessRole: AccessRole };

const rank: Record<AccessRole, number> = { viewer: 0, member: 1, coordinator: 2, admin: 3 };

/** True when the actor's access role is the given one or above it. */
export const hasRole = (actor: Actor, role: AccessRole): boolean =>
  rank[actor.accessRole] >= rank[role];
