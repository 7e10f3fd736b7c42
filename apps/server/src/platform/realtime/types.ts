import type { WebSocket } from "ws";
import type { Audience } from "../events/index.js";

export type { Audience };

/**
 * Who starts following a subject with a message: people by id, and everyone whose group (the
 * unit they are at) is one of `groups` (an alarm for everyone at a place).
 */
export interface Joins {
  topic: string;
  personIds: string[];
  groups: string[];
}

/** A note for one person's own sockets, on every node, whatever the message's audience. */
export interface DirectNote {
  personId: string;
  /** The ServerMessage JSON, built only if the person has a socket here that needs it. */
  json: () => string;
}

/** One event of the log, as it travels from a committed transaction to the sockets. */
export interface StreamMessage {
  organizationId: string;
  seq: number;
  /** The event's subject as a topic ("incident:<id>"): what its followers follow. */
  topic: string;
  audience: Audience;
  joins?: Joins;
  direct?: DirectNote[];
  /** Only on the node that committed: the sockets the change came over, answered already. */
  origins?: ReadonlySet<unknown>;
  /** The ServerMessage, serialised once for every socket that receives it. */
  json: string;
  /** The same as one WebSocket frame, built once on first send. */
  frame?: Buffer;
}

export type Listener = (batch: StreamMessage[]) => void;

/**
 * The fan-out of committed events to this node's sockets, in sequence order per organisation,
 * each event once. `runtime.ts` picks the implementation: in-process for one node
 * (`LocalBroadcaster`), or PostgreSQL LISTEN/NOTIFY hints between nodes (`PostgresBroadcaster`).
 */
export interface Broadcaster {
  /** Starts from the database's high-water marks. */
  start(organizationIds: string[]): Promise<void>;
  /** Called after commit with the events the transaction wrote, in sequence order. */
  publish(batch: StreamMessage[]): void;
  /**
   * This node is about to commit these sequence numbers: a read of the log meeting them before
   * their `publish` leaves them to it (only `publish` knows the sockets they came over). Returns
   * the release. Reads from the log happen only with several nodes.
   */
  claim(batch: readonly { organizationId: string; seq: number }[]): () => void;
  subscribe(listener: Listener): () => void;
  close(): Promise<void>;
}

/** Reads the log back from the database: the truth when memory is not enough (gaps, resumes). */
export interface StreamSource {
  latest(organizationId: string): Promise<{ epoch: string; seq: number }>;
  /** Messages after `after` that a subscriber may see, in order, at most `limit`. */
  read(
    organizationId: string,
    after: number,
    limit: number,
    viewer: Viewer | "all",
  ): Promise<StreamMessage[]>;
  /** A person's group (their unit) and the topics they follow now. */
  membership(
    organizationId: string,
    personId: string,
  ): Promise<{ group: string | null; topics: string[] }>;
}

export interface Viewer {
  personId: string | null;
  seesAll: boolean;
}

/** One client socket and what the gateway knows of it. */
export interface Connection extends Viewer {
  organizationId: string;
  /** The session or API token the socket was opened with. */
  credential: string;
  socket: WebSocket;
  /** The stream epoch announced in the hello. */
  epoch: string;
  /** The person's group (kept current by the credential checks): messages for it reach them. */
  group: string | null;
  /** The topics this socket follows; grows as joins flow past. */
  topics: Set<string>;
  /** The newest sequence number sent on this socket. */
  sent: number;
  /** Live messages held while a resume replays the log, so order is kept. */
  pending: StreamMessage[] | null;
  alive: boolean;
}
