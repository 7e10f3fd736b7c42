import { ServerMessage, type ClientMessage } from "@beredd/contracts";

/** Where the socket is: `live` once the server has replayed what was missed (`caught_up`). */
export type RealtimeStatus = "connecting" | "live" | "reconnecting";

export interface RealtimeOptions {
  url: string;
  onMessage(message: ServerMessage): void;
  onStatus(status: RealtimeStatus): void;
  /** For tests: the socket constructor and the timers. */
  WebSocketImpl?: typeof WebSocket;
  backoff?: { firstMs: number; maxMs: number };
}

/** The stream's URL on this origin (ws: or wss: as the page). */
export const streamUrl = (origin = location.origin) =>
  `${origin.replace(/^http/, "ws")}/api/v1/stream`;

/**
 * One realtime socket for the signed-in person (docs/realtime.md). It resumes from the last
 * sequence number it saw, so a dropped connection loses nothing: the server replays what was
 * missed, then `caught_up`. It reconnects by itself (growing pauses, and at once when the
 * network comes back or the page is shown again) until `close()`.
 */
export class RealtimeConnection {
  readonly #o: RealtimeOptions;
  #socket: WebSocket | null = null;
  #after: number | null = null;
  #epoch: string | null = null;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  #status: RealtimeStatus = "connecting";

  constructor(options: RealtimeOptions) {
    this.#o = options;
    addEventListener("online", this.#wake);
    document.addEventListener("visibilitychange", this.#wake);
    this.#open();
  }

  get status(): RealtimeStatus {
    return this.#status;
  }

  /** Sends a message if the socket is open; false when it is not (the caller uses HTTP). */
  send(message: ClientMessage): boolean {
    if (this.#socket?.readyState !== WebSocket.OPEN || this.#status !== "live") return false;
    this.#socket.send(JSON.stringify(message));
    return true;
  }

  close(): void {
    this.#closed = true;
    removeEventListener("online", this.#wake);
    document.removeEventListener("visibilitychange", this.#wake);
    if (this.#timer) clearTimeout(this.#timer);
    this.#socket?.close(1000);
    this.#socket = null;
  }

  #setStatus(status: RealtimeStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#o.onStatus(status);
  }

  readonly #wake = () => {
    if (this.#closed || document.visibilityState === "hidden" || this.#socket) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#open();
  };

  #open(): void {
    const Impl = this.#o.WebSocketImpl ?? WebSocket;
    const socket = new Impl(this.#o.url);
    this.#socket = socket;
    socket.onmessage = (e) => this.#receive(socket, e.data);
    socket.onclose = () => this.#dropped(socket);
  }

  #receive(socket: WebSocket, data: unknown): void {
    if (typeof data !== "string") return;
    const parsed = ServerMessage.safeParse(JSON.parse(data));
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case "hello": {
        // First connection: only what is new (the screens read the rest over HTTP). Later: all
        // that was missed, unless the log is another one (then the server says `resync`).
        const after = this.#after ?? message.seq;
        socket.send(JSON.stringify({ type: "resume", after, epoch: this.#epoch ?? message.epoch }));
        this.#epoch ??= message.epoch;
        this.#after = after;
        break;
      }
      case "caught_up":
        this.#attempt = 0;
        this.#setStatus("live");
        break;
      case "event":
        this.#after = Math.max(this.#after ?? 0, message.event.seq);
        break;
      case "resync":
        this.#epoch = message.epoch;
        this.#after = message.seq;
        this.#attempt = 0;
        this.#setStatus("live");
        break;
      case "recorded":
      case "error":
        break;
    }
    this.#o.onMessage(message);
  }

  #dropped(socket: WebSocket): void {
    if (this.#socket !== socket) return;
    this.#socket = null;
    if (this.#closed) return;
    this.#setStatus("reconnecting");
    const { firstMs, maxMs } = this.#o.backoff ?? { firstMs: 500, maxMs: 10_000 };
    const pause = Math.min(maxMs, firstMs * 2 ** this.#attempt) * (0.75 + Math.random() / 2);
    this.#attempt += 1;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#open();
    }, pause);
  }
}
