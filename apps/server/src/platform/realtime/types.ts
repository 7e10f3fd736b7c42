import type { WebSocket } from "ws";

/**
 * Who may receive a stream message. Staff (coordinators and administrators) receive every message
 * of their organisation; others receive an incident's messages while they take part in it, and
 * messages addressed to them.
 */
export type Audience =
  | { kind: "incident"; incidentId: string }
  | { kind: "person"; personId: string }
  | { kind: "staff" };

/** One event of the log, as it travels from a committed transaction to the sockets. */
export interface StreamMessage {
  organizationId: string;
  seq: number;
  audience: Audience;
  /**
   * Who takes part in this incident from this message on: people activated by name, and everyone
   * whose unit is one of `unitIds` (everyone at the place).
   */
  joins?: { incidentId: string; personIds: string[]; unitIds: string[] };
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
  /**
   * A person's unit and the incidents they take part in now (active or resolved, not closed),
   * by name or through their unit.
   */
  membership(
    organizationId: string,
    personId: string,
  ): Promise<{ unitId: string | null; incidents: string[] }>;
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
  /** The person's unit (kept current by the credential checks): alarms for everyone there reach it. */
  unitId: string | null;
  /** The incidents this person takes part in; grows as activations flow past. */
  incidents: Set<string>;
  /** The newest sequence number sent on this socket. */
  sent: number;
  /** Live messages held while a resume replays the log, so order is kept. */
  pending: StreamMessage[] | null;
  alive: boolean;
}
