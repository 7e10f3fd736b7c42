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
  /** People who take part in this incident from this message on (activation). */
  joins?: { incidentId: string; personIds: string[] };
  /** The ServerMessage, serialised once for every socket that receives it. */
  json: string;
  /** The same, encoded once on first send. */
  bytes?: Buffer;
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
  /** The incidents a person takes part in now (active or resolved, not closed). */
  incidentsOf(organizationId: string, personId: string): Promise<string[]>;
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
  /** The incidents this person takes part in; grows as activations flow past. */
  incidents: Set<string>;
  /** The newest sequence number sent on this socket. */
  sent: number;
  /** Live messages held while a resume replays the log, so order is kept. */
  pending: StreamMessage[] | null;
  alive: boolean;
}
