import type { AccessRole, Locale } from "@beredd/contracts";
import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them. Portable conventions (ADR 0002): ids are UUIDv7 text,
 * timestamps are ISO 8601 UTC strings (timestamptz on PostgreSQL, text on SQLite), JSON is text,
 * enums are strings, flags are 0/1 integers, and "active" is the absence of deactivated_at.
 */
export interface Database {
  organizations: {
    id: string;
    name: string;
    created_at: string;
  };
  users: {
    id: string;
    email: string;
    name: string;
    password_hash: string | null;
    locale: Locale;
    created_at: string;
    updated_at: string;
  };
  units: {
    id: string;
    organization_id: string;
    parent_id: string | null;
    name: string;
    kind: string;
    created_at: string;
    updated_at: string;
    deactivated_at: string | null;
  };
  people: {
    id: string;
    organization_id: string;
    user_id: string | null;
    name: string;
    email: string | null;
    mobile: string | null;
    unit_id: string | null;
    access_role: AccessRole;
    created_at: string;
    updated_at: string;
    deactivated_at: string | null;
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
  incident_roles: {
    id: string;
    organization_id: string;
    key: string;
    name: string;
    description: string;
    position: number;
    created_at: string;
  };
  role_assignments: {
    id: string;
    organization_id: string;
    role_id: string;
    unit_id: string;
    person_id: string;
    position: number;
    created_at: string;
  };
  scenarios: {
    id: string;
    organization_id: string;
    key: string;
    name: string;
    description: string;
    default_severity: string;
    silent: number;
    created_at: string;
    updated_at: string;
  };
  audit_events: {
    id: string;
    organization_id: string;
    actor_type: "person" | "api_token" | "system";
    actor_id: string | null;
    action: string;
    subject_type: string;
    subject_id: string;
    data: string;
    created_at: string;
    seq: Generated<number>;
  };
}
