import type { IncidentEvent } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { inTransaction, parseJson, type Db } from "../../../platform/db/index.js";
import { eventsAfter, streamHeads } from "../../../platform/events/index.js";
import { localesOf } from "../../identity/index.js";
import { alertedDevices, cancelQueued, queuePushes, type NewPush } from "../deliveries.repo.js";
import { devicesAtUnits, devicesOfPeople } from "../devices/devices.repo.js";
import { incidentFacts, type IncidentFacts } from "./incident-facts.js";
import { alarmPush } from "./push-words.js";

const BATCH = 200;
// A cursor past events that changed nothing is written at most this often.
const IDLE_WRITE_MS = 1000;

/** When this node last wrote each organisation's cursor (performance.now()). */
export type CursorWrites = Map<string, number>;

/**
 * The delivery queue is a durable consumer of the event log: per organisation a cursor
 * (`delivery_cursors`) says how far it has read, and the deliveries an event calls for are
 * written in the same transaction that moves the cursor past it. A crash loses nothing and
 * queues nothing twice; on PostgreSQL the cursor's row lock makes nodes take turns.
 *
 * Most commits (answers, ticks, log entries) ask nothing of the queue. A batch that changed
 * nothing moves the cursor only once a second, so that a storm of answers does not cost a second
 * disk flush per commit; until then the next batch reads those events again, which changes
 * nothing again (every effect is idempotent and applied in log order). Returns how many
 * deliveries were queued.
 */
export async function queueFromLog(deps: Deps, writes: CursorWrites): Promise<number> {
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
      const batch = await readBatch(deps, head.organizationId, writes);
      queued += batch.queued;
      if (!batch.more) break;
    }
  }
  return queued;
}

async function readBatch(deps: Deps, org: string, writes: CursorWrites) {
  return inTransaction(deps.db, async (trx) => {
    const read = () => {
      const q = trx
        .selectFrom("delivery_cursors")
        .select("last_seq")
        .where("organization_id", "=", org);
      return (deps.dialect === "postgres" ? q.forUpdate() : q).executeTakeFirst();
    };
    let cursor = await read();
    if (!cursor) {
      await trx
        .insertInto("delivery_cursors")
        .values({ organization_id: org, last_seq: 0 })
        .onConflict((oc) => oc.column("organization_id").doNothing())
        .execute();
      cursor = await read();
    }
    const events = await eventsAfter(trx, org, Number(cursor?.last_seq ?? 0), BATCH);
    const last = events.at(-1);
    if (!last) return { queued: 0, more: false };
    const at = deps.clock.now().toISOString();
    const work = new Work(trx, org, at);
    for (const row of events)
      if (row.subject_type === "incident") await work.apply(parseJson<IncidentEvent>(row.body));
    const queued = await work.finish();
    const more = events.length === BATCH;
    const now = performance.now();
    if (work.changed || more || now - (writes.get(org) ?? -Infinity) >= IDLE_WRITE_MS) {
      await trx
        .updateTable("delivery_cursors")
        .set({ last_seq: last.seq })
        .where("organization_id", "=", org)
        .execute();
      writes.set(org, now);
    }
    return { queued, more };
  });
}

/** What one batch of events asks of the queue, applied in log order. */
class Work {
  readonly #facts = new Map<string, IncidentFacts | undefined>();
  readonly #pushes: NewPush[] = [];
  /** Devices whose first alert of an incident this batch queued (the people a switch brought in). */
  readonly #first = new Set<string>();
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
      case "incident.scenario_switched":
        // Everyone alerted before is told the alarm changed (what still waits to go out says
        // the old words: the re-alert replaces it); newcomers get their first alert.
        this.#cancelled += await cancelQueued(this.trx, { incidentId: event.incidentId }, this.at);
        await this.finish();
        this.#facts.delete(event.incidentId);
        await this.#alert(
          event.incidentId,
          (await alertedDevices(this.trx, event.incidentId)).filter(
            (d) => !this.#first.has(`${event.incidentId}:${d.id}`),
          ),
          event.seq,
        );
        return;
      case "incident.place_changed":
        this.#facts.delete(event.incidentId);
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

  /** Queues the incident's push to these devices: a first alert, or a re-alert at a revision. */
  async #alert(
    incidentId: string,
    devices: { id: string; person_id: string }[],
    revision = 0,
  ): Promise<void> {
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
        revision,
        payload: alarmPush(facts, locales.get(d.person_id) ?? "sv", revision > 0),
      });
  }

  async #cancel(incidentId: string, personId?: string): Promise<void> {
    // Queue what came before first: the answer or the end comes after it in the log.
    await this.finish();
    this.#cancelled += await cancelQueued(
      this.trx,
      { incidentId, ...(personId ? { personId } : {}) },
      this.at,
    );
  }

  async #factsOf(incidentId: string) {
    if (!this.#facts.has(incidentId))
      this.#facts.set(incidentId, await incidentFacts(this.trx, this.org, incidentId));
    return this.#facts.get(incidentId);
  }

  #queued = 0;
  #cancelled = 0;

  /** Whether the batch queued or cancelled anything. */
  get changed(): boolean {
    return this.#queued + this.#cancelled > 0;
  }

  async finish(): Promise<number> {
    const queued = await queuePushes(this.trx, this.#pushes.splice(0), this.at);
    for (const q of queued)
      if (Number(q.revision) === 0) this.#first.add(`${q.subject_id}:${q.target}`);
    this.#queued += queued.length;
    return this.#queued;
  }
}
