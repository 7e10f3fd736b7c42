/** Messages between the benchmark's orchestrator (run.ts) and its client processes (client.ts). */

/** What the seeding script writes for the orchestrator. */
export interface SeedOutput {
  organizationId: string;
  unitId: string;
  scenarioId: string;
  /** Coordinator API token that raises the alarms. */
  apiToken: string;
  /** One session cookie token per simulated responder. */
  cookies: string[];
}

/** The product (Beredd's realtime protocol) or the bare `ws` baseline. */
export type Target = "product" | "baseline";

export interface ConnectCommand {
  cmd: "connect";
  target: Target;
  url: string;
  /** Origin header (the product checks it against its own host). */
  origin: string;
  /** Session cookies for the product; for the baseline only their number matters. */
  cookies: string[];
  /** Source address for this process's sockets, so many sockets do not run out of ports. */
  localAddress: string;
  concurrency: number;
  timeoutMs: number;
}

export type Command =
  | ConnectCommand
  /** Whether product sockets answer the next alarms as soon as they receive them. */
  | { cmd: "answer"; enabled: boolean }
  /** Hands over (and forgets) everything recorded for one incident. */
  | { cmd: "collect"; key: string }
  | { cmd: "disconnect" };

export type Request = Command & { id: number };

export interface Collected {
  /** Receive times (ms since the epoch, sub-ms) of the alarm, one per socket that got it. */
  received: number[];
  /** Times the `recorded` confirmation of this socket's answer arrived. */
  recorded: number[];
  /** Answers the server refused (`error` messages). */
  errors: number;
  /** One raw alarm message as received (to size the baseline's payload), or null. */
  sample: string | null;
}

export type Reply =
  | { id: number; ok: true; connected?: { ok: number; failed: number; firstError: string | null } }
  | { id: number; ok: true; collected: Collected }
  | { id: number; ok: false; error: string };

/** Unprompted messages from a client process. */
export type Notice =
  | { notice: "ready" }
  /** Every socket of `target` in this process has the message `kind` of incident `key`. */
  | { notice: "done"; kind: DoneKind; key: string }
  | { notice: "closed"; target: Target; code: number };

export type DoneKind = "raised" | "resolved" | "recorded";

export type FromClient = Reply | Notice;
