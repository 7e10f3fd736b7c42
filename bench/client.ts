/**
 * One client process of the benchmark: holds its share of the N simulated responders' sockets,
 * to the product and to the bare baseline, speaking the product's realtime protocol. It records
 * when each socket receives an alarm (and, in answer mode, answers at once and records when the
 * answer is confirmed durable) and reports the raw times to the orchestrator over IPC.
 * Every handler does the same work for both targets, so the comparison is fair.
 */
import type { ClientMessage, ServerMessage } from "@beredd/contracts";
import WebSocket from "ws";
import type {
  Collected,
  Command,
  ConnectCommand,
  DoneKind,
  FromClient,
  Reply,
  Request,
  Target,
} from "./protocol.js";

/** The machine's clock, sub-millisecond, comparable between processes. */
const now = () => performance.timeOrigin + performance.now();

const tell = (message: FromClient) => {
  if (process.connected) process.send?.(message);
};

interface Tally extends Collected {
  target: Target;
  resolved: number;
}

const sockets: Record<Target, WebSocket[]> = { product: [], baseline: [] };
const tallies = new Map<string, Tally>();
let answering = false;

function tallyOf(key: string, target: Target): Tally {
  let t = tallies.get(key);
  if (!t) {
    t = { target, received: [], recorded: [], errors: 0, sample: null, resolved: 0 };
    tallies.set(key, t);
  }
  return t;
}

function doneWhen(count: number, t: Tally, kind: DoneKind, key: string): void {
  if (count === sockets[t.target].length) tell({ notice: "done", kind, key });
}

function onMessage(
  target: Target,
  socket: WebSocket,
  data: WebSocket.RawData,
  caughtUp: () => void,
): void {
  const at = now();
  const bytes = Array.isArray(data)
    ? Buffer.concat(data)
    : Buffer.isBuffer(data)
      ? data
      : Buffer.from(data);
  const text = bytes.toString("utf8");
  let m: ServerMessage;
  try {
    m = JSON.parse(text) as ServerMessage;
  } catch {
    return;
  }
  switch (m.type) {
    case "event": {
      const e = m.event;
      if (e.type === "incident.raised") {
        if (answering) {
          const answer: ClientMessage = {
            type: "answer",
            incidentId: e.incidentId,
            answer: "acknowledged",
            ref: e.incidentId,
          };
          socket.send(JSON.stringify(answer));
        }
        const t = tallyOf(e.incidentId, target);
        t.received.push(at);
        if (target === "product") t.sample ??= text;
        doneWhen(t.received.length, t, "raised", e.incidentId);
      } else if (e.type === "incident.resolved") {
        const t = tallyOf(e.incidentId, target);
        t.resolved += 1;
        doneWhen(t.resolved, t, "resolved", e.incidentId);
      }
      return;
    }
    case "recorded":
    case "error": {
      const key = m.type === "recorded" ? m.incidentId : m.ref;
      if (!key) return;
      const t = tallyOf(key, target);
      if (m.type === "recorded") t.recorded.push(at);
      else t.errors += 1;
      doneWhen(t.recorded.length + t.errors, t, "recorded", key);
      return;
    }
    case "hello": {
      const resume: ClientMessage = { type: "resume", after: m.seq, epoch: m.epoch };
      socket.send(JSON.stringify(resume));
      return;
    }
    case "caught_up":
    case "resync":
      caughtUp();
      return;
  }
}

function connectOne(c: ConnectCommand, cookie: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { origin: c.origin };
    if (c.target === "product") headers.cookie = `beredd_session=${cookie}`;
    const socket = new WebSocket(c.url, {
      headers,
      perMessageDeflate: false,
      localAddress: c.localAddress,
    });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.terminate();
      reject(error);
    };
    const ok = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(socket);
    };
    const timer = setTimeout(() => fail(new Error("timed out")), c.timeoutMs);
    socket.on("message", (data) => onMessage(c.target, socket, data, ok));
    socket.once("open", () => {
      // The baseline has no protocol: an open socket is a connected one.
      if (c.target === "baseline") ok();
    });
    socket.once("unexpected-response", (_req, res) =>
      fail(new Error(`handshake refused: HTTP ${res.statusCode}`)),
    );
    socket.on("error", fail);
    socket.on("close", (code) => {
      if (!settled) fail(new Error(`closed during connect: ${code}`));
      else tell({ notice: "closed", target: c.target, code });
    });
  });
}

async function connectAll(c: ConnectCommand) {
  let next = 0;
  let failed = 0;
  let firstError: string | null = null;
  const worker = async () => {
    while (next < c.cookies.length) {
      const cookie = c.cookies[next++] ?? "";
      try {
        sockets[c.target].push(await connectOne(c, cookie));
      } catch (error) {
        failed += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, c.concurrency) }, worker));
  return { ok: sockets[c.target].length, failed, firstError };
}

async function handle(r: Request): Promise<Reply> {
  const command: Command = r;
  switch (command.cmd) {
    case "connect":
      return { id: r.id, ok: true, connected: await connectAll(command) };
    case "answer":
      answering = command.enabled;
      return { id: r.id, ok: true };
    case "collect": {
      const t = tallies.get(command.key);
      tallies.delete(command.key);
      const collected: Collected = {
        received: t?.received ?? [],
        recorded: t?.recorded ?? [],
        errors: t?.errors ?? 0,
        sample: t?.sample ?? null,
      };
      return { id: r.id, ok: true, collected };
    }
    case "disconnect":
      // Closed on purpose: not counted as sockets the server or the network closed.
      for (const list of Object.values(sockets))
        for (const s of list.splice(0)) s.removeAllListeners("close").terminate();
      return { id: r.id, ok: true };
  }
}

process.on("message", (raw) => {
  const request = raw as Request;
  handle(request).then(tell, (error: unknown) =>
    tell({ id: request.id, ok: false, error: error instanceof Error ? error.message : "failed" }),
  );
});
// The orchestrator is gone (crash, Ctrl-C): so is this process.
process.on("disconnect", () => process.exit(0));
tell({ notice: "ready" });
