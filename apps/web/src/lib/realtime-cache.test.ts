import {
  IncidentEvent,
  routes,
  type Incident,
  type ParticipationState,
  type ServerMessage,
} from "@beredd/contracts";
import { QueryObserver, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createQueryClient, routeKey } from "./query";
import { applyServerMessage } from "./realtime-cache";

const A = "0190a000-0000-7000-8000-00000000000a";
const B = "0190a000-0000-7000-8000-00000000000b";
const PARTICIPANT = "0190a000-0000-7000-8000-0000000000c1";
const at = "2026-03-02T08:15:00.000Z";

const event = (seq: number, incidentId: string, type: string, data: object) =>
  IncidentEvent.parse({
    seq,
    id: `0190a000-0000-7000-8000-${String(seq).padStart(12, "0")}`,
    incidentId,
    type,
    at,
    actor: { type: "system", id: null, name: "Beredd" },
    drill: false,
    data,
  });
const logEntry = (seq: number, incidentId: string) =>
  event(seq, incidentId, "log.entry_added", {
    entryId: PARTICIPANT,
    kind: "message",
    text: "Alla ute",
    authorName: "Anna",
  });

/** The incident as the server last answered it: only what the cache module reads is filled. */
const incident = (id: string, lastSeq: number) =>
  ({
    id,
    lastSeq,
    participants: [{ id: PARTICIPANT, status: "notified", receivedAt: null, answeredAt: null }],
  }) as unknown as Incident;

/** A read on screen: an observer keeps it active, and its fetches are counted. */
class Screen {
  fetches = new Map<string, number>();
  private stops: (() => void)[] = [];
  constructor(private client: QueryClient) {}

  show(key: QueryKey, answer: () => unknown): void {
    const id = JSON.stringify(key);
    const observer = new QueryObserver(this.client, {
      queryKey: key,
      queryFn: () => {
        this.fetches.set(id, (this.fetches.get(id) ?? 0) + 1);
        return Promise.resolve(answer());
      },
    });
    this.stops.push(observer.subscribe(() => undefined));
  }
  count(key: QueryKey): number {
    return this.fetches.get(JSON.stringify(key)) ?? 0;
  }
  close(): void {
    this.stops.forEach((stop) => stop());
  }
}

const incidentA = routeKey(routes.incidents.get, { params: { id: A } });
const incidentB = routeKey(routes.incidents.get, { params: { id: B } });
const timelineA = routeKey(routes.incidents.timeline, { params: { id: A }, query: { after: 0 } });
const list = routeKey(routes.incidents.list, { query: { status: "active" } });
const units = routeKey(routes.units.list);

describe("applyServerMessage", () => {
  let client: QueryClient;
  let screen: Screen;
  let seqA: number;

  beforeEach(async () => {
    client = createQueryClient();
    screen = new Screen(client);
    seqA = 10;
    screen.show(incidentA, () => incident(A, seqA));
    screen.show(incidentB, () => incident(B, 3));
    screen.show(timelineA, () => ({ items: [logEntry(10, A)], lastSeq: 10, nextAfter: null }));
    screen.show(list, () => ({ items: [], total: 0 }));
    screen.show(units, () => ({ items: [], total: 0 }));
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    for (const key of [incidentA, incidentB, timelineA, list, units])
      expect(screen.count(key)).toBe(1);
  });
  afterEach(() => screen.close());

  const feed = async (message: ServerMessage) => {
    applyServerMessage(client, message);
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
  };

  it("refetches the incident an event belongs to, and appends the event to its timeline", async () => {
    seqA = 11;
    await feed({ type: "event", event: logEntry(11, A) });
    expect(screen.count(incidentA)).toBe(2);
    expect(client.getQueryData<Incident>(incidentA)?.lastSeq).toBe(11);
    // The timeline has the event without asking the server again.
    expect(screen.count(timelineA)).toBe(1);
    expect(client.getQueryData<{ lastSeq: number }>(timelineA)?.lastSeq).toBe(11);
    // Another incident, the list (a log entry changes no summary) and other routes are left be.
    expect(screen.count(incidentB)).toBe(1);
    expect(screen.count(list)).toBe(1);
    expect(screen.count(units)).toBe(1);
  });

  it("refetches the incident list when an event changes what the list shows", async () => {
    await feed({
      type: "event",
      event: event(11, B, "incident.severity_changed", { from: "high", to: "critical" }),
    });
    expect(screen.count(list)).toBe(2);
    expect(screen.count(incidentB)).toBe(2);
    expect(screen.count(incidentA)).toBe(1);
  });

  it("puts a raised incident at the top of the active list at once, then reads the list again", async () => {
    const raised = event(11, B, "incident.raised", {
      scenarioId: A,
      scenarioKey: "lockdown",
      name: { sv: "Inrymning", en: "Lockdown" },
      alertText: { sv: "INRYMNING", en: "LOCKDOWN" },
      instructions: { sv: "", en: "" },
      silent: false,
      unitId: A,
      placeNote: null,
      note: null,
      severity: "high",
    });
    applyServerMessage(client, { type: "event", event: raised });
    // Before the refetch has answered, the list already shows it.
    const items = () => client.getQueryData<{ items: { id: string }[] }>(list)?.items ?? [];
    expect(items().map((i) => i.id)).toEqual([B]);
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(screen.count(list)).toBe(2);
    // The list's own answer (here: still empty) is what stays.
    expect(items()).toEqual([]);
  });

  it("writes what a message says at once, and asks for the stale reads only when told to", async () => {
    const waiting: (() => void)[] = [];
    applyServerMessage(
      client,
      { type: "event", event: logEntry(11, A) },
      (run) => void waiting.push(run),
    );
    // The timeline has the entry already; the incident is not read again yet.
    expect(client.getQueryData<{ lastSeq: number }>(timelineA)?.lastSeq).toBe(11);
    expect(client.isFetching()).toBe(0);
    expect(screen.count(incidentA)).toBe(1);
    seqA = 11;
    waiting.forEach((run) => run());
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(screen.count(incidentA)).toBe(2);
  });

  it("does not refetch for an event the cached incident already includes (a replay)", async () => {
    await feed({ type: "event", event: logEntry(9, A) });
    expect(screen.count(incidentA)).toBe(1);
    expect(client.getQueryData<{ items: unknown[] }>(timelineA)?.items).toHaveLength(1);
  });

  it("writes a recorded answer into the cached incident without a refetch", async () => {
    const state: ParticipationState = {
      participantId: PARTICIPANT,
      status: "acknowledged",
      receivedAt: at,
      answeredAt: at,
    };
    await feed({ type: "recorded", incidentId: A, state });
    expect(screen.count(incidentA)).toBe(1);
    expect(client.getQueryData<Incident>(incidentA)?.participants[0]?.status).toBe("acknowledged");
  });

  it("refetches the incident when a recorded answer is from someone it does not list yet", async () => {
    const state: ParticipationState = {
      participantId: B,
      status: "received",
      receivedAt: at,
      answeredAt: null,
    };
    await feed({ type: "recorded", incidentId: A, state });
    expect(screen.count(incidentA)).toBe(2);
  });

  it("refetches every incident read after a resync, and nothing else", async () => {
    await feed({ type: "resync", reason: "epoch_changed", epoch: "e2", seq: 0 });
    for (const key of [incidentA, incidentB, timelineA, list]) expect(screen.count(key)).toBe(2);
    expect(screen.count(units)).toBe(1);
  });
});

