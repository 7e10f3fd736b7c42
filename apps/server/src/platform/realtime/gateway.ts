import type { WebSocket } from "ws";
import { z } from "zod";
import { AppError } from "../errors.js";
import { OrgConnections } from "./connection-index.js";
import { textFrame, writeFrame } from "./frame.js";
import type { StreamRules } from "./stream-rules.js";
import { Sweep } from "./sweep.js";
import type { Broadcaster, Connection, StreamMessage, StreamSource, Viewer } from "./types.js";

export interface GatewayOptions {
  source: StreamSource;
  broadcaster: Broadcaster;
  /** The modules' rules: what a socket may see, and the client messages they handle. */
  rules: StreamRules;
  /** Ping interval; a socket that has not answered the previous ping is closed. */
  pingMs: number;
  /** A socket with more than this many bytes unsent is too slow: it is told to resync and closed. */
  maxBufferedBytes: number;
  /** How long live events wait for the client's resume before flowing from the hello on. */
  resumeGraceMs: number;
  /**
   * Of the given credentials (session or API-token ids), the ones still valid, each with the group
   * (unit) its person is at now. Sockets whose credential has ended (sign-out, deactivation,
   * expiry, revocation) are closed at the next check; a person moved elsewhere is followed there.
   */
  stillValid(credentials: string[]): Promise<Map<string, string | null>>;
  /** How often credentials are re-checked. */
  revalidateMs: number;
}

/** The stream's own client message; every other type is a module's (StreamRules.handle). */
const Resume = z.object({
  type: z.literal("resume"),
  epoch: z.string().optional(),
  after: z.number().int().min(0),
});
const Typed = z.looseObject({ type: z.string(), ref: z.string().max(100).optional() });

const REPLAY_PAGE = 500;

/**
 * The realtime gateway: one socket per client, the events each may see, in order, exactly once
 * per connection. A reconnecting client sends `resume` with the last sequence number it saw and
 * gets everything after it from the database before live events continue.
 */
export class Gateway {
  readonly #byOrg = new Map<string, OrgConnections>();
  readonly #unsubscribe: () => void;
  readonly #pings: Sweep<Connection>;
  readonly #checks: Sweep<Connection>;
  #closed = false;

