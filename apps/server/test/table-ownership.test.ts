import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Each table belongs to one module (or to the platform), and only its owner queries it: another
 * module reads it through the owner's index.ts. A module that reaches into another's table ties
 * the two together behind the dependency rules' back; this test names the place.
 */
const owners: Record<string, string> = {
  organizations: "modules/organization",
  users: "modules/identity",
  sessions: "modules/identity",
  api_tokens: "modules/identity",
  invitations: "modules/identity",
  units: "modules/units",
  people: "modules/people",
  incident_roles: "modules/roles",
  role_assignments: "modules/roles",
  scenarios: "modules/scenarios",
  incidents: "modules/incidents",
  participations: "modules/incidents",
  participation_roles: "modules/incidents",
  incident_audiences: "modules/incidents",
  incident_tasks: "modules/incidents",
  task_completions: "modules/incidents",
  log_entries: "modules/incidents",
  rollcall_reports: "modules/incidents",
  escalation_timers: "modules/incidents",
  events: "platform/events",
  org_streams: "platform/events",
  audit_events: "platform/audit",
  rate_limits: "platform/http",
  push_devices: "modules/deliveries",
  test_alarms: "modules/deliveries",
  deliveries: "modules/deliveries",
  delivery_cursors: "modules/deliveries",
};

/**
 * Reads that must stay, each for a reason: who is calling is resolved on every request from the
 * session, its person and organisation in one query (and people depends on identity to create
 * logins, so identity cannot go through people); staffing checks that its people exist (and people
 * depends on roles to show a person's roles); realtime reads the platform's log generically; the
 * demo seeds every table of a new organisation.
 */
const allowed: Record<string, string[]> = {
  "modules/identity": ["people", "organizations"],
  "modules/roles": ["people"],
  "platform/realtime": ["events", "org_streams"],
  "modules/demo": Object.keys(owners),
};

const src = path.resolve(import.meta.dirname, "../src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(path.join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [path.join(dir, e.name)]
        : [],
  );
const QUERY =
  /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin)\(\s*"([a-z_]+)/g;

describe("table ownership", () => {
  it("lets only a table's owner query it", () => {
    const trespasses: string[] = [];
    for (const file of files(src)) {
      const rel = path.relative(src, file);
      if (rel.includes("migrations")) continue;
      const area = rel.split(path.sep).slice(0, 2).join("/");
      for (const [, table = ""] of readFileSync(file, "utf8").matchAll(QUERY)) {
        const owner = owners[table];
        if (!owner) trespasses.push(`${rel}: ${table} has no owner in this test`);
        else if (owner !== area && !allowed[area]?.includes(table))
          trespasses.push(`${rel}: ${table} belongs to ${owner}`);
      }
    }
    expect(trespasses).toEqual([]);
  });
});