describe("an event that arrives while the incident's read is in flight", () => {
  let client: QueryClient;
  let screen: Screen;
  let answer: (value: unknown) => void;

  beforeEach(() => {
    client = createQueryClient();
    screen = new Screen(client);
  });
  afterEach(() => screen.close());

  /** A first read the server has answered (as of `seq`) but whose answer has not landed yet. */
  const showPending = (key: QueryKey, seq: () => unknown) => {
    let first = true;
    screen.show(key, () => {
      if (!first) return seq();
      first = false;
      const stale = seq();
      return new Promise((resolve) => (answer = () => resolve(stale)));
    });
  };

  it("reads the incident again once the first read lands without the event", async () => {
    let seqA = 10;
    showPending(incidentA, () => incident(A, seqA));
    await vi.waitFor(() => expect(screen.count(incidentA)).toBe(1));
    seqA = 11;
    applyServerMessage(client, { type: "event", event: logEntry(11, A) });
    answer(undefined);
    await vi.waitFor(() => expect(client.getQueryData<Incident>(incidentA)?.lastSeq).toBe(11));
    expect(screen.count(incidentA)).toBe(2);
  });

  it("appends the event to a timeline whose first read lands without it", async () => {
    showPending(timelineA, () => ({ items: [logEntry(10, A)], lastSeq: 10, nextAfter: null }));
    await vi.waitFor(() => expect(screen.count(timelineA)).toBe(1));
    applyServerMessage(client, { type: "event", event: logEntry(11, A) });
    answer(undefined);
    await vi.waitFor(() =>
      expect(client.getQueryData<{ lastSeq: number }>(timelineA)?.lastSeq).toBe(11),
    );
    expect(client.getQueryData<{ items: unknown[] }>(timelineA)?.items).toHaveLength(2);
    expect(screen.count(timelineA)).toBe(1);
  });

  it("does not read again when the read that lands includes the event", async () => {
    showPending(incidentA, () => incident(A, 11));
    await vi.waitFor(() => expect(screen.count(incidentA)).toBe(1));
    applyServerMessage(client, { type: "event", event: logEntry(11, A) });
    answer(undefined);
    await vi.waitFor(() => expect(client.getQueryData<Incident>(incidentA)?.lastSeq).toBe(11));
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(screen.count(incidentA)).toBe(1);
  });

  it("reads once more for all the events that arrive during a read, without cancelling it", async () => {
    let seqA = 10;
    showPending(incidentA, () => incident(A, seqA));
    await vi.waitFor(() => expect(screen.count(incidentA)).toBe(1));
    seqA = 13;
    for (const seq of [11, 12, 13])
      applyServerMessage(client, { type: "event", event: logEntry(seq, A) });
    answer(undefined);
    await vi.waitFor(() => expect(client.getQueryData<Incident>(incidentA)?.lastSeq).toBe(13));
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(screen.count(incidentA)).toBe(2);
  });
});
