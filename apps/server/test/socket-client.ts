import type { IncidentEvent, ServerMessage } from "@beredd/contracts";
import WebSocket from "ws";

/** A realtime client as a phone runs it: it records every message and can wait for one. */
export interface SocketClient {
  messages: ServerMessage[];
  events(): IncidentEvent[];
  send(message: object): void;
  waitFor(predicate: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  /** How many pings the server has sent this socket so far. */
  pings(): number;
  close(): Promise<void>;
  closed: Promise<{ code: number }>;
}

export function connect(
  port: number,
  auth: { cookie?: string; token?: string; origin?: string },
  options: { answerPings?: boolean } = {},
): Promise<SocketClient> {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = `beredd_session=${auth.cookie}`;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  headers.origin = auth.origin ?? `http://127.0.0.1:${port}`;
  const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/stream`, {
    headers,
    autoPong: options.answerPings ?? true,
  });
  const messages: ServerMessage[] = [];
  let pings = 0;
  socket.on("ping", () => (pings += 1));
  const waiters = new Set<() => void>();
  socket.on("message", (data: Buffer) => {
    messages.push(JSON.parse(data.toString("utf8")) as ServerMessage);
    for (const w of waiters) w();
  });
  const closed = new Promise<{ code: number }>((resolve) =>
    socket.on("close", (code) => resolve({ code })),
  );
  return new Promise((resolve, reject) => {
    socket.once("unexpected-response", (_req, res) =>
      reject(new Error(`handshake refused: ${res.statusCode}`)),
    );
    socket.once("error", reject);
    socket.once("open", () =>
      resolve({
        messages,
        closed,
        events: () => messages.flatMap((m) => (m.type === "event" ? [m.event] : [])),
        send: (message) => socket.send(JSON.stringify(message)),
        pings: () => pings,
        waitFor: (predicate, timeoutMs = 5000) =>
          new Promise((done, fail) => {
            const check = () => {
              const found = messages.find(predicate);
              if (!found) return;
              waiters.delete(check);
              clearTimeout(timer);
              done(found);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(
                new Error(
                  `no such message within ${timeoutMs} ms; got ${JSON.stringify(messages.map((m) => (m.type === "event" ? m.event.type : m.type)))}`,
                ),
              );
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
        close: () => {
          socket.close();
          return closed.then(() => undefined);
        },
      }),
    );
  });
}
