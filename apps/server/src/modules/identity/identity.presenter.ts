import type { ApiToken, Session } from "@beredd/contracts";
import type { SessionView, TokenRow } from "./identity.repo.js";

export const presentSession = (s: SessionView): Session => ({
  user: { id: s.user_id, name: s.user_name, email: s.user_email, locale: s.locale },
  organization: { id: s.organization_id, name: s.organization_name },
  personId: s.person_id,
  accessRole: s.access_role,
  csrfToken: s.csrf_token,
  expiresAt: s.expires_at,
});

export const presentToken = (t: TokenRow): ApiToken => ({
  id: t.id,
  name: t.name,
  accessRole: t.access_role,
  prefix: t.prefix,
  createdAt: t.created_at,
  lastUsedAt: t.last_used_at,
  revokedAt: t.revoked_at,
});
