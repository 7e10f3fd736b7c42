/**
 * Seeds a fresh data folder for the benchmark with the server's own code: one organisation, one
 * unit, N members each with a user and a signed-in session, one alarm scenario that alerts
 * everyone at the unit, and one coordinator API token to raise it. Writes the secrets the client
 * processes need (cookie tokens, API token, ids) as JSON to the path given as the first argument.
 *
 *   DATA_DIR=/tmp/x BENCH_N=1000 node --conditions=@beredd/source --import tsx bench/seed.ts out.json
 *
 * With DATABASE_URL (and SESSION_SECRET) it seeds that PostgreSQL database instead.
 */
import { writeFileSync } from "node:fs";
import { ScenarioPlan } from "@beredd/contracts";
import { createOrganization } from "../apps/server/src/modules/organization/index.js";
import { randomToken, tokenHash } from "../apps/server/src/platform/auth/index.js";
import { loadConfig } from "../apps/server/src/platform/config.js";
import { inTransaction, type Db } from "../apps/server/src/platform/db/index.js";
import { newId } from "../apps/server/src/platform/ids.js";
import { openRuntime } from "../apps/server/src/runtime.js";
import type { SeedOutput } from "./protocol.js";

const CHUNK = 500;
const DAY_MS = 86_400_000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** The plan of a building-wide alarm: everyone at the place, acknowledgement required. */
const plan = ScenarioPlan.parse({
  raisers: "member",
  activatedRoleKeys: [],
  alertEveryone: true,
  alertText: {
    sv: "Utrym byggnaden nu. Gå till återsamlingsplatsen vid parkeringen.",
    en: "Evacuate the building now. Go to the assembly point by the car park.",
  },
  instructions: {
    sv: "Lämna allt, stäng dörrar efter dig, använd inte hissen. Hjälp den som behöver hjälp och vänta på besked vid återsamlingsplatsen.",
    en: "Leave everything, close doors behind you, do not use the lift. Help anyone who needs it and wait for word at the assembly point.",
  },
  cards: [],
  requiresAcknowledgement: true,
  silent: false,
  rollCall: false,
  escalation: [],
});

async function seed(db: Db, sessionKey: string, n: number): Promise<SeedOutput> {
  const now = new Date();
  const ts = now.toISOString();
  const expires = new Date(now.getTime() + 30 * DAY_MS).toISOString();
  const cookies = Array.from({ length: n }, () => randomToken());
  const apiToken = `beredd_${randomToken()}`;
  const ids = await inTransaction(db, async (trx) => {
    const organizationId = await createOrganization(trx, "Benchmark kommun", now);
    const unitId = newId();
    await trx
      .insertInto("units")
      .values({
        id: unitId,
        organization_id: organizationId,
        parent_id: null,
        name: "Stadshuset",
        kind: "building",
        created_at: ts,
        updated_at: ts,
        deactivated_at: null,
      })
      .execute();
    const people = cookies.map((cookie, i) => ({
      userId: newId(),
      personId: newId(),
      cookie,
      name: `Responder ${i + 1}`,
      // Addresses are unique across organisations: the cluster run seeds two into one database.
      email: `responder-${i + 1}.${organizationId}@bench.invalid`,
    }));
    await insertChunked(people, (chunk) =>
      trx
        .insertInto("users")
        .values(
          chunk.map((p) => ({
            id: p.userId,
            email: p.email,
            name: p.name,
            password_hash: null,
            locale: "sv" as const,
            created_at: ts,
            updated_at: ts,
          })),
        )
        .execute(),
    );
    await insertChunked(people, (chunk) =>
      trx
        .insertInto("people")
        .values(
          chunk.map((p) => ({
            id: p.personId,
            organization_id: organizationId,
            user_id: p.userId,
            name: p.name,
            email: p.email,
            mobile: null,
            unit_id: unitId,
            access_role: "member" as const,
            created_at: ts,
            updated_at: ts,
            deactivated_at: null,
          })),
        )
        .execute(),
    );
    await insertChunked(people, (chunk) =>
      trx
        .insertInto("sessions")
        .values(
          chunk.map((p) => ({
            id: tokenHash(sessionKey, p.cookie),
            user_id: p.userId,
            person_id: p.personId,
            organization_id: organizationId,
            csrf_token: randomToken(),
            created_at: ts,
            last_seen_at: ts,
            expires_at: expires,
            user_agent: "beredd-bench",
          })),
        )
        .execute(),
    );
    const scenarioId = newId();
    await trx
      .insertInto("scenarios")
      .values({
        id: scenarioId,
        organization_id: organizationId,
        key: "utrymning",
        name: JSON.stringify({ sv: "Utrymning", en: "Evacuation" }),
        description: JSON.stringify({
          sv: "Hela byggnaden utryms.",
          en: "The whole building is evacuated.",
        }),
        default_severity: "high",
        plan: JSON.stringify(plan),
        created_at: ts,
        updated_at: ts,
      })
      .execute();
    await trx
      .insertInto("api_tokens")
      .values({
        id: newId(),
        organization_id: organizationId,
        name: "Benchmark",
        access_role: "coordinator",
        prefix: apiToken.slice(0, 14),
        token_hash: tokenHash(sessionKey, apiToken),
        created_by: null,
        created_at: ts,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    return { organizationId, unitId, scenarioId };
  });
  return { ...ids, apiToken, cookies };
}

async function main(): Promise<void> {
  const out = process.argv[2];
  const n = Number(process.env.BENCH_N);
  if (!out || !Number.isInteger(n) || n < 1) throw new Error("usage: BENCH_N=<n> seed.ts <out>");
  const config = loadConfig({
    DATA_DIR: process.env.DATA_DIR,
    // The PostgreSQL run: the database and the secret every node of the cluster shares.
    DATABASE_URL: process.env.DATABASE_URL,
    SESSION_SECRET: process.env.SESSION_SECRET,
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
  });
  const runtime = await openRuntime(config);
  try {
    const output = await seed(runtime.deps.db, runtime.deps.secrets.sessionKey, n);
    writeFileSync(out, JSON.stringify(output), { mode: 0o600 });
  } finally {
    await runtime.close();
  }
}

await main();
