import type { IncidentRole, Locale } from "@beredd/contracts";

/** Incident roles by key, named in the current language; a key no role has is shown as is. */
export interface RoleNames {
  roles: readonly IncidentRole[];
  name: (key: string) => string;
}

export function roleNames(roles: readonly IncidentRole[], locale: Locale): RoleNames {
  const byKey = new Map(roles.map((role) => [role.key, role.name[locale]]));
  return { roles, name: (key) => byKey.get(key) ?? key };
}
