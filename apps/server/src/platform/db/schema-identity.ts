import type { AccessRole, Locale } from "@beredd/contracts";

/** The identity module's tables: sign-in accounts, sessions, API tokens, sign-in links. */
export interface IdentityTables {
  users: {
    id: string;
    /** The organisation the account signs in to; the address is unique within it. */
    organization_id: string | null;
    email: string;
    name: string;
    password_hash: string | null;
    locale: Locale;
    created_at: string;
    updated_at: string;
  };
  sessions: {
    id: string;
    user_id: string;
    person_id: string;
    organization_id: string;
    csrf_token: string;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
    user_agent: string | null;
  };
  api_tokens: {
    id: string;
    organization_id: string;
    name: string;
    /** Tokens never carry admin: an integration cannot administer Beredd. */
    access_role: Exclude<AccessRole, "admin">;
    prefix: string;
    token_hash: string;
    created_by: string | null;
    created_at: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
  /** Sign-in links; `id` is the keyed hash of the link's token. */
  invitations: {
    id: string;
    organization_id: string;
    person_id: string;
    created_by: string | null;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
}