  constructor(private readonly options: GatewayOptions) {
    // Fan-out runs after the committing request has answered: a raise never waits for delivery.
    // setImmediate keeps the batches in order.
    this.#unsubscribe = options.broadcaster.subscribe((batch) =>
      setImmediate(() => this.#fanOut(batch)),
    );
    this.#pings = new Sweep(options.pingMs, (connections) => this.#ping(connections));
    // A check that fails (the database is away) is made again at the slice's next turn.
    this.#checks = new Sweep(options.revalidateMs, (connections) => {
      this.#revalidate(connections).catch(() => undefined);
    });
  }

  async accept(
    socket: WebSocket,
    viewer: Viewer & { organizationId: string; credential: string },
  ): Promise<void> {
    // A handshake that completes while the server stops gets no socket that would never be fed.
    if (this.#closed) {
      socket.terminate();
      return;
    }
    const connection: Connection = {
      ...viewer,
      socket,
      epoch: "",
      group: null,
      topics: new Set(),
      sent: 0,
      pending: [],
      alive: true,
    };
    const set = this.#byOrg.get(viewer.organizationId) ?? new OrgConnections();
    this.#byOrg.set(viewer.organizationId, set);
    set.add(connection);
    this.#pings.add(connection);
    this.#checks.add(connection);
    socket.on("pong", () => (connection.alive = true));
    socket.on("close", () => {
      set.delete(connection);
      this.#pings.delete(connection);
      this.#checks.delete(connection);
    });
    // A client may send resume before the hello is out; its messages wait until the
    // connection knows what it follows and its position, and are then handled in order.
    const ready = (async () => {
      if (viewer.personId) {
        const { group, topics } = await this.options.source.membership(
          viewer.organizationId,
          viewer.personId,
        );
        connection.group = group;
        for (const topic of topics) connection.topics.add(topic);
      }
      const { epoch, seq } = await this.options.source.latest(viewer.organizationId);
      connection.epoch = epoch;
      connection.sent = seq;
      this.#send(connection, { type: "hello", epoch, seq });
    })();
    let inbox = ready;
    socket.on("message", (data, isBinary) => {
      if (isBinary) return;
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString("utf8")
        : Buffer.isBuffer(data)
          ? data.toString("utf8")
          : new TextDecoder().decode(data);
      inbox = inbox.then(() => this.#onMessage(connection, text));
    });
    await ready;
    // Live events wait until the client says where it is (resume); a client that says nothing
    // within the grace period gets live events from the hello on.
    setTimeout(() => {
      if (connection.pending && socket.readyState === socket.OPEN) this.#flushPending(connection);
    }, this.options.resumeGraceMs).unref();
  }

  async #onMessage(connection: Connection, text: string): Promise<void> {
    let message: z.infer<typeof Typed>;
    try {
      message = Typed.parse(JSON.parse(text));
    } catch {
      return this.#badMessage(connection);
    }
    if (message.type === "resume") {
      const resume = Resume.safeParse(message);
      if (!resume.success) return this.#badMessage(connection, message.ref);
      return this.#resume(connection, resume.data.after, resume.data.epoch);
    }
    const handler = this.options.rules.handlerFor(message.type);
    if (!handler) return this.#badMessage(connection, message.ref);
    const ref = message.ref;
    try {
      const reply = await handler.handle(connection, message);
      if (reply) this.#send(connection, { ...reply, ...(ref ? { ref } : {}) });
    } catch (error) {
      const code = error instanceof Error && "code" in error ? String(error.code) : "internal";
      const retryAfter = error instanceof AppError ? error.retryAfterSeconds : undefined;
      this.#send(connection, {
        type: "error",
        code,
        message: error instanceof Error ? error.message : "failed",
        ...(retryAfter === undefined ? {} : { retryAfter }),
        ...(ref ? { ref } : {}),
      });
    }
  }

  #badMessage(connection: Connection, ref?: string): void {
    this.#send(connection, {
      type: "error",
      code: "bad_message",
      message: "Not a valid client message",
      ...(ref ? { ref } : {}),
    });
  }

  async #resume(connection: Connection, after: number, epoch: string | undefined): Promise<void> {
    if (!connection.pending) {
      // Already live: nothing was missed on this connection.
      this.#send(connection, { type: "caught_up", seq: connection.sent });
      return;
    }
    // Resuming from the hello itself (a fresh client, or nothing missed): every event after it
    // is already held in `pending`, which the connection collected from before the hello.
    if (epoch === connection.epoch && after === connection.sent) {
      this.#flushPending(connection);
      this.#send(connection, { type: "caught_up", seq: connection.sent });
      return;
    }
    const latest = await this.options.source.latest(connection.organizationId);
    if ((epoch !== undefined && epoch !== latest.epoch) || after > latest.seq) {
      this.#send(connection, {
        type: "resync",
        reason:
          epoch !== undefined && epoch !== latest.epoch ? "epoch_changed" : "position_unknown",
        epoch: latest.epoch,
        seq: latest.seq,
      });
      connection.sent = latest.seq;
      this.#flushPending(connection);
      return;
    }
    connection.sent = after;
    for (;;) {
      const page = await this.options.source.read(
        connection.organizationId,
        connection.sent,
        REPLAY_PAGE,
        connection,
      );
      for (const m of page) this.#deliver(connection, m);
      if (page.length < REPLAY_PAGE) break;
    }
    this.#flushPending(connection);
    this.#send(connection, { type: "caught_up", seq: connection.sent });
  }

  #flushPending(connection: Connection): void {
    const pending = connection.pending ?? [];
    connection.pending = null;
    for (const m of pending) this.#deliver(connection, m);
  }

  #fanOut(batch: StreamMessage[]): void {
    const connections = this.#byOrg.get(batch[0]?.organizationId ?? "");
    if (!connections) return;
    for (const m of batch) {
      // Joining a subject makes its later events visible; applied at once, in log order.
      if (m.joins) {
        const { topic, personIds, groups } = m.joins;
        for (const personId of personIds)
          for (const c of connections.ofPerson(personId)) c.topics.add(topic);
        if (groups.length) {
          const set = new Set(groups);
          for (const c of connections.all) if (c.group && set.has(c.group)) c.topics.add(topic);
        }
      }
      for (const c of targets(connections, m)) {
        if (c.pending) c.pending.push(m);
        else this.#deliver(c, m);
      }
      // Notes for people's own sockets (every node reads them from the log), except the socket
      // the change came over, which was answered already.
      for (const note of m.direct ?? [])
        for (const c of connections.ofPerson(note.personId))
          if (!m.origins?.has(c)) writeFrame(c.socket, textFrame(note.json()));
    }
  }

  /** Sends one log message if the connection may see it and has not had it yet. */
  #deliver(c: Connection, m: StreamMessage): void {
    if (m.seq <= c.sent) return;
    if (m.joins && joins(c, m.joins)) c.topics.add(m.joins.topic);
    c.sent = m.seq;
    if (!visible(c, m)) return;
    if (c.socket.bufferedAmount > this.options.maxBufferedBytes) return this.#tooSlow(c);
    // Serialised and framed once per message, not once per socket.
    m.frame ??= textFrame(m.json);
    writeFrame(c.socket, m.frame);
  }

  #tooSlow(c: Connection): void {
    // Code 4008 tells the client to reconnect and resume from what it has (the database replays
    // the rest); the connection is cut if even the close frame cannot get through in time.
    c.socket.close(4008, "too slow: resume");
    setTimeout(() => c.socket.terminate(), 1000).unref();
  }

  #send(c: Connection, message: object): void {
    writeFrame(c.socket, textFrame(JSON.stringify(message)));
  }

  /** Each socket is pinged once per ping interval; one that missed the previous ping is cut. */
  #ping(connections: Connection[]): void {
    for (const c of connections) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }

  /**
   * Closes the sockets whose session or token has ended (ASVS 7.4.2: access ends at once), and
   * follows people who have moved: messages for their new group reach them from now on, and so
   * do the events of the subjects they follow there (an incident under way at their new place).
   */
  async #revalidate(connections: Connection[]): Promise<void> {
    const valid = await this.options.stillValid([...new Set(connections.map((c) => c.credential))]);
    const moved: Connection[] = [];
    for (const c of connections) {
      if (!valid.has(c.credential)) c.socket.close(4001, "session ended");
      else if (c.personId && (valid.get(c.credential) ?? null) !== c.group) {
        c.group = valid.get(c.credential) ?? null;
        moved.push(c);
      }
    }
    for (const c of moved) {
      if (!c.personId) continue;
      const { topics } = await this.options.source.membership(c.organizationId, c.personId);
      for (const topic of topics) c.topics.add(topic);
    }
  }

  close(): void {
    this.#closed = true;
    this.#unsubscribe();
    this.#pings.stop();
    this.#checks.stop();
    for (const set of this.#byOrg.values()) for (const c of set.all) c.socket.terminate();
  }
}

export function visible(viewer: Viewer & { topics?: Set<string> }, m: StreamMessage): boolean {
  if (viewer.seesAll) return true;
  switch (m.audience.kind) {
    case "staff":
      return false;
    case "person":
      return m.audience.personId === viewer.personId;
    case "subject":
      return viewer.topics?.has(m.topic) ?? false;
  }
}

function joins(c: Connection, j: NonNullable<StreamMessage["joins"]>): boolean {
  return (
    (c.personId !== null && j.personIds.includes(c.personId)) ||
    (c.group !== null && j.groups.includes(c.group))
  );
}

/** The sockets a message may concern: its person's and the staff's, or everyone's. */
function targets(connections: OrgConnections, m: StreamMessage): Iterable<Connection> {
  switch (m.audience.kind) {
    case "staff":
      return connections.staff;
    case "person":
      return new Set([...connections.ofPerson(m.audience.personId), ...connections.staff]);
    case "subject":
      return connections.all;
  }
}
