import type {
  AccessRole,
  ActivationReason,
  DeliveryState,
  IncidentStatus,
  ParticipationStatus,
  Severity,
} from "@beredd/contracts";
import type { ColumnType, Generated } from "kysely";
import type { IdentityTables } from "./schema-identity.js";

/**
 * The tables as Kysely sees them. Portable conventions (ADR 0002): ids are UUIDv7 text,
 * timestamps are ISO 8601 UTC strings (timestamptz on PostgreSQL, text on SQLite), JSON is text,
 * enums are strings, flags are 0/1 integers, and "active" is the absence of deactivated_at.
 */
export interface Database extends IdentityTables {
  organizations: {
    id: string;
    name: string;
    created_at: string;
    /** The incident role alerted when a raise reaches no one; null: the first in the roles' order. */
    fallback_role_id: ColumnType<string | null, string | null | undefined, string | null>;
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
    /** Away (leave, sickness) until then: not activated for their roles meanwhile. */
    absent_until: ColumnType<string | null, string | null | undefined, string | null>;
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
    deputy: number;
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
    plan: string;
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
  org_streams: {
    organization_id: string;
    epoch: string;
    last_seq: number;
  };
  incidents: {
    id: string;
    organization_id: string;
    scenario_id: string;
    scenario_key: string;
    scenario_name: string;
    plan: string;
    plan_version: number;
    unit_id: string;
    place_note: string | null;
    note: string | null;
    severity: Severity;
    status: IncidentStatus;
    drill: number;
    recalled: number;
    raised_by: string;
    raised_at: string;
    resolved_at: string | null;
    closed_at: string | null;
    idempotency_key: string | null;
    request_hash: string | null;
    /** How many the raise activated: a retried raise answers the same. */
    activated: number | null;
    /** JSON: what the raise did when its plan reached no one (the fallback role), or null. */
    fallback: string | null;
  };
  /** The platform's event log: per organisation, gapless sequence in commit order. */
  events: {
    organization_id: string;
    seq: number;
    id: string;
    subject_type: string;
    subject_id: string;
    type: string;
    actor_id: string | null;
    audience: "subject" | "person" | "staff";
    person_id: string | null;
    body: string;
    created_at: string;
  };
  participations: {
    id: string;
    organization_id: string;
    incident_id: string;
    person_id: string;
    reason: ActivationReason;
    status: ParticipationStatus;
    notified_at: string;
    received_at: string | null;
    answered_at: string | null;
    /** Changes of an answer already given, counted in a window from the first (answer-limit.ts). */
    changes_window_started_at: ColumnType<string | null, string | null | undefined, string | null>;
    changes_in_window: ColumnType<number, number | undefined, number>;
  };
  /** The roles a person holds in an incident, each with its card; one participation per person. */
  participation_roles: {
    participation_id: string;
    incident_id: string;
    person_id: string;
    role_id: string;
    role_key: string;
    reason: ActivationReason;
    step_index: number | null;
    activated_at: string;
  };
  incident_audiences: {
    incident_id: string;
    unit_id: string;
    organization_id: string;
    added_at: string;
  };
  incident_tasks: {
    id: string;
    incident_id: string;
    role_id: string;
    role_key: string;
    item_id: string;
    text: string;
    mode: "each" | "once";
    position: number;
  };
  task_completions: {
    task_id: string;
    incident_id: string;
    scope: string;
    person_id: string;
    completed_at: string;
  };
  log_entries: {
    id: string;
    incident_id: string;
    kind: "message" | "status";
    text: string;
    author_name: string;
    author_id: string | null;
    key: number;
    created_at: string;
  };
  rollcall_reports: {
    incident_id: string;
    person_id: string;
    label: string;
    status: "safe" | "need_help" | null;
    present: number | null;
    expected: number | null;
    note: string | null;
    reported_at: string;
  };
  escalation_timers: {
    id: string;
    organization_id: string;
    incident_id: string;
    plan_version: number;
    step_index: number;
    /** The role whose acknowledgement makes this step unnecessary (null for severity steps). */
    role_key: string | null;
    due_at: string;
    status: "pending" | "claimed" | "fired" | "cancelled";
    claim_token: string | null;
    claimed_until: string | null;
    finished_at: string | null;
  };
  rate_limits: {
    /** What is limited and for whom, e.g. the sign-in route, address and account. */
    key: string;
    window_started_at: string;
    hits: number;
  };
  /** A browser's push subscription: the device a person receives alarms on (modules/deliveries). */
  push_devices: {
    id: string;
    organization_id: string;
    person_id: string;
    endpoint: string;
    p256dh: string;
    auth: string;
    label: string;
    installed: number;
    push_service: string;
    created_at: string;
    last_seen_at: string;
    /** Removed by its person, or gone at the push service (404/410): kept for the record. */
    removed_at: string | null;
    removed_reason: "removed" | "expired" | null;
  };
  test_alarms: {
    id: string;
    organization_id: string;
    person_id: string;
    created_at: string;
  };
  /** One (person, channel, target, step) delivery of a subject (an incident, a test alarm). */
  deliveries: {
    id: string;
    organization_id: string;
    person_id: string;
    channel: DeliveryChannel;
    target: string;
    subject_type: "incident" | "test_alarm";
    subject_id: string;
    step: number;
    /** 0 for the first alert; for a re-alert, the sequence number of the event that changed it. */
    revision: number;
    state: DeliveryState;
    payload: string;
    attempts: number;
    next_attempt_at: string;
    claim_token: string | null;
    claimed_until: string | null;
    /** 1 when an attempt was cut off mid-send (the sender died): it may have gone out twice. */
    interrupted: number;
    provider_status: number | null;
    provider_id: string | null;
    error: string | null;
    created_at: string;
    updated_at: string;
    sent_at: string | null;
    delivered_at: string | null;
  };
  /** How far the delivery queue has read each organisation's event log. */
  delivery_cursors: {
    organization_id: string;
    last_seq: number;
  };
}

/** The channels a delivery goes out on; only push is built so far. */
export type DeliveryChannel = "push";
