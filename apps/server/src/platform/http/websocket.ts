import {
  ServerResponse,
  STATUS_CODES,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
} from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { AppError } from "../errors.js";
import { problemBody } from "./problem.js";
import { requestId } from "./request-id.js";
import type { App } from "./types.js";

/** A WebSocket handshake as a route's `authorize` sees it: no Fastify request exists. */
export interface Handshake {
  url: string;
  headers: IncomingHttpHeaders;
  /** Parsed as Fastify parses them for ordinary requests. */
  cookies: Record<string, string | undefined>;
}

export interface WebSocketRoute<Grant> {
  /**
   * Decides from the handshake alone; throws an AppError to refuse, which the client gets as a
   * problem+json response. What it returns is all the open socket keeps of the handshake, so it
   * must not hold the handshake itself.
   */
  authorize(handshake: Handshake): Promise<Grant>;
  /** Takes over the open socket; a rejection is logged and the socket cut. */
  open(socket: WebSocket, grant: Grant): void | Promise<void>;
}

type Routes = Map<string, WebSocketRoute<unknown>>;

const routesOf = new WeakMap<Server, Routes>();

/** Since Node 24.9 the server asks this which requests with an Upgrade header are upgrades. */
type UpgradeChoice = { shouldUpgradeCallback?: (request: IncomingMessage) => boolean };

/**
 * WebSocket routes, upgraded outside Fastify: an idle socket then keeps nothing of its handshake
 * (no Fastify request or reply, no IncomingMessage and its headers, no child logger), which is
 * most of what it would otherwise cost. Routes are registered with `registerWebSocketRoute`; a
 * Fastify route of the same path answers the plain requests and documents it.
 */
export function installWebSockets(app: App, options: { maxPayload: number }): void {
  const routes: Routes = new Map();
  routesOf.set(app.server, routes);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const log = app.log;
  const inFlight = new Set<Duplex>();
  let closing = false;

  const routeOf = (request: IncomingMessage) =>
    request.method === "GET" && request.headers.upgrade?.toLowerCase() === "websocket"
      ? routes.get(pathOf(request.url))
      : undefined;

  // Only a WebSocket handshake for one of the routes becomes an "upgrade" event; any other request
  // with an Upgrade header (h2c, a WebSocket elsewhere) stays an ordinary request for Fastify.
  (app.server as Server & UpgradeChoice).shouldUpgradeCallback = (request) =>
    routeOf(request) !== undefined;

  // One listener for every socket (none holds a request): a broken socket is cut.
  const onSocketError = function (this: WebSocket, error: Error) {
    log.debug({ err: error }, "websocket error");
    this.terminate();
  };

  const handshake = async (
    route: WebSocketRoute<unknown>,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): Promise<void> => {
    socket.on("error", destroySocket);
    const url = request.url ?? "/";
    let grant: unknown;
    inFlight.add(socket);
    try {
      const cookie = request.headers.cookie;
      grant = await route.authorize({
        url,
        headers: request.headers,
        cookies: cookie ? app.parseCookie(cookie) : {},
      });
    } catch (error) {
      const id = requestId(request);
      const refusal = error instanceof AppError ? error : new AppError("internal");
      if (refusal.code === "internal")
        log.error({ err: error, reqId: id }, "websocket handshake failed");
      else
        log.info({ reqId: id, url: pathOf(url), statusCode: refusal.status }, "websocket refused");
      refuse(socket, refusal, url, id);
      return;
    } finally {
      inFlight.delete(socket);
    }
    if (closing || !socket.writable) {
      socket.destroy();
      return;
    }
    // ws installs its own error listener for the rest of the handshake.
    socket.removeListener("error", destroySocket);
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on("error", onSocketError);
      const opened = route.open(ws, grant);
      if (opened)
        opened.catch((error: unknown) => {
          log.error({ err: error, url: pathOf(url) }, "websocket open failed");
          ws.terminate();
        });
    });
  };

  app.server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const route = routeOf(request);
    if (!route) serveOverHttp(app, request, socket);
    else if (closing) socket.destroy();
    else void handshake(route, request, socket, head);
  });

  app.addHook("preClose", (done) => {
    closing = true;
    for (const socket of inFlight) socket.destroy();
    done();
  });
}

/**
 * Adds a WebSocket route: a GET of `path` with `Upgrade: websocket` is authorised and opened by
 * `route`. Register a Fastify route of the same path for plain requests and the API document.
 */
export function registerWebSocketRoute<Grant>(
  app: App,
  path: string,
  route: WebSocketRoute<Grant>,
): void {
  const routes = routesOf.get(app.server);
  if (!routes) throw new Error("WebSockets are not installed on this server");
  routes.set(path, route);
}

const pathOf = (url = "/") => {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
};

function destroySocket(this: Duplex): void {
  this.destroy();
}

/** Answers a refused handshake with problem+json and closes the connection. */
function refuse(socket: Duplex, error: AppError, url: string, id: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(problemBody(error, url, id));
  socket.once("finish", destroySocket);
  socket.end(
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ""}\r\n` +
      "Connection: close\r\n" +
      "Content-Type: application/problem+json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Cache-Control: no-store\r\n" +
      "X-Content-Type-Options: nosniff\r\n" +
      `X-Request-Id: ${id}\r\n` +
      "\r\n" +
      body,
  );
}

/**
 * Before Node 24.9 every request with an Upgrade header arrives as an "upgrade" event: the ones
 * that are not WebSocket routes are answered by Fastify as plain requests, on a connection that
 * closes after the answer.
 */
function serveOverHttp(app: App, request: IncomingMessage, socket: Duplex): void {
  socket.on("error", destroySocket);
  const response = new ServerResponse(request);
  // Node no longer parses this connection: the answer says it closes, so no client reuses it.
  response.shouldKeepAlive = false;
  response.assignSocket(socket as Socket);
  response.once("finish", () => socket.destroy());
  app.routing(request, response);
}
