import type { IncidentEvent } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { inTransaction, parseJson, type Db } from "../../../platform/db/index.js";
import { eventsAfter, streamHeads } from "../../../platform/events/index.js";
import { localesOf } from "../../identity/index.js";
import { cancelQueued, queuePushes, type NewPush } from "../deliveries.repo.js";
import { devicesAtUnits, devicesOfPeople } from "../devices/devices.repo.js";
import { incidentFacts, type IncidentFacts } from "./incident-facts.js";
import { alarmPush } from "./push-words.js";

const BATCH = 200;

/**
 * The delivery queue is a durable consumer of the event log: per organisation a cursor
 * (`delivery_cursors`) says how far it has read, and the deliveries an event calls for are
 * written in the same transaction that moves the cursor past it. A crash loses nothing and
 * queues nothing twice; on PostgreSQL the cursor's row lock makes nodes take turns. Returns how
 * many deliveries were queued.
 */
export async function queueFromLog(deps: Deps): Promise<number> {
  const cursors = new Map(
    (await deps.db.selectFrom("delivery_cursors").selectAll().execute()).map((c) => [
      c.organization_id,
      Number(c.last_seq),
    ]),
  );
  let queued = 0;
  for (const head of await streamHeads(deps.db)) {
    if (head.seq <= (cursors.get(head.organizationId) ?? 0)) continue;
    for (;;) {
      const batch = await readBatch(deps, head.organizationId);
      queued += batch.queued;
      if (!batch.more) break;
    }
  }
  return queued;
}

async function readBatch(deps: Deps, org: string) {
  return inTransaction(deps.db, async (trx) => {
    await trx
      .insertInto("delivery_cursors")
      .values({ organization_id: org, last_seq: 0 })
      .onConflict((oc) => oc.column("organization_id").doNothing())
      .execute();
    let cursor = trx
      .selectFrom("delivery_cursors")
      .select("last_seq")
      .where("organization_id", "=", org);
    if (deps.dialect === "postgres") cursor = cursor.forUpdate();
    const after = Number((await cursor.executeTakeFirstOrThrow()).last_seq);
    const events = await eventsAfter(trx, org, after, BATCH);
    const last = events.at(-1);
    if (!last) return { queued: 0, more: false };
    const at = deps.clock.now().toISOString();
    const work = new Work(trx, org, at);
    for (const row of events)
      if (row.subject_type === "incident") await work.apply(parseJson<IncidentEvent>(row.body));
    const queued = await work.finish();
    await trx
      .updateTable("delivery_cursors")
      .set({ last_seq: last.seq })
      .where("organization_id", "=", org)
      .execute();
    return { queued, more: events.length === BATCH };
  });
}

/** What one batch of events asks of the queue, applied in log order. */
class Work {
  readonly #facts = new Map<string, IncidentFacts | undefined>();
  readonly #pushes: NewPush[] = [];
  constructor(
    private readonly trx: Db,
    private readonly org: string,
    private readonly at: string,
  ) {}

  async apply(event: IncidentEvent): Promise<void> {
    switch (event.type) {
      case "participants.activated": {
        // Someone already in the incident was alerted by it before; the raiser knows.
        const people = event.data.participants
          .filter((p) => p.newcomer && event.data.reason !== "raised")
          .map((p) => p.personId);
        await this.#alert(event.incidentId, await devicesOfPeople(this.trx, this.org, people));
        return;
      }
      case "audience.added":
        await this.#alert(
          event.incidentId,
          await devicesAtUnits(this.trx, this.org, event.data.unitIds),
        );
        return;
      case "participants.responded":
        // An answer on any channel stops the pushes still waiting for that person.
        for (const r of event.data.responses)
          if (r.response !== "received") await this.#cancel(event.incidentId, r.personId);
        return;
      case "incident.resolved":
      case "incident.closed":
      case "incident.recalled":
        await this.#cancel(event.incidentId);
        return;
      default:
        return;
    }
  }

  async #alert(incidentId: string, devices: { id: string; person_id: string }[]): Promise<void> {
    if (devices.length === 0) return;
    const facts = await this.#factsOf(incidentId);
    if (!facts) return;
    const targets = devices.filter((d) => d.person_id !== facts.raiserId);
    const locales = await localesOf(this.trx, [...new Set(targets.map((d) => d.person_id))]);
    for (const d of targets)
      this.#pushes.push({
        organizationId: this.org,
        personId: d.person_id,
        deviceId: d.id,
        subject: { type: "incident", id: incidentId },
        payload: alarmPush(facts, locales.get(d.person_id) ?? "sv"),
      });
  }

  async #cancel(incidentId: string, personId?: string): Promise<void> {
    // Queue what came before first: the answer or the end comes after it in the log.
    await this.finish();
    await cancelQueued(this.trx, { incidentId, ...(personId ? { personId } : {}) }, this.at);
  }

  async #factsOf(incidentId: string) {
    if (!this.#facts.has(incidentId))
      this.#facts.set(incidentId, await incidentFacts(this.trx, this.org, incidentId));
    return this.#facts.get(incidentId);
  }

  #queued = 0;
  async finish(): Promise<number> {
    this.#queued += await queuePushes(this.trx, this.#pushes.splice(0), this.at);
    return this.#queued;
  }
}
